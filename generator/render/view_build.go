package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"strings"

	"github.com/rapor-publik/rapor/generator/assemble"
	"github.com/rapor-publik/rapor/generator/site"
)

// view makes the View of a page. The page cites its sources in the order
// its layout shows them (facts, story, history, rankings), so that the
// numbers of its list of sources and notes run in reading order, as they
// did when the layout cited them.
func (c *Context) view() *View {
	p := c.Page
	v := &View{
		Page:         ViewPage{Kind: p.Kind, URL: p.URL, Title: p.Title, Original: p.Original},
		L:            ViewLang{Code: c.L.Code, Prefix: c.L.Prefix},
		Config:       c.Config,
		Links:        c.Links,
		Head:         c.Head,
		Description:  c.Description(),
		CardImage:    c.CardImage(),
		CardAlt:      c.CardAlt(),
		JSONLD:       c.JSONLD(),
		ECharts:      c.ECharts,
		Integrity:    c.Integrity,
		Illustrative: c.Illustrative(),
		tools:        c.viewTools(),
	}
	if e := p.Entity; e != nil {
		v.Name, v.Regional = c.L.Name(e), e.Kind.Regional
	}
	if r := c.Latest(); r != nil {
		v.Latest = &ViewYear{Year: r.Year}
	}
	if p.Kind == site.BodyYear {
		v.Facts = c.Facts()
	}
	if st := c.Story; st != nil {
		vs := &ViewStory{Headline: st.Headline}
		for _, para := range st.Paragraphs {
			var out []ViewSentence
			for _, s := range para {
				out = append(out, ViewSentence{Text: s.Text, Marks: c.RefMarks(s.Refs)})
			}
			vs.Paragraphs = append(vs.Paragraphs, out)
		}
		v.Story = vs
	}
	if p.Kind == site.BodyYear {
		v.Units = c.Units()
		v.Cite = c.Cite()
	}
	if p.History != nil && p.Kind != site.BodyYear {
		v.History = c.History()
		v.ScaleChangedInHistory = c.ScaleChangedInHistory()
		v.HistoryCSV = c.HistoryCSV()
	}
	if p.Kind == site.Province {
		v.ProvinceRankings = c.ProvinceRankings()
		v.NotAssessed = c.NotAssessed()
	}
	c.yearView(v)
	c.articleView(v)
	if p.Kind == site.DataPage {
		v.Downloads, v.Columns = c.Downloads(), c.Columns()
	}
	for _, ch := range c.Charts {
		vc := &ViewChart{Chart: ch, Sources: c.chartSources(ch)}
		if embeddable(p) {
			vc.Snippet = c.embedSnippet(ch)
		}
		v.Charts = append(v.Charts, vc)
	}
	v.NewsLinks = c.NewsLinks()
	v.Footnotes = c.Footnotes()
	return v
}

// yearView fills the View of the home and year pages.
func (c *Context) yearView(v *View) {
	p := c.Page
	if p.Kind != site.Home && p.Kind != site.YearPage {
		return
	}
	if y := p.Year; y != nil {
		a := &ViewAssessment{Year: y.Year, Title: y.Data.Title, Scale: y.Data.Scale.Name}
		if d := y.Data.Announced; d != nil {
			a.Announced = c.L.Date(*d)
		}
		if sc := y.ScaleChange; sc != nil {
			a.ScaleChange = &ViewScaleChange{From: sc.From.Name, To: sc.To.Name, FromYear: sc.FromYear}
		}
		v.Assessment = a
	}
	if p.Kind == site.Home {
		v.Highlights, v.Provinces = c.Highlights(), c.Provinces()
		return
	}
	v.Illustrative = c.YearIllustrative()
	v.Years, v.YearRankings, v.Grades = c.Years(), c.YearRankings(), c.Grades()
}

// articleView fills the View of news and content pages.
func (c *Context) articleView(v *View) {
	a := c.Page.Article
	if a == nil {
		return
	}
	v.Article, v.Body = &ViewArticle{Lang: a.Lang}, c.Body
	if a.Date != nil {
		v.Article.Date, v.Article.ISODate = c.L.Date(*a.Date), a.Date.String()
	}
	if c.Page.Kind == site.News {
		v.ArticleBodies = c.ArticleBodies()
	}
}

// embedViews are the Views of the embed pages of a page's charts, one
// per chart of its View v.
func (c *Context) embedViews(v *View) []*View {
	var out []*View
	for i, e := range c.embeds() {
		vc := v.Charts[i]
		out = append(out, &View{
			Page:      ViewPage{Kind: e.Page.Kind, URL: e.Page.URL, Title: e.Page.Title},
			L:         v.L,
			Config:    e.Config,
			Links:     e.Links,
			Head:      e.Head,
			ECharts:   e.ECharts,
			Integrity: e.Integrity,
			Embed: &ViewEmbed{Chart: vc, Title: e.EmbedTitle(vc.Chart),
				Canonical: e.Abs(c.Page.URL), Back: e.Rel(c.Page.URL)},
			tools: e.viewTools(),
		})
	}
	return out
}

// viewTools are what the page's View's methods need.
func (c *Context) viewTools() *viewTools {
	_, inHome := c.inHome()
	return &viewTools{r: c.r, link: assemble.LinkerFor(c.Page, c.Config.BaseURL), shared: c.sharedValue,
		key: sharedKey{lang: c.L.Code, root: c.root(), inHome: inHome}}
}

// finishCharts makes the figure and the embed code of the View's charts,
// once: a page and its embed pages share them, and a page's files are
// made one after another.
func (r *Renderer) finishCharts(v *View) error {
	charts := v.Charts
	if v.Embed != nil {
		charts = append(charts, v.Embed.Chart)
	}
	for _, vc := range charts {
		if vc.Figure != "" {
			continue
		}
		var b bytes.Buffer
		fig := chartFigure{Chart: vc.Chart, Data: v.T("chart.data"), Sources: vc.Sources}
		if err := r.opts.Theme.Layouts().ExecuteTemplate(&b, "partials/chart-figure", fig); err != nil {
			return err
		}
		vc.Figure = template.HTML(b.String()) // html/template's escaped output
		if vc.Snippet != nil {
			b.Reset()
			if err := r.opts.Theme.Layouts().ExecuteTemplate(&b, "partials/embed-snippet", vc.Snippet); err != nil {
				return err
			}
			vc.Embed = strings.TrimSpace(b.String())
		}
	}
	return nil
}

// executeView renders a View with its kind's layout.
func (r *Renderer) executeView(v *View) ([]byte, error) {
	if err := r.finishCharts(v); err != nil {
		return nil, err
	}
	t := r.opts.Theme.Layouts().Lookup(string(v.Page.Kind))
	if t == nil {
		return nil, fmt.Errorf("the theme has no layout %s.html", v.Page.Kind)
	}
	b := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(b)
	b.Reset()
	if err := t.Execute(b, v); err != nil {
		return nil, err
	}
	return bytes.Clone(b.Bytes()), nil
}

// viewFile is the file of a View: made only when asked for, and keyed by
// the View's fingerprint with the site key, so that a build can keep the
// file of a previous build with the same key instead of making it.
func (r *Renderer) viewFile(v *View, page bool) (File, error) {
	f := File{Path: strings.TrimPrefix(v.Page.URL, "/"), Page: page}
	if strings.HasSuffix(f.Path, "/") || f.Path == "" {
		f.Path += "index.html"
	}
	f.Make = func() ([]byte, error) { return r.executeView(v) }
	if r.siteKey == "" {
		return f, nil
	}
	fp, err := v.Fingerprint()
	if err != nil {
		return File{}, err
	}
	sum := sha256.Sum256([]byte(r.siteKey + "\n" + fp))
	f.Key = hex.EncodeToString(sum[:16])
	return f, nil
}

// SiteKey is a hash of everything a View's page reads besides its View:
// the theme's files and words, the site's settings, what the shared
// partials show (each language's links and the latest year), the chart
// library, and Options.Salt, which names the program. "" where the
// Options give no Salt: then no page is keyed, and every one is made.
func (r *Renderer) SiteKey() string { return r.siteKey }

func (r *Renderer) makeSiteKey(s *site.Site) string {
	if r.opts.Salt == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "rapor site key 1\nsalt %s\ntheme %s\necharts %q %q\n", r.opts.Salt, r.opts.Theme.Sum(), r.opts.ECharts, r.opts.EChartsIntegrity)
	enc := json.NewEncoder(h)
	if err := enc.Encode(s.Data.Site); err != nil {
		return ""
	}
	if s.Latest != nil {
		fmt.Fprintf(h, "latest %d\n", s.Latest.Year)
	}
	for _, l := range s.Languages {
		fmt.Fprintf(h, "language %q %q %v\n", l.Code, l.Prefix, l.Default)
		if err := enc.Encode(assemble.LanguageLinks(s, l, func(t string) string { return t })); err != nil {
			return ""
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
