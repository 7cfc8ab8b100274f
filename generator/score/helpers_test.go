package score_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

// The test registry: province 17 has kabupaten 17.01–17.03 and kota
// 17.71; province 18 has kabupaten 18.01 only. Kinds kementerian (not
// regional) and desa (regional, its own province group) complete it.
const testEntities = `
[[kind]]
id = "provinsi"
label = "Provinsi"
[[kind]]
id = "kabupaten"
label = "Kabupaten"
regional = true
[[kind]]
id = "kota"
label = "Kota"
regional = true
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

// years maps a year to its results, written as TOML [[result]] bodies
// such as `entity = "17.01"\nscore = 90`. Years up to 2021 use the zona
// scale, later ones the opini scale.
type years map[int][]string

// compute loads the test registry with the given results and scores it;
// the load must have no errors.
func compute(t *testing.T, ys years) (*score.Scores, data.Diagnostics) {
	t.Helper()
	fsys := fstest.MapFS{
		"data/site.toml":     {Data: []byte("title = \"T\"\nbase_url = \"https://t.example/\"\n")},
		"data/entities.toml": {Data: []byte(testEntities)},
		"data/scales.toml":   {Data: []byte(testScales)},
	}
	for y, results := range ys {
		scale := "opini"
		if y <= 2021 {
			scale = "zona"
		}
		var b strings.Builder
		fmt.Fprintf(&b, "year = %d\nscale = %q\n", y, scale)
		for _, r := range results {
			fmt.Fprintf(&b, "\n[[result]]\n%s\n", r)
		}
		fsys[fmt.Sprintf("data/years/%d.toml", y)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	ds, diags := data.Load(fsys)
	if diags.HasErrors() {
		t.Fatalf("test data do not load:\n%v", diags)
	}
	s, warnings := score.Compute(ds)
	return s, append(diags, warnings...)
}

func res(code string, score string) string {
	return fmt.Sprintf("entity = %q\nscore = %s", code, score)
}

// find returns the result of a body in a year.
func find(t *testing.T, s *score.Scores, year int, code string) *score.Result {
	t.Helper()
	for _, y := range s.Years {
		if y.Year != year {
			continue
		}
		for _, r := range y.Results {
			if r.Entity.Code == code {
				return r
			}
		}
	}
	t.Fatalf("no result for %s in %d", code, year)
	return nil
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
