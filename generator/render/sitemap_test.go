package render_test

import (
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"testing"

	"github.com/rapor-publik/rapor/generator/pipeline"
	"github.com/rapor-publik/rapor/generator/render"
)

// Past the limit of URLs per sitemap, sitemap.xml becomes an index of
// sitemaps that together list every page once.
func TestSitemapIndex(t *testing.T) {
	count := func(limit int) (files map[string][]byte) {
		defer render.SetSitemapLimit(limit)()
		out := filepath.Join(t.TempDir(), "public")
		if _, err := pipeline.Build(context.Background(), os.DirFS(filepath.Join("..", "..")), out); err != nil {
			t.Fatal(err)
		}
		files = map[string][]byte{}
		matches, _ := filepath.Glob(filepath.Join(out, "sitemap*.xml"))
		for _, m := range matches {
			b, err := os.ReadFile(m)
			if err != nil {
				t.Fatal(err)
			}
			files[filepath.Base(m)] = b
		}
		return files
	}
	type set struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	one := count(50_000)
	var all set
	if err := xml.Unmarshal(one["sitemap.xml"], &all); err != nil || len(one) != 1 {
		t.Fatalf("one sitemap: %d files, %v", len(one), err)
	}
	split := count(40)
	var index struct {
		XMLName  xml.Name
		Sitemaps []struct {
			Loc string `xml:"loc"`
		} `xml:"sitemap"`
	}
	if err := xml.Unmarshal(split["sitemap.xml"], &index); err != nil || index.XMLName.Local != "sitemapindex" {
		t.Fatalf("sitemap.xml is not an index: %v %s", err, split["sitemap.xml"])
	}
	want := (len(all.URLs) + 39) / 40
	if len(index.Sitemaps) != want || len(split) != want+1 {
		t.Fatalf("%d sitemaps in the index, %d files; want %d", len(index.Sitemaps), len(split), want)
	}
	seen := map[string]bool{}
	for i := range want {
		var s set
		name := filepath.Base(index.Sitemaps[i].Loc)
		if err := xml.Unmarshal(split[name], &s); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(s.URLs) > 40 {
			t.Errorf("%s lists %d URLs", name, len(s.URLs))
		}
		for _, u := range s.URLs {
			seen[u.Loc] = true
		}
	}
	if len(seen) != len(all.URLs) {
		t.Errorf("the split sitemaps list %d URLs, the single one %d", len(seen), len(all.URLs))
	}
}
