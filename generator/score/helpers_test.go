package score_test

import (
	"fmt"
	"sort"
	"testing"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/score"
)

// The test registry: province 17 has kabupaten 17.01–17.03 and kota
// 17.71; province 18 has kabupaten 18.01 only. Kinds kementerian (not
// regional) and desa (regional, its own province group) complete it.
const testEntities = sitetest.Kinds + `
[[kind]]
id = "desa"
label = "Desa"
regional = true
province_group = "desa"
[[kind]]
id = "kementerian"
label = "Kementerian"

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
name = "Satu"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.02"
name = "Dua"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.03"
name = "Tiga"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.71"
name = "Kota Satu"
kind = "kota"
province = "17"
[[entity]]
code = "18.01"
name = "Empat"
kind = "kabupaten"
province = "18"
[[entity]]
code = "17.01.2001"
name = "Desa Satu"
kind = "desa"
province = "17"
[[entity]]
code = "K1"
name = "Kesehatan"
kind = "kementerian"
`

const testScales = `
[[scale]]
id = "zona"
name = "Zona"
[[scale.grade]]
id = "hijau"
label = "Hijau"
zone = "hijau"
min = 81
[[scale.grade]]
id = "kuning"
label = "Kuning"
zone = "kuning"
min = 51
[[scale.grade]]
id = "merah"
label = "Merah"
zone = "merah"
min = 0

[[scale]]
id = "opini"
name = "Opini"
[[scale.grade]]
id = "A"
label = "A"
zone = "hijau"
min = 88.0
[[scale.grade]]
id = "B"
label = "B"
zone = "hijau"
min = 78
[[scale.grade]]
id = "C"
label = "C"
zone = "kuning"
min = 54
[[scale.grade]]
id = "E"
label = "E"
zone = "merah"
min = 0
`

// years maps a year to its results (sitetest.Years). Years up to 2021
// use the zona scale, later ones the opini scale.
type years = sitetest.Years

var site = sitetest.Site{Entities: testEntities, Scales: testScales, Scale: func(y int) string {
	if y <= 2021 {
		return "zona"
	}
	return "opini"
}}

// compute loads the test registry with the given results and scores it;
// the load must have no errors.
func compute(t *testing.T, ys years) (*score.Scores, data.Diagnostics) { return site.Compute(t, ys) }

func res(code, score string, more ...string) string { return sitetest.Res(code, score, more...) }

func find(t *testing.T, s *score.Scores, year int, code string) *score.Result {
	return sitetest.Find(t, s, year, code)
}

// ranks renders the national and province ranks of a year's results as
// "code:national/of:province/of", sorted by code, for compact comparison.
func ranks(s *score.Scores, year int) []string {
	var out []string
	for _, y := range s.Years {
		if y.Year != year {
			continue
		}
		for _, r := range y.Results {
			line := fmt.Sprintf("%s:%d/%d", r.Entity.Code, r.National.Rank, r.National.Of)
			if r.Province != nil {
				line += fmt.Sprintf(":%d/%d", r.Province.Rank, r.Province.Of)
			}
			out = append(out, line)
		}
	}
	sort.Strings(out)
	return out
}
