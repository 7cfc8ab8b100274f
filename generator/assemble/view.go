package assemble

import (
	"html/template"
	"strconv"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/site"
)

// A View is everything the layout of a page can read, as plain data: every figure formatted, every
// link made, every source numbered. It holds no pointer into the dataset,
// so that what a page shows is a function of its View and of what is the
// same on every page (the theme, the site settings and the shared
// partials: Renderer.SiteKey). A page whose View and site key did not
// change renders to the same bytes, and a build keeps the previous file
// instead of rendering it again (File.Key).
//
// Its only methods translate a theme word (T), name an asset (Asset),
// format a year (Year) and insert a shared partial (Shared): each reads
// the View's own fields and what the site key covers, nothing else.
type View struct {
	Page ViewPage
	L    ViewLang
	// Config is the site's settings, which the site key covers.
	Config data.Site `json:"-"`
	Links  Links
	Head   Head

	Description        string
	CardImage, CardAlt string
	JSONLD             *ldGraph
	ECharts, Integrity string

	Illustrative bool
	Name         string // the body's name in the page's language
	Regional     bool   // the body is a region: its history has provincial ranks
	Story        *ViewStory
	Latest       *ViewYear // the year of the body's latest result
	// Facts are the key facts of the body's result of FactsYear, at the
	// top of body, body-year and province pages; Meaning says what its
	// grade meant that year, where the data say so.
	Facts     []Fact
	FactsYear *FactsYear
	Meaning   *Meaning
	// Neighbours is the ranking of the body's province (a body of no
	// province: its national group) in FactsYear, the body's row
	// Current: body and body-year pages.
	Neighbours *YearRanking
	Units      []UnitRow // body-year pages
	Charts     []*ViewChart
	// Body and province pages.
	History               []HistoryRow
	ScaleChangedInHistory bool
	HistoryCSV            string
	// Province pages.
	ProvinceRankings []YearRanking
	NotAssessed      []string

	// The home and year pages.
	Assessment *ViewAssessment // the page's year
	Highlights []Highlight     // home page
	// Map is the page's map: the province's kabupaten and kota on
	// province and body pages, Indonesia's on the home and year pages;
	// nil where the site has no boundaries.
	Map          *Map
	Provinces    []ProvinceEntry // home page
	Years        []YearLink      // year pages
	YearRankings []Ranking       // year pages
	Grades       []GradeRow      // year pages
	// News and content pages.
	Article       *ViewArticle
	Body          template.HTML // the article's Markdown, rendered
	ArticleBodies []BodyLink    // news pages
	// The data page.
	Updated   string // the data's last update, "5 Februari 2026"; "" without one
	Downloads []Download
	Columns   []Column

	NewsLinks []NewsLink
	Footnotes []*Footnote
	Cite      string     // body-year pages: the full citation
	Quote     string     // body-year pages: a sentence to quote, with its figures and sources
	Embed     *ViewEmbed // embed pages

	tools *viewTools
}

// ViewPage is the page itself.
type ViewPage struct {
	Kind  site.Kind
	URL   string // site-absolute
	Title string
	// Original: a news or content page in the language it is written in.
	Original bool
}

// ViewAssessment is a year's assessment, as its pages show it.
type ViewAssessment struct {
	Year        int
	Title       string // the year file's title, "" for none
	Announced   string // the date of the announcement, formatted; "" for none
	Scale       string // the scale's name
	ScaleChange *ViewScaleChange
}

// ViewScaleChange is a change of scale from an earlier year.
type ViewScaleChange struct {
	From, To string // the scales' names
	FromYear int
}

// ViewArticle is a news or content page's article.
type ViewArticle struct {
	Lang    string // the language it is written in
	Date    string // formatted, "" for none
	ISODate string // "2024-02-29", for <time datetime>
}

// ViewLang is the page's language.
type ViewLang struct {
	Code   string
	Prefix string
}

// ViewYear is a year.
type ViewYear struct{ Year int }

// ViewStory is the page's story with its sentences' marks.
type ViewStory struct {
	Headline   string
	Paragraphs [][]ViewSentence
}

// ViewSentence is a sentence of a story and the marks of its sources.
type ViewSentence struct {
	Text  string
	Marks []Mark
}

// ViewChart is a chart of a page with what its figure names besides the
// chart: its sources and, on pages with embeds, the code to embed it.
// Figure and Embed are made from these when the page is rendered.
type ViewChart struct {
	Chart   *chart.Chart
	Sources string        // "Sumber: Antara, Radar Lebong"
	Snippet *EmbedSnippet // the embed code's data; nil where the page has no embeds
	Figure  template.HTML `json:"-"` // the theme's partial "chart-figure"
	Embed   string        `json:"-"` // the theme's partial "embed-snippet", as text
}

// ViewEmbed is what an embed page shows: one chart of its parent page.
type ViewEmbed struct {
	Chart     *ViewChart
	Title     string // the chart's title, with the body's name
	Canonical string // the parent page, absolute
	Back      string // the parent page, relative to the embed page
}

// viewTools are what the View's methods use: the theme's words and
// layouts, and the page's shared partials.
type viewTools struct {
	a *Assembler
	// link makes the page's links (the 404 page's from base_url's path).
	link Linker
	// shared makes the value of the page's shared partials, when one is
	// first rendered for its language and depth.
	shared func() *Shared
	key    SharedKey
}

// T translates a key of the theme's i18n files into the page's language.
func (v *View) T(key string, args ...string) string {
	return v.tools.a.words(v.L.Code, key, args...)
}

// Asset is the address of a theme static file, relative to the page.
func (v *View) Asset(name string) string {
	return v.tools.link.To("/assets/" + name)
}

// Year formats a year number without grouping.
func (v *View) Year(y int) string { return strconv.Itoa(y) }

// Shared renders the theme's partial name once per language and folder
// depth (see Shared).
func (v *View) Shared(name string) (template.HTML, error) {
	key := v.tools.key
	key.Name = name
	return v.tools.a.shared(key, v.tools.shared)
}
