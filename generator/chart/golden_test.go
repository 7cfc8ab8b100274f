package chart_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/chart"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden compares every chart of the test data, option, table and
// picture,
// with testdata/<id>.json, and the charts of the v1.1 test data (results
// without a score) with testdata/v11-<id>.json; -update rewrites them
// (read the diff before committing).
func TestGolden(t *testing.T) {
	type golden struct {
		name string
		c    *chart.Chart
	}
	var all []golden
	for _, c := range allCharts(t, newFixture(t)) {
		all = append(all, golden{c.ID, c})
	}
	for _, c := range v11Charts(t) {
		all = append(all, golden{"v11-" + c.ID, c})
	}
	for _, g := range all {
		c := g.c
		t.Run(g.name, func(t *testing.T) {
			// The chart's fields, with its option where it was a field.
			got, err := json.MarshalIndent(struct {
				ID, Title      string
				Option         map[string]any
				Points, Height int
				Table          chart.Table
				Picture        *chart.Picture
			}{c.ID, c.Title, c.Option(), c.Points, c.Height, c.Table, c.Picture()}, "", "\t")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", g.name+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(want, got) {
				t.Errorf("%s (-want +got):\n%s", path, cmp.Diff(string(want), string(got)))
			}
		})
	}
}
