package assemble

import (
	"strings"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/site"
)

// Embeds: every chart of a body's or a province's page also has a page
// of its own, /embed/<kind>/<slug>/<chart>/, with the chart, its table
// and a link back, and no site chrome, for other sites to show in an
// iframe. The body's page offers the iframe code to copy; the iframe's
// height follows its content through postMessage (assets/js/embed.js in
// the embed page, assets/js/embed-host.js on the host page).

// embedMargin is what an iframe needs besides its chart's height before
// its page tells its own: the caption and the link back.
const embedMargin = 120

// Embed is what an embed page's layout sees besides the Context.
type Embed struct {
	Chart  *chart.Chart
	Parent *site.Page // the body's or province's page the chart is from
}

// embeds returns the contexts of the embed pages of a page's charts.
func (c *Context) embeds() []*Context {
	if !embeddable(c.Page) {
		return nil
	}
	var out []*Context
	for _, ch := range c.Charts {
		p := *c.Page
		p.Kind = site.Embed
		p.URL = site.EmbedURL(c.L, c.Page.Entity, embedName(ch))
		p.Alternates = nil
		e := *c
		e.Page = &p
		e.Embed = &Embed{Chart: ch, Parent: c.Page}
		e.card = nil
		e.ECharts = e.library() // from the embed page's own address
		e.Links = PageLinks(e.Site, e.Page, e.Rel)
		e.Head = PageHead(e.Site, e.Page, e.Config.BaseURL, e.Rel, e.a.words)
		out = append(out, &e)
	}
	return out
}

// Embeddable reports whether a page's charts have embed pages: a body's
// or a province's page.
func Embeddable(p *site.Page) bool { return embeddable(p) }

func embeddable(p *site.Page) bool {
	return p.Entity != nil && (p.Kind == site.Body || p.Kind == site.Province)
}

// embedName is the last segment of a chart's embed address.
func embedName(ch *chart.Chart) string { return strings.TrimPrefix(ch.ID, "chart-") }

// EmbedTitle names an embedded chart for screen readers and the embed
// page's title: the chart's title, with the body's name where the title
// lacks it.
func (c *Context) EmbedTitle(ch *chart.Chart) string {
	name := c.Page.Title
	if c.Embed != nil {
		name = c.Embed.Parent.Title
	}
	if strings.Contains(ch.Title, name) {
		return ch.Title
	}
	return ch.Title + " — " + name
}

// EmbedSnippet is the data of the partial "embed-snippet".
type EmbedSnippet struct {
	Src, Title, Script string
	Height             int
}

// embedSnippet is the data of a chart's embed code: the HTML another
// site pastes to show a chart of this page, an iframe with a title for
// screen readers, sized by embed-host.js, made by the theme's partial
// "embed-snippet" (Renderer.finishCharts) and shown as text.
func (c *Context) embedSnippet(ch *chart.Chart) *EmbedSnippet {
	return &EmbedSnippet{
		Src:    c.Abs(site.EmbedURL(c.L, c.Page.Entity, embedName(ch))),
		Title:  c.EmbedTitle(ch),
		Script: c.Abs("/assets/js/embed-host.js"),
		Height: ch.Height + embedMargin,
	}
}
