package assemble

import (
	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// charts builds the charts of a page, in the order the layout shows them.
// Each builder returns nil when it has nothing to draw.
func (a *Assembler) charts(c *Context) []*chart.Chart {
	lb := c.chartLabels()
	l := c.L.Lang
	p := c.Page
	var out []*chart.Chart
	c.charted = map[*chart.Chart][]*score.Result{}
	add := func(ch *chart.Chart, drawn ...[]*score.Result) {
		if ch != nil {
			out = append(out, ch)
			for _, rs := range drawn {
				c.charted[ch] = append(c.charted[ch], rs...)
			}
		}
	}
	switch p.Kind {
	case site.Home, site.YearPage:
		if p.Year != nil {
			add(chart.Distribution(p.Year, l, lb), p.Year.Results)
		}
	case site.Province:
		if p.History != nil {
			add(chart.ScoreTrend(p.History, l, lb), p.History.Results)
			add(chart.RankTrend(p.History, l, lb), p.History.Results)
		}
		add(chart.ProvinceAverage(p.Entity, c.Site.Scores.Years, l, lb), c.provinceResults())
		if s := c.latestProvinceScope(); s != nil {
			add(chart.ProvinceScores(s, l, lb), s.Results, s.Unscored)
		}
	case site.Body:
		add(chart.ScoreTrend(p.History, l, lb), p.History.Results)
		add(chart.RankTrend(p.History, l, lb), p.History.Results)
		if res := c.Latest(); res != nil {
			add(chart.Units(res, l, lb), []*score.Result{res})
		}
	case site.BodyYear:
		add(chart.Units(p.Result, l, lb), []*score.Result{p.Result})
	}
	return out
}

// chartLabels are the charts' words in the page's language.
func (c *Context) chartLabels() chart.Labels {
	return chart.Labels{
		Year:          c.T("chart.year"),
		Score:         c.T("chart.score"),
		Grade:         c.T("chart.grade"),
		GradeLabel:    c.T("chart.grade_label"),
		Change:        c.T("chart.change"),
		NotAssessed:   c.T("chart.not_assessed"),
		Rank:          c.T("chart.rank"),
		ProvinceRank:  c.T("chart.province_rank"),
		NationalRank:  c.T("chart.national_rank"),
		PublishedMark: c.T("chart.published_mark"),
		PublishedNote: c.T("chart.published_note"),
		Name:          c.T("chart.name"),
		Unit:          c.T("chart.unit"),
		UnitType:      c.T("chart.unit_type"),
		LikeUnitRank:  c.T("chart.like_unit_rank"),
		Kind:          c.T("chart.kind"),
		Average:       c.T("chart.average"),
		Count:         c.T("chart.count"),
		// Templates the chart package fills: T leaves their {change} and
		// {year} in place.
		NotPublished:   c.T("chart.not_published"),
		NoEarlierScore: c.T("chart.no_earlier_score"),
		ChangeFrom:     c.T("chart.change_from"),
		Order:          c.T("chart.order"),
		OrderNote:      c.T("chart.order_note"),
		Break:          c.T("chart.break"),
		GradeWord:      c.T("facts.grade_word"),
		Summaries: chart.Summaries{
			Score:   c.T("chart.summary.score"),
			One:     c.T("chart.summary.one"),
			Rank:    c.T("chart.summary.rank"),
			Bars:    c.T("chart.summary.bars"),
			Counts:  c.T("chart.summary.counts"),
			Average: c.T("chart.summary.average"),
		},
		Titles: chart.Titles{
			ScoreTrend:   c.T("chart.title.score_trend"),
			RankTrend:    c.T("chart.title.rank_trend"),
			Units:        c.T("chart.title.units"),
			Distribution: c.T("chart.title.distribution"),
			Scores:       c.T("chart.title.scores"),
			Average:      c.T("chart.title.average"),
		},
	}
}

// latestProvinceScope is the page's province's ranking scope in the most
// recent year in which it has results with a score.
func (c *Context) latestProvinceScope() *score.Scope {
	ys := c.Site.Scores.Years
	for i := len(ys) - 1; i >= 0; i-- {
		for _, s := range ys[i].Provinces {
			if s.Province == c.Page.Entity && len(s.Results) > 0 {
				return s
			}
		}
	}
	return nil
}

// provinceResults are the results of the page's province's scopes, every
// year: what its average chart is computed from.
func (c *Context) provinceResults() []*score.Result {
	var out []*score.Result
	for _, y := range c.Site.Scores.Years {
		for _, s := range y.Provinces {
			if s.Province == c.Page.Entity {
				out = append(append(out, s.Results...), s.Unscored...)
			}
		}
	}
	return out
}

// chartSources names the sources of the figures a chart draws: "Sumber:
// Antara, Radar Lebong".
func (c *Context) chartSources(ch *chart.Chart) string {
	var srcs []*data.Source
	for _, r := range c.charted[ch] {
		srcs = append(srcs, r.Sources...)
	}
	names := c.sourceNames(srcs)
	if names == "" {
		return ""
	}
	return c.T("chart.sources", "names", names)
}
