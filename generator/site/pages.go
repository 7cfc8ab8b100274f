package site

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
)

// MethodPage is the content page every page links as the methodology.
const MethodPage = "metodologi"

// AboutPage is the content page the footer links as the site's About
// page: who runs it, and how to report an error.
const AboutPage = "tentang"

// Words translates a key of the theme's translation files into a
// language, replacing {name} placeholders with args given as name, value
// pairs.
type Words func(lang, key string, args ...string) string

func (s *Site) add(p *Page, key string) *Page {
	p.key = key
	s.Pages = append(s.Pages, p)
	return p
}

// addPages lists the pages of one language, in a fixed order.
func (s *Site) addPages(l *Language, w Words) {
	t := func(key string, args ...string) string { return w(l.Code, key, args...) }
	home := Crumb{Title: t("nav.home"), URL: HomeURL(l)}
	s.add(&Page{Kind: Home, Lang: l, URL: HomeURL(l), Title: s.Data.Site.Title, Year: s.Latest}, "home")
	for _, y := range s.Scores.Years {
		year := strconv.Itoa(y.Year)
		s.add(&Page{Kind: YearPage, Lang: l, URL: YearURL(l, y.Year), Title: t("year.title", "year", year), Year: y,
			Crumbs: []Crumb{home}}, "year "+year)
	}
	for _, e := range s.Data.Entities {
		if s.hasPage[e] {
			s.addBody(l, e, home)
		}
	}
	newsList := Crumb{Title: t("nav.news"), URL: NewsURL(l)}
	news := s.editionOf(l, s.allNews)
	s.add(&Page{Kind: NewsList, Lang: l, URL: NewsURL(l), Title: t("nav.news"), News: news, Crumbs: []Crumb{home}}, "news")
	for _, a := range news {
		s.add(&Page{Kind: News, Lang: l, URL: ArticleURL(l, a), Title: a.Title, Article: a, Original: a.Lang == l.Code,
			Crumbs: []Crumb{home, newsList}}, "article "+a.Rel)
	}
	for _, a := range s.editionOf(l, s.contentPages()) {
		p := s.add(&Page{Kind: Content, Lang: l, URL: ArticleURL(l, a), Title: a.Title, Article: a, Original: a.Lang == l.Code,
			Crumbs: []Crumb{home}}, "article "+a.Rel)
		switch a.Rel {
		case MethodPage:
			l.Method = p
		case AboutPage:
			l.About = p
		}
	}
	s.add(&Page{Kind: DataPage, Lang: l, URL: DataURL(l), Title: t("data.title"), Crumbs: []Crumb{home}}, "data")
	s.add(&Page{Kind: NotFound, Lang: l, URL: l.Prefix + "/404.html", Title: t("404.title"), Crumbs: []Crumb{home}}, "404")
}

// addBody adds a body's page and its pages per year.
func (s *Site) addBody(l *Language, e *data.Entity, home Crumb) {
	h := s.Scores.History(e)
	crumbs := []Crumb{home}
	if p := e.Province; p != nil && s.hasPage[p] {
		crumbs = append(crumbs, Crumb{Title: l.Name(p), URL: BodyURL(l, p, 0)})
	}
	kind := Body
	if e.Kind.ID == data.ProvinceKind {
		kind = Province
	}
	body := s.add(&Page{Kind: kind, Lang: l, URL: BodyURL(l, e, 0), Title: l.Name(e), Entity: e, History: h,
		News: s.editionOf(l, s.newsByEntity[e]), Crumbs: crumbs}, "body "+e.Kind.ID+"/"+e.Slug)
	if h == nil {
		return // a province page for a province without results of its own
	}
	crumbs = append(slices.Clip(crumbs), Crumb{Title: body.Title, URL: body.URL})
	for _, r := range h.Results {
		year := strconv.Itoa(r.Year)
		s.add(&Page{Kind: BodyYear, Lang: l, URL: BodyURL(l, e, r.Year), Title: l.Name(e) + " " + year,
			Entity: e, History: h, Result: r, Year: r.In, News: body.News, Crumbs: crumbs}, "body-year "+e.Kind.ID+"/"+e.Slug+"/"+year)
	}
}

// news lists the news articles of every language, newest first.
func (s *Site) news() []*data.Page {
	var out []*data.Page
	for _, p := range s.Data.Pages {
		if p.Section == data.NewsSection {
			out = append(out, p)
		}
	}
	slices.SortStableFunc(out, func(a, b *data.Page) int {
		return cmp.Or(cmp.Compare(b.Date.String(), a.Date.String()), strings.Compare(a.Rel, b.Rel))
	})
	return out
}

func (s *Site) contentPages() []*data.Page {
	var out []*data.Page
	for _, p := range s.Data.Pages {
		if p.Section == "" {
			out = append(out, p)
		}
	}
	return out
}

// editionOf keeps one article per address for a language: the one
// written in it, else the one in the default language, else the first.
func (s *Site) editionOf(l *Language, articles []*data.Page) []*data.Page {
	best := map[string]*data.Page{}
	var order []string
	rank := func(p *data.Page) int {
		switch p.Lang {
		case l.Code:
			return 0
		case s.Languages[0].Code:
			return 1
		}
		return 2
	}
	for _, p := range articles {
		cur, ok := best[p.Rel]
		if !ok {
			order = append(order, p.Rel)
		}
		if !ok || rank(p) < rank(cur) {
			best[p.Rel] = p
		}
	}
	out := make([]*data.Page, len(order))
	for i, rel := range order {
		out[i] = best[rel]
	}
	return out
}
