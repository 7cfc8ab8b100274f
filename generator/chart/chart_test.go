package chart_test

import (
	"bytes"
	"encoding/json"
	"html/template"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/lang"
)

func TestScoreTrend(t *testing.T) {
	f := newFixture(t)
	h := f.history(t, "17.01")
	tests := []struct {
		l    *lang.Lang
		lb   chart.Labels
		rows [][]string
	}{
		{lang.ID, labelsID, [][]string{
			{"2021", "80,00", "B", "tidak ada nilai sebelumnya"}, // never "baru"
			{"2022", "tidak dinilai", "—", "—"},
			{"2023", "92,00", "A", "+12,00"},
			{"2024", "88,00", "A", "−4,00"},
			{"2025", "85,00", "B", "−3,00"},
		}},
		{lang.EN, labelsEN, [][]string{
			{"2021", "80.00", "B", "no earlier score"},
			{"2022", "not assessed", "—", "—"},
			{"2023", "92.00", "A", "+12.00"},
			{"2024", "88.00", "A", "−4.00"},
			{"2025", "85.00", "B", "−3.00"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.l.Code, func(t *testing.T) {
			c := chart.ScoreTrend(h, tt.l, tt.lb)
			if c.ID != "chart-score-trend" || c.DataID() != "chart-score-trend-data" {
				t.Errorf("ID = %q, DataID = %q", c.ID, c.DataID())
			}
			if c.Points != 4 {
				t.Errorf("Points = %d, want 4", c.Points)
			}
			if diff := cmp.Diff(tt.rows, c.Table.Rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]bool{false, true, false, true}, c.Table.Numeric); diff != "" {
				t.Errorf("numeric (-want +got):\n%s", diff)
			}
			wantValues := []any{80.0, nil, 92.0, 88.0, 85.0}
			if diff := cmp.Diff(wantValues, seriesValues(t, c.Option(), 0)); diff != "" {
				t.Errorf("series values (-want +got):\n%s", diff)
			}
			years := []any{"2021", "2022", "2023", "2024", "2025"}
			if diff := cmp.Diff(years, get(t, c.Option(), "xAxis", 0, "data")); diff != "" {
				t.Errorf("years (-want +got):\n%s", diff)
			}
			if got := get(t, c.Option(), "series", 0, "data", 2, "name"); got != tt.rows[2][0]+": "+tt.rows[2][1]+" (A)" {
				t.Errorf("tooltip name = %q", got)
			}
			if got := get(t, c.Option(), "series", 0, "connectNulls"); got != false {
				t.Errorf("connectNulls = %v, want false", got)
			}
			if min, max := get(t, c.Option(), "yAxis", 0, "min"), get(t, c.Option(), "yAxis", 0, "max"); min != 0.0 || max != 100.0 {
				t.Errorf("y axis %v–%v, want 0–100", min, max)
			}
		})
	}
	if c := chart.ScoreTrend(nil, lang.ID, labelsID); c != nil {
		t.Errorf("ScoreTrend(nil) = %v, want nil", c)
	}
}

func TestRankTrend(t *testing.T) {
	f := newFixture(t)
	c := chart.RankTrend(f.history(t, "17.01"), lang.ID, labelsID)
	if c.ID != "chart-rank-trend" || c.Points != 3 {
		t.Errorf("ID = %q, Points = %d; want chart-rank-trend, 3", c.ID, c.Points)
	}
	wantHead := []string{"Tahun", "Peringkat provinsi", "Peringkat nasional"}
	if diff := cmp.Diff(wantHead, c.Table.Head); diff != "" {
		t.Errorf("head (-want +got):\n%s", diff)
	}
	wantRows := [][]string{
		{"2021", "2 / 4", "1 / 4"},
		{"2022", "—", "—"},
		{"2023", "2 / 4", "1 / 4"},
		{"2024", "3*", "—"}, // published, of unknown
		{"2025", "—", "—"},  // incomplete scope, nothing published
	}
	if diff := cmp.Diff(wantRows, c.Table.Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if c.Table.Note != labelsID.PublishedNote {
		t.Errorf("note = %q, want the published note", c.Table.Note)
	}
	if diff := cmp.Diff([]any{2.0, nil, 2.0, 3.0, nil}, seriesValues(t, c.Option(), 0)); diff != "" {
		t.Errorf("series values (-want +got):\n%s", diff)
	}
	y := get(t, c.Option(), "yAxis", 0).(map[string]any)
	if y["inverse"] != true || y["min"] != 1.0 || y["max"] != 4.0 || y["minInterval"] != 1.0 {
		t.Errorf("y axis = %v, want inverse, 1–4, whole numbers", y)
	}

	// A provinsi has no province rank: its national rank is charted.
	p := chart.RankTrend(f.history(t, "17"), lang.EN, labelsEN)
	if diff := cmp.Diff([]string{"Year", "National rank"}, p.Table.Head); diff != "" {
		t.Errorf("provinsi head (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]string{{"2021", "1 / 2"}, {"2022", "—"}, {"2023", "—"}}, p.Table.Rows); diff != "" {
		t.Errorf("provinsi rows (-want +got):\n%s", diff)
	}
	if p.Table.Note != "" {
		t.Errorf("note %q without a published rank", p.Table.Note)
	}

	// No official rank in any year: nothing to draw.
	if c := chart.RankTrend(f.history(t, "K1"), lang.ID, labelsID); c != nil {
		t.Errorf("RankTrend without ranks = %+v, want nil", c)
	}
}

func TestUnits(t *testing.T) {
	f := newFixture(t)
	r := f.result(t, 2023, "17.01")
	tests := []struct {
		l    *lang.Lang
		lb   chart.Labels
		rows [][]string
	}{
		{lang.ID, labelsID, [][]string{
			{"Puskesmas Tunas Harapan", "Puskesmas", "97,59", "1 / 3"},
			{hostile, "Puskesmas", "92,00", "2 / 3"},
			{"Dinas Kependudukan", "Dinas Dukcapil", "86,41", "1 / 2"},
		}},
		{lang.EN, labelsEN, [][]string{
			{"Puskesmas Tunas Harapan", "Community health centre", "97.59", "1 / 3"},
			{hostile, "Community health centre", "92.00", "2 / 3"},
			{"Dinas Kependudukan", "Dinas Dukcapil", "86.41", "1 / 2"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.l.Code, func(t *testing.T) {
			c := chart.Units(r, tt.l, tt.lb)
			if c.ID != "chart-units" || c.Points != 3 {
				t.Errorf("ID = %q, Points = %d; want chart-units, 3", c.ID, c.Points)
			}
			if diff := cmp.Diff(tt.rows, c.Table.Rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			names := []any{"Puskesmas Tunas Harapan", hostile, "Dinas Kependudukan"}
			if diff := cmp.Diff(names, get(t, c.Option(), "yAxis", 0, "data")); diff != "" {
				t.Errorf("bars (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]any{97.59, 92.0, 86.41}, seriesValues(t, c.Option(), 0)); diff != "" {
				t.Errorf("values (-want +got):\n%s", diff)
			}
			if got := get(t, c.Option(), "yAxis", 0, "type"); got != "category" {
				t.Errorf("y axis type %v, want category", got)
			}
		})
	}
	if c := chart.Units(f.result(t, 2021, "17.01"), lang.ID, labelsID); c != nil {
		t.Errorf("Units without units = %+v, want nil", c)
	}
}

func TestDistribution(t *testing.T) {
	f := newFixture(t)
	c := chart.Distribution(f.year(t, 2021), lang.ID, labelsID)
	if c.ID != "chart-distribution" || c.Points != 5 {
		t.Errorf("ID = %q, Points = %d; want chart-distribution, 5", c.ID, c.Points)
	}
	if c.Title != "Sebaran opini 2021" {
		t.Errorf("title = %q", c.Title)
	}
	// 2021: 90 A; 85 80 B; 75 70 65 60 C.
	wantRows := [][]string{
		{"A", "Kualitas Tertinggi", "1"},
		{"B", "Kualitas Tinggi", "2"},
		{"C", "Kualitas Sedang", "4"},
		{"D", "Kualitas Rendah", "0"},
		{"E", "E", "0"},
	}
	if diff := cmp.Diff(wantRows, c.Table.Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	var colors []any
	for i := range 5 {
		colors = append(colors, get(t, c.Option(), "series", 0, "data", i, "itemStyle", "color"))
	}
	want := []any{"#1b7f3b", chart.ZoneColor("hijau"), chart.ZoneColor("kuning"), chart.ZoneColor("merah"), "#767676"}
	if diff := cmp.Diff(want, colors); diff != "" {
		t.Errorf("bar colours (-want +got):\n%s", diff)
	}
	if got := get(t, c.Option(), "series", 0, "data", 0, "name"); got != "A – Kualitas Tertinggi: 1" {
		t.Errorf("tooltip name %q", got)
	}
	if got := get(t, c.Option(), "series", 0, "data", 4, "name"); got != "E: 0" {
		t.Errorf("tooltip name of a grade labelled by its id: %q", got)
	}

	s := chart.ScopeDistribution(f.provinceScope(t, 2023, "17"), lang.EN, labelsEN)
	if s.ID != "chart-distribution-bengkulu-kabupaten" {
		t.Errorf("scope ID = %q", s.ID)
	}
	if s.Title != "Grades Bengkulu Province 2023" {
		t.Errorf("scope title = %q", s.Title)
	}
	counts := []string{}
	for _, row := range s.Table.Rows {
		counts = append(counts, row[2])
	}
	if diff := cmp.Diff([]string{"2", "0", "2", "0", "0"}, counts); diff != "" {
		t.Errorf("scope counts (-want +got):\n%s", diff)
	}
	national := chart.ScopeDistribution(f.year(t, 2023).Groups[1], lang.ID, labelsID)
	if national.ID != "chart-distribution-kabupaten" {
		t.Errorf("national scope ID = %q", national.ID)
	}
}

func TestProvinceScores(t *testing.T) {
	f := newFixture(t)
	scope := f.provinceScope(t, 2023, "17")
	tests := []struct {
		l     *lang.Lang
		lb    chart.Labels
		title string
		rows  [][]string
	}{
		{lang.ID, labelsID, "Nilai Kabupaten, Kota di Provinsi Bengkulu 2023", [][]string{
			{"1", "Kota Bengkulu", "95,00"},
			{"2", "Kabupaten Lebong", "92,00"},
			{"3", "Kabupaten " + hostile, "70,50"},
			{"4", "Kabupaten Tiga", "60,00"},
		}},
		{lang.EN, labelsEN, "Scores of Regency, City in Bengkulu Province, 2023", [][]string{
			{"1", "Bengkulu City", "95.00"},
			{"2", "Lebong Regency", "92.00"},
			{"3", hostile + " Regency", "70.50"},
			{"4", "Tiga Regency", "60.00"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.l.Code, func(t *testing.T) {
			c := chart.ProvinceScores(scope, tt.l, tt.lb)
			if c.ID != "chart-scores-bengkulu-kabupaten" || c.Points != 4 {
				t.Errorf("ID = %q, Points = %d", c.ID, c.Points)
			}
			if c.Title != tt.title || c.Table.Caption != tt.title {
				t.Errorf("title %q, caption %q; want %q", c.Title, c.Table.Caption, tt.title)
			}
			if diff := cmp.Diff(tt.rows, c.Table.Rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
			// The scope is complete: its computed ranks are official.
			if c.Table.Head[0] != tt.lb.Rank || c.Table.Note != "" {
				t.Errorf("rank column %q, note %q; want %q and no note", c.Table.Head[0], c.Table.Note, tt.lb.Rank)
			}
			if got, want := get(t, c.Option(), "series", 0, "data", 0, "name"), "1. "+tt.rows[0][1]+": "+tt.rows[0][2]+" (A)"; got != want {
				t.Errorf("tooltip name %q, want %q", got, want)
			}
			if got := get(t, c.Option(), "series", 0, "data", 1, "itemStyle", "color"); got != "#1b7f3b" {
				t.Errorf("grade A bar colour %v", got)
			}
			if got := get(t, c.Option(), "aria", "label", "description"); got != tt.title {
				t.Errorf("aria description %v", got)
			}
		})
	}
}

func TestProvinceAverage(t *testing.T) {
	f := newFixture(t)
	c := chart.ProvinceAverage(f.ds["17"], f.Years, lang.ID, labelsID)
	if c.ID != "chart-average-bengkulu" {
		t.Errorf("ID = %q", c.ID)
	}
	wantRows := [][]string{
		{"2021", "Kabupaten", "70,00", "3"},
		{"2021", "Kota", "90,00", "1"},
		{"2022", "Kabupaten", "66,00", "2"},
		{"2022", "Kota", "91,00", "1"},
		{"2023", "Kabupaten", "74,17", "3"},
		{"2023", "Kota", "95,00", "1"},
		{"2024", "Kabupaten", "88,50", "2"},
		{"2025", "Kabupaten", "85,00", "1"},
		{"2025", "Kota", "20,00", "1"},
	}
	if diff := cmp.Diff(wantRows, c.Table.Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if c.Points != len(wantRows) {
		t.Errorf("Points = %d, want %d", c.Points, len(wantRows))
	}
	if diff := cmp.Diff([]any{90.0, 91.0, 95.0, nil, 20.0}, seriesValues(t, c.Option(), 1)); diff != "" {
		t.Errorf("kota values (-want +got):\n%s", diff)
	}
	if get(t, c.Option(), "series", 1, "name") != "Kota" || get(t, c.Option(), "legend", "show") != true {
		t.Errorf("second series %v, legend %v", get(t, c.Option(), "series", 1, "name"), get(t, c.Option(), "legend"))
	}
	if get(t, c.Option(), "series", 0, "symbol") == get(t, c.Option(), "series", 1, "symbol") {
		t.Errorf("the series share a symbol")
	}
	if p := chart.ProvinceAverage(f.ds["K1"], f.Years, lang.ID, labelsID); p != nil {
		t.Errorf("average of a body that is no province = %+v, want nil", p)
	}
}

// allCharts builds every kind of chart of the test data.
func allCharts(t testing.TB, f fixture) []*chart.Chart {
	return []*chart.Chart{
		chart.ScoreTrend(f.history(t, "17.01"), lang.ID, labelsID),
		chart.RankTrend(f.history(t, "17.01"), lang.ID, labelsID),
		chart.Units(f.result(t, 2023, "17.01"), lang.ID, labelsID),
		chart.Distribution(f.year(t, 2021), lang.ID, labelsID),
		chart.ScopeDistribution(f.provinceScope(t, 2023, "17"), lang.ID, labelsID),
		chart.ProvinceScores(f.provinceScope(t, 2023, "17"), lang.ID, labelsID),
		chart.ProvinceAverage(f.ds["17"], f.Years, lang.ID, labelsID),
	}
}

func TestDeterministic(t *testing.T) {
	a, b := allCharts(t, newFixture(t)), allCharts(t, newFixture(t))
	ids := map[string]bool{}
	for i := range a {
		ja, err := a[i].JSON()
		if err != nil {
			t.Fatal(err)
		}
		again, _ := a[i].JSON()
		jb, _ := b[i].JSON()
		if !bytes.Equal(ja, again) {
			t.Errorf("%s: marshalling twice differs", a[i].ID)
		}
		if !bytes.Equal(ja, jb) {
			t.Errorf("%s: building twice differs:\n%s\n%s", a[i].ID, ja, jb)
		}
		if a[i].ID != b[i].ID || ids[a[i].ID] {
			t.Errorf("id %q not stable or not unique", a[i].ID)
		}
		ids[a[i].ID] = true
		if !regexp.MustCompile(`^chart(-[a-z0-9]+)+$`).MatchString(a[i].ID) {
			t.Errorf("id %q is not made of slugs", a[i].ID)
		}
	}
}

// TestOptionShape checks what every option shares: accessible, no
// toolbox, no animation, an item tooltip, only plain data.
func TestOptionShape(t *testing.T) {
	for _, c := range append(allCharts(t, newFixture(t)), v11Charts(t)...) {
		t.Run(c.ID, func(t *testing.T) {
			o := c.Option()
			checks := []struct {
				path []any
				want any
			}{
				{[]any{"aria", "enabled"}, true},
				{[]any{"toolbox", "show"}, false},
				{[]any{"animation"}, false},
				{[]any{"tooltip", "show"}, true},
				{[]any{"tooltip", "trigger"}, "item"},
				{[]any{"tooltip", "formatter"}, "{b}"},
			}
			for _, ck := range checks {
				if got := get(t, o, ck.path...); got != ck.want {
					t.Errorf("%v = %v, want %v", ck.path, got, ck.want)
				}
			}
			if _, ok := o["title"]; ok {
				t.Errorf("option has a title component: the page's caption is the title")
			}
			walk(o, "", func(path, s string) {
				if strings.Contains(s, "function") || strings.Contains(s, "__f__") || strings.Contains(s, "=>") {
					t.Errorf("%s holds code: %q", path, s)
				}
			})
			if c.Height <= 0 || c.Title == "" || c.Table.Caption != c.Title {
				t.Errorf("height %d, title %q, caption %q", c.Height, c.Title, c.Table.Caption)
			}
			for i, row := range c.Table.Rows {
				if len(row) != len(c.Table.Head) || len(c.Table.Numeric) != len(c.Table.Head) {
					t.Errorf("row %d has %d cells, head %d, numeric %d", i, len(row), len(c.Table.Head), len(c.Table.Numeric))
				}
			}
		})
	}
}

var pageTemplate = template.Must(template.New("chart").Parse(
	`<div data-chart="{{.ID}}"></div><script type="application/json" id="{{.DataID}}">{{.Option}}</script>`))

var scriptContent = regexp.MustCompile(`(?s)<script type="application/json" id="[^"]*">(.*?)</script>`)

// TestHostileNames checks that a name with </script> is data in the
// option and stays inside its script element once html/template has
// written it, and that the script's text is still JSON holding the name.
func TestHostileNames(t *testing.T) {
	f := newFixture(t)
	charts := []*chart.Chart{
		chart.Units(f.result(t, 2023, "17.01"), lang.ID, labelsID),
		chart.ProvinceScores(f.provinceScope(t, 2023, "17"), lang.EN, labelsEN),
	}
	for _, c := range charts {
		t.Run(c.ID, func(t *testing.T) {
			var where []string
			walk(c.Option(), "", func(path, s string) {
				if strings.Contains(s, hostile) {
					where = append(where, path)
				}
			})
			for _, p := range where {
				if !regexp.MustCompile(`^\.(yAxis\[0\]\.data\[\d+\]|series\[0\]\.data\[\d+\]\.name)$`).MatchString(p) {
					t.Errorf("hostile name at %s, not in the data", p)
				}
			}
			if len(where) != 2 {
				t.Errorf("hostile name at %v, want an axis category and an item name", where)
			}

			var page bytes.Buffer
			if err := pageTemplate.Execute(&page, c); err != nil {
				t.Fatal(err)
			}
			m := scriptContent.FindAllStringSubmatch(page.String(), -1)
			if len(m) != 1 {
				t.Fatalf("%d script elements in %s", len(m), page.String())
			}
			content := m[0][1]
			if strings.Contains(strings.ToLower(content), "</script") || strings.Contains(content, "<") {
				t.Errorf("script content holds markup: %s", content)
			}
			var back map[string]any
			if err := json.Unmarshal([]byte(content), &back); err != nil {
				t.Fatalf("script content is not JSON: %v\n%s", err, content)
			}
			if diff := cmp.Diff(c.Option(), back); diff != "" {
				t.Errorf("JSON after escaping (-want +got):\n%s", diff)
			}
			var found []string
			walk(back, "", func(path, s string) {
				if strings.Contains(s, hostile) {
					found = append(found, path)
				}
			})
			if diff := cmp.Diff(where, found); diff != "" {
				t.Errorf("hostile name read back (-want +got):\n%s", diff)
			}
		})
	}
}

func TestColors(t *testing.T) {
	for _, zone := range []string{"hijau", "kuning", "merah", "hitam"} {
		if !regexp.MustCompile(`^#[0-9A-F]{6}$`).MatchString(chart.ZoneColor(zone)) {
			t.Errorf("ZoneColor(%q) = %q", zone, chart.ZoneColor(zone))
		}
	}
	if c := chart.ZoneColor("biru"); c != "" {
		t.Errorf("ZoneColor(biru) = %q, want \"\"", c)
	}
}
