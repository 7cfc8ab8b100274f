package site

import (
	"slices"
	"strconv"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/score"
)

// Kind is the type of a page; the theme has a layout of the same name.
type Kind string

// Page kinds.
const (
	Home     Kind = "home"
	YearPage Kind = "year"
	Province Kind = "province"
	Body     Kind = "body"
	BodyYear Kind = "body-year"
	NewsList Kind = "news-list"
	News     Kind = "news"
	Content  Kind = "page"
	DataPage Kind = "data"
	NotFound Kind = "404"
	// Embed is a chart of a body or province page on a page of its own,
	// for other sites to show in an iframe. The renderer makes one per
	// chart of those pages; they are not in Site.Pages.
	Embed Kind = "embed"
)

// Site is every page of the site, in every language.
type Site struct {
	Data      *data.Dataset
	Scores    *score.Scores
	Languages []*Language
	Pages     []*Page // by language, then in a fixed order
	Latest    *score.Year
	hasPage   map[*data.Entity]bool // bodies with pages of their own

	// Indexes made once, so that no page scans the whole registry.
	provinces    []*data.Entity                  // registry order
	bodies       map[*data.Entity][]*data.Entity // a province's regional bodies, registry order
	allNews      []*data.Page                    // newest first
	newsByEntity map[*data.Entity][]*data.Page   // newest first
}

// Language is one edition of the site.
type Language struct {
	Code    string
	Prefix  string // "" for the default language, "/en" for English
	Default bool
	*lang.Lang
	// Method is the methodology page (content/metodologi.md) in this
	// language, nil where the site has none.
	Method *Page
	// About is the About page (content/tentang.md) in this language, nil
	// where the site has none.
	About *Page
}

// Page is one page in one language.
type Page struct {
	Kind  Kind
	Lang  *Language
	URL   string // site-absolute, e.g. "/en/kabupaten/lebong/2023/"; "/404.html"
	Title string
	// Crumbs lead from the home page to this page's parent.
	Crumbs []Crumb
	// Alternates are the same page in the other languages.
	Alternates []*Page

	Year     *score.Year    // year pages; the body-year page's year
	Entity   *data.Entity   // body, body-year and province pages
	History  *score.History // body and province pages
	Result   *score.Result  // body-year pages
	Article  *data.Page     // news and content pages
	Original bool           // the article is written in this page's language
	News     []*data.Page   // news list, body pages: newest first
	key      string         // identifies the page across languages
}

// Crumb is one step of a breadcrumb trail.
type Crumb struct {
	Title string
	URL   string
}

// HasPage reports whether a body has a page of its own.
func (s *Site) HasPage(e *data.Entity) bool { return s.hasPage[e] }

// BodyURL is the address of a body's page, or of its page for a year
// when year is not 0, in a language.
func BodyURL(l *Language, e *data.Entity, year int) string {
	u := l.Prefix + "/" + e.Kind.ID + "/" + e.Slug + "/"
	if year != 0 {
		u += strconv.Itoa(year) + "/"
	}
	return u
}

// EmbedURL is the address of the embed page of a body's chart, named by
// the chart's id without its "chart-" prefix.
func EmbedURL(l *Language, e *data.Entity, chart string) string {
	return l.Prefix + "/embed/" + e.Kind.ID + "/" + e.Slug + "/" + chart + "/"
}

// YearURL is the address of a year's page.
func YearURL(l *Language, year int) string { return l.Prefix + "/" + strconv.Itoa(year) + "/" }

// HomeURL is the address of a language's home page.
func HomeURL(l *Language) string { return l.Prefix + "/" }

// ArticleURL is the address of a news article or content page.
func ArticleURL(l *Language, p *data.Page) string { return l.Prefix + "/" + p.Rel + "/" }

// DataURL is the address of the downloads page.
func DataURL(l *Language) string { return l.Prefix + "/data/" }

// NewsURL is the address of the news list.
func NewsURL(l *Language) string { return l.Prefix + "/" + data.NewsSection + "/" }

// OutputPath is where a page is written in the output folder.
func (p *Page) OutputPath() string {
	if p.URL[len(p.URL)-1] == '/' {
		return p.URL[1:] + "index.html"
	}
	return p.URL[1:]
}

// New lists every page of the site; w gives the words of titles and
// breadcrumbs in each language.
func New(ds *data.Dataset, s *score.Scores, w Words) *Site {
	st := &Site{Data: ds, Scores: s, hasPage: map[*data.Entity]bool{}}
	for i, code := range ds.Site.Languages {
		l := &Language{Code: code, Default: i == 0, Lang: lang.Get(code)}
		if i > 0 {
			l.Prefix = "/" + code
		}
		st.Languages = append(st.Languages, l)
	}
	if n := len(s.Years); n > 0 {
		st.Latest = s.Years[n-1]
	}
	st.markPages()
	st.index()
	for _, l := range st.Languages {
		st.addPages(l, w)
	}
	st.linkAlternates()
	return st
}

// markPages decides which bodies have pages: those with a result, and
// provinces with a result of their own or of one of their bodies.
func (s *Site) markPages() {
	for _, h := range s.Scores.Histories {
		s.hasPage[h.Entity] = true
		if p := h.Entity.Province; p != nil {
			s.hasPage[p] = true
		}
	}
}

// index groups the registry by province and the news by body.
func (s *Site) index() {
	s.bodies = map[*data.Entity][]*data.Entity{}
	for _, e := range s.Data.Entities {
		if e.Kind.ID == data.ProvinceKind {
			s.provinces = append(s.provinces, e)
		}
		if e.Province != nil {
			s.bodies[e.Province] = append(s.bodies[e.Province], e)
		}
	}
	s.allNews = s.news()
	s.newsByEntity = map[*data.Entity][]*data.Page{}
	for _, p := range s.allNews {
		for _, e := range p.Entities {
			if !slices.Contains(s.newsByEntity[e], p) { // an article naming a body twice
				s.newsByEntity[e] = append(s.newsByEntity[e], p)
			}
		}
	}
}

// Bodies lists the regional bodies of a province, registry order.
func (s *Site) Bodies(province *data.Entity) []*data.Entity { return s.bodies[province] }

// Provinces lists the provinsi bodies, registry order.
func (s *Site) Provinces() []*data.Entity { return s.provinces }

func (s *Site) linkAlternates() {
	byKey := map[string][]*Page{}
	for _, p := range s.Pages {
		byKey[p.key] = append(byKey[p.key], p)
	}
	for _, p := range s.Pages {
		for _, o := range byKey[p.key] {
			if o != p {
				p.Alternates = append(p.Alternates, o)
			}
		}
	}
}
