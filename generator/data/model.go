package data

import (
	"math/big"
	"strings"

	"github.com/rapor-publik/rapor/generator/data/tomlpos"
)

// Pos is a 1-based line and column (in characters) in a source file.
type Pos = tomlpos.Pos

// Dataset is a whole validated site source.
type Dataset struct {
	Site  Site
	Kinds []*Kind // in file order
	// UnitTypes are the service-unit types entities.toml declares
	// ([[unit_type]]), in file order; a site may declare none.
	UnitTypes []*UnitType
	Entities  []*Entity // in file order
	Scales    []*Scale  // in file order
	Years     []*Year   // sorted by year
	Pages     []*Page   // content pages and news, sorted by path; drafts left out
	// Maps are the boundaries of data/maps/ (an extension); nil where the
	// site gives none.
	Maps *Maps

	kinds     map[string]*Kind
	unitTypes map[string]*UnitType
	entities  map[string]*Entity
	scales    map[string]*Scale
}

// Kind returns the kind with the given id, or nil.
func (d *Dataset) Kind(id string) *Kind { return d.kinds[id] }

// UnitType returns the declared unit type with the given id, or nil.
func (d *Dataset) UnitType(id string) *UnitType { return d.unitTypes[id] }

// Entity returns the entity with the given code, or nil.
func (d *Dataset) Entity(code string) *Entity { return d.entities[code] }

// Scale returns the scale with the given id, or nil.
func (d *Dataset) Scale(id string) *Scale { return d.scales[id] }

// Site holds data/site.toml.
type Site struct {
	Title     string
	BaseURL   string   // absolute, ends with "/"
	Languages []string // the first is the default language
	Theme     string
	Publisher string
	// Owner is who runs the site, with OwnerURL; Contact is where a reader
	// reports an error (an https or mailto address); Licence names the
	// licence of the site's data, with LicenceURL. All optional.
	Owner, OwnerURL     string
	Contact             string
	Licence, LicenceURL string
	// Updated is the date of the data's latest change the record shows:
	// the latest announced date of a year or published date of a
	// source; zero when the data give none. Computed, not read.
	Updated    Date
	UnsafeHTML bool
	// ECharts is "theme" (the theme's own build, vendor/echarts.min.js,
	// published with the site: the default), "cdn" (the pinned full
	// release from a public CDN, with Subresource Integrity) or the path,
	// within the site folder, of a copy of echarts.min.js to publish.
	ECharts string
	// InteractiveCharts is when pages load ECharts (an extension):
	// "request" (the default: charts are pictures drawn at build time, and
	// a chart becomes interactive when the reader asks) or "load" (every
	// chart is drawn by ECharts as it comes into view).
	InteractiveCharts string
	// Where data/site.toml gives the theme and each of Languages, for
	// messages of later stages; zero where a default is used.
	ThemePos    Pos
	LanguagePos []Pos
}

// Kind is a kind of assessed body: provinsi, kabupaten, kementerian…
type Kind struct {
	ID            string
	Label         string
	LabelEN       string
	RankGroup     string
	Regional      bool
	ProvinceGroup string // only for regional kinds; "" is the default group
	ShareCards    bool   // its bodies' pages get share cards (share_cards, default true)
	Index         int    // its place in Dataset.Kinds
	Pos           Pos
}

// UnitType is a declared type of service unit: the tag that results'
// units give as type, with the words that name it.
type UnitType struct {
	ID      string // the tag, as in [[result.unit]] type
	Label   string // "Puskesmas", "Dinas Sosial"
	LabelEN string // optional: "Community health centre"
	Pos     Pos
}

// ProvinceKind is the id of the kind whose bodies are provinces.
const ProvinceKind = "provinsi"

// Entity is one assessed body.
type Entity struct {
	Code     string
	Name     string
	Kind     *Kind
	Province *Entity // nil unless given
	Slug     string
	Pos      Pos // where its code is written
}

// Scale is a grading scale; grades are best first.
type Scale struct {
	ID     string
	Name   string
	NameEN string // optional
	// Word and WordEN are the publisher's own word for a grade of this
	// scale ("opini", "zona"), as stories write it: "meraih opini A";
	// optional, the theme's word ("predikat") where not given.
	Word, WordEN string
	// GivenGrades: the publisher names each result's grade (grades_from =
	// "result"), so grades have no min and a score does not decide one.
	GivenGrades bool
	Grades      []*Grade
	Flags       []*Flag // in declaration order
	Pos         Pos
}

// Grade returns the grade a score falls in on a scale whose grades come
// from the score; nil on a scale whose grades are given per result.
func (s *Scale) Grade(score Score) *Grade {
	if s.GivenGrades || len(s.Grades) == 0 {
		return nil
	}
	for _, g := range s.Grades {
		if score >= g.Min {
			return g
		}
	}
	return s.Grades[len(s.Grades)-1]
}

// GradeByID returns the scale's grade with an id, or nil.
func (s *Scale) GradeByID(id string) *Grade {
	for _, g := range s.Grades {
		if g.ID == id {
			return g
		}
	}
	return nil
}

// Flag returns the scale's flag with an id, or nil.
func (s *Scale) Flag(id string) *Flag {
	for _, f := range s.Flags {
		if f.ID == id {
			return f
		}
	}
	return nil
}

// Flag is a yes/no finding of a scale that stands beside a result's
// grade and is written after its label ("Tanpa Maladministrasi").
type Flag struct {
	ID      string
	Label   string
	LabelEN string
	Index   int // declaration order
	Pos     Pos
}

// Grade is one step of a scale.
type Grade struct {
	ID      string
	Label   string
	LabelEN string // optional
	Zone    string // hijau, kuning, merah, hitam or ""
	Min     Score  // the lowest score in the grade: min rounded up to 2 decimals; 0 on a scale of given grades
	Color   string
	Index   int // 0 for the best grade
	Pos     Pos
}

// IsZone reports whether a grade is itself a zone (the zona scale's
// hijau, kuning, merah): it is then named by its zone alone.
func (g *Grade) IsZone() bool { return g.Zone != "" && strings.EqualFold(g.ID, g.Zone) }

// Year is every result of one year, merged from its files.
type Year struct {
	Year      int
	Scale     *Scale
	Title     string
	Announced *Date
	Files     []string // the year's files, sorted
	Sources   []*Source
	Results   []*Result // in file order, files sorted by name
	// Assessed is how many bodies of each kind were assessed that year,
	// for the kinds its files give a count for (assessed).
	Assessed []*Assessed // in kind declaration order
	// Distribution is how many bodies, of all kinds, got each grade that
	// year as published (distribution); nil where no file gives it.
	Distribution *Distribution

	sources map[string]*Source
}

// Distribution is a year's published count of bodies per grade, over
// every body assessed that year (an extension of the format).
type Distribution struct {
	Counts []GradeCount // in the scale's order, the grades given only
	Source *Source      // distribution_source; nil when none is given
	File   string
	Pos    Pos // where distribution is written
}

// GradeCount is how many bodies got a grade.
type GradeCount struct {
	Grade *Grade
	Count int
}

// Count is the published number of bodies with grade g; false where the
// distribution does not give it.
func (d *Distribution) Count(g *Grade) (int, bool) {
	for _, c := range d.Counts {
		if c.Grade == g {
			return c.Count, true
		}
	}
	return 0, false
}

// Total is the number of bodies the distribution counts, when it gives
// every grade of scale s; false otherwise.
func (d *Distribution) Total(s *Scale) (int, bool) {
	if len(d.Counts) != len(s.Grades) {
		return 0, false
	}
	n := 0
	for _, c := range d.Counts {
		n += c.Count
	}
	return n, true
}

// AssessedCount returns the number of bodies of a kind assessed in the
// year, or nil where no file of the year gives it.
func (y *Year) AssessedCount(k *Kind) *Assessed {
	for _, a := range y.Assessed {
		if a.Kind == k {
			return a
		}
	}
	return nil
}

// Assessed is the number of bodies of one kind assessed in a year.
type Assessed struct {
	Kind   *Kind
	Count  int
	Source *Source // the file's assessed_source; nil when none is given
	File   string
	Pos    Pos // where the count is written
}

// Source returns the source with the given id, or nil.
func (y *Year) Source(id string) *Source { return y.sources[id] }

// Source is a publication that a result cites.
type Source struct {
	ID        string
	Title     string
	URL       string // "" when not given
	Published *Date
	// Outlet is who published it, named in running text ("Krakatau
	// Radio"); Quoting is whom it quotes for the figures ("Bupati
	// Pandeglang"). Both are optional extensions of the format.
	Outlet, Quoting string
	File            string
	Pos             Pos
}

// Name is how running text names the source: its outlet where the data
// give one ("Krakatau Radio"), else its title in quotes.
func (s *Source) Name() string {
	if s.Outlet != "" {
		return s.Outlet
	}
	return "“" + s.Title + "”"
}

// Result is one body's assessment in one year.
type Result struct {
	Entity *Entity
	// HasScore: the result has a score, written or derived from its
	// units. A result without one is known by its grade or published
	// ranks only, and is not ranked.
	HasScore bool
	Score    Score    // the score: as written or derived, rounded to 2 decimals; 0 without one
	Written  *big.Rat // the score exactly as written; nil when derived from units
	Derived  bool     // the score is the mean of the units
	Units    []*Unit  // in file order
	// Grade is the grade the result gives (grade = …), nil when it gives
	// none; on a scale of given grades every result gives one.
	Grade        *Grade
	Flags        []*Flag // in the order the scale declares them
	Sources      []*Source
	Note         string
	NoteEN       string // optional: the note in English, for English pages
	Reported     Reported
	Illustrative bool
	File         string
	Pos          Pos // where its entity is written
}

// Unit is one service unit assessed within a result.
type Unit struct {
	Name string
	Type string
	// Declared is Type's [[unit_type]] in entities.toml; nil when the
	// unit has no type or the site does not declare it.
	Declared *UnitType
	Score    Score // rounded to 2 decimals
	Exact    *big.Rat
}

// Reported holds ranks announced by the publisher; zero means not given.
type Reported struct {
	ProvinceRank, ProvinceOf int
	NationalRank, NationalOf int
	Pos                      Pos
}

// Ranked reports whether a published rank is given.
func (r Reported) Ranked() bool { return r.ProvinceRank != 0 || r.NationalRank != 0 }

// Page is a Markdown file under content/.
type Page struct {
	Path     string // relative to content/, with slashes, e.g. "berita/lebong.md"
	Rel      string // the address within its language: "metodologi", "berita/lebong"
	Section  string // "berita" for news, "" for other pages
	Slug     string // the file name without .md
	Title    string
	Date     *Date
	Entities []*Entity
	Summary  string
	Lang     string
	Draft    bool
	Params   map[string]any
	Body     []byte // the Markdown after the front matter
	BodyLine int    // the line of the body's first byte in the file
}

// NewsSection is the content folder whose pages are news articles.
const NewsSection = "berita"
