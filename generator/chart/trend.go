package chart

import (
	"slices"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/score"
)

// Chart ids of a body's page.
const (
	ScoreTrendID = "chart-score-trend"
	RankTrendID  = "chart-rank-trend"
)

// dash fills a table cell that has no value.
const dash = "—"

// timeline is a body's results on a year axis: each result after the
// years of the data between it and the one before (Result.Gap), which
// are nil.
func timeline(h *score.History) (years []string, results []*score.Result) {
	for _, r := range h.Results {
		for _, g := range r.Gap {
			years = append(years, strconv.Itoa(g))
			results = append(results, nil)
		}
		years = append(years, strconv.Itoa(r.Year))
		results = append(results, r)
	}
	return years, results
}

// ScoreTrend is a line of a body's score per year, on 0–100. The axis
// holds the years of its results and the years of the data between
// them, where it has no result: those are null points, a break in the
// line, and rows marked NotAssessed in the table (year, score, grade,
// change). A result without a score (known by its grade or published
// rank only) stays on the axis as an empty point ("-", a break in the
// line too, never joined across) named NotPublished, and its row says
// NotPublished, with its grade if it gives one. The change compares with
// the body's last earlier score (Result.ScorePrev); where a result
// without a score lies between them, the cell names that year
// (ChangeFrom), and a score with no earlier one reads NoEarlierScore.
// Nil when no result of the body has a score.
func ScoreTrend(h *score.History, l *lang.Lang, lb Labels) *Chart {
	if h == nil || len(h.Results) == 0 {
		return nil
	}
	years, results := timeline(h)
	c := &Chart{
		ID:     ScoreTrendID,
		Title:  title(lb.Titles.ScoreTrend, l.Name(h.Entity), l.KindLabel(h.Entity.Kind), 0),
		Height: lineHeight,
		Table: Table{
			Head:    []string{lb.Year, lb.Score, lb.Grade, lb.Change},
			Numeric: []bool{false, true, false, true},
		},
	}
	c.Table.Caption = c.Title
	items := make([]*opts.LineData, len(results))
	// The axis names a year without a score by its grade too ("2025
	// (tinggi)"), the chart's mark of a result known by its grade only.
	axis := slices.Clone(years)
	pl := yearPlot(years, results, lb)
	pl.Min, pl.Max = 0, 100
	pts := make([]plotPoint, len(results))
	for i, r := range results {
		if r == nil {
			c.Table.Rows = append(c.Table.Rows, []string{years[i], lb.NotAssessed, dash, dash})
			continue
		}
		grade := gradeID(r.Grade)
		if !r.HasScore {
			np := or(lb.NotPublished, dash)
			c.Table.Rows = append(c.Table.Rows, []string{years[i], np, or(grade, dash), dash})
			items[i] = &opts.LineData{Name: years[i] + ": " + np + paren(grade), Value: emptyValue}
			pts[i] = plotPoint{Empty: true, Title: items[i].Name}
			if grade != "" {
				axis[i] = years[i] + "\n(" + grade + ")"
				pl.Notes[i] = grade
			}
			continue
		}
		s := l.Score(r.Score)
		c.Table.Rows = append(c.Table.Rows, []string{years[i], s, or(grade, dash), scoreChange(r, l, lb)})
		items[i] = &opts.LineData{Name: years[i] + ": " + s + paren(grade), Value: r.Score.Float()}
		pts[i] = plotPoint{OK: true, Value: r.Score.Float(), Text: s, Title: items[i].Name}
		c.Points++
	}
	if c.Points == 0 {
		return nil
	}
	pl.Series = []plotSeries{{Name: lb.Score, Color: blue, Symbol: "circle", Points: pts}}
	pl.Summary = valueSummary(lb.Summaries.Score, lb.Summaries.One, years, pts, false)
	y := opts.YAxis{Type: "value", Name: lb.Score, Min: 0, Max: 100}
	c.lazy(pl, func() map[string]any {
		return lineOption(c.Title, axis, y, []string{lb.Score}, [][]*opts.LineData{items})
	}, "line", c.Title, axis, y, []string{lb.Score}, [][]*opts.LineData{items})
	return c
}

// emptyValue is ECharts' empty value: the point is not drawn and the line
// breaks there (connectNulls is off).
const emptyValue = "-"

// scoreChange is a scored result's change cell: the change against the
// body's last earlier score, naming that score's year when a result
// without a score lies between ("+7,78 (dibanding 2021)"); NoEarlierScore
// (else a dash) when no earlier result has a score.
func scoreChange(r *score.Result, l *lang.Lang, lb Labels) string {
	if r.ScorePrev == nil {
		return or(lb.NoEarlierScore, dash)
	}
	change := l.Signed(r.ScoreChange)
	if r.ScorePrev == r.Prev {
		return change
	}
	tpl := or(lb.ChangeFrom, "{change} ({year})")
	return strings.NewReplacer("{change}", change, "{year}", strconv.Itoa(r.ScorePrev.Year)).Replace(tpl)
}

// gradeID is a grade's id, "" for none.
func gradeID(g *data.Grade) string {
	if g == nil {
		return ""
	}
	return g.ID
}

// paren is " (s)", or "" for an empty s.
func paren(s string) string {
	if s == "" {
		return ""
	}
	return " (" + s + ")"
}

// or is s, or def when s is empty.
func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// RankTrend is a line of a body's official province rank per year
// (score.Rank.Official: computed over a complete scope, else the
// published one), on an inverted axis from 1 at the top down to the
// largest count. Bodies ranked only nationally (provinsi, kementerian)
// get their official national rank instead. A result without a score is
// not ranked, but its published rank is official and charted. Years
// without an official rank, and the gap years of ScoreTrend, are null
// points; published ranks are hollow. A computed rank over an incomplete
// scope is never shown. The table has the year, the province rank ("3 / 10",
// or "3" when the count was not published) and the national rank,
// published ones followed by PublishedMark and explained by the note.
// Nil when no year has an official rank.
func RankTrend(h *score.History, l *lang.Lang, lb Labels) *Chart {
	if h == nil || len(h.Results) == 0 {
		return nil
	}
	regional := slices.ContainsFunc(h.Results, func(r *score.Result) bool { return r.Province != nil })
	years, results := timeline(h)
	c := &Chart{
		ID:     RankTrendID,
		Title:  title(lb.Titles.RankTrend, l.Name(h.Entity), l.KindLabel(h.Entity.Kind), 0),
		Height: lineHeight,
	}
	c.Table = Table{Caption: c.Title, Head: []string{lb.Year, lb.NationalRank}, Numeric: []bool{false, true}}
	axisName := lb.NationalRank
	if regional {
		c.Table.Head = []string{lb.Year, lb.ProvinceRank, lb.NationalRank}
		c.Table.Numeric = []bool{false, true, true}
		axisName = lb.ProvinceRank
	}
	items := make([]*opts.LineData, len(results))
	pts := make([]plotPoint, len(results))
	published, bottom := false, 2 // an axis of at least 1–2
	for i, r := range results {
		if r == nil {
			c.Table.Rows = append(c.Table.Rows, slices.Repeat([]string{dash}, len(c.Table.Head)))
			c.Table.Rows[i][0] = years[i]
			continue
		}
		national := officialCell(&r.National, l, lb)
		charted, row := national, []string{years[i], national.text}
		if regional {
			charted = officialCell(r.Province, l, lb)
			row = []string{years[i], charted.text, national.text}
		}
		c.Table.Rows = append(c.Table.Rows, row)
		published = published || national.Published || charted.Published
		if charted.ok {
			items[i] = &opts.LineData{Name: years[i] + ": " + charted.text, Value: charted.Rank}
			if charted.Published {
				items[i].Symbol = "emptyCircle"
			}
			pts[i] = plotPoint{OK: true, Value: float64(charted.Rank), Text: l.Int(charted.Rank), Title: items[i].Name, Hollow: charted.Published}
			bottom = max(bottom, charted.Rank, charted.Of)
		}
	}
	if c.Points = points(items); c.Points == 0 {
		return nil
	}
	if published {
		c.Table.Note = lb.PublishedNote
	}
	y := opts.YAxis{Type: "value", Name: axisName, NameLocation: "start", Inverse: opts.Bool(true), Min: 1, Max: bottom, MinInterval: 1}
	pl := yearPlot(years, results, lb)
	pl.Min, pl.Max, pl.Inverse, pl.Whole = 1, float64(bottom), true, true
	pl.Series = []plotSeries{{Name: axisName, Color: blue, Symbol: "circle", Points: pts}}
	pl.Summary = valueSummary(lb.Summaries.Rank, lb.Summaries.One, years, pts, true)
	c.lazy(pl, func() map[string]any {
		return lineOption(c.Title, years, y, []string{axisName}, [][]*opts.LineData{items})
	}, "line", c.Title, years, y, []string{axisName}, [][]*opts.LineData{items})
	return c
}

// yearPlot is the frame of a line over years: the years of the data
// without a result muted, and a break just before the body's first
// result on a new scale (the years of the data between it and the one
// before have no result of the body, and may have had either scale).
func yearPlot(years []string, results []*score.Result, lb Labels) *plot {
	p := &plot{Kind: "line", Categories: years, Notes: make([]string, len(years)), Muted: make([]bool, len(years)), BreakLabel: lb.Break}
	for i, r := range results {
		p.Muted[i] = r == nil
		if r != nil && r.ScaleChanged {
			p.Breaks = append(p.Breaks, i) // between the body's last result on the old scale and its first on the new
		}
	}
	return p
}

// valueSummary describes a line of one series: its lowest, highest and
// last values with their years (for ranks, the best and the last); one
// for a line of a single value.
func valueSummary(tpl, one string, years []string, pts []plotPoint, rank bool) string {
	lo, hi, last := -1, -1, -1
	for i, pt := range pts {
		if !pt.OK {
			continue
		}
		if lo < 0 || pt.Value < pts[lo].Value {
			lo = i
		}
		if hi < 0 || pt.Value > pts[hi].Value {
			hi = i
		}
		last = i
	}
	if last < 0 {
		return ""
	}
	if lo == hi {
		return fill(one, "last", pts[last].Text, "last_year", years[last])
	}
	if rank {
		return fill(tpl, "best", pts[lo].Text, "best_year", years[lo], "last", pts[last].Text, "last_year", years[last])
	}
	return fill(tpl, "min", pts[lo].Text, "min_year", years[lo], "max", pts[hi].Text, "max_year", years[hi],
		"last", pts[last].Text, "last_year", years[last])
}

// rankCell is an official rank and its text for a table cell.
type rankCell struct {
	score.Official
	ok   bool
	text string // "3 / 10", "3*" when published without a count, "—" when there is none
}

func officialCell(rk *score.Rank, l *lang.Lang, lb Labels) rankCell {
	o, ok := rk.Official()
	if !ok {
		return rankCell{text: dash}
	}
	c := rankCell{Official: o, ok: true, text: rankText(l, o.Rank, o.Of)}
	if o.Published {
		c.text += lb.mark()
	}
	return c
}

// lineOption is a line chart over years, on the y axis given: one series
// per name, with a nil item as a null point (a break in the line).
// Several series get a legend and each its own colour and symbol.
func lineOption(titleText string, years []string, y opts.YAxis, names []string, series [][]*opts.LineData) map[string]any {
	colors := make([]string, len(names))
	for i := range names {
		colors[i] = seriesColors[i%len(seriesColors)]
	}
	line := charts.NewLine()
	line.SetGlobalOptions(globals(titleText, len(names) > 1, colors)...)
	line.SetGlobalOptions(charts.WithXAxisOpts(opts.XAxis{Type: "category"}), charts.WithYAxisOpts(y))
	line.SetXAxis(years)
	for i, name := range names {
		line.AddSeries(name, nil, charts.WithLineChartOpts(opts.LineChart{
			Symbol:     seriesSymbols[i%len(seriesSymbols)],
			SymbolSize: 8,
			ShowSymbol: opts.Bool(true), // a lone point between gaps shows too
			// ECharts' default, written out: a line is never drawn across
			// a null or empty point.
			ConnectNulls: opts.Bool(false),
		}))
		line.MultiSeries[i].Data = seriesData(series[i])
	}
	return option(line)
}
