package pipeline_test

import (
	"strings"
	"testing"
)

// A year file without results (a header written before the results are
// published) is not the site's latest year: the home page stays on the
// latest year with results, and the empty year gets no page.
func TestYearWithoutResultsIsNotLatest(t *testing.T) {
	_, b := buildTo(t, siteFS(t, "-- data/years/2026.toml --\nyear = 2026\nscale = \"opini-2022\"\n"))
	for _, name := range []string{"2026/index.html", "en/2026/index.html", "data/2026.csv"} {
		if _, ok := b[name]; ok {
			t.Errorf("%s was built for a year without results", name)
		}
	}
	home := text(b.page(t, "index.html"))
	if !strings.Contains(home, "Sekilas hasil 2023") || strings.Contains(home, "2026") {
		t.Errorf("the home page does not show 2023 at a glance, or names 2026:\n%s", home)
	}
}
