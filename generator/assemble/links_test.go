package assemble_test

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/assemble"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

func TestRelative(t *testing.T) {
	tests := []struct{ from, to, want string }{
		{"/", "/", "./"},
		{"/", "/data/", "data/"},
		{"/kabupaten/lebong/", "/kabupaten/lebong/2023/", "2023/"},
		{"/kabupaten/lebong/2023/", "/kabupaten/lebong/", "../"},
		{"/kabupaten/lebong/2023/", "/provinsi/bengkulu/", "../../../provinsi/bengkulu/"},
		{"/en/kabupaten/lebong/", "/en/", "../../"},
		{"/en/", "/search/en.json", "../search/en.json"},
		{"/404.html", "/assets/css/rapor.css", "assets/css/rapor.css"},
	}
	for _, tt := range tests {
		if got := assemble.Relative(tt.from, tt.to); got != tt.want {
			t.Errorf("Relative(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestAbsoluteAndRoot(t *testing.T) {
	for _, tt := range []struct{ base, target, abs, root string }{
		{"https://rapor.example.org/", "/kabupaten/lebong/", "https://rapor.example.org/kabupaten/lebong/", ""},
		{"https://example.org/rapor/", "/sitemap.xml", "https://example.org/rapor/sitemap.xml", "/rapor"},
		{"https://example.org/rapor%20publik/", "/", "https://example.org/rapor%20publik/", "/rapor%20publik"},
	} {
		if got := assemble.Absolute(tt.base, tt.target); got != tt.abs {
			t.Errorf("Absolute(%q, %q) = %q, want %q", tt.base, tt.target, got, tt.abs)
		}
		if got := assemble.RootPath(tt.base); got != tt.root {
			t.Errorf("RootPath(%q) = %q, want %q", tt.base, got, tt.root)
		}
	}
}

// The links of pages of each kind of the sample site, in both languages
// and on the 404 page, which links from base_url's path.
func TestPageLinks(t *testing.T) {
	ds, diags := data.Load(os.DirFS("../.."))
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	scores, _ := score.Compute(ds)
	s := site.New(ds, scores, func(lang, key string, args ...string) string { return key })
	const base = "https://rapor.example.org/rapor/"
	lang := func() assemble.Links {
		// The links every page of a language has, from a page two
		// folders down in it.
		return assemble.Links{
			Home: "../../", News: "../../berita/", Data: "../../data/", Feed: "../../feed.xml",
			Latest: "../../2025/", Method: "../../metodologi/", About: "../../tentang/",
		}
	}
	tests := []struct {
		url  string
		want assemble.Links
	}{
		{"/", assemble.Links{Home: "./", News: "berita/", Data: "data/", Feed: "feed.xml", Root: "./",
			SearchIndex: "search/id.json", Latest: "2025/", Method: "metodologi/", About: "tentang/"}},
		{"/kabupaten/lebong/", with(lang(), func(l *assemble.Links) {
			l.Root, l.SearchIndex, l.LatestResult = "../../", "../../search/id.json", "2024/" // Lebong has no 2025 result
		})},
		{"/kabupaten/lebong/2023/", with(lang(), func(l *assemble.Links) {
			l.Home, l.News, l.Data, l.Feed, l.Latest, l.Method, l.About = "../../../", "../../../berita/", "../../../data/", "../../../feed.xml", "../../../2025/", "../../../metodologi/", "../../../tentang/"
			l.Root, l.SearchIndex, l.Body = "../../../", "../../../search/id.json", "../"
		})},
		{"/en/provinsi/bengkulu/", with(lang(), func(l *assemble.Links) {
			l.Home, l.News, l.Data, l.Feed, l.Latest, l.Method = "../../", "../../berita/", "../../data/", "../../feed.xml", "../../2025/", "../../metodologi/"
			l.Root, l.SearchIndex = "../../../", "../../../search/en.json"
		})},
		{"/404.html", assemble.Links{Home: "/rapor/", News: "/rapor/berita/", Data: "/rapor/data/", Feed: "/rapor/feed.xml",
			Root: "/rapor/", SearchIndex: "/rapor/search/id.json", Latest: "/rapor/2025/", Method: "/rapor/metodologi/", About: "/rapor/tentang/"}},
	}
	for _, tt := range tests {
		p := page(t, s, tt.url)
		got := assemble.PageLinks(s, p, assemble.LinkerFor(p, base).To)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("PageLinks(%s) (-want +got):\n%s", tt.url, diff)
		}
	}
}

func with(l assemble.Links, change func(*assemble.Links)) assemble.Links {
	change(&l)
	return l
}

func page(t *testing.T, s *site.Site, url string) *site.Page {
	t.Helper()
	for _, p := range s.Pages {
		if p.URL == url {
			return p
		}
	}
	t.Fatalf("the sample site has no page %s", url)
	return nil
}

// The head links of a body-year page: canonical and alternate addresses
// absolute, the language switch and the breadcrumb relative.
func TestPageHead(t *testing.T) {
	ds, diags := data.Load(os.DirFS("../.."))
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	scores, _ := score.Compute(ds)
	words := func(lang, key string, args ...string) string { return lang + ":" + key }
	s := site.New(ds, scores, words)
	const base = "https://rapor.example.org/rapor/"
	for _, tt := range []struct {
		url  string
		want assemble.Head
	}{
		{"/kabupaten/lebong/2023/", assemble.Head{
			Canonical:  "https://rapor.example.org/rapor/kabupaten/lebong/2023/",
			Alternates: []assemble.Alternate{{Lang: "en", URL: "https://rapor.example.org/rapor/en/kabupaten/lebong/2023/"}},
			Languages: []assemble.Language{
				{Code: "id", Name: "id:lang.name", URL: "../../../", Current: true}, // shown as text: its home, for themes that link it
				{Code: "en", Name: "en:lang.name", URL: "../../../en/kabupaten/lebong/2023/"},
			},
			Crumbs: []assemble.Crumb{{Title: "id:nav.home", URL: "../../../"}, {Title: "Provinsi Bengkulu", URL: "../../../provinsi/bengkulu/"}, {Title: "Kabupaten Lebong", URL: "../"}},
		}},
		{"/en/404.html", assemble.Head{
			Canonical:  "https://rapor.example.org/rapor/en/404.html",
			Alternates: []assemble.Alternate{{Lang: "id", URL: "https://rapor.example.org/rapor/404.html"}},
			Languages: []assemble.Language{
				{Code: "id", Name: "id:lang.name", URL: "/rapor/404.html"},
				{Code: "en", Name: "en:lang.name", URL: "/rapor/en/", Current: true},
			},
			Crumbs: []assemble.Crumb{{Title: "en:nav.home", URL: "/rapor/en/"}},
		}},
	} {
		p := page(t, s, tt.url)
		got := assemble.PageHead(s, p, base, assemble.LinkerFor(p, base).To, words)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("PageHead(%s) (-want +got):\n%s", tt.url, diff)
		}
	}
}
