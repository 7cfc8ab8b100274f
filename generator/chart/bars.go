package chart

import (
	"cmp"
	"slices"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/score"
)

// Chart ids of a result's and a year's pages; a scope's charts add its
// slug: "chart-distribution-kabupaten", "chart-scores-bengkulu-kabupaten".
const (
	UnitsID        = "chart-units"
	DistributionID = "chart-distribution"
	ScoresID       = "chart-scores"
)

// hbar is a horizontal bar chart of scores on 0–100, one bar per name,
// the first on top.
func hbar(titleText string, names []string, items []opts.BarData, lb Labels, color string) map[string]any {
	bar := charts.NewBar()
	bar.SetGlobalOptions(globals(titleText, false, []string{color})...)
	bar.SetGlobalOptions(
		charts.WithXAxisOpts(opts.XAxis{Type: "value", Min: 0, Max: 100}),
		charts.WithYAxisOpts(opts.YAxis{Type: "category", Inverse: opts.Bool(true), AxisLabel: categoryLabel}),
	)
	bar.SetXAxis(names)
	bar.AddSeries(lb.Score, items)
	bar.XYReversal()
	return option(bar)
}

// Units is a horizontal bar chart of a result's unit scores, best first
// (then by name); the table has the unit, its type, its score and its
// rank among the like units of its province ("1 / 12"). Nil for a
// result without units.
func Units(r *score.Result, l *lang.Lang, lb Labels) *Chart {
	if r == nil || len(r.Units) == 0 {
		return nil
	}
	units := slices.Clone(r.Units)
	slices.SortStableFunc(units, func(a, b *data.Unit) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.Name, b.Name))
	})
	c := &Chart{
		ID:     UnitsID,
		Title:  title(lb.Titles.Units, l.Name(r.Entity), l.KindLabel(r.Entity.Kind), r.Year),
		Points: len(units),
		Height: barsHeight(len(units)),
	}
	c.Table = Table{
		Caption: c.Title,
		Head:    []string{lb.Unit, lb.UnitType, lb.Score, lb.LikeUnitRank},
		Numeric: []bool{false, false, true, true},
	}
	names := make([]string, len(units))
	texts := make([]string, len(units))
	items := make([]opts.BarData, len(units))
	for i, u := range units {
		s := l.Score(u.Score)
		texts[i] = s
		names[i] = u.Name
		items[i] = opts.BarData{Name: u.Name + ": " + s, Value: u.Score.Float()}
		typ, like := dash, dash
		if u.Type != "" {
			typ = l.UnitType(u)
		}
		for _, ur := range r.UnitRanks {
			if ur.Unit == u {
				like = rankText(l, ur.Rank, ur.Of)
			}
		}
		c.Table.Rows = append(c.Table.Rows, []string{u.Name, typ, s, like})
	}
	c.lazy(barsPlot(names, texts, items, nil, lb), func() map[string]any { return hbar(c.Title, names, items, lb, blue) }, "hbar", c.Title, names, items, lb, blue)
	return c
}

// barsPlot is the picture of horizontal bars of scores: items' values,
// in their colours (grade colours) or blue; its summary names the first
// (highest) and the last.
func barsPlot(names, texts []string, items []opts.BarData, colors []string, lb Labels) *plot {
	pts := make([]plotPoint, len(items))
	for i, it := range items {
		v, _ := it.Value.(float64)
		pts[i] = plotPoint{OK: true, Value: v, Text: texts[i], Title: it.Name}
		if colors != nil {
			pts[i].Color = colors[i]
		}
	}
	p := &plot{Kind: "hbar", Categories: names, Min: 0, Max: 100, Series: []plotSeries{{Color: blue, Points: pts}}}
	switch n := len(pts); {
	case n == 1:
		p.Summary = names[0] + " " + pts[0].Text + "."
	case n > 1:
		p.Summary = fill(lb.Summaries.Bars, "top", names[0], "top_value", pts[0].Text, "bottom", names[n-1], "bottom_value", pts[n-1].Text)
	}
	return p
}

// Distribution is a bar chart of how many of a year's results got each
// grade, best grade first, each bar in its grade's colour (GradeColor);
// the table has the grade's id, its label and the count. Nil for a year
// without results.
func Distribution(y *score.Year, l *lang.Lang, lb Labels) *Chart {
	if y == nil || len(y.Results) == 0 {
		return nil
	}
	return distribution(DistributionID, title(distributionTitle(y.Data.Scale, l, lb), "", "", y.Year), y.Distribution, l, lb)
}

// ScopeDistribution is Distribution over the results of one scope (a
// rank group nationally, or a province group within a province), with
// the id "chart-distribution-<scope>". Nil for a scope without results.
func ScopeDistribution(s *score.Scope, l *lang.Lang, lb Labels) *Chart {
	counts := s.Distribution()
	if len(counts) == 0 {
		return nil
	}
	name, kinds := scopeNames(s, l)
	var sc *data.Scale
	switch {
	case len(s.Results) > 0:
		sc = s.Results[0].Scale()
	case len(s.Unscored) > 0:
		sc = s.Unscored[0].Scale()
	}
	t := title(distributionTitle(sc, l, lb), name, kinds, scopeYear(s))
	return distribution(DistributionID+"-"+scopeSlug(s), t, counts, l, lb)
}

// distributionTitle is the distribution's title template with {word},
// the scale's own word for a grade ("Sebaran opini {year}"), else the
// generic one (Labels.GradeWord), filled in.
func distributionTitle(s *data.Scale, l *lang.Lang, lb Labels) string {
	word := lb.GradeWord
	if s != nil {
		if w := l.GradeWord(s); w != "" {
			word = w
		}
	}
	return strings.ReplaceAll(lb.Titles.Distribution, "{word}", word)
}

// scopeYear is the year of a scope's results, with or without a score;
// 0 for a scope without results.
func scopeYear(s *score.Scope) int {
	switch {
	case len(s.Results) > 0:
		return s.Results[0].Year
	case len(s.Unscored) > 0:
		return s.Unscored[0].Year
	}
	return 0
}

func distribution(id, titleText string, counts []score.GradeCount, l *lang.Lang, lb Labels) *Chart {
	c := &Chart{ID: id, Title: titleText, Points: len(counts), Height: lineHeight}
	c.Table = Table{
		Caption: titleText,
		Head:    []string{lb.Grade, lb.GradeLabel, lb.Count},
		Numeric: []bool{false, false, true},
	}
	ids := make([]string, len(counts))
	items := make([]opts.BarData, len(counts))
	pl := &plot{Kind: "vbar", Series: []plotSeries{{Color: blue}}}
	var list []string
	for i, gc := range counts {
		g := gc.Grade
		n := l.Int(gc.Count)
		ids[i] = g.ID
		name := g.ID
		if label := l.GradeLabel(g); label != "" && label != g.ID {
			name += " – " + label
		}
		items[i] = opts.BarData{Name: name + ": " + n, Value: gc.Count, ItemStyle: &opts.ItemStyle{Color: GradeColor(g)}}
		c.Table.Rows = append(c.Table.Rows, []string{g.ID, l.GradeLabel(g), n})
		pl.Series[0].Points = append(pl.Series[0].Points, plotPoint{OK: true, Value: float64(gc.Count), Text: n, Title: items[i].Name, Color: GradeColor(g)})
		pl.Max = max(pl.Max, float64(gc.Count))
		list = append(list, g.ID+": "+n)
	}
	pl.Categories = ids
	pl.Summary = fill(lb.Summaries.Counts, "list", strings.Join(list, ", "))
	c.lazy(pl, func() map[string]any { return vbar(titleText, ids, items, lb) }, "vbar", titleText, ids, items, lb)
	return c
}

// vbar is a vertical bar chart of counts, one bar per id.
func vbar(titleText string, ids []string, items []opts.BarData, lb Labels) map[string]any {
	bar := charts.NewBar()
	bar.SetGlobalOptions(globals(titleText, false, []string{blue})...)
	bar.SetGlobalOptions(
		charts.WithXAxisOpts(opts.XAxis{Type: "category"}),
		charts.WithYAxisOpts(opts.YAxis{Type: "value", Name: lb.Count, Min: 0, MinInterval: 1}),
	)
	bar.SetXAxis(ids)
	bar.AddSeries(lb.Count, items)
	return option(bar)
}

// ProvinceScores is a horizontal bar chart of the scores of a scope's
// bodies (usually the kabupaten and kota of a province in a year), in
// rank order, each bar in its grade's colour; the table has the rank
// (computed within the scope: tied bodies share it), the body's name and
// its score, then the bodies whose results have no score, by code, which
// are not bars: no rank, and NotPublished for the score. Where the data
// do not hold the whole scope (score.Scope.Complete), the computed
// positions are no official ranks: the column is headed Order, OrderNote
// explains it, and the tooltips leave the position out. The id is
// "chart-scores-<scope>". Nil for a scope without a result with a score.
func ProvinceScores(s *score.Scope, l *lang.Lang, lb Labels) *Chart {
	if s == nil || len(s.Results) == 0 {
		return nil
	}
	name, kinds := scopeNames(s, l)
	c := &Chart{
		ID:     ScoresID + "-" + scopeSlug(s),
		Title:  title(lb.Titles.Scores, name, kinds, s.Results[0].Year),
		Points: len(s.Results),
		Height: barsHeight(len(s.Results)),
	}
	complete := s.Complete()
	head := lb.Rank
	if !complete {
		head = or(lb.Order, lb.Rank)
		c.Table.Note = lb.OrderNote
	}
	c.Table.Caption = c.Title
	c.Table.Head = []string{head, lb.Name, lb.Score}
	c.Table.Numeric = []bool{true, false, true}
	names := make([]string, len(s.Results))
	items := make([]opts.BarData, len(s.Results))
	colors := make([]string, len(s.Results))
	texts := make([]string, len(s.Results))
	for i, r := range s.Results {
		rank := l.Int(rankIn(r, s))
		sc := l.Score(r.Score)
		texts[i] = sc
		names[i] = l.Name(r.Entity)
		tip := names[i] + ": " + sc + paren(gradeID(r.Grade))
		if complete {
			tip = rank + ". " + tip
		}
		colors[i] = GradeColor(r.Grade)
		items[i] = opts.BarData{Name: tip, Value: r.Score.Float(), ItemStyle: &opts.ItemStyle{Color: colors[i]}}
		c.Table.Rows = append(c.Table.Rows, []string{rank, names[i], sc})
	}
	for _, r := range s.Unscored {
		c.Table.Rows = append(c.Table.Rows, []string{dash, l.Name(r.Entity), or(lb.NotPublished, dash)})
	}
	c.lazy(barsPlot(names, texts, items, colors, lb), func() map[string]any { return hbar(c.Title, names, items, lb, blue) }, "hbar", c.Title, names, items, lb, blue)
	return c
}

// rankIn is a result's rank in one of its scopes.
func rankIn(r *score.Result, s *score.Scope) int {
	if r.Province != nil && r.Province.Scope == s {
		return r.Province.Rank
	}
	return r.National.Rank
}
