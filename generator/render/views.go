package render

import (
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// Row is one body in a ranking table.
type Row struct {
	Rank     string // "3", or "" where the body is not ranked
	Name     string
	URL      string // relative; "" when the body has no page
	Province string
	Score    string
	Grade    *data.Grade
	Change   string // "+7,78", "" for a first assessment
	Up, Down bool
	Note     string // "diumumkan: peringkat 5", …
}

// RankText says a rank in words, with its scope, never presenting a rank
// over partial data as the official one.
type RankText struct {
	Text      string
	Published bool // the publisher's figure, not computed here
	Partial   bool // computed over the bodies with data only
}

// rankText describes a result's rank in a scope.
func (c *Context) rankText(rk *score.Rank) RankText { return c.rankWords(rk, "rank.") }

// rankWords describes a rank with the theme's words under prefix: "rank."
// on pages, "card.rank." on share cards, whose words put whether a rank
// was announced or is partial first, where a cut line cannot lose it.
func (c *Context) rankWords(rk *score.Rank, prefix string) RankText {
	if rk == nil {
		return RankText{}
	}
	scope := c.scopeWords(rk.Scope)
	if o, ok := rk.Official(); ok {
		switch {
		case o.Published && o.Of == 0:
			return RankText{Text: c.T(prefix+"published", "rank", c.L.Int(o.Rank), "scope", scope), Published: true}
		case o.Published:
			return RankText{Text: c.T(prefix+"of_published", "rank", c.L.Int(o.Rank), "of", c.L.Int(o.Of), "scope", scope), Published: true}
		}
		return RankText{Text: c.T(prefix+"of", "rank", c.L.Int(o.Rank), "of", c.L.Int(o.Of), "scope", scope)}
	}
	return RankText{Text: c.T(prefix+"of_partial", "rank", c.L.Int(rk.Rank), "of", c.L.Int(rk.Of), "scope", scope), Partial: true}
}

// NationalRank and ProvinceRank describe the page's result's ranks.
func (c *Context) NationalRank() RankText { return c.rankText(&c.Page.Result.National) }

// ProvinceRank describes the page's result's province rank, if any.
func (c *Context) ProvinceRank() RankText { return c.rankText(c.Page.Result.Province) }

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

// row builds a ranking row for a result ranked in a scope.
func (c *Context) row(r *score.Result, rk *score.Rank) Row {
	row := Row{Name: c.L.Name(r.Entity), Score: c.L.Score(r.Score), Grade: r.Grade}
	if rk != nil {
		row.Rank = c.L.Int(rk.Rank)
		if rk.Reported != 0 && !rk.Complete() {
			row.Note = c.T("rank.announced", "rank", c.L.Int(rk.Reported))
		}
	}
	if c.Site.HasPage(r.Entity) {
		row.URL = c.Rel(site.BodyURL(c.L, r.Entity, r.Year))
	}
	if p := r.Entity.Province; p != nil {
		row.Province = p.Name
	}
	if r.Prev != nil {
		row.Change = c.L.Signed(r.ScoreChange)
		row.Up, row.Down = r.ScoreChange > 0, r.ScoreChange < 0
	}
	return row
}

// Ranking is a ranked scope as a table.
type Ranking struct {
	Title    string
	Complete bool
	Coverage string // "10 dari 10 kabupaten/kota", shown when incomplete
	Rows     []Row
}

func (c *Context) ranking(s *score.Scope, national bool) Ranking {
	rk := Ranking{Title: c.scopeWords(s), Complete: s.Complete()}
	rk.Coverage = c.coverage(s)
	for _, r := range s.Results {
		k := r.Province
		if national {
			k = &r.National
		}
		rk.Rows = append(rk.Rows, c.row(r, k))
	}
	return rk
}

// coverage says how much of a scope has data: "2 dari 38 provinsi".
func (c *Context) coverage(s *score.Scope) string {
	return c.T("scope.coverage", "n", c.L.Int(len(s.Results)), "of", c.L.Int(s.Registered), "kinds", c.kindsWords(s.Kinds))
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
}

// Year formats a year number without grouping.
func (c *Context) Year(y int) string { return strconv.Itoa(y) }
