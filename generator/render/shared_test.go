package render

import (
	"bytes"
	"net/url"
	"sync"
	"testing"

	"github.com/rapor-publik/rapor/generator/site"
)

// Every page of the sample site, with its shared partials reused from
// whichever page rendered them first, is byte for byte the page rendered
// on its own: the reuse key (language, depth, whether the page lies in
// its language's folder) holds everything the partials depend on.
func TestSharedPartialsSameAsRenderedAlone(t *testing.T) {
	const u = "/kabupaten/lebong/2023/"
	r := sampleContexts(t, u)[u].r
	shared := map[string][]byte{}
	for _, p := range r.site.Pages {
		files, err := r.Page(p)
		if err != nil {
			t.Fatal(err)
		}
		shared[p.URL] = files[0].Data
	}
	n := 0
	for _, p := range r.site.Pages {
		r.shared = new(sync.Map)
		files, err := r.Page(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(files[0].Data, shared[p.URL]) {
			t.Errorf("%s: differs when its shared partials come from another page", p.URL)
		}
		n++
	}
	if n < 100 {
		t.Fatalf("only %d pages rendered", n)
	}
	cached := 0
	r.shared.Range(func(any, any) bool { cached++; return true })
	if cached == 0 {
		t.Fatal("no shared partial was rendered: the theme no longer uses .Shared")
	}
}

// A shared rendering's links lead where the page's own links lead, from
// every page of the sample site, in each language and on the 404 page.
func TestSharedRel(t *testing.T) {
	const u = "/kabupaten/lebong/2023/"
	r := sampleContexts(t, u)[u].r
	base, _ := url.Parse("https://rapor.example.org/rapor/")
	for _, p := range r.site.Pages {
		c := &Context{Site: r.site, Page: p, L: p.Lang, Config: r.site.Data.Site, r: r}
		c.Config.BaseURL = base.String()
		s := c.sharedValue()
		at, _ := base.Parse("." + p.URL)
		if p.Kind == site.NotFound {
			at, _ = base.Parse("elsewhere/deep/missing")
		}
		for _, target := range []string{"/", "/assets/css/rapor.css", p.Lang.Prefix + "/", p.Lang.Prefix + "/berita/", "/search/en.json", p.URL} {
			want, _ := base.Parse("." + target)
			for _, rel := range []string{s.Rel(target), c.Rel(target)} {
				got, err := at.Parse(rel)
				if err != nil || got.String() != want.String() {
					t.Errorf("on %s, %q leads to %v, want %v", p.URL, rel, got, want)
				}
			}
		}
	}
}
