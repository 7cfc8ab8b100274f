package render

import (
	"bytes"
	"sync"
	"testing"
)

// Every page of the sample site, with its shared partials reused from
// whichever page rendered them first, is byte for byte the page rendered
// on its own: the reuse key (language, depth, whether the page lies in
// its language's folder) holds everything the partials depend on.
func TestSharedPartialsSameAsRenderedAlone(t *testing.T) {
	r := sampleRenderer(t)
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
