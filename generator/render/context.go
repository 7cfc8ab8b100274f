package render

import (
	"html/template"
	"net/url"
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
	r         *Renderer
	card      *pageCard // the share card, once made
	// figures are the charts' figures made for the page, shared with its
	// embed pages (ChartFigure).
	figures map[*chart.Chart]template.HTML
	// refs numbers the sources and notes the page cites (refs.go).
	refs *footnotes
	// charted are the results each chart draws, for its source line.
	charted map[*chart.Chart][]*score.Result
}

func (r *Renderer) context(p *site.Page) (*Context, error) {
	c := &Context{Site: r.site, Page: p, L: p.Lang, Config: r.site.Data.Site, r: r, Integrity: r.opts.EChartsIntegrity}
	c.ECharts = c.library()
	if r := c.Latest(); r != nil {
		st := narrative.Options{Publisher: c.Config.Publisher}.Result(r, c.Site.Scores, c.L.Lang)
		c.Story = &st
	}
	c.Charts = r.charts(c)
	if p.Article != nil {
		body, err := markdown(r.md, p.Article.Body)
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
	lib := c.r.opts.ECharts
	if strings.Contains(lib, "://") {
		return lib
	}
	return c.Rel("/" + lib)
}

// T translates a key of the theme's i18n files into the page's language.
func (c *Context) T(key string, args ...string) string { return c.r.words.T(c.L.Code, key, args...) }

// Rel turns a site-absolute address into one relative to the page, so
// that the site works from any folder. On the 404 page, which hosts serve
// at any address, links start from base_url's path instead
// ("/rapor/assets/css/rapor.css"): they work at any depth on the site's
// host, and stay on the same origin for a Content-Security-Policy.
func (c *Context) Rel(target string) string {
	if c.Page.Kind == site.NotFound {
		return rootPath(c.Config.BaseURL) + target
	}
	return relative(c.Page.URL, target)
}

// rootPath is base_url's path without its final slash: "/rapor" for
// "https://example.org/rapor/", "" for a site at the host's root.
func rootPath(base string) string {
	u, err := url.Parse(base)
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(u.EscapedPath(), "/")
}

// Abs is a site-absolute address made absolute with base_url, for
// canonical links, the feed and the sitemap.
func (c *Context) Abs(target string) string { return absolute(c.Config.BaseURL, target) }

// Asset is the address of a theme static file, relative to the page.
func (c *Context) Asset(name string) string { return c.Rel("/assets/" + name) }

// relative computes the link from page address from to address to; both
// are site-absolute ("/a/b/", "/404.html").
func relative(from, to string) string {
	dir := from[:strings.LastIndexByte(from, '/')+1] // the page's folder
	up := ""
	for !strings.HasPrefix(to, dir) {
		dir = dir[:strings.LastIndexByte(dir[:len(dir)-1], '/')+1]
		up += "../"
	}
	if rel := up + strings.TrimPrefix(to, dir); rel != "" {
		return rel
	}
	return "./"
}

func absolute(base, target string) string {
	u, err := url.Parse(base)
	if err != nil {
		return target
	}
	return strings.TrimSuffix(u.String(), "/") + target
}
