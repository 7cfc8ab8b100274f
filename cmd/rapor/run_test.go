package main

import (
	"path/filepath"
	"testing"
)

func TestInside(t *testing.T) {
	sep := string(filepath.Separator)
	tests := []struct {
		dir, out string
		want     bool
	}{
		{".", ".", true},
		{".", "./", true},
		{"site", "site", true},
		{"site", "site" + sep, true},
		{"site" + sep + "data" + sep + "..", "site", true},
		{"site", ".", true},                         // the output holds the site
		{"public" + sep + "..site", "public", true}, // a folder named "..site" is inside
		{"public" + sep + "site", "public", true},
		{".", "public", false}, // an output inside the site is fine
		{"site", "public", false},
		{"site", "site-public", false},
		{"..site", "public", false},
		{"site", "..site", false},
		{"a" + sep + "site", "a" + sep + "b", false},
	}
	for _, tt := range tests {
		if got := inside(tt.dir, tt.out); got != tt.want {
			t.Errorf("inside(%q, %q) = %v, want %v", tt.dir, tt.out, got, tt.want)
		}
	}
}
