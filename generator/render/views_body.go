package render

import (
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// HistoryRow is one year of a body's history table.
type HistoryRow struct {
	Year         int
	URL          string
	Score        string
	Grade        *data.Grade
	Scale        *data.Scale
	Change       string
	ScaleChanged bool
	Province     RankText
	National     RankText
	Illustrative bool
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
		row := HistoryRow{Year: r.Year, URL: c.Rel(site.BodyURL(c.L, r.Entity, r.Year)), Score: c.L.Score(r.Score),
			Grade: r.Grade, Scale: r.Scale(), ScaleChanged: r.ScaleChanged, Illustrative: r.Illustrative,
			Province: c.rankText(r.Province), National: c.rankText(&r.National)}
		if r.Prev != nil {
			row.Change = c.L.Signed(r.ScoreChange)
		}
		out = append(out, row)
	}
	return out
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
	Name, Type, Score string
	Like              string // "1 dari 12 puskesmas di …"
}

// Units are the units of the page's latest result, best first.
func (c *Context) Units() []UnitRow {
	r := c.Latest()
	if r == nil {
		return nil
	}
	var out []UnitRow
	for _, u := range r.Units {
		row := UnitRow{Name: u.Name, Type: u.Type, Score: c.L.Score(u.Score)}
		for _, ur := range r.UnitRanks {
			if ur.Unit == u {
				row.Like = c.T("unit.like", "rank", c.L.Int(ur.Rank), "of", c.L.Int(ur.Of), "type", u.Type, "province", c.L.Name(ur.Scope.Province))
			}
		}
		out = append(out, row)
	}
	return out
}

// SourceRow is a source cited by a result.
type SourceRow struct {
	Year      int
	Title     string
	URL       string
	Published string
}

// Sources are the sources of the page's result, or of every result of
// the body, newest year first.
func (c *Context) Sources() []SourceRow {
	var rs []*score.Result
	switch {
	case c.Page.Result != nil:
		rs = []*score.Result{c.Page.Result}
	case c.Page.History != nil:
		for i := len(c.Page.History.Results) - 1; i >= 0; i-- {
			rs = append(rs, c.Page.History.Results[i])
		}
	}
	var out []SourceRow
	for _, r := range rs {
		for _, s := range r.Sources {
			row := SourceRow{Year: r.Year, Title: s.Title, URL: s.URL}
			if s.Published != nil {
				row.Published = c.L.Date(*s.Published)
			}
			out = append(out, row)
		}
	}
	return out
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
