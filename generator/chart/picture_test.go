package chart_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/score"
)

// Every chart has a picture drawn at build time that shows what its
// option shows: a dot per point of a line, a bar per bar (a vbar leaves
// out its zero counts), every shape inside the viewBox, a title and a
// one-sentence summary, the same on every build.
func TestPictures(t *testing.T) {
	f := newFixture(t)
	charts := append(allCharts(t, f), v11Charts(t)...)
	if len(charts) < 6 {
		t.Fatalf("only %d charts", len(charts))
	}
	for _, c := range charts {
		p := c.Picture()
		if p == nil {
			t.Errorf("%s: no picture", c.ID)
			continue
		}
		if p.ID != c.ID || p.Title != c.Title || p.Width <= 0 || p.Height <= 0 {
			t.Errorf("%s: picture %q %q %dx%d", c.ID, p.ID, p.Title, p.Width, p.Height)
		}
		if p.Desc == "" || !strings.HasSuffix(p.Desc, ".") {
			t.Errorf("%s: summary %q is not a sentence", c.ID, p.Desc)
		}
		drawn := 0
		for _, d := range p.Dots {
			if !d.Hollow || d.R != "" {
				drawn++ // an empty diamond on the axis marks a result without a value
			}
		}
		for _, b := range p.Bars {
			_ = b
			drawn++
		}
		if strings.HasPrefix(c.ID, chart.DistributionID) {
			if drawn > c.Points {
				t.Errorf("%s: %d bars for %d counts", c.ID, drawn, c.Points)
			}
		} else if drawn != c.Points {
			t.Errorf("%s: %d shapes drawn for %d points", c.ID, drawn, c.Points)
		}
		inside := func(what, xs, ys string) {
			x, err1 := strconv.ParseFloat(xs, 64)
			y, err2 := strconv.ParseFloat(ys, 64)
			if err1 != nil || err2 != nil || x < -1 || y < -1 || x > float64(p.Width)+1 || y > float64(p.Height)+1 {
				t.Errorf("%s: %s at %s,%s is outside the %dx%d picture", c.ID, what, xs, ys, p.Width, p.Height)
			}
		}
		for _, d := range p.Dots {
			inside("a dot", d.X, d.Y)
		}
		for _, tx := range p.Texts {
			inside("text "+tx.Text, tx.X, tx.Y)
		}
		for _, b := range p.Bars {
			inside("a bar", b.X, b.Y)
		}
		if p.Grid == "" {
			t.Errorf("%s: no grid", c.ID)
		}
	}
}

// A methodology break is drawn once, just before the body's first result
// on the new scale, with its label.
func TestPictureBreak(t *testing.T) {
	site := sitetest.Site{Entities: testEntities, Scales: testScales + `
[[scale]]
id = "zona"
name = "Zona"
[[scale.grade]]
id = "hijau"
label = "Zona hijau"
zone = "hijau"
min = 81
[[scale.grade]]
id = "merah"
label = "Zona merah"
zone = "merah"
min = 0
`, Scale: func(y int) string {
		if y < 2022 {
			return "zona"
		}
		return "opini"
	}}
	s, _ := site.Compute(t, map[int][]string{
		2020: {res("17.01", "80")}, 2021: {res("17.02", "70")}, 2023: {res("17.01", "90")}, 2024: {res("17.01", "91")},
	})
	var h *score.History
	for _, x := range s.Histories {
		if x.Entity.Code == "17.01" {
			h = x
		}
	}
	p := chart.ScoreTrend(h, lang.ID, labelsID).Picture()
	// The axis: 2020, 2021 (no result), 2023, 2024; the break stands
	// between 2021 and 2023: one vertical line, "M<x> <top>V<bottom>".
	if strings.Count(p.Breaks, "M") != 1 || !strings.Contains(p.Breaks, "V") {
		t.Fatalf("breaks %q, want one vertical line", p.Breaks)
	}
	xs, _, _ := strings.Cut(strings.TrimPrefix(p.Breaks, "M"), " ")
	x, _ := strconv.ParseFloat(xs, 64)
	if step := (360.0 - 36 - 14) / 4; x < 36+2*step-1 || x > 36+2*step+1 {
		t.Errorf("the break at x=%v, want between the second and third years (%v)", x, 36+2*step)
	}
	found := false
	for _, tx := range p.Texts {
		found = found || tx.Class == "break" && tx.Text == labelsID.Break
	}
	if !found {
		t.Errorf("no label %q on the break", labelsID.Break)
	}
}

// A distribution's title names a grade with its scale's own word, else
// the generic one.
func TestDistributionTitleWord(t *testing.T) {
	f := newFixture(t)
	lb := labelsID
	lb.Titles.Distribution, lb.GradeWord = "Sebaran {word} {year}", "predikat"
	c := chart.Distribution(f.year(t, 2023), lang.ID, lb)
	if c == nil || c.Title != "Sebaran predikat 2023" {
		t.Errorf("title %q, want the generic word: the test scale names none", c.Title)
	}
}
