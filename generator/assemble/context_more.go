package assemble

import (
	"github.com/rapor-publik/rapor/generator/export"
	"github.com/rapor-publik/rapor/generator/site"
)

// Description is the page's summary for search engines and link previews.
func (c *Context) Description() string {
	switch {
	case c.Story != nil:
		return c.Story.Headline
	case c.Page.Article != nil && c.Page.Article.Summary != "":
		return c.Page.Article.Summary
	}
	return c.T("meta.description", "title", c.Config.Title)
}

// YearIllustrative reports whether the page's year holds illustrative
// figures.
func (c *Context) YearIllustrative() bool {
	if c.Page.Year == nil {
		return false
	}
	for _, r := range c.Page.Year.Results {
		if r.Illustrative {
			return true
		}
	}
	return false
}

// HistoryCSV links the CSV of the page's body's results, when it has any.
func (c *Context) HistoryCSV() string {
	if c.Page.Entity == nil || c.Site.Scores.History(c.Page.Entity) == nil {
		return ""
	}
	return c.Rel("/" + export.HistoryName(c.Page.Entity))
}

// ArticleBodies are the bodies a news article names.
func (c *Context) ArticleBodies() []BodyLink {
	if c.Page.Article == nil {
		return nil
	}
	var out []BodyLink
	for _, e := range c.Page.Article.Entities {
		l := BodyLink{Name: c.L.Name(e)}
		if c.Site.HasPage(e) {
			l.URL = c.Rel(site.BodyURL(c.L, e, 0))
		}
		out = append(out, l)
	}
	return out
}
