package data_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/data"
)

// 10,000 results naming unknown bodies are 10,000 errors, shown as ten
// and a line that counts the rest; other kinds, and other files, keep
// their own ten.
func TestCappedDiagnostics(t *testing.T) {
	var year strings.Builder
	year.WriteString("-- data/years/2024.toml --\nyear = 2024\nscale = \"opini-2022\"\n")
	for i := range 10_000 {
		fmt.Fprintf(&year, "[[result]]\nentity = \"99.%d\"\nscore = 1\n", i)
	}
	year.WriteString("[[result]]\nentity = \"17.07\"\nscore = 101\n")
	_, diags := data.Load(siteFS(t, year.String()))
	if got := diags.Count(data.Error); got != 10_001 {
		t.Fatalf("%d errors, want 10,001", got)
	}
	shown := diags.Capped(data.MaxLike)
	var lines []string
	for _, d := range shown {
		lines = append(lines, d.String())
	}
	if len(lines) != 12 {
		t.Fatalf("%d lines shown, want 12 (10 unknown bodies, the count of the others, the score):\n%s", len(lines), strings.Join(lines, "\n"))
	}
	for i, l := range lines[:10] {
		if want := fmt.Sprintf("data/years/2024.toml:%d:10: entity \"99.%d\" is not the code", 4+3*i, i); !strings.HasPrefix(l, want) {
			t.Errorf("line %d: %s\nwant %s…", i+1, l, want)
		}
	}
	if want := "data/years/2024.toml: … and 9,990 more like this"; lines[10] != want {
		t.Errorf("line 11: %s\nwant %s", lines[10], want)
	}
	if !strings.Contains(lines[11], "score 101 is outside 0–100") {
		t.Errorf("line 12: %s, want the score out of range", lines[11])
	}
}

// A kind that just reaches the limit is shown whole, with no count.
func TestCappedAtTheLimit(t *testing.T) {
	var ds data.Diagnostics
	for i := range data.MaxLike {
		ds = append(ds, data.Diagnostic{File: "a.toml", Pos: data.Pos{Line: i + 1}, Message: "same"})
	}
	if got := ds.Capped(data.MaxLike); len(got) != data.MaxLike {
		t.Errorf("%d shown, want %d:\n%v", len(got), data.MaxLike, got)
	}
	ds = append(ds, data.Diagnostic{File: "a.toml", Pos: data.Pos{Line: 99}, Message: "same"})
	got := ds.Capped(data.MaxLike)
	if len(got) != data.MaxLike+1 || got[data.MaxLike].String() != "a.toml: … and 1 more like this" {
		t.Errorf("got:\n%v", got)
	}
}
