package data

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// Score is a score in hundredths: 9200 is 92.00. Scores are rounded to 2
// decimals before they become a Score, so ranks and changes are exact.
type Score int64

// String formats the score with 2 decimals and a dot: "92.00", "-7.78".
func (s Score) String() string {
	sign := ""
	if s < 0 {
		sign, s = "-", -s
	}
	return fmt.Sprintf("%s%d.%02d", sign, s/100, s%100)
}

// Float returns the score as a float64, for charts and JSON.
func (s Score) Float() float64 { return float64(s) / 100 }

var hundred = big.NewInt(100)

// Round rounds an exact value to 2 decimals, half away from zero.
func Round(r *big.Rat) Score {
	n := new(big.Int).Mul(r.Num(), hundred)
	d := r.Denom()
	neg := n.Sign() < 0
	n.Abs(n)
	// q = floor((2n + d) / 2d) rounds half up on the magnitude.
	n.Lsh(n, 1).Add(n, d)
	q := n.Quo(n, new(big.Int).Lsh(d, 1))
	if neg {
		q.Neg(q)
	}
	return Score(q.Int64())
}

// Mean returns the exact mean of values; nil for none.
func Mean(values []*big.Rat) *big.Rat {
	if len(values) == 0 {
		return nil
	}
	sum := new(big.Rat)
	for _, v := range values {
		sum.Add(sum, v)
	}
	return sum.Quo(sum, new(big.Rat).SetInt64(int64(len(values))))
}

// CeilScore returns the smallest Score not below r: the lowest 2-decimal
// score that reaches a grade's min.
func CeilScore(r *big.Rat) Score {
	n := new(big.Int).Mul(r.Num(), hundred)
	q, m := new(big.Int).DivMod(n, r.Denom(), new(big.Int))
	if m.Sign() != 0 {
		q.Add(q, big.NewInt(1)) // DivMod floors, so this is the ceiling
	}
	return Score(q.Int64())
}

// parseDecimal reads a TOML number exactly as written ("90.005", "1_000",
// "9.5e1", "+7"). It returns false for anything else: hexadecimal, octal
// and binary integers, inf and nan, and text that is not a number.
func parseDecimal(raw string) (*big.Rat, bool) {
	s := strings.ReplaceAll(raw, "_", "")
	if s == "" || strings.ContainsAny(s, "xXoObB") || strings.Contains(strings.ToLower(s), "n") {
		return nil, false
	}
	r, ok := new(big.Rat).SetString(s)
	return r, ok
}

// exactValue returns the exact value of a decoded TOML number: from its
// source text where that is a decimal, else from the decoded value.
func exactValue(raw string, v any) (*big.Rat, bool) {
	switch n := v.(type) {
	case int64:
		return new(big.Rat).SetInt64(n), true
	case float64:
		if r, ok := parseDecimal(raw); ok {
			return r, true
		}
		if math.IsInf(n, 0) || math.IsNaN(n) {
			return nil, false
		}
		// No source text: the shortest decimal that reads back as n.
		r, ok := new(big.Rat).SetString(strconv.FormatFloat(n, 'f', -1, 64))
		return r, ok
	}
	return nil, false
}

// formatExact writes an exact value for messages: with at least 2
// decimals, and up to 6 where the value has them ("3.00", "95.3675").
func formatExact(r *big.Rat) string {
	s := strings.TrimRight(r.FloatString(6), "0")
	if i := strings.IndexByte(s, '.'); len(s)-i-1 < 2 {
		s += strings.Repeat("0", 2-(len(s)-i-1))
	}
	return s
}

// Date is a calendar date without a time zone.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// String formats the date as in TOML: 2024-02-29.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day) }

// Time returns the date at midnight UTC.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }
