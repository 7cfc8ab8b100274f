package score_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

func TestChanges(t *testing.T) {
	s, _ := compute(t, years{
		2019: {res("17.01", "70.50"), res("17.02", "80")},
		2021: {res("17.02", "82")}, // 17.01 misses 2021
		2022: {res("17.01", "75.25"), res("17.02", "79.004"), res("17.03", "90")},
	})
	tests := []struct {
		code        string
		year        int
		prev        int // 0: no previous result
		change      data.Score
		rankChange  int
		gap         []int
		scaleChange bool
	}{
		{"17.01", 2019, 0, 0, 0, nil, false},
		{"17.01", 2022, 2019, 475, -1, []int{2021}, true}, // rank 2 of 2 → 3 of 3
		{"17.02", 2021, 2019, 200, 0, nil, false},
		{"17.02", 2022, 2021, -300, -1, nil, true}, // 79.004 → 79.00; rank 1 → 2
		{"17.03", 2022, 0, 0, 0, nil, false},
	}
	for _, tt := range tests {
		r := find(t, s, tt.year, tt.code)
		if r.Prev == nil {
			if tt.prev != 0 {
				t.Errorf("%s %d: no previous result, want %d", tt.code, tt.year, tt.prev)
			}
			continue
		}
		got := struct {
			Prev       int
			Change     data.Score
			RankChange int
			Gap        []int
			Scale      bool
		}{r.Prev.Year, r.ScoreChange, r.NationalRankChange, r.Gap, r.ScaleChanged}
		want := struct {
			Prev       int
			Change     data.Score
			RankChange int
			Gap        []int
			Scale      bool
		}{tt.prev, tt.change, tt.rankChange, tt.gap, tt.scaleChange}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s %d (-want +got):\n%s", tt.code, tt.year, diff)
		}
	}
	if c := s.Years[2].ScaleChange; c == nil || c.FromYear != 2021 || c.From.ID != "zona" || c.To.ID != "opini" {
		t.Errorf("2022 scale change = %+v, want zona 2021 → opini", c)
	}
	if s.Years[1].ScaleChange != nil {
		t.Errorf("2021 has a scale change, want none")
	}
}

func TestProvinceRankChange(t *testing.T) {
	s, _ := compute(t, years{
		2022: {res("17.01", "80"), res("17.02", "90"), res("17", "70")},
		2023: {res("17.01", "95"), res("17.02", "90"), res("17", "75")},
	})
	if c, ok := find(t, s, 2023, "17.01").ProvinceRankChange(); ok {
		t.Errorf("17.01 province rank change = %d over incomplete provinces, want none", c)
	}
	if _, ok := find(t, s, 2023, "17").ProvinceRankChange(); ok {
		t.Errorf("a provinsi body has a province rank change")
	}
}

func TestStreaks(t *testing.T) {
	s, _ := compute(t, years{
		2019: {res("17.01", "85"), res("17.02", "60"), res("17.03", "85")},
		2021: {res("17.01", "90"), res("17.02", "85")},
		2022: {res("17.01", "80"), res("17.02", "90"), res("17.03", "90")},
		2023: {res("17.01", "60"), res("17.02", "60"), res("17.03", "95")},
	})
	tests := []struct {
		code  string
		year  int
		zone  string
		n     int
		since int
		spans bool
	}{
		{"17.01", 2022, "hijau", 3, 2019, true},  // hijau, hijau, B (hijau): across the change of scale
		{"17.01", 2023, "kuning", 4, 2019, true}, // kuning or better all along
		{"17.02", 2021, "hijau", 1, 2021, false}, // kuning before
		{"17.02", 2023, "kuning", 4, 2019, true},
		{"17.03", 2022, "hijau", 1, 2022, false}, // no result in 2021: the streak breaks
		{"17.03", 2023, "hijau", 2, 2022, false},
	}
	for _, tt := range tests {
		st := find(t, s, tt.year, tt.code).Streak
		if st.Zone != tt.zone || st.Years != tt.n || st.Since != tt.since || st.SpansScales != tt.spans {
			t.Errorf("%s %d streak = %+v, want %s ×%d since %d (spans scales %v)", tt.code, tt.year, st, tt.zone, tt.n, tt.since, tt.spans)
		}
	}
}

func TestBestAndWorstYear(t *testing.T) {
	s, _ := compute(t, years{
		2019: {res("17.01", "85")},
		2021: {res("17.01", "90")},
		2022: {res("17.01", "85")},
		2023: {res("17.01", "90")},
	})
	h := s.History(find(t, s, 2023, "17.01").Entity)
	if h.Best.Year != 2023 || h.Worst.Year != 2022 {
		t.Errorf("best %d, worst %d; want 2023 and 2022 (ties go to the most recent)", h.Best.Year, h.Worst.Year)
	}
	if h.Result(2021) == nil || h.Result(2020) != nil {
		t.Errorf("History.Result finds the wrong years")
	}
}

func TestDistributionAndAverages(t *testing.T) {
	s, _ := compute(t, years{2023: {res("17.01", "88"), res("17.02", "87.995"), res("17.03", "60"), res("17.71", "10"), res("18.01", "90.01")}})
	y := s.Years[0]
	var dist []string
	for _, c := range y.Distribution {
		dist = append(dist, c.Grade.ID+"="+string(rune('0'+c.Count)))
	}
	// 87.995 rounds to 88.00: grade A.
	if diff := cmp.Diff([]string{"A=3", "B=0", "C=1", "E=1"}, dist); diff != "" {
		t.Errorf("distribution (-want +got):\n%s", diff)
	}
	var avgs []string
	for _, a := range y.Averages {
		p := "national"
		if a.Province != nil {
			p = a.Province.Code
		}
		avgs = append(avgs, p+" "+a.Kind.ID+" "+a.Mean.String())
	}
	want := []string{
		"national kabupaten 81.50", // (88 + 88 + 60 + 90.01) / 4 = 81.5025
		"national kota 10.00",
		"17 kabupaten 78.67", // (88 + 88 + 60) / 3 = 78.666…
		"17 kota 10.00",
		"18 kabupaten 90.01",
	}
	if diff := cmp.Diff(want, avgs); diff != "" {
		t.Errorf("averages (-want +got):\n%s", diff)
	}
}

func TestMovers(t *testing.T) {
	s, _ := compute(t, years{
		2022: {res("17.01", "80"), res("17.02", "80"), res("17.03", "80"), res("18.01", "80")},
		2023: {res("17.01", "85"), res("17.02", "90"), res("17.03", "70"), res("18.01", "85")},
	})
	g := s.Years[1].Groups[0]
	codes := func(rs []*score.Result) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Entity.Code)
		}
		return out
	}
	if diff := cmp.Diff([]string{"17.02", "17.01", "18.01"}, codes(g.Risers())); diff != "" {
		t.Errorf("risers (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"17.03"}, codes(g.Fallers())); diff != "" {
		t.Errorf("fallers (-want +got):\n%s", diff)
	}
}

func TestUnits(t *testing.T) {
	unit := func(name, typ, score string) string {
		return "[[result.unit]]\nname = \"" + name + "\"\ntype = \"" + typ + "\"\nscore = " + score
	}
	s, _ := compute(t, years{2023: {
		"entity = \"17.01\"\n" + strings.Join([]string{unit("Puskesmas A", "puskesmas", "90"), unit("Dukcapil", "dukcapil", "80"), unit("Puskesmas B", "puskesmas", "90")}, "\n"),
		"entity = \"17.02\"\n" + strings.Join([]string{unit("Puskesmas C", "puskesmas", "95"), unit("Dukcapil", "dukcapil", "70")}, "\n"),
		"entity = \"17\"\n" + unit("Dinas Kesehatan", "puskesmas", "99"),
	}})
	r := find(t, s, 2023, "17.01")
	names := func(us []*data.Unit) (out []string) {
		for _, u := range us {
			out = append(out, u.Name)
		}
		return out
	}
	if diff := cmp.Diff([]string{"Puskesmas A", "Puskesmas B"}, names(r.BestUnits)); diff != "" {
		t.Errorf("best units (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Dukcapil"}, names(r.WorstUnits)); diff != "" {
		t.Errorf("worst units (-want +got):\n%s", diff)
	}
	var got []string
	for _, ur := range r.UnitRanks {
		got = append(got, ur.Unit.Name+" "+string(rune('0'+ur.Rank))+"/"+string(rune('0'+ur.Of)))
	}
	// Puskesmas of 17: C 95, A 90, B 90 (the provinsi body is left out);
	// Dukcapil: 17.01 80, 17.02 70.
	want := []string{"Dukcapil 1/2", "Puskesmas A 2/3", "Puskesmas B 2/3"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("like-unit ranks (-want +got):\n%s", diff)
	}
}

func TestOfficialRanks(t *testing.T) {
	s, _ := compute(t, years{
		2022: {res("17.01", "80") + "\nreported = { province_rank = 5 }", res("18.01", "70")},
		2023: {res("17.01", "95") + "\nreported = { national_rank = 9, national_of = 400 }", res("17.02", "90"), res("17.03", "91"), res("17.71", "99")},
	})
	tests := []struct {
		code   string
		year   int
		prov   string // "rank/of" or "rank/of published" or "none"
		nation string
		change string // province rank change or "none"
	}{
		{"17.01", 2022, "5/0 published", "none", "none"},
		{"18.01", 2022, "1/1", "none", "none"},
		// 5th (published) → 2nd of 4 (complete); nationally 18.01 is missing.
		{"17.01", 2023, "2/4", "9/400 published", "3"},
	}
	show := func(o score.Official, ok bool) string {
		switch {
		case !ok:
			return "none"
		case o.Published:
			return strconv.Itoa(o.Rank) + "/" + strconv.Itoa(o.Of) + " published"
		}
		return strconv.Itoa(o.Rank) + "/" + strconv.Itoa(o.Of)
	}
	for _, tt := range tests {
		r := find(t, s, tt.year, tt.code)
		change := "none"
		if c, ok := r.ProvinceRankChange(); ok {
			change = strconv.Itoa(c)
		}
		got := []string{show(r.Province.Official()), show(r.National.Official()), change}
		if diff := cmp.Diff([]string{tt.prov, tt.nation, tt.change}, got); diff != "" {
			t.Errorf("%s %d (-want +got):\n%s", tt.code, tt.year, diff)
		}
	}
}
