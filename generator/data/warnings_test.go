package data_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/data"
)

func TestScoreAgainstUnitsMean(t *testing.T) {
	tests := []struct {
		name  string
		score string
		warn  string // "" for no warning
	}{
		{"equal to the mean", "95.25", ""},
		{"off by exactly 0.05", "95.30", ""},
		{"off by 0.014, as published for Rejang Lebong 2024", "95.264", ""},
		{"off by more than 0.05", "95.31", "data/years/2023.toml:6:9: warning: score 95.31 differs by 0.06 from 95.25, the mean of its 2 units"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			year := "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n\n[[result]]\nentity = \"17.07\"\nscore = " + tt.score +
				"\n[[result.unit]]\nname = \"A\"\nscore = 95.00\n[[result.unit]]\nname = \"B\"\nscore = 95.50\n"
			ds, diags := data.Load(siteFS(t, year))
			if diags.HasErrors() {
				t.Fatalf("errors:\n%v", diags)
			}
			var warns []string
			for _, d := range diags {
				warns = append(warns, d.String())
			}
			switch {
			case tt.warn == "" && len(warns) > 0:
				t.Errorf("want no warning, got %q", warns)
			case tt.warn != "" && (len(warns) != 1 || !strings.HasPrefix(warns[0], tt.warn)):
				t.Errorf("got %q, want one warning starting %q", warns, tt.warn)
			}
			r := ds.Years[0].Results[0]
			if r.Derived || r.Score.String() != tt.score[:5] {
				t.Errorf("score = %s (derived %v), want the written %s", r.Score, r.Derived, tt.score)
			}
		})
	}
}

func TestDerivedScore(t *testing.T) {
	year := "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\n" +
		"unit = [{ name = \"A\", score = 95.36 }, { name = \"B\", score = 95.37, type = \"puskesmas\" }]\n"
	ds, diags := data.Load(siteFS(t, year))
	if len(diags) > 0 {
		t.Fatalf("diagnostics:\n%v", diags)
	}
	r := ds.Years[0].Results[0]
	if !r.Derived || r.Score.String() != "95.37" || r.Written != nil {
		t.Errorf("score = %s, derived %v; want 95.37 derived from the units' mean 95.365", r.Score, r.Derived)
	}
	if len(r.Units) != 2 || r.Units[1].Type != "puskesmas" {
		t.Errorf("units = %+v", r.Units)
	}
}

func TestEveryProblemAtOnce(t *testing.T) {
	override := "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore = 101\n[[result]]\nentity = \"17.99\"\nscore = 50\n" +
		"-- data/site.toml --\ntitle = \"a\"\nbase_url = \"https://a.example/\"\ntheme = 3\n" +
		"-- content/metodologi.md --\n+++\ntitle = \"M\"\nlang = \"xx\"\n+++\n"
	_, diags := data.Load(siteFS(t, override))
	var got []string
	for _, d := range diags {
		got = append(got, d.File+":"+strconv.Itoa(d.Pos.Line))
	}
	want := []string{"content/metodologi.md:3", "data/site.toml:3", "data/years/2023.toml:5", "data/years/2023.toml:7"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %v, want %v (every problem, sorted by file and line)", got, want)
	}
}
