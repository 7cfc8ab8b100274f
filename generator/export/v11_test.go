package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/export"
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/score"
)

// TestV1ColumnsUnchanged: a v1 site (the sample as it was) exports, in
// its first fourteen columns, byte for byte what the v1 export wrote.
func TestV1ColumnsUnchanged(t *testing.T) {
	ds, diags := data.Load(sitetest.TxtarFS(t, "testdata/v1/site.txtar", ""))
	if len(diags) > 0 {
		t.Fatalf("the v1 site has problems:\n%v", diags)
	}
	s, _ := score.Compute(ds)
	for _, y := range s.Years {
		var b bytes.Buffer
		if err := export.WriteCSV(&b, y); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var v1 bytes.Buffer
		w := csv.NewWriter(&v1)
		for _, r := range rows {
			if len(r) != 23 {
				t.Fatalf("%d: a row of %d columns, want 23", y.Year, len(r))
			}
			if err := w.Write(r[:14]); err != nil {
				t.Fatal(err)
			}
		}
		w.Flush()
		want, err := os.ReadFile(filepath.Join("testdata", "v1", fmt.Sprintf("%d.csv", y.Year)))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), v1.String()); diff != "" {
			t.Errorf("%d: the v1 columns changed (-v1 +now):\n%s", y.Year, diff)
		}
	}
}

const exportEntities = sitetest.Kinds + `
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
code = "17.71"
name = "Kota"
kind = "kota"
province = "17"
[[entity]]
code = "18.01"
name = "Empat"
kind = "kabupaten"
province = "18"
`

const exportScales = `
[[scale]]
id = "opini"
name = "Opini"
[[scale.grade]]
id = "A"
label = "Kualitas Tertinggi"
zone = "hijau"
min = 88
[[scale.grade]]
id = "B"
label = "Kualitas Tinggi"
zone = "hijau"
min = 0
[[scale.flag]]
id = "pertama"
label = "Pertama"
[[scale.flag]]
id = "kedua"
label = "Kedua"

[[scale]]
id = "opini-2025"
name = "Opini Ombudsman"
grades_from = "result"
[[scale.grade]]
id = "tinggi"
label = "Kualitas Tinggi"
[[scale.grade]]
id = "sedang"
label = "Kualitas Sedang"
`

var exportSite = sitetest.Site{Entities: exportEntities, Scales: exportScales, Scale: func(y int) string {
	if y >= 2025 {
		return "opini-2025"
	}
	return "opini"
}}

// csvRows exports a year of a test site and returns its rows by code,
// each a map from column to cell, and the codes in row order.
func csvRows(t *testing.T, s *score.Scores, year int) (map[string]map[string]string, []string) {
	t.Helper()
	for _, y := range s.Years {
		if y.Year != year {
			continue
		}
		var b bytes.Buffer
		if err := export.WriteCSV(&b, y); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		out, order := map[string]map[string]string{}, []string{}
		for _, r := range rows[1:] {
			m := map[string]string{}
			for i, col := range rows[0] {
				m[col] = r[i]
			}
			out[r[1]] = m
			order = append(order, r[1])
		}
		return out, order
	}
	t.Fatalf("no year %d", year)
	return nil, nil
}

// TestExportRulesV11 checks the v1.1 export rules, case by case: the
// cells of some rows of one year.
func TestExportRulesV11(t *testing.T) {
	res := sitetest.Res
	sources := "year:[[source]]\nid = \"a\"\ntitle = \"A\"\nurl = \"https://a.example/1\"\n" +
		"[[source]]\nid = \"b\"\ntitle = \"B, no address\"\n" +
		"[[source]]\nid = \"c\"\ntitle = \"C\"\nurl = \"https://c.example/2\""
	tests := []struct {
		name  string
		ys    sitetest.Years
		year  int
		order []string                     // row order, when checked
		want  map[string]map[string]string // code → column → cell
	}{
		{
			name: "a result without a score has no score, ranks, counts or changes, and comes after the ranked rows",
			ys: sitetest.Years{
				2023: {res("17.02", "", `reported = { province_rank = 2, national_rank = 5, national_of = 400 }`), res("17.01", "90"), res("17.71", "70")},
			},
			year:  2023,
			order: []string{"17.01", "17.71", "17.02"},
			want: map[string]map[string]string{
				"17.02": {"score": "", "grade": "", "rank_national": "", "of_national": "", "rank_province": "", "of_province": "",
					"score_change": "", "rank_national_change": "", "reported_national_rank": "5", "reported_national_of": "400",
					"reported_province_rank": "2", "reported_province_of": "", "national_complete": "", "province_complete": ""},
				"17.01": {"rank_national": "1", "of_national": "1", "rank_province": "1", "of_province": "2", "reported_national_rank": ""},
			},
		},
		{
			name: "a result without a score gives its grade",
			ys:   sitetest.Years{2023: {res("17.01", "", `grade = "B"`)}},
			year: 2023,
			want: map[string]map[string]string{"17.01": {"score": "", "grade": "B", "rank_national": ""}},
		},
		{
			name: "completeness without assessed: every registered body of the scope has a score",
			ys:   sitetest.Years{2023: {res("17.01", "90"), res("17.02", "80"), res("17.71", "70"), res("18.01", "", `grade = "A"`), res("17", "60"), res("18", "50")}},
			year: 2023,
			want: map[string]map[string]string{
				"17.01": {"national_complete": "false", "province_complete": "true", "assessed_national": ""},
				"17.71": {"national_complete": "true", "province_complete": "true"},
				"17":    {"national_complete": "true", "province_complete": ""},
				"18.01": {"national_complete": "", "province_complete": ""},
			},
		},
		{
			name: "completeness with assessed: the scored results number the bodies assessed",
			ys: sitetest.Years{2023: {"year:assessed = { kabupaten = 2, provinsi = 38 }",
				res("17.01", "90"), res("17.02", "80"), res("17.71", "70"), res("17", "60")}},
			year: 2023,
			want: map[string]map[string]string{
				"17.01": {"national_complete": "true", "assessed_national": "2", "of_national": "2"}, // 18.01 was not assessed
				"17.71": {"national_complete": "true", "assessed_national": ""},                      // kota: no count, and its one registered body has a score
				"17":    {"national_complete": "false", "assessed_national": "38"},
			},
		},
		{
			name: "completeness with assessed: a body assessed without a score",
			ys: sitetest.Years{2023: {"year:assessed = { kabupaten = 3 }",
				res("17.01", "90"), res("17.02", "80"), res("18.01", "", `grade = "A"`)}},
			year: 2023,
			want: map[string]map[string]string{
				"17.01": {"national_complete": "false", "assessed_national": "3", "of_national": "2"},
				"18.01": {"national_complete": "", "assessed_national": "3"},
			},
		},
		{
			name: "changes compare with the most recent earlier score, across a year without one",
			ys: sitetest.Years{
				2022: {res("17.01", "80"), res("17.02", "85")},
				2023: {res("17.01", "", `reported = { province_rank = 8 }`), res("17.02", "86")},
				2024: {res("17.01", "90"), res("17.02", "84")},
			},
			year: 2024,
			want: map[string]map[string]string{
				"17.01": {"score_change": "10.00", "rank_national_change": "1"},
				"17.02": {"score_change": "-2.00", "rank_national_change": "-1"},
			},
		},
		{
			name: "no change for a result without a score, nor after only results without one",
			ys: sitetest.Years{
				2022: {res("17.01", "", `grade = "A"`), res("17.02", "85")},
				2023: {res("17.01", "90"), res("17.02", "", `grade = "B"`)},
			},
			year: 2023,
			want: map[string]map[string]string{
				"17.01": {"score_change": "", "rank_national_change": ""},
				"17.02": {"score_change": "", "rank_national_change": ""},
			},
		},
		{
			name: "flags in the scale's order; sources' addresses in citing order, those without one left out",
			ys: sitetest.Years{2023: {sources,
				res("17.01", "90", `flags = ["kedua", "pertama"]`, `sources = ["c", "b", "a"]`),
				res("17.02", "80", `sources = ["b"]`)}},
			year: 2023,
			want: map[string]map[string]string{
				"17.01": {"flags": "pertama;kedua", "sources": "https://c.example/2 https://a.example/1"},
				"17.02": {"flags": "", "sources": ""},
			},
		},
		{
			name: "on a scale of given grades the grade is the result's, and scores are still ranked",
			ys: sitetest.Years{
				2024: {res("17.01", "70")},
				2025: {res("17.01", "95", `grade = "sedang"`), res("17.02", "", `grade = "tinggi"`), res("18.01", "60", `grade = "tinggi"`)},
			},
			year:  2025,
			order: []string{"17.01", "18.01", "17.02"},
			want: map[string]map[string]string{
				"17.01": {"grade": "sedang", "rank_national": "1", "of_national": "2", "score_change": "25.00"},
				"18.01": {"grade": "tinggi", "rank_national": "2", "rank_province": "1", "of_province": "1", "province_complete": "true"},
				"17.02": {"grade": "tinggi", "score": "", "rank_national": ""},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := exportSite.Compute(t, tt.ys)
			rows, order := csvRows(t, s, tt.year)
			if tt.order != nil {
				if diff := cmp.Diff(tt.order, order); diff != "" {
					t.Errorf("row order (-want +got):\n%s", diff)
				}
			}
			for code, cells := range tt.want {
				got, ok := rows[code]
				if !ok {
					t.Errorf("no row for %s", code)
					continue
				}
				for col, want := range cells {
					if got[col] != want {
						t.Errorf("%s %s = %q, want %q", code, col, got[col], want)
					}
				}
			}
		})
	}
}

// TestJSONCarriesTheCSVColumns: every result of rapor.json has every
// column of the CSV under its name, with the same value (null for an
// empty cell; flags and sources as arrays).
func TestJSONCarriesTheCSVColumns(t *testing.T) {
	ys := sitetest.Years{
		2024: {sitetest.Res("17.01", "70"), sitetest.Res("17.02", "80", `reported = { province_rank = 1, province_of = 3 }`)},
		2025: {"year:assessed = { kabupaten = 3 }\n[[source]]\nid = \"a\"\ntitle = \"A\"\nurl = \"https://a.example/\"\n" +
			"[[source]]\nid = \"b\"\ntitle = \"B\"\nurl = \"https://b.example/\"",
			sitetest.Res("17.01", "95", `grade = "sedang"`, `sources = ["b", "a"]`),
			sitetest.Res("17.02", "", `grade = "tinggi"`, `reported = { national_rank = 4 }`)},
	}
	ds, diags := data.Load(exportSite.FS(ys))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	s, _ := score.Compute(ds)
	var b bytes.Buffer
	if err := export.WriteJSON(&b, ds, s); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Years []struct {
			Year    int
			Results []map[string]any
		}
	}
	dec := json.NewDecoder(&b)
	dec.UseNumber() // scores keep their written decimals
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for i, y := range s.Years {
		rows, _ := csvRows(t, s, y.Year)
		for _, r := range doc.Years[i].Results {
			code := r["code"].(string)
			for col, cell := range rows[code] {
				if col == "year" {
					continue
				}
				v, ok := r[col]
				if !ok {
					t.Errorf("%d %s: JSON has no %s", y.Year, code, col)
					continue
				}
				sep := " "
				if col == "flags" {
					sep = ";"
				}
				if got := jsonCell(v, sep); got != cell {
					t.Errorf("%d %s: JSON %s = %q, CSV %q", y.Year, code, col, got, cell)
				}
				checked++
			}
		}
	}
	if checked != 4*22 {
		t.Errorf("checked %d cells, want 88", checked)
	}
}

// jsonCell writes a JSON value as the CSV writes the same fact; arrays
// are joined by sep.
func jsonCell(v any, sep string) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	case []any:
		var out string
		for i, x := range v {
			if i > 0 {
				out += sep
			}
			out += jsonCell(x, sep)
		}
		return out
	}
	return fmt.Sprint(v)
}
