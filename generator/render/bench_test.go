package render

import (
	"testing"

	"github.com/rapor-publik/rapor/generator/site"
)

// BenchmarkExecute runs one layout of the sample site once per
// iteration: the template work of one page, without its context.
func BenchmarkExecute(b *testing.B) {
	pages := map[string]string{
		"body-year": "/kabupaten/lebong/2023/",
		"body":      "/kabupaten/lebong/",
		"province":  "/provinsi/bengkulu/",
		"year":      "/2023/",
	}
	var urls []string
	for _, u := range pages {
		urls = append(urls, u)
	}
	cs := sampleContexts(b, urls...)
	for kind, u := range pages {
		c := cs[u]
		b.Run(kind, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.r.execute(site.Kind(kind), c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkContext makes the context of a body-year page: its story,
// ranks and charts.
func BenchmarkContext(b *testing.B) {
	const u = "/kabupaten/lebong/2023/"
	c := sampleContexts(b, u)[u]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.r.context(c.Page); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkView makes a body-year page's View and its fingerprint: what
// a rebuild does for every page, rendered or kept.
func BenchmarkView(b *testing.B) {
	const u = "/kabupaten/lebong/2023/"
	c := sampleContexts(b, u)[u]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.view().Fingerprint(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExecuteView renders a View with its layout: what a rebuild
// does only for a page whose View changed.
func BenchmarkExecuteView(b *testing.B) {
	pages := []string{"/kabupaten/lebong/2023/", "/kabupaten/lebong/", "/provinsi/bengkulu/"}
	cs := sampleContexts(b, pages...)
	for _, u := range pages {
		v := cs[u].view()
		b.Run(string(v.Page.Kind), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := cs[u].r.executeView(v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
