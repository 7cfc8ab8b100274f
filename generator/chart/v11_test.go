package chart_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/lang"
)

// v11Years holds results without a score (data format v1.1).
//
// Lebong (17.01): 2021 80 (province rank 2/4, complete); 2022 no score,
// grade B, published province rank 3 of 4; 2023 87.78 (scope incomplete,
// nothing published); no result in 2024; 2025 no score, no grade, a
// published province rank of 2.
// Tiga (17.03): 2023 no score, grade C. Empat (18.01): 2022 no score,
// grade C (its first result), 2023 75. Kesehatan (K1): 2023 only a
// published national rank.
var v11Years = map[int][]string{
	2021: {res("17.01", "80"), res("17.02", "70"), res("17.03", "60"), res("17.71", "90")},
	2022: {
		sitetest.Res("17.01", "", `grade = "B"`, `reported = { province_rank = 3, province_of = 4 }`),
		res("17.02", "71"), res("17.03", "61"), res("17.71", "91"),
		sitetest.Res("18.01", "", `grade = "C"`),
	},
	2023: {
		res("17.01", "87.78"), res("17.02", "70"), sitetest.Res("17.03", "", `grade = "C"`), res("18.01", "75"),
		sitetest.Res("K1", "", `reported = { national_rank = 5 }`),
	},
	2024: {res("17.02", "72")},
	2025: {sitetest.Res("17.01", "", `reported = { province_rank = 2 }`), res("17.02", "73")},
}

func newV11Fixture(t testing.TB) fixture {
	t.Helper()
	s := compute(t, v11Years)
	f := fixture{Scores: s, ds: map[string]*data.Entity{}}
	for _, h := range s.Histories {
		f.ds[h.Entity.Code] = h.Entity
	}
	return f
}

// v11Charts are the charts of the v1.1 test data, for the golden files.
func v11Charts(t testing.TB) []*chart.Chart {
	f := newV11Fixture(t)
	return []*chart.Chart{
		chart.ScoreTrend(f.history(t, "17.01"), lang.ID, labelsID),
		chart.RankTrend(f.history(t, "17.01"), lang.ID, labelsID),
		chart.ProvinceScores(f.provinceScope(t, 2023, "17"), lang.ID, labelsID),
	}
}

func TestScoreTrendWithoutScore(t *testing.T) {
	f := newV11Fixture(t)
	tests := []struct {
		name   string
		code   string
		l      *lang.Lang
		lb     chart.Labels
		rows   [][]string
		values []any
		tips   map[int]string // item index → tooltip name
	}{
		{"middle and end id", "17.01", lang.ID, labelsID, [][]string{
			{"2021", "80,00", "B", "tidak ada nilai sebelumnya"},
			{"2022", "nilai tidak diumumkan", "B", "—"},
			{"2023", "87,78", "B", "+7,78 (dibanding 2021)"}, // against the last score, across 2022
			{"2024", "tidak dinilai", "—", "—"},
			{"2025", "nilai tidak diumumkan", "—", "—"}, // no grade either
		}, []any{80.0, "-", 87.78, nil, "-"}, map[int]string{
			1: "2022: nilai tidak diumumkan (B)",
			2: "2023: 87,78 (B)",
			4: "2025: nilai tidak diumumkan",
		}},
		{"middle and end en", "17.01", lang.EN, labelsEN, [][]string{
			{"2021", "80.00", "B", "no earlier score"},
			{"2022", "score not published", "B", "—"},
			{"2023", "87.78", "B", "+7.78 (vs 2021)"},
			{"2024", "not assessed", "—", "—"},
			{"2025", "score not published", "—", "—"},
		}, []any{80.0, "-", 87.78, nil, "-"}, map[int]string{
			1: "2022: score not published (B)",
			4: "2025: score not published",
		}},
		// A first score after a result without one: no earlier score,
		// never "new".
		{"first without score", "18.01", lang.ID, labelsID, [][]string{
			{"2022", "nilai tidak diumumkan", "C", "—"},
			{"2023", "75,00", "C", "tidak ada nilai sebelumnya"},
		}, []any{"-", 75.0}, map[int]string{0: "2022: nilai tidak diumumkan (C)"}},
		// A history ending without a score; consecutive scores need no
		// year beside the change.
		{"score-less at the end", "17.03", lang.EN, labelsEN, [][]string{
			{"2021", "60.00", "C", "no earlier score"},
			{"2022", "61.00", "C", "+1.00"},
			{"2023", "score not published", "C", "—"},
		}, []any{60.0, 61.0, "-"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := chart.ScoreTrend(f.history(t, tt.code), tt.l, tt.lb)
			if diff := cmp.Diff(tt.rows, c.Table.Rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.values, seriesValues(t, c.Option(), 0)); diff != "" {
				t.Errorf("series values (-want +got):\n%s", diff)
			}
			scored := 0
			for _, v := range tt.values {
				if _, ok := v.(float64); ok {
					scored++
				}
			}
			if c.Points != scored {
				t.Errorf("Points = %d, want %d (the scores only)", c.Points, scored)
			}
			for i, want := range tt.tips {
				if got := get(t, c.Option(), "series", 0, "data", i, "name"); got != want {
					t.Errorf("item %d name %q, want %q", i, got, want)
				}
			}
			years := get(t, c.Option(), "xAxis", 0, "data").([]any)
			if len(years) != len(tt.rows) {
				t.Errorf("%d years on the axis, want %d: a year without a score stays", len(years), len(tt.rows))
			}
			if got := get(t, c.Option(), "series", 0, "connectNulls"); got != false {
				t.Errorf("connectNulls = %v, want false", got)
			}
		})
	}

	// A body with no score at all has nothing to draw.
	if c := chart.ScoreTrend(f.history(t, "K1"), lang.ID, labelsID); c != nil {
		t.Errorf("ScoreTrend without a score = %+v, want nil", c)
	}
	// Labels of an older theme: dashes, never an empty cell.
	old := labelsID
	old.NotPublished, old.NoEarlierScore, old.ChangeFrom = "", "", ""
	c := chart.ScoreTrend(f.history(t, "17.01"), lang.ID, old)
	want := [][]string{
		{"2021", "80,00", "B", "—"},
		{"2022", "—", "B", "—"},
		{"2023", "87,78", "B", "+7,78 (2021)"},
		{"2024", "tidak dinilai", "—", "—"},
		{"2025", "—", "—", "—"},
	}
	if diff := cmp.Diff(want, c.Table.Rows); diff != "" {
		t.Errorf("rows without the v1.1 labels (-want +got):\n%s", diff)
	}
}

func TestRankTrendWithoutScore(t *testing.T) {
	f := newV11Fixture(t)
	c := chart.RankTrend(f.history(t, "17.01"), lang.ID, labelsID)
	wantRows := [][]string{
		{"2021", "2 / 4", "—"},  // kabupaten 18.01 has no 2021 result: national incomplete
		{"2022", "3 / 4*", "—"}, // no score, published rank
		{"2023", "—", "—"},      // a score, ranked over an incomplete scope only
		{"2024", "—", "—"},      // no result
		{"2025", "2*", "—"},     // no score, no grade, published rank
	}
	if diff := cmp.Diff(wantRows, c.Table.Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]any{2.0, 3.0, nil, nil, 2.0}, seriesValues(t, c.Option(), 0)); diff != "" {
		t.Errorf("series values (-want +got):\n%s", diff)
	}
	if c.Points != 3 || c.Table.Note != labelsID.PublishedNote {
		t.Errorf("Points = %d, note %q; want 3 and the published note", c.Points, c.Table.Note)
	}
	for i, want := range map[int]string{1: "emptyCircle", 4: "emptyCircle"} {
		if got := get(t, c.Option(), "series", 0, "data", i, "symbol"); got != want {
			t.Errorf("item %d symbol %v, want %s (published)", i, got, want)
		}
	}
	if got := get(t, c.Option(), "series", 0, "data", 1, "name"); got != "2022: 3 / 4*" {
		t.Errorf("tooltip name %q", got)
	}
	// Computed ranks over an incomplete scope are never shown: 2023's 1
	// of 2 in the province and 1 of 3 nationally.
	if r := f.result(t, 2023, "17.01"); r.Province.Rank != 1 || r.National.Rank != 1 {
		t.Fatalf("test data: 2023 ranks %d, %d; want computed ranks to hide", r.Province.Rank, r.National.Rank)
	}

	// A body known only by a published national rank.
	k := chart.RankTrend(f.history(t, "K1"), lang.EN, labelsEN)
	if diff := cmp.Diff([][]string{{"2023", "5*"}}, k.Table.Rows); diff != "" {
		t.Errorf("published-only rows (-want +got):\n%s", diff)
	}
	if k.Points != 1 {
		t.Errorf("published-only Points = %d, want 1", k.Points)
	}
}

func TestProvinceScoresWithoutScore(t *testing.T) {
	f := newV11Fixture(t)
	tests := []struct {
		name  string
		l     *lang.Lang
		lb    chart.Labels
		scope func() *chart.Chart
		head  []string
		rows  [][]string
		tip   string // first bar's tooltip
	}{
		{"province id", lang.ID, labelsID, func() *chart.Chart {
			return chart.ProvinceScores(f.provinceScope(t, 2023, "17"), lang.ID, labelsID)
		}, []string{"Urutan dalam data", "Nama", "Nilai"}, [][]string{
			{"1", "Kabupaten Lebong", "87,78"},
			{"2", "Kabupaten " + hostile, "70,00"},
			{"—", "Kabupaten Tiga", "nilai tidak diumumkan"},
		}, "Kabupaten Lebong: 87,78 (B)"},
		{"national en", lang.EN, labelsEN, func() *chart.Chart {
			for _, g := range f.year(t, 2022).Groups {
				if g.Kinds[0].ID == "kabupaten" {
					return chart.ProvinceScores(g, lang.EN, labelsEN)
				}
			}
			t.Fatal("no national kabupaten scope in 2022")
			return nil
		}, []string{"Order in this data", "Name", "Score"}, [][]string{
			{"1", hostile + " Regency", "71.00"},
			{"2", "Tiga Regency", "61.00"},
			{"—", "Lebong Regency", "score not published"}, // by code
			{"—", "Empat Regency", "score not published"},
		}, hostile + " Regency: 71.00 (C)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.scope()
			if diff := cmp.Diff(tt.head, c.Table.Head); diff != "" {
				t.Errorf("head (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.rows, c.Table.Rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if c.Table.Note != tt.lb.OrderNote {
				t.Errorf("note %q, want the order note", c.Table.Note)
			}
			bars := len(tt.rows)
			for _, row := range tt.rows {
				if row[0] == "—" {
					bars--
				}
			}
			if c.Points != bars || len(get(t, c.Option(), "yAxis", 0, "data").([]any)) != bars || len(seriesValues(t, c.Option(), 0)) != bars {
				t.Errorf("Points = %d, want %d bars: a result without a score is no bar", c.Points, bars)
			}
			if got := get(t, c.Option(), "series", 0, "data", 0, "name"); got != tt.tip {
				t.Errorf("tooltip name %q, want %q (no position over an incomplete scope)", got, tt.tip)
			}
		})
	}
	// A scope whose only result has no score: nothing to draw.
	if c := chart.ProvinceScores(f.provinceScope(t, 2022, "18"), lang.ID, labelsID); c != nil {
		t.Errorf("ProvinceScores without a score = %+v, want nil", c)
	}
}

func TestDistributionWithoutScore(t *testing.T) {
	f := newV11Fixture(t)
	counts := func(c *chart.Chart) []string {
		var out []string
		for _, row := range c.Table.Rows {
			out = append(out, row[2])
		}
		return out
	}
	// Province 18 in 2022 has one result, without a score, graded C.
	s := chart.ScopeDistribution(f.provinceScope(t, 2022, "18"), lang.ID, labelsID)
	if s == nil {
		t.Fatal("ScopeDistribution of a scope without scores = nil, want its grades")
	}
	if s.Title != "Sebaran opini Provinsi Lampung 2022" {
		t.Errorf("title %q", s.Title)
	}
	if diff := cmp.Diff([]string{"0", "0", "1", "0", "0"}, counts(s)); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	// 2025: 17.01 has no grade and is not counted; 17.02 73 is a C.
	d := chart.Distribution(f.year(t, 2025), lang.ID, labelsID)
	if diff := cmp.Diff([]string{"0", "0", "1", "0", "0"}, counts(d)); diff != "" {
		t.Errorf("2025 counts (-want +got):\n%s", diff)
	}
	// 2022: 17.01's given B and 18.01's given C count with the scores.
	d = chart.Distribution(f.year(t, 2022), lang.ID, labelsID)
	if diff := cmp.Diff([]string{"1", "1", "3", "0", "0"}, counts(d)); diff != "" {
		t.Errorf("2022 counts (-want +got):\n%s", diff)
	}
}

func TestGradeColorNil(t *testing.T) {
	if got := chart.GradeColor(nil); got != "#767676" {
		t.Errorf("GradeColor(nil) = %q, want the neutral grey", got)
	}
}
