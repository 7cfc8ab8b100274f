package render

import (
	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// charts builds the charts of a page, in the order the layout shows them.
// Each builder returns nil when it has nothing to draw.
func (r *Renderer) charts(c *Context) []*chart.Chart {
	lb := c.chartLabels()
	l := c.L.Lang
	p := c.Page
	var out []*chart.Chart
	add := func(ch *chart.Chart) {
		if ch != nil {
			out = append(out, ch)
		}
	}
	switch p.Kind {
	case site.Home, site.YearPage:
		if p.Year != nil {
			add(chart.Distribution(p.Year, l, lb))
		}
	case site.Province:
		if p.History != nil {
			add(chart.ScoreTrend(p.History, l, lb))
			add(chart.RankTrend(p.History, l, lb))
		}
		add(chart.ProvinceAverage(p.Entity, c.Site.Scores.Years, l, lb))
		if s := c.latestProvinceScope(); s != nil {
			add(chart.ProvinceScores(s, l, lb))
		}
	case site.Body:
		add(chart.ScoreTrend(p.History, l, lb))
		add(chart.RankTrend(p.History, l, lb))
		if res := c.Latest(); res != nil {
			add(chart.Units(res, l, lb))
		}
	case site.BodyYear:
		add(chart.Units(p.Result, l, lb))
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
// recent year that has one.
func (c *Context) latestProvinceScope() *score.Scope {
	ys := c.Site.Scores.Years
	for i := len(ys) - 1; i >= 0; i-- {
		for _, s := range ys[i].Provinces {
			if s.Province == c.Page.Entity {
				return s
			}
		}
	}
	return nil
}
