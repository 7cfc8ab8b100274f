package importer

import (
	"errors"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
)

// A score cell holds digits with at most one decimal comma or point.
var decimalPattern = regexp.MustCompile(`^[+-]?[0-9]+([.,][0-9]+)?$`)

var (
	errNotNumber = errors.New("not a number")
	errRange     = errors.New("outside 0–100")
	hundred      = big.NewRat(100, 1)
)

// missing reports whether a cell says that there is no value: empty, or
// a dash.
func missing(cell string) bool {
	switch cell {
	case "", "-", "–", "—", "−":
		return true
	}
	return false
}

// parseScore reads a score cell. It returns "" for a missing value, and
// otherwise the decimal exactly as written, with a point and without
// leading zeros or sign: "84,320" → "84.320", "07" → "7".
func parseScore(cell string) (string, error) {
	if missing(cell) {
		return "", nil
	}
	if !decimalPattern.MatchString(cell) {
		return "", errNotNumber
	}
	s := strings.Replace(cell, ",", ".", 1)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimLeft(s, "+-")
	s = strings.TrimLeft(s, "0")
	if s == "" || s[0] == '.' {
		s = "0" + s
	}
	r, _ := new(big.Rat).SetString(s)
	if (neg && r.Sign() != 0) || r.Cmp(hundred) > 0 {
		return "", errRange
	}
	return s, nil
}

// isNumber reports whether a cell holds a number, in any range.
func isNumber(cell string) bool { return decimalPattern.MatchString(cell) }

// excelNumber writes the raw value of a numeric XLSX cell as Excel shows
// it in the formula bar: to 15 significant digits, in plain notation,
// without trailing zeros. The file stores binary doubles, so 84.32 may be
// stored as 84.319999999999993; this gives 84.32 back. Text that is not a
// number is returned as it is.
func excelNumber(raw string) string {
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return raw
	}
	e := strconv.FormatFloat(f, 'e', 14, 64) // d.dddddddddddddde±XX
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	r, _ := new(big.Rat).SetString(e)
	s := r.FloatString(max(0, 14-exp))
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}
