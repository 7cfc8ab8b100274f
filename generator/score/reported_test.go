package score_test

import (
	"strings"
	"testing"
)

func TestReportedRankWarnings(t *testing.T) {
	tests := []struct {
		name    string
		results []string
		want    []string // "line:col: words" of each warning
	}{
		{
			name: "province complete and the reported rank differs",
			results: []string{
				res("18.01", "80") + "\nreported = { province_rank = 2 }",
			},
			want: []string{"data/years/2023.toml:7:1: warning: reported province_rank 2 differs from the computed rank 1 of 1"},
		},
		{
			name: "province complete and the reported count differs",
			results: []string{
				res("18.01", "80") + "\nreported = { province_rank = 1, province_of = 3 }",
			},
			want: []string{"data/years/2023.toml:7:1: warning: reported province_of 3 differs from the 1 bodies"},
		},
		{
			name: "province incomplete: the published rank stands, no warning",
			results: []string{
				res("17.01", "80") + "\nreported = { province_rank = 5, province_of = 10 }",
			},
		},
		{
			name: "nation complete and the reported national rank differs",
			results: []string{
				res("17.01", "80") + "\nreported = { national_rank = 8 }",
				res("17.02", "70"), res("17.03", "60"), res("18.01", "50"),
			},
			want: []string{"data/years/2023.toml:7:1: warning: reported national_rank 8 differs from the computed rank 1 of 4"},
		},
		{
			name: "reported ranks that agree give no warning",
			results: []string{
				res("17.01", "80") + "\nreported = { national_rank = 1, national_of = 4 }",
				res("17.02", "70"), res("17.03", "60"), res("18.01", "50"),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := compute(t, years{2023: tt.results})
			if len(diags) != len(tt.want) {
				t.Fatalf("got %d diagnostics, want %d:\n%v", len(diags), len(tt.want), diags)
			}
			for i, d := range diags {
				if !strings.HasPrefix(d.String(), tt.want[i]) {
					t.Errorf("got  %s\nwant %s…", d, tt.want[i])
				}
			}
		})
	}
}
