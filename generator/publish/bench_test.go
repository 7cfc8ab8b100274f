package publish_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/rapor-publik/rapor/generator/publish"
)

// BenchmarkPublish publishes a site of 20,000 pages on its own, without
// rendering: fresh into an empty output, then again with every page kept
// by its key (a rebuild after a small edit), then with every page made
// again to the same bytes (a rebuild without keys).
func BenchmarkPublish(b *testing.B) {
	const n = 20000
	page := make([]byte, 20<<10)
	emit := func(keyed bool) func(publish.Sink) error {
		return func(s publish.Sink) error {
			if err := s.Emit("data/rapor.json", []byte("{}")); err != nil {
				return err
			}
			for i := range n {
				p := fmt.Sprintf("kabupaten/b%03d/%d/index.html", i/20, i%20)
				key := ""
				if keyed {
					key = fmt.Sprintf("%032x", i)
				}
				if err := s.EmitKeyed(p, key, func() ([]byte, error) { return page, nil }); err != nil {
					return err
				}
			}
			return nil
		}
	}
	for _, bm := range []struct {
		name  string
		first bool // into a new output each time
		keyed bool
	}{{"fresh", true, true}, {"kept-by-key", false, true}, {"made-again", false, false}} {
		b.Run(bm.name, func(b *testing.B) {
			out := filepath.Join(b.TempDir(), "public")
			publishWith(b, out, emit(true))
			for i := 0; b.Loop(); i++ {
				if bm.first {
					out = filepath.Join(b.TempDir(), fmt.Sprint("public", i))
				}
				publishWith(b, out, emit(bm.keyed))
			}
		})
	}
}
