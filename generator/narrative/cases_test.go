package narrative_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/narrative"
	"github.com/rapor-publik/rapor/generator/score"
)

const ori = "Ombudsman Republik Indonesia"

// storyCase is one situation the prose must handle: the story of a body
// in a year must contain the key phrases of each language and none of
// the forbidden ones. Headlines, when given, must match exactly.
type storyCase struct {
	name       string
	ys         years
	year       int
	code       string
	publisher  string
	headline   [2]string // Indonesian, English; "" not checked
	id, en     []string  // phrases the story must contain
	notID, not []string  // phrases it must not contain (not: English)
}

func (c storyCase) want(l *lang.Lang) (want, not []string, headline string) {
	if l == lang.ID {
		return c.id, c.notID, c.headline[0]
	}
	return c.en, c.not, c.headline[1]
}

// story writes the case's story; with no publisher through Result, the
// required entry point.
func (c storyCase) story(s *score.Scores, r *score.Result, l *lang.Lang) narrative.Story {
	if c.publisher == "" {
		return narrative.Result(r, s, l)
	}
	return narrative.Options{Publisher: c.publisher}.Result(r, s, l)
}

// allCases are the situations of every test file.
func allCases() []storyCase {
	return append(append(append(changeCases(), rankCases()...), recordCases()...), publishedCases()...)
}

// TestCases checks every case's key phrases in both languages, and keeps
// their full texts in testdata/cases.<lang>.txt for review.
func TestCases(t *testing.T) {
	full := map[*lang.Lang]*strings.Builder{lang.ID: {}, lang.EN: {}}
	for _, c := range allCases() {
		s := compute(t, c.ys)
		r := find(t, s, c.year, c.code)
		for _, l := range []*lang.Lang{lang.ID, lang.EN} {
			st := c.story(s, r, l)
			text := render(st)
			fmt.Fprintf(full[l], "=== %s\n\n%s\n", c.name, text)
			want, not, headline := c.want(l)
			if headline != "" && st.Headline != headline {
				t.Errorf("%s (%s): headline %q, want %q", c.name, l.Code, st.Headline, headline)
			}
			for _, p := range want {
				if !strings.Contains(text, p) {
					t.Errorf("%s (%s): the story lacks %q:\n%s", c.name, l.Code, p, text)
				}
			}
			for _, p := range not {
				if strings.Contains(text, p) {
					t.Errorf("%s (%s): the story has %q:\n%s", c.name, l.Code, p, text)
				}
			}
		}
	}
	golden(t, "cases.id.txt", full[lang.ID].String())
	golden(t, "cases.en.txt", full[lang.EN].String())
}

// changeCases: the score against the previous result.
func changeCases() []storyCase {
	return []storyCase{{
		name: "first assessment",
		ys:   years{2023: bengkulu("92", "95.94", "90", "85", "80", "70")},
		year: 2023, code: "17.01",
		headline: [2]string{"Kabupaten Lebong Raih Nilai 92,00 pada Penilaian 2023", "Lebong Regency Scores 92.00 in 2023 Assessment"},
		id:       []string{"Pemerintah Kabupaten Lebong meraih nilai 92,00 dalam Penilaian Kepatuhan 2023.", "Ini hasil pertama Lebong dalam data situs ini"},
		en:       []string{"The Lebong Regency government scored 92.00 in the 2023 public service assessment.", "This is the first result for Lebong in this site's data"},
		notID:    []string{"poin", "naik", "turun", "sama dengan", "tetap"},
		not:      []string{"points", " up ", " down ", "the same", "stayed"},
	}, {
		name: "rise",
		ys: years{
			2022: bengkulu("84.22", "95.94", "90", "86", "80", "70"),
			2023: bengkulu("92", "95.94", "90", "91", "80", "70"),
		},
		year: 2023, code: "17.01", publisher: ori,
		headline: [2]string{"Lebong Naik ke Peringkat Dua di Bengkulu", "Lebong Rises to Second in Bengkulu"},
		id: []string{"dalam Penilaian Kepatuhan 2023 dari Ombudsman Republik Indonesia, naik 7,78 poin dari 84,22 pada 2022.",
			"Nilai itu menempatkan Lebong di peringkat kedua dari enam kabupaten/kota se-Bengkulu, naik dari peringkat keempat pada 2022."},
		en: []string{"in the 2023 public service assessment by Ombudsman Republik Indonesia, up 7.78 points from 84.22 in 2022.",
			"The score placed Lebong second of six regencies and cities in Bengkulu Province, up from fourth in 2022."},
	}, {
		name: "fall",
		ys: years{
			2022: bengkulu("92", "95.94", "90", "91", "80", "70"),
			2023: bengkulu("84.22", "95.94", "90", "86", "80", "70"),
		},
		year: 2023, code: "17.01",
		headline: [2]string{"Lebong Turun ke Peringkat Empat di Bengkulu", "Lebong Falls to Fourth in Bengkulu"},
		id:       []string{"turun 7,78 poin dari 92,00 pada 2022.", "di peringkat keempat dari enam kabupaten/kota se-Bengkulu, turun dari peringkat kedua pada 2022."},
		en:       []string{"down 7.78 points from 92.00 in 2022.", "fourth of six regencies and cities in Bengkulu Province, down from second in 2022."},
		notID:    []string{"−"},
		not:      []string{"−"},
	}, {
		name: "unchanged score and rank",
		ys: years{
			2022: bengkulu("90.5", "95.94", "92", "86", "80", "70"),
			2023: bengkulu("90.50", "95.94", "91", "85", "80", "70"),
		},
		year: 2023, code: "17.01",
		headline: [2]string{"Kabupaten Lebong Raih Nilai 90,50 pada Penilaian 2023", "Lebong Regency Scores 90.50 in 2023 Assessment"},
		id:       []string{", sama dengan nilainya pada 2022.", "Lebong bertahan di peringkat ketiga dari enam kabupaten/kota se-Bengkulu dan kembali meraih predikat Kualitas Tertinggi (A)."},
		en:       []string{", the same score as in 2022.", "Lebong stayed third of six regencies and cities in Bengkulu Province and again received grade A (Kualitas Tertinggi)."},
		notID:    []string{"0,00 poin", "naik", "turun"},
		not:      []string{"0.00 points", " up ", " down "},
	}, {
		name: "gap",
		ys: years{
			2021: {res("17.01", "80")},
			2022: {res("17.02", "90")},
			2023: {res("17.02", "91")},
			2024: {res("17.01", "90")},
		},
		year: 2024, code: "17.01",
		id: []string{"naik 10,00 poin dari 80,00 pada 2021.", "Data situs ini tidak memuat hasil Lebong pada 2022 dan 2023, sehingga hasil ini dibandingkan dengan hasil 2021."},
		en: []string{"up 10.00 points from 80.00 in 2021.", "This site's data hold no result for Lebong in 2022 and 2023, so this result is compared with that of 2021."},
	}, {
		name: "illustrative",
		ys:   years{2023: {"year:illustrative = true", res("17.01", "92")}},
		year: 2023, code: "17.01",
		headline: [2]string{"Ilustrasi: Kabupaten Lebong Raih Nilai 92,00 pada Penilaian 2023", "Illustration: Lebong Regency Scores 92.00 in 2023 Assessment"},
		id:       []string{"Angka ini adalah contoh ilustratif, bukan hasil resmi."},
		en:       []string{"These figures are illustrative examples, not official results."},
	}, {
		name: "title and publisher",
		ys:   years{2023: {`year:title = "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik"`, res("17.01", "92")}},
		year: 2023, code: "17.01", publisher: ori,
		id: []string{"meraih nilai 92,00 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023 dari Ombudsman Republik Indonesia."},
		en: []string{"scored 92.00 in the 2023 public service assessment by Ombudsman Republik Indonesia."},
	}, {
		name: "name shared with the province",
		ys:   years{2023: append(bengkulu("92", "95.94", "90", "85", "80", "70"), res("17", "88"))},
		year: 2023, code: "17.71",
		id: []string{"Pemerintah Kota Bengkulu meraih nilai 70,00", "Nilai itu menempatkan Kota Bengkulu di peringkat keenam dari enam kabupaten/kota se-Bengkulu."},
		en: []string{"The Bengkulu City government scored 70.00", "The score placed Bengkulu City sixth of six regencies and cities in Bengkulu Province."},
	}, {
		name: "name shared with another body",
		ys:   years{2023: {res("36.03", "93.72"), res("36.71", "88.47")}},
		year: 2023, code: "36.03",
		id: []string{"Ini hasil pertama Kabupaten Tangerang dalam data situs ini"},
		en: []string{"This is the first result for Tangerang Regency in this site's data"},
	}, {
		name: "not a local government",
		ys:   years{2023: {res("K1", "85")}},
		year: 2023, code: "K1",
		id: []string{"Kementerian Kesehatan meraih nilai 85,00"},
		// A kind without label_en keeps the Indonesian word order.
		en: []string{"Kementerian Kesehatan scored 85.00"},
		// Kesehatan is the only kementerian of the test registry: rank
		// 1 of 1 is no news.
		notID: []string{"Pemerintah", "peringkat"},
		not:   []string{"government", "ranked", "first of"},
	}}
}
