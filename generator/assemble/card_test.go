package assemble

import (
	"bytes"
	"fmt"
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"html/template"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/yuin/goldmark"

	"github.com/rapor-publik/rapor/generator/card"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// sampleContexts renders nothing but gives the context of each of the
// sample site's pages named, by address.
func sampleContexts(t testing.TB, urls ...string) map[string]*Context {
	t.Helper()
	ds, s, th := sitetest.Sample(t, "../..")
	words := func(lang, key string, args ...string) string {
		w, ok := th.Word(lang, key, args...)
		if !ok {
			t.Errorf("the theme has no word %s in %s", key, lang)
		}
		return w
	}
	md := goldmark.New()
	a := New(site.New(ds, s, words), Options{Words: words, Markdown: func(b []byte) (template.HTML, error) {
		var out bytes.Buffer
		err := md.Convert(b, &out)
		return template.HTML(out.String()), err // #nosec: the sample site's own notes
	}})
	out := map[string]*Context{}
	for _, p := range a.site.Pages {
		for _, u := range urls {
			if p.URL == u {
				c, err := a.context(p)
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
		ScoreLabel: "Nilai",
		Color:      cs[y2023].shareCard().card.Color,
	}
	want := map[string]card.Card{}
	c := common
	c.Period, c.Score, c.Grade, c.GradeLabel = "2023", "92,00", "A", "Kualitas Tertinggi"
	// No national rank: the sample holds only some kabupaten, and none
	// was published for 2023. The footer names the figures' sources.
	c.Lines = []string{
		"Peringkat 3 dari 10 kabupaten/kota di Provinsi Bengkulu",
		"Naik 7,78 poin dari 2022",
	}
	c.Footer = "Sumber: Radar Bengkulu, Rakyat Benteng, Radar Lebong · rapor-publik.github.io/rapor"
	want[y2023], want[en] = c, c
	c = common
	c.Period, c.Score, c.Grade, c.GradeLabel = "2022", "84,22", "B", "Kualitas Tinggi"
	c.Lines = []string{
		"Peringkat 5 di antara kabupaten/kota di Provinsi Bengkulu",
		"Turun 13,43 poin dari 2021 (skala berbeda)",
	}
	c.Footer = "Sumber: Bengkulutoday, Radar Lebong · rapor-publik.github.io/rapor"
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
		y2023: "Kabupaten Lebong, 2023: nilai 92,00, A (Kualitas Tertinggi)",
		en:    "Lebong Regency, 2023: score 92.00, A (Highest quality)",
	} {
		if got := cs[url].CardAlt(); got != alt {
			t.Errorf("%s: alt %q, want %q", url, got, alt)
		}
	}
}

// A card shows a result's official ranks only, never a rank computed
// over the bodies in the data; a result without a score says so.
// Pandeglang 2023 is known by its published ranks only.
func TestCardsShowOfficialRanksOnly(t *testing.T) {
	const p2023 = "/kabupaten/pandeglang/2023/"
	cs := sampleContexts(t, p2023)
	r := cs[p2023].Page.Result
	got := cs[p2023].shareCard().card
	want := []string{"Nilai tidak diumumkan", "Peringkat 8 di antara kabupaten/kota di Provinsi Banten", "Peringkat 121 di antara kabupaten"}
	if diff := cmp.Diff(want, got.Lines); diff != "" || got.Score != "" || got.ScoreLabel != "" {
		t.Errorf("Pandeglang 2023: score %q %q, lines (-want +got):\n%s", got.ScoreLabel, got.Score, diff)
	}
	if r.HasScore {
		t.Fatal("Pandeglang 2023 has a score in the sample")
	}

	all := sampleBodyYears(t)
	if len(all) < 40 {
		t.Fatalf("only %d body-year pages", len(all))
	}
	for url, c := range all {
		r := c.Page.Result
		pc := c.shareCard()
		if pc == nil {
			continue
		}
		var ranks []string
		for _, l := range pc.card.Lines {
			if strings.HasPrefix(l, "Peringkat ") {
				ranks = append(ranks, l)
			}
		}
		var official []string
		for _, rk := range []*score.Rank{r.Province, &r.National} {
			if o, ok := rk.Official(); ok {
				official = append(official, fmt.Sprintf("Peringkat %d ", o.Rank))
			}
		}
		if len(ranks) != len(official) {
			t.Errorf("%s: card ranks %q, official ranks %q", url, ranks, official)
			continue
		}
		for i := range ranks {
			if !strings.HasPrefix(ranks[i], official[i]) {
				t.Errorf("%s: card says %q, the official rank is %q", url, ranks[i], official[i])
			}
		}
	}
}

// sampleBodyYears is the context of every body-year page of the sample
// in its first language.
func sampleBodyYears(t testing.TB) map[string]*Context {
	t.Helper()
	ds, diags := data.Load(os.DirFS("../.."))
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	s, _ := score.Compute(ds)
	var urls []string
	for _, y := range s.Years {
		for _, r := range y.Results {
			urls = append(urls, site.BodyURL(&site.Language{}, r.Entity, r.Year))
		}
	}
	return sampleContexts(t, urls...)
}
