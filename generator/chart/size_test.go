package chart_test

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/lang"
)

// TestTypicalBodySize bounds what a typical body's page carries in chart
// options, as html/template writes them: eight years of results and
// twelve service units. Pages must stay light (under 60 KB of HTML).
func TestTypicalBodySize(t *testing.T) {
	ys := map[int][]string{}
	for y := 2018; y <= 2025; y++ {
		d := y - 2018
		ys[y] = []string{
			res("17.01", fmt.Sprintf("%d.%02d", 70+d*3, d*7)), res("17.02", fmt.Sprintf("%d.5", 60+d)),
			res("17.03", fmt.Sprintf("%d", 85-d)), res("17.71", fmt.Sprintf("%d.25", 75+d)),
		}
	}
	units := `entity = "17.01"`
	for i := range 12 {
		units += fmt.Sprintf("\n[[result.unit]]\nname = \"Puskesmas Rawat Inap Kecamatan %02d\"\ntype = \"puskesmas\"\nscore = %d.%02d", i+1, 80+i, i*7)
	}
	ys[2025][0] = units
	f := compute(t, ys)
	var h = f.Histories[0]
	for _, x := range f.Histories {
		if x.Entity.Code == "17.01" {
			h = x
		}
	}
	total := 0
	for _, c := range []*chart.Chart{
		chart.ScoreTrend(h, lang.ID, labelsID),
		chart.RankTrend(h, lang.ID, labelsID),
		chart.Units(h.Result(2025), lang.ID, labelsID),
	} {
		var b bytes.Buffer
		if err := pageTemplate.Execute(&b, c); err != nil {
			t.Fatal(err)
		}
		raw, _ := c.JSON()
		t.Logf("%s: %d points, option %d bytes (%d as written in the page)", c.ID, c.Points, len(raw), b.Len())
		total += b.Len()
	}
	t.Logf("total %d bytes", total)
	if total > 8<<10 {
		t.Errorf("a typical body's chart options take %d bytes, want at most 8 KiB", total)
	}
}
