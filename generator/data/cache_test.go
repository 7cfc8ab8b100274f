package data

import (
	"crypto/sha256"
	"io/fs"
	"os"
	"slices"
	"testing"
	"testing/fstest"
)

// A load with a cache reads every document of the site into it, and the
// next load takes them from it: it gives the same diagnostics, and the
// cache then holds the documents of that load only.
func TestParseCache(t *testing.T) {
	site := fstest.MapFS{}
	root := os.DirFS("../..")
	for _, name := range []string{SiteFile, EntitiesFile, ScalesFile, "data/years/2023-bengkulu.toml", "data/years/2024-bengkulu.toml", "content/metodologi.md"} {
		b, err := fs.ReadFile(root, name)
		if err != nil {
			t.Fatal(err)
		}
		site[name] = &fstest.MapFile{Data: b}
	}
	_, want := Load(site)
	cache := NewParseCache()
	for i := range 2 {
		if _, got := LoadWith(site, Options{Cache: cache}); !slices.Equal(got, want) {
			t.Errorf("load %d with the cache: diagnostics\n%v\nwant\n%v", i+1, got.Error(), want.Error())
		}
		if n := len(cache.docs); n != len(site) {
			t.Errorf("load %d: the cache holds %d documents, want the site's %d", i+1, n, len(site))
		}
	}
	old := cache.docs[keyOf(site["data/years/2023-bengkulu.toml"].Data)]
	edited := fstest.MapFS{}
	for name, f := range site {
		edited[name] = f
	}
	edited["data/years/2023-bengkulu.toml"] = &fstest.MapFile{Data: append(slices.Clone(site["data/years/2023-bengkulu.toml"].Data), "\n# diubah\n"...)}
	LoadWith(edited, Options{Cache: cache})
	if n := len(cache.docs); n != len(site) || old == nil || cache.docs[keyOf(site["data/years/2023-bengkulu.toml"].Data)] != nil {
		t.Errorf("after an edit the cache holds %d documents, the edited file's old one among them: %v", n, old == nil)
	}
}

func keyOf(b []byte) [sha256.Size]byte { return sha256.Sum256(b) }
