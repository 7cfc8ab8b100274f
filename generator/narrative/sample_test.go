package narrative_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/narrative"
	"github.com/rapor-publik/rapor/generator/score"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// loadSample scores the repository's sample site.
func loadSample(t *testing.T) (*data.Dataset, *score.Scores) {
	t.Helper()
	ds, diags := data.Load(os.DirFS("../.."))
	if diags.HasErrors() {
		t.Fatalf("the sample site does not load:\n%v", diags)
	}
	s, _ := score.Compute(ds)
	return ds, s
}

// render writes a story as text: the headline, then each paragraph after
// a blank line.
func render(st narrative.Story) string {
	return st.Text() + "\n"
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

// TestSample writes the stories of the sample site's Lebong 2021–2024,
// Pandeglang 2022 and 2024 and Kota Tangerang 2021 in both languages.
func TestSample(t *testing.T) {
	ds, s := loadSample(t)
	opt := narrative.Options{Publisher: ds.Site.Publisher}
	picks := []struct {
		code  string
		years []int
	}{
		{"17.07", []int{2021, 2022, 2023, 2024}}, // Lebong
		{"36.01", []int{2022, 2024}},             // Pandeglang
		{"36.71", []int{2021}},                   // Kota Tangerang
	}
	for _, l := range []*lang.Lang{lang.ID, lang.EN} {
		var b strings.Builder
		for _, p := range picks {
			for _, y := range p.years {
				r := find(t, s, y, p.code)
				fmt.Fprintf(&b, "=== %s %d\n\n%s\n", p.code, y, render(opt.Result(r, s, l)))
			}
		}
		golden(t, "sample."+l.Code+".txt", b.String())
	}
}

// TestSampleLebong2023 holds the figures the Lebong 2023 story must give.
func TestSampleLebong2023(t *testing.T) {
	ds, s := loadSample(t)
	st := narrative.Options{Publisher: ds.Site.Publisher}.Result(find(t, s, 2023, "17.07"), s, lang.ID)
	text := render(st)
	for _, want := range []string{"92,00", "peringkat ketiga dari sepuluh kabupaten/kota se-Bengkulu", "naik dari peringkat kelima pada 2022"} {
		if !strings.Contains(text, want) {
			t.Errorf("the story lacks %q:\n%s", want, text)
		}
	}
}
