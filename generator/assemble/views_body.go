package assemble

import (
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// HistoryRow is one year of a body's history table.
type HistoryRow struct {
	Year         int
	URL          string
	Score        string // "" when no score was published
	Grade        *data.Grade
	Flags        []string
	Scale        *data.Scale
	Change       Change
	ScaleChanged bool
	Province     RankText
	National     RankText
	Illustrative bool
	Marks        []Mark
}

// History is the page's body's results, newest first.
func (c *Context) History() []HistoryRow {
	h := c.Page.History
	if h == nil {
		return nil
	}
	out := make([]HistoryRow, 0, len(h.Results))
	for i := len(h.Results) - 1; i >= 0; i-- {
		r := h.Results[i]
		row := HistoryRow{Year: r.Year, URL: c.Rel(site.BodyURL(c.L, r.Entity, r.Year)),
			Grade: c.a.grade(r.Grade, c.L), Flags: c.flags(r), Scale: r.Scale(), ScaleChanged: r.ScaleChanged, Illustrative: r.Illustrative,
			Province: c.rankText(r, false), National: c.rankText(r, true), Change: c.change(r), Marks: c.Marks(r)}
		if r.HasScore {
			row.Score = c.L.Score(r.Score)
		}
		out = append(out, row)
	}
	return out
}

// Change is a score change as a table shows it.
type Change struct {
	Text     string // "+7,78"; "" without one
	Since    string // the year compared with, when it is not the previous result's: "2022"
	None     string // why there is none: "tanpa nilai sebelumnya"; "" for a result without a score
	Up, Down bool
}

// change is a result's score change against its last earlier score.
func (c *Context) change(r *score.Result) Change {
	switch {
	case !r.HasScore:
		return Change{}
	case r.ScorePrev == nil:
		return Change{None: c.T("change.none")}
	}
	ch := Change{Text: c.L.Signed(r.ScoreChange), Up: r.ScoreChange > 0, Down: r.ScoreChange < 0}
	if r.ScorePrev != r.Prev || len(r.Gap) > 0 {
		ch.Since = strconv.Itoa(r.ScorePrev.Year)
	}
	return ch
}

// flags are a result's flags in the page's language.
func (c *Context) flags(r *score.Result) []string {
	var out []string
	for _, f := range r.Flags {
		if c.L.Code != "id" && f.LabelEN != "" {
			out = append(out, f.LabelEN)
		} else {
			out = append(out, f.Label)
		}
	}
	return out
}

// Fact is a line of a body-year page's fact box.
type Fact struct {
	Label string
	Value string
	Note  string // after the value, smaller: "(dibanding 2022)"
	Grade *data.Grade
	Class string // "score" for the score
	Muted bool   // the value says that the figure is not known
	Marks []Mark
}

// Facts is the fact box of the page's result: the score, the grade, the
// official ranks, and the change against the previous assessment.
func (c *Context) Facts() []Fact {
	r := c.Page.Result
	if r == nil {
		return nil
	}
	marks := c.Marks(r)
	score := Fact{Label: c.T("col.score"), Class: "score", Marks: marks}
	if r.HasScore {
		score.Value = c.L.Score(r.Score)
	} else {
		score.Value, score.Muted = c.T("score.none"), true
	}
	out := []Fact{score}
	if r.Grade != nil {
		g := Fact{Label: c.T("col.grade"), Value: c.L.GradeLabel(r.Grade), Grade: c.a.grade(r.Grade, c.L), Marks: marks}
		if fl := c.flags(r); len(fl) > 0 {
			g.Note = strings.Join(fl, ", ")
		}
		out = append(out, g)
	}
	if r.Province != nil {
		out = append(out, c.rankFact(r, false))
	}
	out = append(out, c.rankFact(r, true))
	if r.HasScore {
		ch := c.change(r)
		f := Fact{Label: c.T("col.change"), Value: ch.Text}
		if ch.Text == "" {
			f.Value, f.Muted = ch.None, true
		} else {
			f.Note = c.T("body.since", "year", strconv.Itoa(r.ScorePrev.Year))
			f.Marks = c.Marks(r.ScorePrev)
		}
		out = append(out, f)
	}
	return out
}

// rankFact is an official rank of the page's result, with its move
// against the previous assessment; none when there is no official one.
func (c *Context) rankFact(r *score.Result, national bool) Fact {
	label := c.T("col.rank_province")
	if national {
		label = c.T("col.rank_national")
	}
	rt := c.rankText(r, national)
	f := Fact{Label: label, Value: rt.Text, Marks: rt.Marks}
	if rt.Text == "" {
		f.Value, f.Muted = c.T("rank.none"), true
		return f
	}
	if before, ok := r.RankMove(national); ok {
		now := rt.Rank
		y := strconv.Itoa(r.Prev.Year)
		switch {
		case before.Rank > now:
			f.Note = c.T("rank.up_from", "rank", c.L.Int(before.Rank), "year", y)
		case before.Rank < now:
			f.Note = c.T("rank.down_from", "rank", c.L.Int(before.Rank), "year", y)
		default:
			f.Note = c.T("rank.same_as", "year", y)
		}
		f.Marks = append(f.Marks, c.Marks(r.Prev)...)
	}
	return f
}

// ScaleChangedInHistory reports whether a result of the page's body was
// graded on another scale than the one before it, so that the history
// table explains its † mark.
func (c *Context) ScaleChangedInHistory() bool {
	if c.Page.History == nil {
		return false
	}
	for _, r := range c.Page.History.Results {
		if r.ScaleChanged {
			return true
		}
	}
	return false
}

// Latest is the body's most recent result.
func (c *Context) Latest() *score.Result {
	if c.Page.Result != nil {
		return c.Page.Result
	}
	if h := c.Page.History; h != nil && len(h.Results) > 0 {
		return h.Results[len(h.Results)-1]
	}
	return nil
}

// UnitRow is one service unit of a result.
type UnitRow struct {
	Name  string
	Type  string // the unit type's label in the page's language, or its tag
	Score string
}

// Units are the units of the page's latest result, best first.
func (c *Context) Units() []UnitRow {
	r := c.Latest()
	if r == nil {
		return nil
	}
	var out []UnitRow
	for _, u := range r.Units {
		out = append(out, UnitRow{Name: u.Name, Type: c.L.UnitType(u), Score: c.L.Score(u.Score)})
	}
	return out
}

// SourceRow is a source as the list of sources shows it.
type SourceRow struct {
	Year      int
	Title     string
	URL       string // "" when the data give none
	Published string
	Outlet    string
	Quoting   string // "mengutip Bupati Pandeglang"
}

func (c *Context) sourceRow(s *data.Source) SourceRow {
	row := SourceRow{Title: s.Title, URL: s.URL, Outlet: s.Outlet}
	if s.Published != nil {
		row.Published = c.L.Date(*s.Published)
	}
	if s.Quoting != "" {
		row.Quoting = c.T("source.quoting", "who", s.Quoting)
	}
	if y, ok := c.sourceYear(s); ok {
		row.Year = y
	}
	return row
}

// sourceYear is the year of the year file that declares a source.
func (c *Context) sourceYear(s *data.Source) (int, bool) {
	for _, y := range c.Site.Scores.Years {
		if y.Data.Source(s.ID) == s {
			return y.Year, true
		}
	}
	return 0, false
}

// Illustrative reports whether any figure on the page is illustrative.
func (c *Context) Illustrative() bool {
	if c.Page.Result != nil {
		return c.Page.Result.Illustrative
	}
	if c.Page.History != nil {
		for _, r := range c.Page.History.Results {
			if r.Illustrative {
				return true
			}
		}
	}
	return false
}

// NewsLink is an article in a list.
type NewsLink struct {
	Title, URL, Date, Summary string
	ISODate                   string // the date for <time datetime>: "2024-02-29"
	Lang                      string // the article's language, when not the page's
}

// NewsLinks lists the page's news, newest first.
func (c *Context) NewsLinks() []NewsLink {
	var out []NewsLink
	for _, a := range c.Page.News {
		n := NewsLink{Title: a.Title, URL: c.Rel(site.ArticleURL(c.L, a)), Summary: a.Summary}
		if a.Date != nil {
			n.Date, n.ISODate = c.L.Date(*a.Date), a.Date.String()
		}
		if a.Lang != c.L.Code {
			n.Lang = a.Lang
		}
		out = append(out, n)
	}
	return out
}

// NotAssessed lists the bodies of the page's province without a page.
func (c *Context) NotAssessed() []string {
	var out []string
	for _, e := range c.Site.Bodies(c.Page.Entity) {
		if !c.Site.HasPage(e) {
			out = append(out, c.L.Name(e))
		}
	}
	return out
}

// Cite is the "cite this page" line of a body-year page.
func (c *Context) Cite() string {
	return c.T("cite.line", "title", c.Page.Title, "site", c.Config.Title, "url", c.Abs(c.Page.URL))
}
