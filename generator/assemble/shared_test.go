package assemble

import (
	"net/url"
	"testing"

	"github.com/rapor-publik/rapor/generator/site"
)

// A shared rendering's links lead where the page's own links lead, from
// every page of the sample site, in each language and on the 404 page.
func TestSharedRel(t *testing.T) {
	const u = "/kabupaten/lebong/2023/"
	a := sampleContexts(t, u)[u].a
	base, _ := url.Parse("https://rapor.example.org/rapor/")
	for _, p := range a.site.Pages {
		c := &Context{Site: a.site, Page: p, L: p.Lang, Config: a.site.Data.Site, a: a}
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
