package narrative_test

import (
	"testing"

	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/score"
)

// The test registry. Province 17 (Bengkulu) has six regional bodies:
// kabupaten Lebong, Kaur, Seluma, Mukomuko and Kepahiang and kota
// Bengkulu, a name it shares with its province. Province 36 (Banten) has
// kabupaten Pandeglang, Lebak and Tangerang and kota Tangerang. Kementerian
// Kesehatan is ranked nationally only.
const testEntities = sitetest.Kinds + `
[[kind]]
id = "kementerian"
label = "Kementerian"

[[entity]]
code = "17"
name = "Bengkulu"
kind = "provinsi"
[[entity]]
code = "36"
name = "Banten"
kind = "provinsi"
[[entity]]
code = "17.01"
name = "Lebong"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.02"
name = "Kaur"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.03"
name = "Seluma"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.04"
name = "Mukomuko"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.05"
name = "Kepahiang"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.71"
name = "Bengkulu"
kind = "kota"
province = "17"
[[entity]]
code = "36.01"
name = "Pandeglang"
kind = "kabupaten"
province = "36"
[[entity]]
code = "36.02"
name = "Lebak"
kind = "kabupaten"
province = "36"
[[entity]]
code = "36.03"
name = "Tangerang"
kind = "kabupaten"
province = "36"
[[entity]]
code = "36.71"
name = "Tangerang"
kind = "kota"
province = "36"
[[entity]]
code = "K1"
name = "Kesehatan"
kind = "kementerian"
`

// The sample site's three scales.
const testScales = `
[[scale]]
id = "zona-2015"
name = "Zona kepatuhan (2015–2021)"
[[scale.grade]]
id = "hijau"
label = "Zona Hijau (kepatuhan tinggi)"
zone = "hijau"
min = 81
[[scale.grade]]
id = "kuning"
label = "Zona Kuning (kepatuhan sedang)"
zone = "kuning"
min = 51
[[scale.grade]]
id = "merah"
label = "Zona Merah (kepatuhan rendah)"
zone = "merah"
min = 0

[[scale]]
id = "opini-2022"
name = "Opini kualitas (2022–2024)"
[[scale.grade]]
id = "A"
label = "Kualitas Tertinggi"
zone = "hijau"
min = 88
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
min = 32
[[scale.grade]]
id = "E"
label = "Kualitas Terendah"
zone = "merah"
min = 0

` + sitetest.Opini2025

// years maps a year to its results (sitetest.Years). Years up to 2021
// use the zona-2015 scale, 2022–2024 opini-2022, later ones opini-2025.
type years = sitetest.Years

var site = sitetest.Site{Entities: testEntities, Scales: testScales, Scale: func(y int) string {
	switch {
	case y <= 2021:
		return "zona-2015"
	case y <= 2024:
		return "opini-2022"
	}
	return "opini-2025"
}}

// compute loads the test registry with the given results and scores it.
func compute(t *testing.T, ys years) *score.Scores {
	t.Helper()
	s, _ := site.Compute(t, ys)
	return s
}

var (
	res  = sitetest.Res
	unit = sitetest.Unit
)

// bengkulu is a complete year of province 17's regional bodies: Lebong
// gets lebong, the others the scores given in order (Kaur, Seluma,
// Mukomuko, Kepahiang, Kota Bengkulu).
func bengkulu(lebong string, others ...string) []string {
	codes := []string{"17.02", "17.03", "17.04", "17.05", "17.71"}
	out := []string{res("17.01", lebong)}
	for i, sc := range others {
		out = append(out, res(codes[i], sc))
	}
	return out
}

func find(t *testing.T, s *score.Scores, year int, code string) *score.Result {
	return sitetest.Find(t, s, year, code)
}
