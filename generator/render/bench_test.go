package render

import (
	"testing"
)

// BenchmarkExecuteView renders a View with its layout: what a rebuild
// does only for a page whose View changed.
func BenchmarkExecuteView(b *testing.B) {
	pages := []string{"/kabupaten/lebong/2023/", "/kabupaten/lebong/", "/provinsi/bengkulu/", "/2023/"}
	r := sampleRenderer(b)
	for _, u := range pages {
		v := sampleView(b, r, u)
		b.Run(string(v.Page.Kind), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := r.executeView(v); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
