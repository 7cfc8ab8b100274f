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

// The garbage collector's soft limit is 3 GiB, or half of a smaller
// machine's or container's memory.
func TestSoftMemoryLimit(t *testing.T) {
	const gib = int64(1 << 30)
	tests := []struct {
		name, meminfo, cgroup string
		want                  int64
	}{
		{"nothing readable", "", "", 3 * gib},
		{"large machine", "MemTotal:       24683620 kB\nMemFree: 1 kB\n", "", 3 * gib},
		{"2 GiB machine", "MemFree: 1 kB\nMemTotal: 2097152 kB\n", "", gib},
		{"no container limit", "MemTotal: 24683620 kB\n", "max\n", 3 * gib},
		{"1 GiB container", "MemTotal: 24683620 kB\n", "1073741824\n", gib / 2},
		{"garbage", "MemTotal: lots\n", "-5\n", 3 * gib},
	}
	for _, tt := range tests {
		if got := softMemoryLimit(tt.meminfo, tt.cgroup); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
}
