package chart_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/score"
)

// hostile is a body's and a unit's name that must stay data.
const hostile = `</script><img src=x onerror=alert(1)>`

// The test registry: province 17 (Bengkulu) has kabupaten 17.01–17.03
// and kota 17.71, one province group; province 18 has kabupaten 18.01.
// Kabupaten 17.02 has a hostile name.
var testEntities = sitetest.Kinds + `
[[kind]]
id = "kementerian"
label = "Kementerian"
label_en = "Ministry"

[[unit_type]]
id = "puskesmas"
label = "Puskesmas"
label_en = "Community health centre"
[[unit_type]]
id = "dukcapil"
label = "Dinas Dukcapil"

[[entity]]
code = "17"
name = "Bengkulu"
kind = "provinsi"
[[entity]]
code = "18"
name = "Lampung"
kind = "provinsi"
[[entity]]
code = "17.01"
name = "Lebong"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.02"
name = "` + strings.ReplaceAll(hostile, `"`, `\"`) + `"
slug = "hostile"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.03"
name = "Tiga"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.71"
name = "Bengkulu"
kind = "kota"
province = "17"
[[entity]]
code = "18.01"
name = "Empat"
kind = "kabupaten"
province = "18"
[[entity]]
code = "K1"
name = "Kesehatan"
kind = "kementerian"
[[entity]]
code = "K2"
name = "Keuangan"
kind = "kementerian"
`

// One scale: A has its own colour, B–D have zones, E has neither.
const testScales = `
[[scale]]
id = "opini"
name = "Opini"
[[scale.grade]]
id = "A"
label = "Kualitas Tertinggi"
zone = "hijau"
min = 88
color = "#1b7f3b"
[[scale.grade]]
id = "B"
label = "Kualitas Tinggi"
zone = "hijau"
min = 78
[[scale.grade]]
id = "C"
label = "Kualitas Sedang"
zone = "kuning"
min = 54
[[scale.grade]]
id = "D"
label = "Kualitas Rendah"
zone = "merah"
min = 30
[[scale.grade]]
id = "E"
label = "E"
min = 0
`

// testYears is the results, as TOML [[result]] bodies, per year.
//
// Lebong (17.01): 2021 80 (province rank 2/4, complete), no result in
// 2022, 2023 92.00 from three units (2/4), 2024 88 with a published
// province rank of 3 (scope incomplete), 2025 85 with no official rank.
var testYears = map[int][]string{
	2021: {
		res("17", "85"), res("18", "65"),
		res("17.01", "80"), res("17.02", "70"), res("17.03", "60"), res("17.71", "90"), res("18.01", "75"),
	},
	2022: {res("K1", "77"), res("17.02", "71"), res("17.03", "61"), res("17.71", "91"), res("18.01", "74")},
	2023: {
		res("17", "86"),
		`entity = "17.01"
[[result.unit]]
name = "Puskesmas Tunas Harapan"
type = "puskesmas"
score = 97.59
[[result.unit]]
name = "Dinas Kependudukan"
type = "dukcapil"
score = 86.41
[[result.unit]]
name = "` + strings.ReplaceAll(hostile, `"`, `\"`) + `"
type = "puskesmas"
score = 92`,
		res("17.02", "70.5"),
		`entity = "17.03"
[[result.unit]]
name = "Puskesmas Tiga"
type = "puskesmas"
score = 65
[[result.unit]]
name = "Dukcapil Tiga"
type = "dukcapil"
score = 55`,
		res("17.71", "95"), res("18.01", "50"),
	},
	2024: {res("17.01", "88") + "\nreported = { province_rank = 3 }", res("17.02", "89")},
	2025: {res("17.01", "85"), res("17.71", "20")},
}

func res(code, score string) string { return sitetest.Res(code, score) }

// compute loads the test registry with the results and scores it.
func compute(t testing.TB, ys map[int][]string) *score.Scores {
	t.Helper()
	site := sitetest.Site{Entities: testEntities, Scales: testScales, Scale: func(int) string { return "opini" }}
	s, _ := site.Compute(t, ys)
	return s
}

// fixture is the scored test data.
type fixture struct {
	*score.Scores
	ds map[string]*data.Entity
}

func newFixture(t testing.TB) fixture {
	t.Helper()
	s := compute(t, testYears)
	f := fixture{Scores: s, ds: map[string]*data.Entity{}}
	for _, h := range s.Histories {
		f.ds[h.Entity.Code] = h.Entity
	}
	return f
}

func (f fixture) history(t testing.TB, code string) *score.History {
	t.Helper()
	e := f.ds[code]
	if e == nil {
		t.Fatalf("no entity %s with results", code)
	}
	return f.History(e)
}

func (f fixture) year(t testing.TB, year int) *score.Year {
	t.Helper()
	for _, y := range f.Years {
		if y.Year == year {
			return y
		}
	}
	t.Fatalf("no year %d", year)
	return nil
}

func (f fixture) result(t testing.TB, year int, code string) *score.Result {
	t.Helper()
	if r := f.history(t, code).Result(year); r != nil {
		return r
	}
	t.Fatalf("no result for %s in %d", code, year)
	return nil
}

// provinceScope is the default province group of a province in a year.
func (f fixture) provinceScope(t testing.TB, year int, province string) *score.Scope {
	t.Helper()
	for _, s := range f.year(t, year).Provinces {
		if s.Province.Code == province && s.ProvinceGroup == "" {
			return s
		}
	}
	t.Fatalf("no scope of province %s in %d", province, year)
	return nil
}

// Labels as a theme's translations would give them.
var labelsID = chart.Labels{
	Year: "Tahun", Score: "Nilai", Grade: "Opini", GradeLabel: "Keterangan", Change: "Perubahan",
	NotAssessed: "tidak dinilai", Rank: "Peringkat", ProvinceRank: "Peringkat provinsi",
	NationalRank: "Peringkat nasional", PublishedMark: "*",
	PublishedNote: "* Peringkat yang diumumkan Ombudsman.",
	Name:          "Nama", Unit: "Unit layanan", UnitType: "Jenis unit", LikeUnitRank: "Peringkat unit sejenis",
	Kind: "Jenis", Average: "Rata-rata", Count: "Jumlah",
	NotPublished: "nilai tidak diumumkan", NoEarlierScore: "tidak ada nilai sebelumnya",
	ChangeFrom: "{change} (dibanding {year})", Order: "Urutan dalam data",
	OrderNote: "Urutan menurut nilai di antara daerah yang datanya ada di situs ini, bukan peringkat resmi.",
	Break:     "metodologi berubah",
	Summaries: chart.Summaries{
		Score: "Terendah {min} pada {min_year}, tertinggi {max} pada {max_year}; terakhir {last} pada {last_year}.",
		One:   "{last} pada {last_year}.", Rank: "Peringkat terbaik {best} pada {best_year}; terakhir {last} pada {last_year}.",
		Bars: "Tertinggi {top} ({top_value}); terendah {bottom} ({bottom_value}).", Counts: "Jumlah: {list}.",
		Average: "Rata-rata {year}: {list}.",
	},
	Titles: chart.Titles{
		ScoreTrend: "Nilai {name} per tahun", RankTrend: "Peringkat {name} per tahun",
		Units: "Nilai unit layanan {name} {year}", Distribution: "Sebaran opini {name} {year}",
		Scores: "Nilai {kinds} di {name} {year}", Average: "Rata-rata nilai di {name}",
	},
}

var labelsEN = chart.Labels{
	Year: "Year", Score: "Score", Grade: "Grade", GradeLabel: "Meaning", Change: "Change",
	NotAssessed: "not assessed", Rank: "Rank", ProvinceRank: "Province rank",
	NationalRank: "National rank", PublishedNote: "* Rank announced by the Ombudsman.",
	Name: "Name", Unit: "Service unit", UnitType: "Unit type", LikeUnitRank: "Rank among like units",
	Kind: "Kind", Average: "Average", Count: "Count",
	NotPublished: "score not published", NoEarlierScore: "no earlier score",
	ChangeFrom: "{change} (vs {year})", Order: "Order in this data",
	OrderNote: "Order by score among the bodies whose results this site holds; not an official rank.",
	Break:     "method changed",
	Summaries: chart.Summaries{
		Score: "Lowest {min} in {min_year}, highest {max} in {max_year}; latest {last} in {last_year}.",
		One:   "{last} in {last_year}.", Rank: "Best rank {best} in {best_year}; latest {last} in {last_year}.",
		Bars: "Highest {top} ({top_value}); lowest {bottom} ({bottom_value}).", Counts: "Counts: {list}.",
		Average: "Averages in {year}: {list}.",
	},
	Titles: chart.Titles{
		ScoreTrend: "Score of {name} by year", RankTrend: "Rank of {name} by year",
		Units: "Service units of {name}, {year}", Distribution: "Grades {name} {year}",
		Scores: "Scores of {kinds} in {name}, {year}", Average: "Average scores in {name}",
	},
}

// walk calls fn for every string in a JSON value, with its path.
func walk(v any, path string, fn func(path, s string)) {
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(v[k], path+"."+k, fn)
		}
	case []any:
		for i, x := range v {
			walk(x, fmt.Sprintf("%s[%d]", path, i), fn)
		}
	case string:
		fn(path, v)
	}
}

// get follows a path of keys and indexes through a JSON value.
func get(t testing.TB, v any, path ...any) any {
	t.Helper()
	for _, p := range path {
		switch p := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("get %v: %T is not an object at %q", path, v, p)
			}
			v = m[p]
		case int:
			a, ok := v.([]any)
			if !ok || p >= len(a) {
				t.Fatalf("get %v: no index %d in %T", path, p, v)
			}
			v = a[p]
		}
	}
	return v
}

// seriesValues gives a series' values: nil for a null point.
func seriesValues(t testing.TB, opt map[string]any, i int) []any {
	t.Helper()
	items := get(t, opt, "series", i, "data").([]any)
	out := make([]any, len(items))
	for j, it := range items {
		if it != nil {
			out[j] = get(t, it, "value")
		}
	}
	return out
}
