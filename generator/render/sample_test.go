package render

import (
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"testing"

	"github.com/rapor-publik/rapor/generator/assemble"
	"github.com/rapor-publik/rapor/generator/site"
)

// sampleRenderer is a renderer of the sample site with the default theme.
func sampleRenderer(t testing.TB) *Renderer {
	t.Helper()
	ds, s, th := sitetest.Sample(t, "../..")
	r := NewRenderer(Options{Theme: th}, false)
	r.use(site.New(ds, s, r.Words))
	return r
}

// sampleView is the View of the sample site's page at the address u.
func sampleView(t testing.TB, r *Renderer, u string) *assemble.View {
	t.Helper()
	for _, p := range r.site.Pages {
		if p.URL == u {
			pg, err := r.asm.Page(p)
			if err != nil {
				t.Fatal(err)
			}
			return pg.View
		}
	}
	t.Fatalf("the sample site has no page %s", u)
	return nil
}
