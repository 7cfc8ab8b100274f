package assemble

import (
	"net/url"
	"strings"

	"github.com/rapor-publik/rapor/generator/site"
)

// Linker makes links as a page writes them.
type Linker struct {
	from string // the page's site-absolute address
	// root is base_url's path without its final slash ("/rapor", or ""
	// at the host's root), where links start from base_url (404 page).
	root     string
	absolute bool
}

// LinkerFor makes the links of page p of a site at base_url base.
func LinkerFor(p *site.Page, base string) Linker {
	if p.Kind == site.NotFound {
		return Linker{root: RootPath(base), absolute: true}
	}
	return Linker{from: p.URL}
}

// To is the link to a site-absolute address.
func (k Linker) To(target string) string {
	if k.absolute {
		return k.root + target
	}
	return Relative(k.from, target)
}

// Relative is the link from page address from to address to; both are
// site-absolute ("/a/b/", "/404.html").
func Relative(from, to string) string {
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

// RootPath is base_url's path without its final slash: "/rapor" for
// "https://example.org/rapor/", "" for a site at the host's root.
func RootPath(base string) string {
	u, err := url.Parse(base)
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(u.EscapedPath(), "/")
}

// Absolute is a site-absolute address made absolute with base_url.
func Absolute(base, target string) string {
	u, err := url.Parse(base)
	if err != nil {
		return target
	}
	return strings.TrimSuffix(u.String(), "/") + target
}

// Links are the links of a page that its layouts write, relative to it.
// A link the page does not have is "".
type Links struct {
	Home, News, Data, Feed string // the pages of the page's language
	Root                   string // the site's root, against which scripts resolve links
	SearchIndex            string // the search box's index of the language
	Latest                 string // the latest year's page
	Method                 string // the methodology page of the language
	About                  string // the About page of the language, "" without one
	Body                   string // on a body's page for one year: the body's page
	LatestResult           string // on a body's page: the page of its latest result
}

// PageLinks makes the links of page p of site s; to makes a link to a
// site-absolute address as the page writes it (see Linker).
func PageLinks(s *site.Site, p *site.Page, to func(string) string) Links {
	links := LanguageLinks(s, p.Lang, to)
	l := p.Lang
	if e := p.Entity; e != nil {
		switch {
		case p.Kind == site.BodyYear:
			links.Body = to(site.BodyURL(l, e, 0))
		case p.Kind == site.Body && p.History != nil && len(p.History.Results) > 0:
			links.LatestResult = to(site.BodyURL(l, e, p.History.Results[len(p.History.Results)-1].Year))
		}
	}
	return links
}

// LanguageLinks makes the links every page of language l has, for the
// parts of pages that are the same on all of them (the header, the
// search box, the footer); to makes a link as they write it.
func LanguageLinks(s *site.Site, l *site.Language, to func(string) string) Links {
	links := Links{
		Home:        to(site.HomeURL(l)),
		News:        to(site.NewsURL(l)),
		Data:        to(site.DataURL(l)),
		Feed:        to(l.Prefix + "/feed.xml"),
		Root:        to("/"),
		SearchIndex: to("/search/" + l.Code + ".json"),
	}
	if s.Latest != nil {
		links.Latest = to(site.YearURL(l, s.Latest.Year))
	}
	if l.Method != nil {
		links.Method = to(l.Method.URL)
	}
	if l.About != nil {
		links.About = to(l.About.URL)
	}
	return links
}

// Head is what every page's head and header link to: its canonical
// address and its translations, the language switch and the breadcrumb.
type Head struct {
	Canonical  string      // the page's absolute address
	Alternates []Alternate // the page in the other languages, absolute
	Languages  []Language  // the language switch; nil on a site of one language
	Crumbs     []Crumb     // from the home page to the page's parent, relative
}

// Alternate is the page in another language.
type Alternate struct{ Lang, URL string }

// Language is an entry of the language switch: the page in that
// language, or that language's home page where the page has no
// translation.
type Language struct {
	Code, Name, URL string
	Current         bool
}

// Crumb is a step of the breadcrumb.
type Crumb struct{ Title, URL string }

// PageHead makes the head links of page p of site s at base_url base;
// to makes a link as the page writes it, and words names a language in
// itself ("lang.name").
func PageHead(s *site.Site, p *site.Page, base string, to func(string) string, words site.Words) Head {
	h := Head{Canonical: Absolute(base, p.URL)}
	for _, a := range p.Alternates {
		h.Alternates = append(h.Alternates, Alternate{Lang: a.Lang.Code, URL: Absolute(base, a.URL)})
	}
	if len(s.Languages) > 1 {
		for _, l := range s.Languages {
			link := Language{Code: l.Code, Name: words(l.Code, "lang.name"), Current: l == p.Lang, URL: to(site.HomeURL(l))}
			for _, a := range p.Alternates {
				if a.Lang == l {
					link.URL = to(a.URL)
				}
			}
			h.Languages = append(h.Languages, link)
		}
	}
	for _, c := range p.Crumbs {
		h.Crumbs = append(h.Crumbs, Crumb{Title: c.Title, URL: to(c.URL)})
	}
	return h
}
