package assemble

import (
	"html/template"
	"strings"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/narrative"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// Context is what a layout sees as "." : the page, its language, and
// helpers for words and links.
type Context struct {
	Site      *site.Site
	Page      *site.Page
	L         *site.Language
	Config    data.Site
	Body      template.HTML // a news or content page's Markdown, rendered
	ECharts   string        // the chart library's address, relative or absolute
	Integrity string
	Story     *narrative.Story // body, body-year and province pages
	Charts    []*chart.Chart
	Embed     *Embed // embed pages only
	// Links and Head are the page's links.
	Links Links
	Head  Head
	a     *Assembler
	card  *pageCard // the share card, once made
	// refs numbers the sources and notes the page cites (refs.go).
	refs *footnotes
	// charted are the results each chart draws, for its source line.
	charted map[*chart.Chart][]*score.Result
}

func (a *Assembler) context(p *site.Page) (*Context, error) {
	c := &Context{Site: a.site, Page: p, L: p.Lang, Config: a.site.Data.Site, a: a, Integrity: a.integrity}
	c.Links = PageLinks(a.site, p, c.Rel)
	c.Head = PageHead(a.site, p, c.Config.BaseURL, c.Rel, a.words)
	c.ECharts = c.library()
	if r := c.Latest(); r != nil {
		st := c.a.story().Result(r, c.Site.Scores, c.L.Lang)
		c.Story = &st
	}
	c.Charts = a.charts(c)
	if p.Article != nil {
		body, err := a.markdown(p.Article.Body)
		if err != nil {
			return nil, err
		}
		c.Body = body
	}
	return c, nil
}

// library is the chart library's address from the page: as given when
// absolute, else relative to the page.
func (c *Context) library() string {
	lib := c.a.echarts
	if strings.Contains(lib, "://") {
		return lib
	}
	return c.Rel("/" + lib)
}

// T translates a key of the theme's i18n files into the page's language.
func (c *Context) T(key string, args ...string) string { return c.a.words(c.L.Code, key, args...) }

// Rel turns a site-absolute address into one relative to the page, so
// that the site works from any folder; on the 404 page, which hosts serve
// at any address, links start from base_url's path instead
// ("/rapor/assets/css/rapor.css"): they work at any depth on the site's
// host, and stay on the same origin for a Content-Security-Policy (see
// Linker).
func (c *Context) Rel(target string) string {
	return LinkerFor(c.Page, c.Config.BaseURL).To(target)
}

// Abs is a site-absolute address made absolute with base_url, for
// canonical links, the feed and the sitemap.
func (c *Context) Abs(target string) string { return Absolute(c.Config.BaseURL, target) }
