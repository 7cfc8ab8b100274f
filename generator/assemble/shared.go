package assemble

import (
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/site"
)

// Shared is what a shared partial sees as ".": only what is the same on
// every page of one language whose folder lies at one depth. A partial
// that can work with it (the site header, the search box, the footer) is
// rendered once per language and depth with {{.Shared "partials/name"}}
// and its HTML reused, instead of once per page. Since Shared holds
// nothing else, the reuse cannot show one page's details on another.
type Shared struct {
	// Latest is the site's latest year, nil before any.
	Latest *ViewYear
	Config data.Site
	// Updated is the data's last update in the page's language ("5
	// Februari 2026"); "" when the data give no date.
	Updated string
	// Root is the site root relative to the page's folder ("../../"; ""
	// at the root); base_url's path on the 404 page ("/rapor/").
	Root string
	// Links are the language's links, as these pages write them.
	Links Links
	// home is the language's home folder relative to the page's folder
	// ("../../" from /en/kabupaten/lebong/), where the page lies in it
	// (inHome), so that links within the language stay as short as the
	// page's own.
	home   string
	inHome bool
	l      *site.Language
	a      *Assembler
}

// SharedKey names one rendering of a shared partial: the partial, and
// the language and folder depth of the pages that share it.
type SharedKey struct {
	Name, Lang, Root string
	InHome           bool
}

// sharedValue is what the page's shared partials see; made only when
// a partial is rendered, not for every page that reuses it.
func (c *Context) sharedValue() *Shared {
	s := &Shared{l: c.L, Config: c.Config, Root: c.root(), a: c.a}
	if u := c.Config.Updated; !u.IsZero() {
		s.Updated = c.L.Date(u)
	}
	if y := c.Site.Latest; y != nil {
		s.Latest = &ViewYear{Year: y.Year}
	}
	if rest, ok := c.inHome(); ok {
		s.home, s.inHome = strings.Repeat("../", strings.Count(rest, "/")), true
	}
	s.Links = LanguageLinks(c.Site, c.L, s.Rel)
	return s
}

// inHome reports whether the page lies in its language's home folder,
// and its address below that folder.
func (c *Context) inHome() (rest string, ok bool) {
	rest, ok = strings.CutPrefix(c.Page.URL, c.L.Prefix+"/")
	return rest, ok && c.Page.Kind != site.NotFound
}

// root is the site root relative to the page's folder; on the 404 page,
// which hosts serve at any address, base_url's path.
func (c *Context) root() string {
	if c.Page.Kind == site.NotFound {
		return RootPath(c.Config.BaseURL) + "/"
	}
	return strings.Repeat("../", strings.Count(c.Page.URL, "/")-1)
}

// T translates a key of the theme's i18n files into the language.
func (s *Shared) T(key string, args ...string) string { return s.a.words(s.l.Code, key, args...) }

// Rel turns a site-absolute address into one relative to the pages that
// share this rendering.
func (s *Shared) Rel(target string) string {
	rel := s.Root + strings.TrimPrefix(target, "/")
	if rest, ok := strings.CutPrefix(target, s.l.Prefix+"/"); ok && s.inHome {
		rel = s.home + rest
	}
	if rel != "" {
		return rel
	}
	return "./"
}

// Asset is the address of a theme static file.
func (s *Shared) Asset(name string) string { return s.Rel("/assets/" + name) }

// MethodURL links the methodology page when the site has one.
func (s *Shared) MethodURL() string {
	if m := s.l.Method; m != nil {
		return s.Rel(m.URL)
	}
	return ""
}

// Year formats a year number without grouping.
func (s *Shared) Year(y int) string { return strconv.Itoa(y) }
