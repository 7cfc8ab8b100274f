package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSampleSite builds the repository's own sample site and checks the
// acceptance point: Lebong in 2023.
func TestSampleSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"build", "-s", "../..", "-o", out}, &stdout, &stderr); code != exitOK {
		t.Fatalf("rapor build -s ../.. exited with %d, want %d; stderr:\n%s", code, exitOK, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Logf("stderr:\n%s", stderr.String())
	}

	f, err := os.Open(filepath.Join(out, "data", "2023.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("read data/2023.csv: %v", err)
	}
	if len(records) < 2 {
		t.Fatalf("data/2023.csv has %d records, want a header and rows", len(records))
	}
	header := records[0]
	column := func(name string) int {
		t.Helper()
		i := slices.Index(header, name)
		if i < 0 {
			t.Fatalf("data/2023.csv has no column %q; header: %q", name, header)
		}
		return i
	}
	var row []string
	for _, r := range records[1:] {
		if r[column("code")] == "17.07" {
			if row != nil {
				t.Fatal("data/2023.csv has two rows for 17.07")
			}
			row = r
		}
	}
	if row == nil {
		t.Fatal("data/2023.csv has no row for 17.07")
	}

	want := map[string]string{
		"year":          "2023",
		"name":          "Lebong",
		"kind":          "kabupaten",
		"province":      "17",
		"score":         "92.00",
		"grade":         "A",
		"rank_province": "3",
		"of_province":   "10",
		"score_change":  "7.78",
		"illustrative":  "false",
	}
	got := map[string]string{}
	for name := range want {
		got[name] = row[column(name)]
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("data/2023.csv, row 17.07 (-want +got):\n%s", diff)
	}
}
