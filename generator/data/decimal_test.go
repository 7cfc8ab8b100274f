package data

import (
	"math"
	"math/big"
	"testing"
)

func rat(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return r
}

func TestRound(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"90.005", "90.01"},
		{"87.995", "88.00"},
		{"90.004999", "90.00"},
		{"95.365", "95.37"},
		{"92", "92.00"},
		{"0", "0.00"},
		{"100", "100.00"},
		{"99.995", "100.00"},
		{"-7.785", "-7.79"}, // away from zero on negatives too
		{"1/3", "0.33"},
		{"2/3", "0.67"},
	}
	for _, tt := range tests {
		if got := Round(rat(tt.in)).String(); got != tt.want {
			t.Errorf("Round(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestCeilScore(t *testing.T) {
	tests := []struct {
		in   string
		want Score
	}{
		{"88", 8800}, {"88.0", 8800}, {"87.991", 8800}, {"80.995", 8100}, {"0", 0},
	}
	for _, tt := range tests {
		if got := CeilScore(rat(tt.in)); got != tt.want {
			t.Errorf("CeilScore(%s) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestExactValue(t *testing.T) {
	tests := []struct {
		raw  string
		v    any
		want string // "" for not a number
	}{
		{"90.005", 90.005, "90.005"},
		{"90.00499999999999999999", 90.005, "90.00499999999999999999"},
		{"1_000.5", 1000.5, "1000.5"},
		{"9.5e1", 95.0, "95"},
		{"+7.25", 7.25, "7.25"},
		{"92", int64(92), "92"},
		{"0x5A", int64(90), "90"},
		{"", 87.995, "87.995"}, // no source text: the shortest decimal of the float
		{"nan", math.NaN(), ""},
		{"inf", math.Inf(1), ""},
	}
	for _, tt := range tests {
		got, ok := exactValue(tt.raw, tt.v)
		switch {
		case tt.want == "" && ok:
			t.Errorf("exactValue(%q) = %v, want no number", tt.raw, got)
		case tt.want != "" && (!ok || got.Cmp(rat(tt.want)) != 0):
			t.Errorf("exactValue(%q) = %v, %v; want %s", tt.raw, got, ok, tt.want)
		}
	}
}

func TestDefaultSlug(t *testing.T) {
	tests := map[string]string{
		"Fakfak'":                     "fakfak",
		"Kep. Siau Tagulandang Biaro": "kep-siau-tagulandang-biaro",
		"  Lebong  ":                  "lebong",
		"Tangerang Selatan":           "tangerang-selatan",
		"Bau-Bau":                     "bau-bau",
		"Kabupatén Ñ 12":              "kabupat-n-12",
		"!!!":                         "",
	}
	for in, want := range tests {
		if got := DefaultSlug(in); got != want {
			t.Errorf("DefaultSlug(%q) = %q, want %q", in, got, want)
		}
	}
}
