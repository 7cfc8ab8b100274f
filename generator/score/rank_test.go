package score_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRanks(t *testing.T) {
	tests := []struct {
		name string
		ys   years
		year int
		want []string // code:national/of[:province/of], by code
	}{
		{
			name: "ties at the second decimal share a rank and the next rank skips",
			ys:   years{2023: {res("17.01", "90.00"), res("17.02", "89.99"), res("17.03", "89.99"), res("18.01", "89.98")}},
			year: 2023,
			want: []string{"17.01:1/4:1/3", "17.02:2/4:2/3", "17.03:2/4:2/3", "18.01:4/4:1/1"},
		},
		{
			name: "90.005 rounds half away from zero to 90.01 and ranks above 90.00",
			ys:   years{2023: {res("17.01", "90.00"), res("17.02", "90.005")}},
			year: 2023,
			want: []string{"17.01:2/2:2/2", "17.02:1/2:1/2"},
		},
		{
			name: "90.004 rounds to 90.00 and ties with it",
			ys:   years{2023: {res("17.01", "90.00"), res("17.02", "90.004")}},
			year: 2023,
			want: []string{"17.01:1/2:1/2", "17.02:1/2:1/2"},
		},
		{
			name: "decimals beyond float64 precision are read as written",
			ys:   years{2023: {res("17.01", "90.00499999999999999999"), res("17.02", "90.00")}},
			year: 2023,
			want: []string{"17.01:1/2:1/2", "17.02:1/2:1/2"},
		},
		{
			name: "kabupaten and kota are ranked together in the province, apart nationally",
			ys:   years{2023: {res("17.01", "80"), res("17.71", "85"), res("17.02", "70")}},
			year: 2023,
			want: []string{"17.01:1/2:2/3", "17.02:2/2:3/3", "17.71:1/1:1/3"},
		},
		{
			name: "a kind with its own province group is ranked apart in the province",
			ys:   years{2023: {res("17.01", "80"), res("17.01.2001", "99")}},
			year: 2023,
			want: []string{"17.01.2001:1/1:1/1", "17.01:1/1:1/1"},
		},
		{
			name: "provinsi and kementerian bodies are ranked nationally only",
			ys:   years{2023: {res("17", "80"), res("18", "85"), res("K1", "70")}},
			year: 2023,
			want: []string{"17:2/2", "18:1/2", "K1:1/1"},
		},
		{
			name: "a one-body scope ranks it 1 of 1",
			ys:   years{2023: {res("18.01", "12.5")}},
			year: 2023,
			want: []string{"18.01:1/1:1/1"},
		},
		{
			name: "a score derived from units ranks by its rounded mean (95.365 → 95.37)",
			ys: years{2023: {
				"entity = \"17.01\"\n[[result.unit]]\nname = \"A\"\nscore = 95.36\n[[result.unit]]\nname = \"B\"\nscore = 95.37",
				res("17.02", "95.37"),
				res("17.03", "95.36"),
			}},
			year: 2023,
			want: []string{"17.01:1/3:1/3", "17.02:1/3:1/3", "17.03:3/3:3/3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := compute(t, tt.ys)
			if diff := cmp.Diff(tt.want, ranks(s, tt.year)); diff != "" {
				t.Errorf("ranks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCompleteness(t *testing.T) {
	s, _ := compute(t, years{2023: {res("17.01", "80"), res("17.02", "70"), res("18.01", "60"), res("17", "50"), res("18", "40")}})
	tests := []struct {
		code             string
		national, provin bool
	}{
		{"17.01", false, false}, // 17.03 has no result; kota 17.71 neither
		{"18.01", false, true},  // Lampung's only kabupaten: its province is complete
		{"17", true, false},     // both provinces have a result
	}
	for _, tt := range tests {
		r := find(t, s, 2023, tt.code)
		if got := r.National.Complete(); got != tt.national {
			t.Errorf("%s national complete = %v, want %v", tt.code, got, tt.national)
		}
		if r.Province != nil && r.Province.Complete() != tt.provin {
			t.Errorf("%s province complete = %v, want %v", tt.code, r.Province.Complete(), tt.provin)
		}
	}
	if r := find(t, s, 2023, "17.01"); r.Province.Scope.Registered != 4 || r.Province.Of != 2 {
		t.Errorf("17.01 province scope: registered %d, ranked %d; want 4 and 2", r.Province.Scope.Registered, r.Province.Of)
	}
}

func TestTies(t *testing.T) {
	s, _ := compute(t, years{2023: {res("17.01", "90"), res("17.02", "90.00"), res("17.03", "89")}})
	r := find(t, s, 2023, "17.02")
	var got []string
	for _, o := range r.Province.Ties {
		got = append(got, o.Entity.Code)
	}
	if diff := cmp.Diff([]string{"17.01", "17.02"}, got); diff != "" {
		t.Errorf("ties (-want +got):\n%s", diff)
	}
	if n := len(find(t, s, 2023, "17.03").Province.Ties); n != 1 {
		t.Errorf("an untied result has %d ties, want itself only", n)
	}
}

func TestExportOrder(t *testing.T) {
	// Rows go by national rank, then code: ranks of different groups interleave.
	s, _ := compute(t, years{2023: {res("K1", "50"), res("17.71", "60"), res("17.01", "90"), res("17.02", "90"), res("17", "10")}})
	var got []string
	for _, r := range s.Years[0].Results {
		got = append(got, r.Entity.Code)
	}
	want := []string{"17", "17.01", "17.02", "17.71", "K1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}
