package narrative_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

// The test registry. Province 17 (Bengkulu) has six regional bodies:
// kabupaten Lebong, Kaur, Seluma, Mukomuko and Kepahiang and kota
// Bengkulu, a name it shares with its province. Province 36 (Banten) has
// kabupaten Pandeglang, Lebak and Tangerang and kota Tangerang. Kementerian
// Kesehatan is ranked nationally only.
const testEntities = `
[[kind]]
id = "provinsi"
label = "Provinsi"
label_en = "Province"
[[kind]]
id = "kabupaten"
label = "Kabupaten"
label_en = "Regency"
regional = true
[[kind]]
id = "kota"
label = "Kota"
label_en = "City"
regional = true
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

// The sample site's two scales.
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
`

// years maps a year to its results, each the body of a [[result]] table
// (see res); a string starting with "year:" is a line for the year's
// header instead, such as "year:illustrative = true". Years up to 2021
// use the zona-2015 scale, later ones opini-2022.
type years map[int][]string

// compute loads the test registry with the given results and scores it;
// the load must have no errors.
func compute(t *testing.T, ys years) *score.Scores {
	t.Helper()
	fsys := fstest.MapFS{
		"data/site.toml":     {Data: []byte("title = \"T\"\nbase_url = \"https://t.example/\"\n")},
		"data/entities.toml": {Data: []byte(testEntities)},
		"data/scales.toml":   {Data: []byte(testScales)},
	}
	for y, results := range ys {
		scale := "opini-2022"
		if y <= 2021 {
			scale = "zona-2015"
		}
		var head, body strings.Builder
		fmt.Fprintf(&head, "year = %d\nscale = %q\n", y, scale)
		for _, r := range results {
			if line, ok := strings.CutPrefix(r, "year:"); ok {
				fmt.Fprintln(&head, line)
				continue
			}
			fmt.Fprintf(&body, "\n[[result]]\n%s\n", r)
		}
		fsys[fmt.Sprintf("data/years/%d.toml", y)] = &fstest.MapFile{Data: []byte(head.String() + body.String())}
	}
	ds, diags := data.Load(fsys)
	if diags.HasErrors() {
		t.Fatalf("test data do not load:\n%v", diags)
	}
	s, _ := score.Compute(ds)
	return s
}

// res is a result: res("17.01", "92", `reported = { province_rank = 3 }`);
// an empty score is left out (the units' mean is then the score).
func res(code, score string, more ...string) string {
	head := fmt.Sprintf("entity = %q", code)
	if score != "" {
		head += "\nscore = " + score
	}
	return strings.Join(append([]string{head}, more...), "\n")
}

// unit is a [[result.unit]] table to pass to res; typ may be empty.
func unit(name, typ, score string) string {
	if typ != "" {
		typ = fmt.Sprintf("\ntype = %q", typ)
	}
	return fmt.Sprintf("[[result.unit]]\nname = %q%s\nscore = %s", name, typ, score)
}

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

// find returns the result of a body in a year.
func find(t *testing.T, s *score.Scores, year int, code string) *score.Result {
	t.Helper()
	for _, y := range s.Years {
		if y.Year != year {
			continue
		}
		if i := slices.IndexFunc(y.Results, func(r *score.Result) bool { return r.Entity.Code == code }); i >= 0 {
			return y.Results[i]
		}
	}
	t.Fatalf("no result for %s in %d", code, year)
	return nil
}
