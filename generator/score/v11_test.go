package score_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/score"
)

// Results known only by a published rank or grade (format v1.1).

func TestResultsWithoutScoreAreNotRanked(t *testing.T) {
	s, _ := compute(t, years{2023: {
		res("17.01", "80"),
		res("17.02", "", `reported = { province_rank = 2, national_rank = 5 }`),
		res("17.03", "70"),
	}})
	if diff := cmp.Diff([]string{"17.01:1/2:1/2", "17.02:0/0:0/0", "17.03:2/2:2/2"}, ranks(s, 2023)); diff != "" {
		t.Errorf("ranks (-want +got):\n%s", diff)
	}
	var order []string
	for _, r := range s.Years[0].Results {
		order = append(order, r.Entity.Code)
	}
	if diff := cmp.Diff([]string{"17.01", "17.03", "17.02"}, order); diff != "" {
		t.Errorf("export order: ranked first, then the unranked by code (-want +got):\n%s", diff)
	}
	r := find(t, s, 2023, "17.02")
	if r.National.Ranked() || r.Grade != nil || len(r.Province.Scope.Unscored) != 1 || r.Province.Scope.Unscored[0] != r {
		t.Errorf("17.02: ranked %v, grade %v, scope's unscored %v", r.National.Ranked(), r.Grade, r.Province.Scope.Unscored)
	}
	if o, ok := r.Province.Official(); !ok || o != (score.Official{Rank: 2, Published: true}) {
		t.Errorf("17.02 official province rank = %+v, %v; want the published 2 without a count", o, ok)
	}
}

func TestCompletenessWithAssessed(t *testing.T) {
	tests := []struct {
		name     string
		ys       years
		complete bool
		assessed int
	}{
		{"every registered kabupaten has a score", years{2023: {res("17.01", "1"), res("17.02", "2"), res("17.03", "3"), res("18.01", "4")}}, true, 0},
		{"a registered kabupaten without a score", years{2023: {res("17.01", "1"), res("17.02", "2"), res("17.03", "3"), res("18.01", "", "grade = \"A\"")}}, false, 0},
		{"the scored results number the assessed", years{2023: {"year:assessed = { kabupaten = 2 }", res("17.01", "1"), res("17.02", "2")}}, true, 2},
		{"fewer scored results than assessed", years{2023: {"year:assessed = { kabupaten = 3 }", res("17.01", "1"), res("17.02", "2"), res("17.03", "", "grade = \"A\"")}}, false, 3},
		{"assessed for another kind only", years{2023: {"year:assessed = { kota = 1 }", res("17.01", "1"), res("17.02", "2")}}, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := compute(t, tt.ys)
			r := find(t, s, 2023, "17.01")
			if got := r.National.Complete(); got != tt.complete {
				t.Errorf("national complete = %v, want %v", got, tt.complete)
			}
			if got := r.National.Scope.Assessed; got != tt.assessed {
				t.Errorf("assessed = %d, want %d", got, tt.assessed)
			}
		})
	}
}

// TestAssessedOverARankGroup: the count of a rank group of two kinds is
// known only when the year gives both.
func TestAssessedOverARankGroup(t *testing.T) {
	daerah := sitetest.Site{Entities: `
[[kind]]
id = "provinsi"
label = "Provinsi"
[[kind]]
id = "kabupaten"
label = "Kabupaten"
regional = true
rank_group = "daerah"
[[kind]]
id = "kota"
label = "Kota"
regional = true
rank_group = "daerah"
[[entity]]
code = "17"
name = "Bengkulu"
kind = "provinsi"
[[entity]]
code = "17.01"
name = "Satu"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.02"
name = "Dua"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.71"
name = "Kota"
kind = "kota"
province = "17"
`, Scales: testScales, Scale: site.Scale}
	for _, tt := range []struct {
		header   string
		assessed int
	}{
		{"year:assessed = { kabupaten = 400 }", 0},
		{"year:assessed = { kabupaten = 400, kota = 90 }", 490},
	} {
		s, _ := daerah.Compute(t, years{2023: {tt.header, res("17.01", "90", `reported = { national_rank = 12 }`), res("17.71", "80")}})
		r := sitetest.Find(t, s, 2023, "17.01")
		if got := r.National.Scope.Assessed; got != tt.assessed {
			t.Errorf("%s: assessed = %d, want %d", tt.header, got, tt.assessed)
		}
		o, _ := r.National.Official()
		if want := (score.Official{Rank: 12, Of: tt.assessed, Published: true, OfAssessed: tt.assessed > 0}); o != want {
			t.Errorf("%s: official national rank = %+v, want %+v", tt.header, o, want)
		}
	}
}

func TestChangesAcrossAResultWithoutScore(t *testing.T) {
	s, _ := compute(t, years{
		2022: {res("17.01", "80"), res("17.02", "85")},
		2023: {res("17.01", "", `reported = { province_rank = 8 }`), res("17.02", "86")},
		2024: {res("17.01", "90", `reported = { province_rank = 3 }`), res("17.02", "", `grade = "A"`)},
	})
	r := find(t, s, 2024, "17.01")
	if r.Prev.Year != 2023 || r.ScorePrev.Year != 2022 || r.ScoreChange != 1000 || len(r.Gap) != 0 || r.Consecutive() {
		t.Errorf("17.01 2024: prev %d, score prev %d, change %s, gap %v, consecutive %v; want 2023, 2022, 10.00, none, false",
			r.Prev.Year, r.ScorePrev.Year, r.ScoreChange, r.Gap, r.Consecutive())
	}
	if before, ok := r.RankMove(false); !ok || before.Rank != 8 || !before.Published {
		t.Errorf("17.01 2024 province rank move from %+v, %v; want the published 8 of 2023", before, ok)
	}
	if c, ok := r.ProvinceRankChange(); !ok || c != 5 {
		t.Errorf("17.01 2024 province rank change = %d, %v; want +5 (8th → 3rd)", c, ok)
	}
	if _, ok := r.RankMove(true); ok {
		t.Error("17.01 2024 has a national rank move, but neither year has an official national rank")
	}
	unscored := find(t, s, 2024, "17.02")
	if unscored.ScorePrev != nil || unscored.ScoreChange != 0 || unscored.Prev.Year != 2023 {
		t.Errorf("17.02 2024 (no score): score prev %v, change %s; want none", unscored.ScorePrev, unscored.ScoreChange)
	}
	if g := unscored.Grade; g == nil || g.ID != "A" {
		t.Errorf("17.02 2024 grade = %v, want the given A", g)
	}
	h := s.History(unscored.Entity)
	if h.Best.Year != 2023 || h.Worst.Year != 2022 || h.Scored != 2 {
		t.Errorf("17.02 best %d, worst %d, scored %d; want 2023, 2022, 2 (the unscored 2024 left out)", h.Best.Year, h.Worst.Year, h.Scored)
	}
}

func TestMoversCompareConsecutiveAssessments(t *testing.T) {
	s, _ := compute(t, years{
		2021: {res("17.03", "50")},
		2022: {res("17.01", "80"), res("17.02", "70"), res("18.01", "60")},
		2023: {res("17.01", "", `reported = { province_rank = 2 }`), res("17.02", "75"), res("18.01", "50")},
		2024: {res("17.01", "95"), res("17.02", "76"), res("18.01", "55"), res("17.03", "90")},
	})
	y := s.Years[3]
	var risers []string
	for _, r := range y.Groups[0].Risers() {
		risers = append(risers, fmt.Sprintf("%s %s", r.Entity.Code, r.ScoreChange))
	}
	// 17.01 rose 15 points over two years (its 2023 result has no
	// score); 17.03 has no result in 2022 and 2023: neither is a riser.
	if diff := cmp.Diff([]string{"18.01 5.00", "17.02 1.00"}, risers); diff != "" {
		t.Errorf("risers (-want +got):\n%s", diff)
	}
}

func TestStreaksNeedAZone(t *testing.T) {
	s, _ := compute(t, years{
		2019: {res("17.01", "", `grade = "hijau"`, `reported = { national_rank = 14 }`), res("17.02", "90")},
		2021: {res("17.01", "97"), res("17.02", "", `reported = { national_rank = 3 }`)},
		2022: {res("17.01", "88"), res("17.02", "90")},
	})
	if st := find(t, s, 2022, "17.01").Streak; st.Years != 3 || st.Since != 2019 {
		t.Errorf("17.01: streak %+v; want 3 results in the green zone since 2019 (a grade without a score counts)", st)
	}
	if st := find(t, s, 2022, "17.02").Streak; st.Years != 1 || st.Since != 2022 {
		t.Errorf("17.02: streak %+v; want 1 since 2022 (a result without a grade ends it)", st)
	}
	if st := find(t, s, 2021, "17.02").Streak; st.Years != 0 {
		t.Errorf("17.02 2021 (no grade): streak %+v, want none", st)
	}
}

func TestDistributionAndAveragesWithoutScores(t *testing.T) {
	s, _ := compute(t, years{2023: {res("17.01", "90"), res("17.02", "", `grade = "C"`), res("17.03", "", `reported = { province_rank = 3 }`), res("18.01", "80")}})
	y := s.Years[0]
	var dist []string
	for _, c := range y.Distribution {
		dist = append(dist, fmt.Sprintf("%s:%d", c.Grade.ID, c.Count))
	}
	if diff := cmp.Diff([]string{"A:1", "B:1", "C:1", "E:0"}, dist); diff != "" {
		t.Errorf("distribution: grades given without a score count, results without a grade do not (-want +got):\n%s", diff)
	}
	for _, a := range y.Averages {
		if a.Province == nil && a.Kind.ID == "kabupaten" && (a.Count != 2 || a.Mean.String() != "85.00") {
			t.Errorf("national kabupaten average %s of %d; want 85.00 of the 2 scores", a.Mean, a.Count)
		}
	}
}

// given is a site whose 2025 scale takes its grades from the results.
var given = sitetest.Site{Entities: testEntities, Scales: testScales + sitetest.Opini2025, Scale: func(y int) string {
	if y >= 2025 {
		return "opini-2025"
	}
	return site.Scale(y)
}}

func TestGivenGrades(t *testing.T) {
	s, warnings := given.Compute(t, years{
		2024: {res("17.01", "90")},
		2025: {
			res("17.01", "", `grade = "tinggi"`),
			res("17.02", "62.57", `grade = "sedang"`, `flags = ["tanpa-maladministrasi"]`),
			res("17.03", "69.63", `grade = "sedang"`),
		},
	})
	if len(warnings) > 0 {
		t.Fatalf("warnings:\n%v", warnings)
	}
	if diff := cmp.Diff([]string{"17.01:0/0:0/0", "17.02:2/2:2/2", "17.03:1/2:1/2"}, ranks(s, 2025)); diff != "" {
		t.Errorf("ranks: scores on a scale of given grades are still ranked (-want +got):\n%s", diff)
	}
	if r := sitetest.Find(t, s, 2025, "17.02"); r.Grade.ID != "sedang" || len(r.Flags) != 1 {
		t.Errorf("17.02: grade %s, flags %v; want the given sedang and its flag", r.Grade.ID, r.Flags)
	}
	y := s.Years[1]
	if y.ScaleChange == nil || y.ScaleChange.From.ID != "opini" || !sitetest.Find(t, s, 2025, "17.01").ScaleChanged {
		t.Errorf("2025: scale change %+v", y.ScaleChange)
	}
}
