package render

import (
	"github.com/rapor-publik/rapor/generator/assemble"
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

// MethodURL links the methodology page when the site has one.
func (c *Context) MethodURL() string {
	if m := c.L.Method; m != nil {
		return c.Rel(m.URL)
	}
	return ""
}

// LanguageLink is an entry of the language switch.
type LanguageLink = assemble.Language

// LanguageLinks lead to this page in each language, or to that
// language's home page where the page has no translation; none on a site
// of one language. For site themes written before .Head.Languages.
func (c *Context) LanguageLinks() []LanguageLink { return c.Head.Languages }

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
