package render

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/card"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
	"github.com/rapor-publik/rapor/themes"
)

// sampleContexts renders nothing but gives the context of each of the
// sample site's pages named, by address.
func sampleContexts(t testing.TB, urls ...string) map[string]*Context {
	t.Helper()
	ds, diags := data.Load(os.DirFS("../.."))
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	s, _ := score.Compute(ds)
	th, err := LoadTheme(nil, themes.Default(), ds.Site.Languages)
	if err != nil {
		t.Fatal(err)
	}
	r := NewRenderer(Options{Theme: th}, false)
	r.use(site.New(ds, s, r.Words))
	out := map[string]*Context{}
	for _, p := range r.site.Pages {
		for _, u := range urls {
			if p.URL == u {
				c, err := r.context(p)
				if err != nil {
					t.Fatal(err)
				}
				out[u] = c
			}
		}
	}
	if len(out) != len(urls) {
		t.Fatalf("found %d of the pages %v", len(out), urls)
	}
	return out
}

// The text of Lebong's cards, against the published figures
// (../shared/data/facts.md): 2023, 92.00, A, 3rd of Bengkulu's ten
// regencies and cities, up from 84.22 in 2022; 2022, 5th as announced.
// The English page shows the same card, and describes it in English.
func TestCardText(t *testing.T) {
	const (
		y2023 = "/kabupaten/lebong/2023/"
		y2022 = "/kabupaten/lebong/2022/"
		en    = "/en/kabupaten/lebong/2023/"
	)
	cs := sampleContexts(t, y2023, y2022, en)
	common := card.Card{
		Site:       "Rapor Pelayanan Publik",
		Kicker:     "Kabupaten · Provinsi Bengkulu",
		Name:       "Lebong",
		ScoreLabel: "Nilai kepatuhan",
		Color:      cs[y2023].shareCard().card.Color,
		Footer:     "Sumber: Ombudsman Republik Indonesia · rapor-publik.github.io/rapor",
	}
	want := map[string]card.Card{}
	c := common
	c.Period, c.Score, c.Grade, c.GradeLabel = "2023", "92,00", "A", "Kualitas Tertinggi"
	c.Lines = []string{
		"Peringkat 3 dari 10 kabupaten/kota di Provinsi Bengkulu",
		"Data sebagian: peringkat 4 dari 10 kabupaten", // the sample holds two provinces' kabupaten
		"Naik 7,78 poin dari 2022",
	}
	want[y2023], want[en] = c, c
	c = common
	c.Period, c.Score, c.Grade, c.GradeLabel = "2022", "84,22", "B", "Kualitas Tinggi"
	c.Lines = []string{
		"Diumumkan: peringkat 5 di antara kabupaten/kota di Provinsi Bengkulu",
		"Data sebagian: peringkat 2 dari 5 kabupaten",
		"Turun 13,43 poin dari 2021 (skala berbeda)",
	}
	want[y2022] = c
	for url, w := range want {
		got := cs[url].shareCard().card
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("%s: card (-want +got):\n%s", url, diff)
		}
	}
	if a, b := cs[y2023].CardImage(), cs[en].CardImage(); a != b {
		t.Errorf("the English page shows card %s, the Indonesian %s", b, a)
	}
	for url, alt := range map[string]string{
		y2023: "Kabupaten Lebong, 2023: nilai kepatuhan 92,00, A (Kualitas Tertinggi)",
		en:    "Lebong Regency, 2023: compliance score 92.00, A (Kualitas Tertinggi)",
	} {
		if got := cs[url].CardAlt(); got != alt {
			t.Errorf("%s: alt %q, want %q", url, got, alt)
		}
	}
}
