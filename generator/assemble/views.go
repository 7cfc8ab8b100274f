package assemble

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// Row is one body in a ranking table.
type Row struct {
	Rank     string // "3": the rank or the order in the data; "" for a result without a score
	Name     string
	URL      string // relative; "" when the body has no page
	Province string
	Score    string // "" when no score was published
	Grade    *data.Grade
	Flags    []string
	Change   Change
	// Published is the rank the publisher announced, where the table's
	// own order is not an official ranking: "5", "5 dari 10".
	Published string
	Marks     []Mark
	Current   bool // the page's own body, highlighted
	// Gap, in a row of its own, says how many rows a shortened table
	// leaves out here: "… 12 lainnya".
	Gap string
}

// RankText says an official rank in words, with its scope; empty where
// the body has none (a rank computed over the bodies in the data only is
// never presented as a rank of the province or the nation).
type RankText struct {
	Text      string
	Rank      int
	Published bool // the publisher's figure, not computed here
	Marks     []Mark
}

// rankText describes a result's official rank in the province or the
// nation.
func (c *Context) rankText(r *score.Result, national bool) RankText {
	return c.rankWords(r, national, "rank.")
}

// rankWords describes an official rank with the theme's words under
// prefix: "rank." on pages, "card.rank." on share cards.
func (c *Context) rankWords(r *score.Result, national bool, prefix string) RankText {
	rk := r.Province
	if national {
		rk = &r.National
	}
	o, ok := rk.Official()
	if !ok {
		return RankText{}
	}
	scope := c.scopeWords(rk.Scope)
	rt := RankText{Rank: o.Rank, Published: o.Published}
	switch {
	case o.Of == 0:
		rt.Text = c.T(prefix+"published", "rank", c.L.Int(o.Rank), "scope", scope)
	case o.Published && o.OfAssessed:
		rt.Text = c.T(prefix+"of_assessed", "rank", c.L.Int(o.Rank), "of", c.L.Int(o.Of), "scope", scope)
	default:
		rt.Text = c.T(prefix+"of", "rank", c.L.Int(o.Rank), "of", c.L.Int(o.Of), "scope", scope)
	}
	if prefix == "rank." {
		rt.Marks = c.Marks(r)
		if o.OfAssessed {
			rt.Marks = append(rt.Marks, c.assessedMarks(rk.Scope.AssessedFrom)...)
		}
	}
	return rt
}

// scopeWords names a scope: "kabupaten/kota di Provinsi Bengkulu".
func (c *Context) scopeWords(s *score.Scope) string {
	kinds := c.kindsWords(s.Kinds)
	if s.Province == nil {
		return kinds
	}
	return c.T("scope.province", "kinds", kinds, "province", c.L.Name(s.Province))
}

// kindsWords names kinds in the plural: "kabupaten/kota", "regencies
// and cities".
func (c *Context) kindsWords(kinds []*data.Kind) string {
	words := make([]string, len(kinds))
	for i, k := range kinds {
		words[i] = plural(c.L.Code, c.L.KindLabel(k))
	}
	if c.L.Code == "id" {
		return strings.Join(words, "/")
	}
	if len(words) > 1 {
		return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
	}
	return strings.Join(words, "")
}

// plural writes a kind label as a plural common noun.
func plural(lang, label string) string {
	w := strings.ToLower(label)
	if lang == "id" || w == "" {
		return w
	}
	switch {
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// row builds a ranking row for a result in a scope.
func (c *Context) row(r *score.Result, rk *score.Rank, official bool) Row {
	row := Row{Name: c.L.Name(r.Entity), Grade: c.a.grade(r.Grade, c.L), Flags: c.flags(r), Change: c.change(r), Marks: c.Marks(r)}
	if r.HasScore {
		row.Score = c.L.Score(r.Score)
	}
	if rk != nil && rk.Ranked() {
		row.Rank = c.L.Int(rk.Rank)
	}
	if rk != nil && !official && rk.Reported != 0 {
		row.Published = c.L.Int(rk.Reported)
		if rk.ReportedOf != 0 {
			row.Published = c.T("rank.of_short", "rank", row.Published, "of", c.L.Int(rk.ReportedOf))
		}
	}
	if c.Site.HasPage(r.Entity) {
		row.URL = c.Rel(site.BodyURL(c.L, r.Entity, r.Year))
	}
	if p := r.Entity.Province; p != nil {
		row.Province = p.Name
	}
	return row
}

// Ranking is a scope as a table: its ranked results, then those without
// a score.
type Ranking struct {
	Title string
	// Complete: the table's order is the official ranking. Otherwise it
	// is only the order of the bodies in the data, and the table says so
	// and shows the published ranks beside it.
	Complete  bool
	Coverage  string // "10 dari 10 kabupaten/kota"
	Ranked    int    // rows with a score
	Published bool   // some row has a published rank
	Note      string // under the table
	Rows      []Row
	Columns   int // the table's columns, where a Gap row spans them
}

func (c *Context) ranking(s *score.Scope, national bool) Ranking {
	return c.scopeTable(s, append(slices.Clip(s.Results), s.Unscored...), national)
}

// scopeTable is a table of some results of scope s, titled by the scope,
// with the note an unofficial order with published ranks needs.
func (c *Context) scopeTable(s *score.Scope, rs []*score.Result, national bool) Ranking {
	rk := c.rows(c.scopeWords(s), s, rs, national)
	if !rk.Complete && rk.Published {
		rk.Note = c.T("ranking.partial_note", "kinds", c.kindsWords(s.Kinds))
	}
	return rk
}

// rows is a table of some results of a scope, in the order given: the
// whole ranking, or a highlight of it.
func (c *Context) rows(title string, s *score.Scope, rs []*score.Result, national bool) Ranking {
	rk := Ranking{Title: title, Complete: s.Complete(), Coverage: c.coverage(s), Ranked: len(s.Results)}
	for _, r := range rs {
		k := r.Province
		if national {
			k = &r.National
		}
		row := c.row(r, k, rk.Complete)
		rk.Published = rk.Published || row.Published != ""
		rk.Rows = append(rk.Rows, row)
	}
	return rk
}

// coverage says how much of a scope has data: "data 2 dari 38 provinsi",
// counting the bodies assessed where the year says how many.
func (c *Context) coverage(s *score.Scope) string {
	of := s.Registered
	if s.Assessed > 0 {
		of = s.Assessed
	}
	return c.T("scope.coverage", "n", c.L.Int(len(s.Results)), "of", c.L.Int(of), "kinds", c.kindsWords(s.Kinds))
}

// YearRankings are the national rankings of the page's year.
func (c *Context) YearRankings() []Ranking {
	var out []Ranking
	for _, g := range c.Page.Year.Groups {
		out = append(out, c.ranking(g, true))
	}
	return out
}

// ProvinceRankings are, for each year, the rankings within the page's
// province, newest first.
func (c *Context) ProvinceRankings() []YearRanking {
	var out []YearRanking
	ys := c.Site.Scores.Years
	for i := len(ys) - 1; i >= 0; i-- {
		for _, s := range ys[i].Provinces {
			if s.Province == c.Page.Entity {
				out = append(out, YearRanking{Year: ys[i].Year, Ranking: c.ranking(s, false)})
			}
		}
	}
	return out
}

// YearRanking is a ranking in a year.
type YearRanking struct {
	Year int
	Ranking
	// Shown says, for a shortened table, how many rows it shows ("15
	// dari 40"), and All links the whole ranking.
	Shown, All string
}

// Year formats a year number without grouping.
func (c *Context) Year(y int) string { return strconv.Itoa(y) }
