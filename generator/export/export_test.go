package export_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/export"
	"github.com/rapor-publik/rapor/generator/score"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sample loads and scores the repository's own sample site.
func sample(t *testing.T) (*data.Dataset, *score.Scores) {
	t.Helper()
	ds, diags := data.Load(os.DirFS("../.."))
	if len(diags) > 0 {
		t.Fatalf("the sample site has problems:\n%v", diags)
	}
	s, warnings := score.Compute(ds)
	if len(warnings) > 0 {
		t.Fatalf("the sample site has warnings:\n%v", warnings)
	}
	return ds, s
}

// golden compares got with testdata/sample/name, or rewrites it.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "sample", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", name, diff)
	}
}

func TestSampleExportGolden(t *testing.T) {
	ds, s := sample(t)
	for _, y := range s.Years {
		var b bytes.Buffer
		if err := export.WriteCSV(&b, y); err != nil {
			t.Fatal(err)
		}
		golden(t, filepath.Base(export.CSVName(y.Year)), b.Bytes())
	}
	var b bytes.Buffer
	if err := export.WriteJSON(&b, ds, s); err != nil {
		t.Fatal(err)
	}
	golden(t, "rapor.json", b.Bytes())
}

// row returns a CSV row of the sample as a map from column to value.
func row(t *testing.T, y *score.Year, code string) map[string]string {
	t.Helper()
	var b bytes.Buffer
	if err := export.WriteCSV(&b, y); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if r[1] == code {
			m := map[string]string{}
			for i, col := range rows[0] {
				m[col] = r[i]
			}
			return m
		}
	}
	t.Fatalf("no row for %s in %d", code, y.Year)
	return nil
}

// TestPublishedRanks checks the computed figures against the published
// ones of facts.md where the data hold the whole province.
func TestPublishedRanks(t *testing.T) {
	_, s := sample(t)
	byYear := map[int]*score.Year{}
	for _, y := range s.Years {
		byYear[y.Year] = y
	}
	tests := []struct {
		year int
		code string
		want map[string]string
	}{
		{2023, "17.07", map[string]string{"name": "Lebong", "score": "92.00", "grade": "A", "rank_province": "3", "of_province": "10", "score_change": "7.78", "province": "17", "illustrative": "false"}},
		{2023, "17.04", map[string]string{"rank_province": "1", "of_province": "10"}},
		{2023, "17", map[string]string{"grade": "B", "rank_province": "", "of_province": "", "province": ""}},
		{2024, "17.07", map[string]string{"score": "93.76", "rank_province": "3", "score_change": "1.76"}},
		{2024, "36.01", map[string]string{"score": "95.25", "grade": "A", "score_change": "11.34"}},
		{2022, "36.01", map[string]string{"rank_province": "4", "of_province": "8", "grade": "B"}},
		{2022, "36", map[string]string{"grade": "C"}},
	}
	for _, tt := range tests {
		got := row(t, byYear[tt.year], tt.code)
		for col, want := range tt.want {
			if got[col] != want {
				t.Errorf("%d %s: %s = %q, want %q", tt.year, tt.code, col, got[col], want)
			}
		}
	}
}

func TestCSVShape(t *testing.T) {
	_, s := sample(t)
	for _, y := range s.Years {
		var b bytes.Buffer
		if err := export.WriteCSV(&b, y); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		const v1 = "year,code,name,kind,province,score,grade,rank_national,of_national,rank_province,of_province,score_change,rank_national_change,illustrative"
		const v11 = ",reported_national_rank,reported_national_of,reported_province_rank,reported_province_of,assessed_national,national_complete,province_complete,flags,sources"
		if got := strings.Join(rows[0], ","); got != v1+v11 {
			t.Fatalf("header = %s", got)
		}
		// Ranked rows by rank then code, then the unranked ones by code.
		prevRank, prevCode, unranked := 0, "", false
		for _, r := range rows[1:] {
			rank, err := strconv.Atoi(r[7])
			switch {
			case err != nil && r[7] == "":
				if unranked && r[1] <= prevCode {
					t.Errorf("%d: unranked row %s out of order after %s", y.Year, r[1], prevCode)
				}
				unranked = true
			case unranked:
				t.Errorf("%d: ranked row %s after an unranked one", y.Year, r[1])
			case rank < prevRank || (rank == prevRank && r[1] <= prevCode):
				t.Errorf("%d: row %s (rank %d) out of order after %s (rank %d)", y.Year, r[1], rank, prevCode, prevRank)
			}
			prevRank, prevCode = rank, r[1]
		}
		if len(rows)-1 != len(y.Results) {
			t.Errorf("%d: %d rows for %d results", y.Year, len(rows)-1, len(y.Results))
		}
	}
}

func TestJSONIsValid(t *testing.T) {
	ds, s := sample(t)
	var b bytes.Buffer
	if err := export.WriteJSON(&b, ds, s); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Format string
		Years  []struct {
			Year    int
			Results []struct {
				Code         string
				Score        json.Number
				RankProvince *int `json:"rank_province"`
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("rapor.json does not parse: %v", err)
	}
	if doc.Format != export.Format || len(doc.Years) != len(s.Years) {
		t.Errorf("format %q with %d years", doc.Format, len(doc.Years))
	}
	for _, y := range doc.Years {
		for _, r := range y.Results {
			if y.Year == 2023 && r.Code == "17.07" && (r.Score.String() != "92.00" || r.RankProvince == nil || *r.RankProvince != 3) {
				t.Errorf("Lebong 2023 in JSON: score %s, province rank %v", r.Score, r.RankProvince)
			}
		}
	}
}
