package importer

import (
	"errors"
	"testing"
)

func TestParseScore(t *testing.T) {
	for _, tc := range []struct {
		cell, want string
		err        error
	}{
		{"84,32", "84.32", nil},
		{"84.32", "84.32", nil},
		{"84,320", "84.320", nil},
		{"84", "84", nil},
		{"100", "100", nil},
		{"100,00", "100.00", nil},
		{"0", "0", nil},
		{"0,5", "0.5", nil},
		{"007,50", "7.50", nil},
		{"+84.1", "84.1", nil},
		{"-0", "0", nil},
		{"", "", nil},
		{"-", "", nil},
		{"–", "", nil},
		{"100.01", "", errRange},
		{"120,5", "", errRange},
		{"-3", "", errRange},
		{"8o,5", "", errNotNumber},
		{"84,32%", "", errNotNumber},
		{"1.234,5", "", errNotNumber},
		{"84.", "", errNotNumber},
		{",5", "", errNotNumber},
		{"n/a", "", errNotNumber},
		{"84 32", "", errNotNumber},
	} {
		got, err := parseScore(tc.cell)
		if got != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("parseScore(%q) = %q, %v; want %q, %v", tc.cell, got, err, tc.want, tc.err)
		}
	}
}

func TestExcelNumber(t *testing.T) {
	for _, tc := range []struct{ raw, want string }{
		{"84.32", "84.32"},
		{"84.319999999999993", "84.32"},  // how Excel 2007 stores 84.32
		{"84.320000000000007", "84.32"},  // and its neighbour
		{"95.944999999999993", "95.945"}, // not rounded to 2 decimals
		{"84.326666666666668", "84.3266666666667"},
		{"85", "85"},
		{"100", "100"},
		{"0", "0"},
		{"1E-3", "0.001"},
		{"0.1", "0.1"},
		{"1.5E+2", "150"},
		{"-0", "0"},
		{"abc", "abc"},
		{"", ""},
	} {
		if got := excelNumber(tc.raw); got != tc.want {
			t.Errorf("excelNumber(%q) = %q, want %q", tc.raw, got, tc.want)
		}
	}
}
