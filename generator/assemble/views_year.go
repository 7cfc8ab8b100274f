package assemble

import (
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/export"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// GradeRow is a grade of a scale with its range and count.
type GradeRow struct {
	Grade *data.Grade
	Range string // "88,00–100,00"; on a scale whose grades are given with the results, what says so
	Count int
}

// Grades is the page's year's scale with how many results got each grade.
func (c *Context) Grades() []GradeRow {
	y := c.Page.Year
	if y == nil {
		return nil
	}
	var out []GradeRow
	top := data.Score(10000)
	for i, g := range y.Data.Scale.Grades {
		row := GradeRow{Grade: c.a.grade(g, c.L), Range: c.L.Score(g.Min) + "–" + c.L.Score(top), Count: y.Distribution[i].Count}
		if y.Data.Scale.GivenGrades {
			row.Range = c.T("grade.given")
		}
		out = append(out, row)
		top = g.Min - 1
	}
	return out
}

// Highlight is a short list of results: best, worst, risers, fallers,
// shown as a Ranking of the national scope.
type Highlight struct{ Ranking }

// Highlights are the page's year's best, worst, risers and fallers per
// national ranking.
func (c *Context) Highlights() []Highlight {
	y := c.Page.Year
	if y == nil {
		return nil
	}
	var out []Highlight
	for _, g := range y.Groups {
		kinds := c.kindsWords(g.Kinds)
		n := min(3, len(g.Results))
		// Over part of the scope, the highest score in the data is not
		// the highest of the year.
		best, worst := "home.best", "home.worst"
		if !g.Complete() {
			best, worst = "home.best_data", "home.worst_data"
		}
		if n > 0 {
			out = append(out, c.highlight(c.T(best, "kinds", kinds), g.Results[:n], g))
		}
		if len(g.Results) > n {
			out = append(out, c.highlight(c.T(worst, "kinds", kinds), reverse(g.Results[len(g.Results)-n:]), g))
		}
		if rs := g.Risers(); len(rs) > 0 {
			h := c.highlight(c.T("home.risers", "kinds", kinds), rs[:min(5, len(rs))], g)
			h.Note = c.T("home.movers_note")
			out = append(out, h)
		}
		if fs := g.Fallers(); len(fs) > 0 {
			h := c.highlight(c.T("home.fallers", "kinds", kinds), fs[:min(5, len(fs))], g)
			h.Note = c.T("home.movers_note")
			out = append(out, h)
		}
	}
	return out
}

func (c *Context) highlight(title string, rs []*score.Result, s *score.Scope) Highlight {
	return Highlight{c.rows(title, s, rs, true)}
}

func reverse(rs []*score.Result) []*score.Result {
	out := make([]*score.Result, len(rs))
	for i, r := range rs {
		out[len(rs)-1-i] = r
	}
	return out
}

// ProvinceEntry is a province with its bodies, for the home page.
type ProvinceEntry struct {
	Name   string
	URL    string
	Bodies []BodyLink
}

// BodyLink names a body, linked when it has a page.
type BodyLink struct {
	Name, URL string
}

// Provinces lists every province with its bodies of the default
// province group (kabupaten and kota); kinds ranked in a group of their
// own, such as 84,000 desa, are left to the province pages.
func (c *Context) Provinces() []ProvinceEntry {
	var out []ProvinceEntry
	for _, p := range c.Site.Provinces() {
		e := ProvinceEntry{Name: c.L.Name(p)}
		if c.Site.HasPage(p) {
			e.URL = c.Rel(site.BodyURL(c.L, p, 0))
		}
		for _, b := range c.Site.Bodies(p) {
			if b.Kind.ProvinceGroup != "" {
				continue // desa and other own-group kinds: on the province's page, not on the home page
			}
			l := BodyLink{Name: c.L.Name(b)}
			if c.Site.HasPage(b) {
				l.URL = c.Rel(site.BodyURL(c.L, b, 0))
			}
			e.Bodies = append(e.Bodies, l)
		}
		out = append(out, e)
	}
	return out
}

// YearLink is a year in the navigation.
type YearLink struct {
	Year    int
	URL     string
	Current bool
}

// Years lists every year, newest first.
func (c *Context) Years() []YearLink {
	ys := c.Site.Scores.Years
	out := make([]YearLink, 0, len(ys))
	for i := len(ys) - 1; i >= 0; i-- {
		y := ys[i].Year
		out = append(out, YearLink{Year: y, URL: c.Rel(site.YearURL(c.L, y)), Current: c.Page.Year != nil && c.Page.Year.Year == y && c.Page.Kind == site.YearPage})
	}
	return out
}

// Download is a file of the data page.
type Download struct {
	Name, URL, Text string
}

// Downloads are the export's files.
func (c *Context) Downloads() []Download {
	var out []Download
	for _, y := range c.Site.Scores.Years {
		name := export.CSVName(y.Year)
		out = append(out, Download{Name: name, URL: c.Rel("/" + name), Text: c.T("data.csv", "year", c.Year(y.Year), "n", c.L.Int(len(y.Results)))})
	}
	out = append(out, Download{Name: export.JSONName, URL: c.Rel("/" + export.JSONName), Text: c.T("data.json")})
	return out
}

// Column is one column of the CSV, with its meaning.
type Column struct{ Name, Text string }

// Columns describe the CSV's columns.
func (c *Context) Columns() []Column {
	out := make([]Column, len(export.CSVHeader))
	for i, h := range export.CSVHeader {
		out[i] = Column{Name: h, Text: c.T("data.col." + h)}
	}
	return out
}

// yearFacts are the home page's key facts of its year: the results the
// data hold, then for each grade of the year's scale how many got it:
// the published count where the year file gives its distribution (with
// its source), else the count in the data, which the Meaning under the
// facts qualifies unless the data hold every body assessed.
func (c *Context) yearFacts() ([]Fact, *FactsYear, *Meaning) {
	y := c.Page.Year
	if y == nil || len(y.Results) == 0 {
		return nil, nil, nil
	}
	complete := len(y.Groups) > 0
	for _, g := range y.Groups {
		complete = complete && g.Complete()
	}
	label := "facts.home_results"
	if complete {
		label = "facts.home_results_all"
	}
	out := []Fact{{Label: c.T(label), Value: c.L.Int(len(y.Results))}}
	sc, pub := y.Data.Scale, y.Data.Distribution
	var marks []Mark
	if pub != nil && pub.Source != nil {
		marks = c.sourcesMarks([]*data.Source{pub.Source})
	}
	total, totalOK := 0, false
	if pub != nil {
		total, totalOK = pub.Total(sc)
	}
	published := 0
	for i, g := range sc.Grades {
		f := Fact{Label: c.L.GradeLabel(g), Value: c.L.Int(y.Distribution[i].Count)}
		if len([]rune(g.ID)) <= 2 || g.IsZone() {
			f.Grade = c.a.grade(g, c.L) // a letter or a zone: its badge; a word is the label already
		}
		if pub != nil {
			// A published distribution replaces the data's counts; a grade
			// it leaves out is not known nationally.
			n, ok := pub.Count(g)
			switch {
			case ok && totalOK:
				f.Value, f.Note, f.Marks = c.L.Int(n), c.T("facts.home_nationally_of", "of", c.L.Int(total)), marks
				published++
			case ok:
				f.Value, f.Note, f.Marks = c.L.Int(n), c.T("facts.home_nationally"), marks
				published++
			default:
				f.Value, f.Muted = c.T("score.none"), true
			}
		}
		out = append(out, f)
	}
	fy := &FactsYear{Year: y.Year, Title: c.T("home.full", "year", c.Year(y.Year)), URL: c.Links.Latest}
	var m *Meaning
	switch {
	case published == len(sc.Grades):
	case pub != nil:
		m = &Meaning{Text: c.T("facts.home_some_published", "word", c.gradeWordLower(sc))}
	case !complete:
		m = &Meaning{Text: c.T("facts.home_counts_in_data", "word", c.gradeWordLower(sc))}
	}
	return out, fy, m
}

// gradeWordLower is the scale's word for a grade in running text:
// "opini", "predikat".
func (c *Context) gradeWordLower(s *data.Scale) string {
	if w := c.L.GradeWord(s); w != "" {
		return w
	}
	return c.T("facts.grade_word")
}
