package assemble

import (
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
	if p.Kind == site.BodyYear || p.Kind == site.Body || p.Kind == site.Province {
		v.Facts, v.FactsYear, v.Meaning, v.Neighbours = c.Facts(), c.factsYear(), c.meaning(), c.neighbours()
	}
	v.Map = c.pageMap()
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
		v.Cite, v.Quote = c.Cite(), c.Quote()
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
		if u := c.Config.Updated; !u.IsZero() {
			v.Updated = c.L.Date(u)
		}
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
		a := &ViewAssessment{Year: y.Year, Title: y.Data.Title, Scale: c.L.ScaleName(y.Data.Scale)}
		if d := y.Data.Announced; d != nil {
			a.Announced = c.L.Date(*d)
		}
		if sc := y.ScaleChange; sc != nil {
			a.ScaleChange = &ViewScaleChange{From: c.L.ScaleName(sc.From), To: c.L.ScaleName(sc.To), FromYear: sc.FromYear}
		}
		v.Assessment = a
	}
	if p.Kind == site.Home {
		v.Facts, v.FactsYear, v.Meaning = c.yearFacts()
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
	return &viewTools{a: c.a, link: LinkerFor(c.Page, c.Config.BaseURL), shared: c.sharedValue,
		key: SharedKey{Lang: c.L.Code, Root: c.root(), InHome: inHome}}
}
