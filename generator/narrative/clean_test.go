package narrative_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/fixture"
	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/narrative"
	"github.com/rapor-publik/rapor/generator/score"
)

// TestClean writes the story of every result of the sample site, of the
// synthetic cases and of a generated site in both languages, and checks
// that none shows a formatting slip.
func TestClean(t *testing.T) {
	ds, sample := loadSample(t)
	sets := []struct {
		name string
		s    *score.Scores
		opt  narrative.Options
	}{
		{"sample", sample, narrative.Options{Publisher: ds.Site.Publisher}},
		{"fixture", generated(t), narrative.Options{Publisher: "Ombudsman Republik Indonesia"}},
	}
	for _, c := range allCases() {
		sets = append(sets, struct {
			name string
			s    *score.Scores
			opt  narrative.Options
		}{"case " + c.name, compute(t, c.ys), narrative.Options{Publisher: c.publisher}})
	}
	n := 0
	for _, set := range sets {
		for _, y := range set.s.Years {
			for _, r := range y.Results {
				for _, l := range []*lang.Lang{lang.ID, lang.EN} {
					checkClean(t, set.name, r, set.opt.Result(r, set.s, l))
					n++
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d stories checked", n)
	}
}

// generated scores a small synthetic site: two scales, ties, gaps,
// partial provinces and units.
func generated(t *testing.T) *score.Scores {
	t.Helper()
	size := fixture.Size{Provinces: 4, Kabupaten: 40, Kota: 10, Kementerian: 5, Lembaga: 3,
		Years: []int{2019, 2021, 2022, 2023, 2024}, SecondScale: 2022}
	fsys, err := fixture.Generate(fixture.Options{Seed: 7, Size: size})
	if err != nil {
		t.Fatal(err)
	}
	ds, diags := data.Load(fsys)
	if diags.HasErrors() {
		t.Fatalf("the generated site does not load:\n%v", diags)
	}
	s, _ := score.Compute(ds)
	return s
}

func checkClean(t *testing.T, set string, r *score.Result, st narrative.Story) {
	t.Helper()
	texts := []string{st.Headline}
	for _, p := range st.Paragraphs {
		texts = append(texts, p.Text())
		for _, sn := range p {
			if !strings.HasSuffix(sn.Text, ".") || !unicode.IsUpper([]rune(sn.Text)[0]) {
				t.Errorf("%s %s %d: not a sentence: %q", set, r.Entity.Code, r.Year, sn.Text)
			}
		}
	}
	if len(st.Paragraphs) == 0 {
		t.Errorf("%s %s %d: no paragraphs", set, r.Entity.Code, r.Year)
	}
	for i, text := range texts {
		for _, bad := range []string{"%!", "<nil>", "  ", " .", " ,", " ;", "..", ",.", "(0)", "\n", "<", ">", "*", "_", "{", "}", "story."} {
			if strings.Contains(text, bad) {
				t.Errorf("%s %s %d: %q in %q", set, r.Entity.Code, r.Year, bad, text)
			}
		}
		if text == "" || text != strings.TrimSpace(text) || !unicode.IsUpper([]rune(text)[0]) {
			t.Errorf("%s %s %d: badly trimmed or not capitalised: %q", set, r.Entity.Code, r.Year, text)
		}
		if i > 0 && !strings.HasSuffix(text, ".") {
			t.Errorf("%s %s %d: paragraph does not end a sentence: %q", set, r.Entity.Code, r.Year, text)
		}
	}
}
