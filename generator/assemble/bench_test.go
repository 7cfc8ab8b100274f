package assemble

import "testing"

// BenchmarkContext makes the context of a body-year page: its story,
// ranks and charts.
func BenchmarkContext(b *testing.B) {
	const u = "/kabupaten/lebong/2023/"
	c := sampleContexts(b, u)[u]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.a.context(c.Page); err != nil {
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
