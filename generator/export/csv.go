package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

// CSVHeader is the first row of data/<year>.csv: the fourteen columns of
// format v1, then the nine that v1.1 adds.
var CSVHeader = []string{
	"year", "code", "name", "kind", "province", "score", "grade",
	"rank_national", "of_national", "rank_province", "of_province",
	"score_change", "rank_national_change", "illustrative",
	"reported_national_rank", "reported_national_of", "reported_province_rank", "reported_province_of",
	"assessed_national", "national_complete", "province_complete", "flags", "sources",
}

// CSVName is the output path of a year's CSV.
func CSVName(year int) string { return "data/" + strconv.Itoa(year) + ".csv" }

// WriteCSV writes one year's results: the ranked ones in order of
// national rank, then code; then those without a rank, by code.
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

// csvRow is a result's row. Cells that do not apply are empty: a result
// without a score has no score, ranks or changes.
func csvRow(r *score.Result) []string {
	e := r.Entity
	row := make([]string, 0, len(CSVHeader))
	row = append(row, strconv.Itoa(r.Year), e.Code, e.Name, e.Kind.ID, provinceCode(e))
	row = append(row, scoreCell(r), gradeID(r))
	row = append(row, rankCells(&r.National)...)
	row = append(row, rankCells(r.Province)...)
	if r.ScorePrev != nil {
		row = append(row, r.ScoreChange.String(), strconv.Itoa(r.NationalRankChange))
	} else {
		row = append(row, "", "")
	}
	row = append(row, strconv.FormatBool(r.Illustrative))
	rep := r.Reported
	row = append(row, positive(rep.NationalRank), positive(rep.NationalOf), positive(rep.ProvinceRank), positive(rep.ProvinceOf))
	row = append(row, positive(r.National.Scope.Assessed), complete(&r.National), complete(r.Province))
	return append(row, flagIDs(r.Flags), sourceURLs(r.Sources))
}

func scoreCell(r *score.Result) string {
	if !r.HasScore {
		return ""
	}
	return r.Score.String()
}

// gradeID is the result's grade's id; "" for none.
func gradeID(r *score.Result) string {
	if r.Grade == nil {
		return ""
	}
	return r.Grade.ID
}

// rankCells are a rank and its count; empty where the body is not
// ranked in the scope (no score, or no such scope).
func rankCells(rk *score.Rank) []string {
	if rk == nil || !rk.Ranked() {
		return []string{"", ""}
	}
	return []string{strconv.Itoa(rk.Rank), strconv.Itoa(rk.Of)}
}

// complete says whether a computed rank covers its whole scope; empty
// where there is no computed rank.
func complete(rk *score.Rank) string {
	if rk == nil || !rk.Ranked() {
		return ""
	}
	return strconv.FormatBool(rk.Complete())
}

// positive writes a positive number; 0 (not given) is empty.
func positive(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// flagIDs joins flag ids, already in the scale's order, with ";".
func flagIDs(fs []*data.Flag) string {
	ids := make([]string, len(fs))
	for i, f := range fs {
		ids[i] = f.ID
	}
	return strings.Join(ids, ";")
}

// sourceURLs joins the addresses of sources, in the order cited, with
// one space; a source without an address is left out.
func sourceURLs(ss []*data.Source) string {
	return strings.Join(urls(ss), " ")
}

func urls(ss []*data.Source) []string {
	var out []string
	for _, s := range ss {
		if s.URL != "" {
			out = append(out, s.URL)
		}
	}
	return out
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
