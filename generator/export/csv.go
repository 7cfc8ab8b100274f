package export

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

// CSVHeader is the first row of data/<year>.csv.
var CSVHeader = []string{
	"year", "code", "name", "kind", "province", "score", "grade",
	"rank_national", "of_national", "rank_province", "of_province",
	"score_change", "rank_national_change", "illustrative",
}

// CSVName is the output path of a year's CSV.
func CSVName(year int) string { return "data/" + strconv.Itoa(year) + ".csv" }

// WriteCSV writes one year's results, in order of national rank, then code.
func WriteCSV(w io.Writer, y *score.Year) error { return writeCSV(w, y.Results) }

// writeCSV writes the header and one row per result.
func writeCSV(w io.Writer, results []*score.Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, r := range results {
		if err := cw.Write(csvRow(r)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvRow(r *score.Result) []string {
	e := r.Entity
	row := []string{
		strconv.Itoa(r.Year), e.Code, e.Name, e.Kind.ID, provinceCode(e),
		r.Score.String(), r.Grade.ID,
		strconv.Itoa(r.National.Rank), strconv.Itoa(r.National.Of), "", "",
		"", "", strconv.FormatBool(r.Illustrative),
	}
	if r.Province != nil {
		row[9], row[10] = strconv.Itoa(r.Province.Rank), strconv.Itoa(r.Province.Of)
	}
	if r.Prev != nil {
		row[11], row[12] = r.ScoreChange.String(), strconv.Itoa(r.NationalRankChange)
	}
	return row
}

// provinceCode is the code in the entity's province key: empty for
// provinsi bodies and other bodies without one.
func provinceCode(e *data.Entity) string {
	if e.Province == nil {
		return ""
	}
	return e.Province.Code
}

// HistoryName is the output path of a body's history CSV, beside its
// page: "kabupaten/lebong/lebong.csv".
func HistoryName(e *data.Entity) string {
	return e.Kind.ID + "/" + e.Slug + "/" + e.Slug + ".csv"
}

// WriteHistoryCSV writes one body's results, oldest year first, in the
// columns of data/<year>.csv.
func WriteHistoryCSV(w io.Writer, h *score.History) error { return writeCSV(w, h.Results) }
