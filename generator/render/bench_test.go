package render

import (
	"testing"
)

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
	pages := []string{"/kabupaten/lebong/2023/", "/kabupaten/lebong/", "/provinsi/bengkulu/", "/2023/"}
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
