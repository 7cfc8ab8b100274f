package chart

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/score"
)

// AverageID begins the id of a province's average chart:
// "chart-average-bengkulu".
const AverageID = "chart-average"

// ProvinceAverage is a line per kind (kabupaten, kota…) of the average
// score of the province's bodies of that kind per year
// (score.Year.Averages within the province), kinds in declaration
// order, each with its own colour and symbol. The axis runs over the
// years of the data from the first to the last with an average; a year
// without one for a kind is a null point. The table has the year, the
// kind, the average and how many results it averages. Nil when the
// province has no average.
func ProvinceAverage(province *data.Entity, years []*score.Year, l *lang.Lang, lb Labels) *Chart {
	if province == nil {
		return nil
	}
	var kinds []*data.Kind
	first, last := -1, -1
	for i, y := range years {
		for _, a := range y.Averages {
			if a.Province != province {
				continue
			}
			if first < 0 {
				first = i
			}
			last = i
			if !slices.Contains(kinds, a.Kind) {
				kinds = append(kinds, a.Kind)
			}
		}
	}
	if first < 0 {
		return nil
	}
	axis := years[first : last+1]
	slices.SortStableFunc(kinds, func(a, b *data.Kind) int {
		return cmp.Or(cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
	c := &Chart{
		ID:     AverageID + "-" + province.Slug,
		Title:  title(lb.Titles.Average, l.Name(province), "", 0),
		Height: lineHeight,
	}
	c.Table = Table{
		Caption: c.Title,
		Head:    []string{lb.Year, lb.Kind, lb.Average, lb.Count},
		Numeric: []bool{false, false, true, true},
	}
	labels := make([]string, len(axis))
	series := make([][]*opts.LineData, len(kinds))
	texts := make([][]string, len(kinds))
	for i := range series {
		series[i] = make([]*opts.LineData, len(axis))
		texts[i] = make([]string, len(axis))
	}
	for i, y := range axis {
		labels[i] = strconv.Itoa(y.Year)
		for _, a := range y.Averages {
			if a.Province != province {
				continue
			}
			k := slices.Index(kinds, a.Kind)
			mean := l.Score(a.Mean)
			series[k][i] = &opts.LineData{Name: l.KindLabel(a.Kind) + ", " + labels[i] + ": " + mean, Value: a.Mean.Float()}
			texts[k][i] = mean
			c.Table.Rows = append(c.Table.Rows, []string{labels[i], l.KindLabel(a.Kind), mean, l.Int(a.Count)})
		}
	}
	names := make([]string, len(kinds))
	pl := &plot{Kind: "line", Categories: labels, Min: 0, Max: 100}
	var latest []string
	for i, k := range kinds {
		names[i] = l.KindLabel(k)
		c.Points += points(series[i])
		ps := plotSeries{Name: names[i], Color: seriesColors[i%len(seriesColors)], Symbol: seriesSymbols[i%len(seriesSymbols)]}
		for j, it := range series[i] {
			if it == nil {
				ps.Points = append(ps.Points, plotPoint{})
				continue
			}
			v, _ := it.Value.(float64)
			ps.Points = append(ps.Points, plotPoint{OK: true, Value: v, Text: texts[i][j], Title: it.Name})
		}
		if last := texts[i][len(texts[i])-1]; last != "" {
			latest = append(latest, names[i]+" "+last)
		}
		pl.Series = append(pl.Series, ps)
	}
	if len(latest) > 0 {
		pl.Summary = fill(lb.Summaries.Average, "year", labels[len(labels)-1], "list", strings.Join(latest, ", "))
	}
	y := opts.YAxis{Type: "value", Name: lb.Average, Min: 0, Max: 100}
	c.lazy(pl, func() map[string]any { return lineOption(c.Title, labels, y, names, series) }, "line", c.Title, labels, y, names, series)
	return c
}
