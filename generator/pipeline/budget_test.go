package pipeline_test

import (
	"bytes"
	"compress/gzip"
	"path"
	"regexp"
	"strings"
	"testing"
)

// Budgets of a body's page, the page a citizen opens on a cheap phone:
// its HTML with the style sheets it links, pictures and maps inline, at
// most 60 KB, and 20 KB compressed; and not a byte of script needed to
// see its charts and map, which are drawn in the HTML (the script only
// offers the interactive charts).
const (
	bodyBudget     = 60 << 10
	bodyBudgetGzip = 20 << 10
)

var (
	bodyPage   = regexp.MustCompile(`^(en/)?(kabupaten|kota)/[a-z0-9-]+/index\.html$`)
	stylesheet = regexp.MustCompile(`<link rel="stylesheet" href="([^"]+)"`)
)

func TestBodyPageBudget(t *testing.T) {
	b := sampleSite(t)
	pages := 0
	for name, page := range b {
		if !bodyPage.MatchString(name) {
			continue
		}
		pages++
		all := bytes.Clone(page)
		for _, m := range stylesheet.FindAllSubmatch(page, -1) {
			css := path.Clean(path.Join(path.Dir(name), string(m[1])))
			if !strings.HasSuffix(css, "print.css") {
				all = append(all, b[css]...)
			}
		}
		var z bytes.Buffer
		w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		w.Write(all)
		w.Close()
		if len(all) > bodyBudget || z.Len() > bodyBudgetGzip {
			t.Errorf("%s: %d bytes with its style sheet (%d compressed); the budget is %d (%d)", name, len(all), z.Len(), bodyBudget, bodyBudgetGzip)
		}
		charts := bytes.Count(page, []byte(`<figure class="chart"`))
		if pics := bytes.Count(page, []byte(`<svg class="chart-svg"`)); pics != charts {
			t.Errorf("%s: %d charts, %d drawn in the HTML", name, charts, pics)
		}
		if !bytes.Contains(page, []byte(`<svg class="map-svg"`)) {
			t.Errorf("%s: no map drawn in the HTML", name)
		}
	}
	if pages < 20 {
		t.Errorf("only %d body pages checked", pages)
	}
}
