package pipeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/rapor-publik/rapor/generator/pipeline"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// The sample's pages say what was published and only that
// (../shared/data/facts.md, "Results known only by rank or grade"):
// Pandeglang 2023 was ranked 8th in Banten and 121st nationally without a
// published score, so 2024's move is from 8th; Lebong was in the green
// zone and 14th nationally in 2019, so 2021 is not its first result;
// Rejang Lebong has a 2025 opinion without a score, in a sample of
// bodies.
func TestSamplePublishedRecord(t *testing.T) {
	b := sampleSite(t)
	for _, c := range []struct {
		page      string
		want, not []string
	}{
		{"kabupaten/pandeglang/2024/index.html", []string{
			"Menurut Krakatau Radio, mengutip Bupati Pandeglang,",
			"naik dari 8 pada 2023", // the key facts' move
			"Pandeglang berada di peringkat ketiga se-Banten, naik dari peringkat kedelapan pada 2023.",
			"Secara nasional, Pandeglang berada di peringkat ke-67, naik dari peringkat ke-121 pada 2023",
			"Nilai Pandeglang pada 2023 tidak diumumkan, sehingga perubahan nilai dihitung dari nilai 2022.",
			"Catatan tentang Kabupaten Pandeglang 2024:",
		}, []string{"peringkat ke-4", "peringkat keempat", "naik dari peringkat 4", "pengumuman resmi", "dari 416 kabupaten secara nasional"}},
		{"kabupaten/pandeglang/2023/index.html", []string{
			"tetapi nilainya tidak diumumkan",
			"Pandeglang berada di peringkat kedelapan se-Banten, turun dari peringkat keempat pada 2022.",
			"Pandeglang berada di peringkat ke-121",
			"tidak diumumkan1", // the fact box's score, with its source
		}, []string{"tidak dinilai", "tidak tercatat dinilai", "skala “"}},
		{"en/kabupaten/pandeglang/2023/index.html", []string{
			"but its score was not published",
			"Pandeglang ranked eighth in Banten Province, down from fourth in 2022.",
		}, []string{"not assessed"}},
		{"kabupaten/pandeglang/index.html", []string{"tidak diumumkan"}, []string{"sejak mulai tercatat", "tidak dinilai"}},
		{"kabupaten/lebong/2021/index.html", []string{
			"Data situs ini tidak memuat nilai Lebong sebelumnya: nilainya pada 2019 tidak diumumkan.",
			"naik dari peringkat ke-14 pada 2019",
			"Dalam data situs ini, Lebong selalu berada di zona hijau sejak 2019 (dua hasil berturut-turut).",
		}, []string{"pertama kalinya", "hasil pertama", "sejak 2021"}},
		{"en/kabupaten/lebong/2021/index.html", []string{"up from 14th in 2019", "Lebong ranked first in Bengkulu Province."}, []string{"first result", "first time"}},
		{"kabupaten/lebong/2023/index.html", []string{
			"naik 7,78 poin dari 84,22 pada 2022",
			"Catatan tentang Kabupaten Lebong 2022:", // the other published 2022 score travels with the figure
		}, nil},
		{"kabupaten/rejang-lebong/2023/index.html", []string{"Ini hasil pertama Rejang Lebong dalam data situs ini"}, []string{"pertama kalinya"}},
		{"kabupaten/rejang-lebong/2025/index.html", []string{
			"meraih opini Kualitas Tinggi dalam Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik 2025",
			"tetapi nilainya tidak diumumkan",
			"Pada penilaian 2025 hanya 170 kabupaten yang dinilai, sedangkan pada 2024 dinilai 416 kabupaten.",
			"memakai opini Kualitas Tertinggi hingga Kualitas Rendah, menggantikan opini A–E yang dipakai pada 2024",
		}, nil},
		{"kabupaten/garut/2025/index.html", []string{"Tanpa Maladministrasi"}, nil},
		{"2025/index.html", []string{"diberikan per hasil", "bukan peringkat resmi"}, nil},
	} {
		got := text(b.page(t, c.page))
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s does not say %q; it says:\n%s", c.page, w, got)
			}
		}
		for _, w := range c.not {
			if strings.Contains(got, w) {
				t.Errorf("%s says %q:\n%s", c.page, w, got)
			}
		}
	}
	csv := string(b["data/2025.csv"])
	if !strings.HasPrefix(csv, "year,code,name,kind,province,score,grade,rank_national,of_national,rank_province,of_province,score_change,rank_national_change,illustrative,reported_national_rank,reported_national_of,reported_province_rank,reported_province_of,assessed_national,national_complete,province_complete,flags,sources\n") ||
		!strings.Contains(csv, "\n2025,17.02,Rejang Lebong,kabupaten,17,,tinggi,,,,,,,false,,,,,170,,,,https://") {
		t.Errorf("data/2025.csv:\n%s", csv)
	}
	// Words that misstate the record, on every generated page (editors'
	// pages, the methodology and news, may use them to explain).
	for _, name := range b.pages() {
		if strings.Contains(name, "metodologi/") || strings.Contains(name, "berita/") {
			continue
		}
		got := text(b.page(t, name))
		for _, bad := range []string{"datanya tersedia", "with data", "pengumuman resmi", "officially announced", "pertama kalinya", "tercatat dinilai", "tidak dinilai", "Data sebagian"} {
			if strings.Contains(got, bad) {
				t.Errorf("%s says %q", name, bad)
			}
		}
	}
}

// No page or embed of the sample shows a rank computed over an
// incomplete scope as a rank, outside a table labelled as the order of
// the bodies in this site's data: for every result whose computed rank
// is not official, neither "N dari M" / "N of M" nor "peringkat ke-N" /
// "Nth" with that rank appears in its pages' text once those tables are
// removed (unless an official rank of the page says the same).
func TestNoComputedRankOfIncompleteScope(t *testing.T) {
	b := sampleSite(t)
	_, s, diags := pipeline.Check(os.DirFS(filepath.Join("..", "..")))
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	ls := map[string]*site.Language{"id": {Code: "id"}, "en": {Code: "en", Prefix: "/en"}}
	checked := 0
	for _, h := range s.Histories {
		for _, r := range h.Results {
			for code, l := range ls {
				// A page may state the official ranks of any of the body's
				// results (a move from the previous one, a history table).
				forbidden := computedOnly(r, code)
				var allowed []string
				for _, o := range h.Results {
					allowed = append(allowed, officialTexts(o, code)...)
				}
				if len(forbidden) == 0 {
					continue
				}
				pages := []string{site.BodyURL(l, r.Entity, r.Year), site.BodyURL(l, r.Entity, 0)}
				for _, kind := range []string{"score-trend", "rank-trend"} {
					pages = append(pages, l.Prefix+"/embed/"+r.Entity.Kind.ID+"/"+r.Entity.Slug+"/"+kind+"/")
				}
				for _, p := range pages {
					name := strings.TrimPrefix(p, "/") + "index.html"
					if _, ok := b[name]; !ok {
						continue
					}
					got := text(withoutDataOrderTables(b.page(t, name)))
					checked++
					for _, f := range forbidden {
						if containsWord(got, f) && !containsAny(allowed, f) {
							t.Errorf("%s shows %q, a rank of %s %d computed over an incomplete scope", name, f, r.Entity.Name, r.Year)
						}
					}
				}
			}
		}
	}
	if checked < 50 {
		t.Fatalf("only %d pages checked", checked)
	}
}

// computedOnly are the ways a page could state a result's computed ranks
// that are not official.
func computedOnly(r *score.Result, lang string) []string {
	var out []string
	for _, rk := range []*score.Rank{r.Province, &r.National} {
		if rk == nil || !rk.Ranked() || rk.Complete() || rk.Rank == rk.Reported {
			continue
		}
		out = append(out, rankPhrases(rk.Rank, rk.Of, lang)...)
	}
	return out
}

// officialTexts are the same words for the result's official ranks.
func officialTexts(r *score.Result, lang string) []string {
	var out []string
	for _, rk := range []*score.Rank{r.Province, &r.National} {
		o, ok := rk.Official()
		if !ok {
			continue
		}
		out = append(out, rankPhrases(o.Rank, o.Of, lang)...)
	}
	return out
}

// rankPhrases are the ways the pages write a rank: "3 dari 10",
// "peringkat ke-3", "Peringkat 3 " (headlines, cards) / "3 of 10", "3rd".
func rankPhrases(rank, of int, lang string) []string {
	if lang == "id" {
		return []string{fmt.Sprintf("%d dari %d", rank, of), fmt.Sprintf("peringkat ke-%d", rank), fmt.Sprintf("Peringkat %d ", rank)}
	}
	return []string{fmt.Sprintf("%d of %d", rank, of), fmt.Sprintf("%d%s", rank, suffix(rank))}
}

func suffix(n int) string {
	if m := n % 100; m >= 11 && m <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

func containsAny(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// containsWord finds s in text where it is not part of a longer number.
func containsWord(text, s string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], s)
		if j < 0 {
			return false
		}
		at := i + j
		before := at == 0 || !isDigit(text[at-1])
		end := at + len(s)
		after := end >= len(text) || !isDigit(text[end]) || strings.HasSuffix(s, " ")
		if before && after {
			return true
		}
		i = at + 1
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// withoutDataOrderTables removes the tables labelled as ordering the
// bodies in the site's data ("Urutan dalam data", "Order in the data"),
// where a computed position may appear.
func withoutDataOrderTables(doc *html.Node) *html.Node {
	var tables []*html.Node
	walk(doc, func(n *html.Node) {
		if n.DataAtom != atom.Table {
			return
		}
		labelled := false
		walk(n, func(th *html.Node) {
			if th.DataAtom == atom.Th {
				t := text(th)
				labelled = labelled || strings.HasPrefix(t, "Urutan") || strings.HasPrefix(t, "Order")
			}
		})
		if labelled {
			tables = append(tables, n)
		}
	})
	// The titles of sources are the publishers' words, quoted (a
	// neighbour's source may be titled "Pandeglang peringkat ke-3"), and
	// the key facts' count of a grade ("7 dari 10 … meraih opini A") is a
	// count, not a rank.
	walk(doc, func(n *html.Node) {
		switch {
		case n.DataAtom == atom.A && n.Parent != nil && n.Parent.DataAtom == atom.Li && strings.HasPrefix(attrOf(n.Parent, "id"), "sumber-"):
			tables = append(tables, n)
		case n.DataAtom == atom.P && attrOf(n, "class") == "key-meaning":
			tables = append(tables, n)
		}
	})
	for _, n := range tables {
		n.Parent.RemoveChild(n)
	}
	return doc
}

// attrOf is an attribute's value, "" where it is missing.
func attrOf(n *html.Node, key string) string {
	v, _ := attr(n, key)
	return v
}
