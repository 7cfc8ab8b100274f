package score

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/rapor-publik/rapor/generator/data"
)

// Scores is what the pages and the export need to know about the results.
type Scores struct {
	Years     []*Year // ascending
	Histories []*History
	history   map[*data.Entity]*History

	namesOnce sync.Once
	names     map[string]int  // bodies with results, by name
	provinces map[string]bool // names of the provinces of bodies with results
}

// History returns an entity's results over the years; nil when it has none.
func (s *Scores) History(e *data.Entity) *History { return s.history[e] }

// NameShared reports whether a body's bare name ("Bengkulu") could be
// taken for another body with results or for the province of one: a text
// must then use the full name ("Kota Bengkulu").
func (s *Scores) NameShared(e *data.Entity) bool {
	s.namesOnce.Do(func() {
		s.names, s.provinces = map[string]int{}, map[string]bool{}
		for _, h := range s.Histories {
			s.names[h.Entity.Name]++
			if p := h.Entity.Province; p != nil {
				s.provinces[p.Name] = true
			}
		}
	})
	others := s.names[e.Name]
	if s.history[e] != nil {
		others--
	}
	return others > 0 || s.provinces[e.Name]
}

// Year is one year's scored results.
type Year struct {
	Year    int
	Data    *data.Year
	Results []*Result // by national rank, then code: the export's order
	// ScaleChange is set when the year's scale differs from the one of the
	// year before it in the data.
	ScaleChange *ScaleChange
	// Groups are the national rankings, one per rank group, in the order
	// their kinds are declared.
	Groups []*Scope
	// Provinces are the rankings within provinces, by province code then
	// province group.
	Provinces []*Scope
	// Distribution counts the results per grade, best grade first.
	Distribution []GradeCount
	Averages     []Average
	// LikeUnits ranks the units of one type within a province.
	LikeUnits []*UnitScope
}

// ScaleChange is a change of methodology between two years.
type ScaleChange struct {
	FromYear int
	From, To *data.Scale
}

// Scope is a set of bodies ranked together in a year.
type Scope struct {
	RankGroup     string       // national scopes
	Province      *data.Entity // province scopes
	ProvinceGroup string       // province scopes
	Kinds         []*data.Kind // the kinds ranked in it, in declaration order
	Results       []*Result    // the results with a score, by rank, then code
	Unscored      []*Result    // the results without a score (not ranked), by code
	Registered    int          // bodies of the scope in the registry
	// Assessed is, for a national scope, how many bodies of its rank
	// group were assessed that year: the sum of the year's assessed
	// counts over the group's kinds, when the year gives one for every
	// kind of the group; 0 when unknown, and for province scopes.
	Assessed int
	// AssessedFrom are the counts Assessed sums, for their sources.
	AssessedFrom []*data.Assessed
}

// Complete reports whether the ranking covers the whole scope: its
// results with a score number the bodies assessed where that is known,
// and otherwise every registered body of the scope has a result with a
// score.
func (s *Scope) Complete() bool {
	if s.Assessed > 0 {
		return len(s.Results) == s.Assessed
	}
	return len(s.Results) == s.Registered
}

// Result is one scored result.
type Result struct {
	*data.Result
	Year int
	In   *Year // the scored year the result belongs to
	// Grade is the result's grade: the one its score takes on a scale
	// whose score decides the grade, else the one it gives; nil when it
	// has neither (a result known only by its published ranks).
	Grade    *data.Grade
	National Rank
	Province *Rank // nil for bodies not ranked within a province
	// Prev is the body's previous result in the data: its previous
	// assessment on record, with or without a score; nil for its first.
	Prev *Result
	// Gap lists the years of the data between Prev and this result in
	// which the body has no result.
	Gap []int
	// ScorePrev is the result the score change compares with: the body's
	// most recent earlier result with a score. Nil when this result has
	// no score or no earlier result has one.
	ScorePrev *Result
	// ScoreChange is Score - ScorePrev.Score, and NationalRankChange
	// ScorePrev's computed national rank minus this one (positive is
	// up), as the export gives them; both 0 without ScorePrev.
	ScoreChange        data.Score
	NationalRankChange int
	// ScaleChanged: Prev was graded on another scale, so its grade must
	// not be compared with this one (the scores still are).
	ScaleChanged bool
	Streak       Streak
	BestUnits    []*data.Unit // the units with the highest score
	WorstUnits   []*data.Unit // the units with the lowest score
	UnitRanks    []UnitRank   // like-unit ranks, one per unit with a type
}

// ScoreScaleChanged reports whether ScorePrev was graded on another scale.
func (r *Result) ScoreScaleChanged() bool {
	return r.ScorePrev != nil && r.ScorePrev.Scale() != r.Scale()
}

// Rank is a position in a scope.
type Rank struct {
	// Rank and Of are the computed competition rank and the number of
	// results ranked; both 0 for a result without a score, which is not
	// ranked.
	Rank, Of int
	Scope    *Scope
	// Ties holds every result sharing the rank, this one included, by
	// code; a rank is tied when it holds more than one.
	Ties []*Result
	// Reported is the rank the publisher announced, 0 if none; ReportedOf
	// the count announced with it, 0 if none.
	Reported, ReportedOf int
}

// Ranked reports whether the result has a computed rank.
func (r Rank) Ranked() bool { return r.Rank != 0 }

// Complete reports whether the rank is computed over the whole scope.
func (r Rank) Complete() bool { return r.Rank != 0 && r.Scope.Complete() }

// Scale is the scale the result was graded on.
func (r *Result) Scale() *data.Scale { return r.In.Data.Scale }

// Official is the rank a page may present as the official one: the
// computed rank where it covers the whole scope, else the published
// (reported) one. ok is false when there is neither: a computed rank
// then covers only the bodies whose results are in the data, and is not
// a rank of the province or the nation.
//
// The count ("of N") is the number ranked over a complete scope, else
// the published count, else, for a published national rank, the number
// of bodies of the rank group assessed that year; 0 when none is known.
func (r *Rank) Official() (o Official, ok bool) {
	switch {
	case r == nil:
		return Official{}, false
	case r.Complete():
		return Official{Rank: r.Rank, Of: r.Of, OfAssessed: r.Scope.Assessed > 0}, true
	case r.Reported != 0:
		o := Official{Rank: r.Reported, Of: r.ReportedOf, Published: true}
		if o.Of == 0 && r.Scope.Province == nil && r.Scope.Assessed > 0 {
			o.Of, o.OfAssessed = r.Scope.Assessed, true
		}
		return o, true
	}
	return Official{}, false
}

// Official is a rank fit to be presented as the official one.
type Official struct {
	Rank, Of  int
	Published bool // from the publisher's announcement, not computed
	// OfAssessed: Of is the number of bodies assessed (the year's
	// assessed counts), which their sources back.
	OfAssessed bool
}

// RankMove compares an official rank of the result with the official
// rank in the same scope of the body's previous assessment (Prev): ok
// is false unless both have one. national chooses the scope.
func (r *Result) RankMove(national bool) (before Official, ok bool) {
	if r.Prev == nil {
		return Official{}, false
	}
	now, prev := r.Province, r.Prev.Province
	if national {
		now, prev = &r.National, &r.Prev.National
	}
	if _, ok := now.Official(); !ok {
		return Official{}, false
	}
	return prev.Official()
}

// ProvinceRankChange is the previous assessment's official province rank
// minus this one's (positive: moved up); ok is false unless both have an
// official province rank.
func (r *Result) ProvinceRankChange() (change int, ok bool) {
	before, ok := r.RankMove(false)
	if !ok {
		return 0, false
	}
	now, _ := r.Province.Official()
	return before.Rank - now.Rank, true
}

// History is one body's results, oldest first.
type History struct {
	Entity  *data.Entity
	Results []*Result
	// Best and Worst are the results with the highest and lowest score;
	// between equal scores, the most recent. Nil when no result has a
	// score.
	Best, Worst *Result
	// Scored counts the results with a score.
	Scored int
}

// byRankThenCode orders results by score (highest first), then code.
func byRankThenCode(a, b *Result) int {
	return cmp.Or(cmp.Compare(b.Score, a.Score), strings.Compare(a.Entity.Code, b.Entity.Code))
}

// Compute scores a dataset that loaded without errors. The diagnostics
// are warnings about reported ranks.
func Compute(ds *data.Dataset) (*Scores, data.Diagnostics) {
	s := &Scores{history: map[*data.Entity]*History{}}
	reg := newRegistry(ds)
	var prev *Year
	for _, dy := range ds.Years {
		y := scoreYear(dy, reg)
		if prev != nil && prev.Data.Scale != dy.Scale {
			y.ScaleChange = &ScaleChange{FromYear: prev.Year, From: prev.Data.Scale, To: dy.Scale}
		}
		s.Years = append(s.Years, y)
		prev = y
	}
	s.linkHistories(ds)
	diags := checkReported(s)
	diags.Sort()
	return s, diags
}

// linkHistories connects each result to the body's earlier ones and
// computes the facts that need the history.
func (s *Scores) linkHistories(ds *data.Dataset) {
	for _, y := range s.Years {
		for _, r := range y.Results {
			h := s.history[r.Entity]
			if h == nil {
				h = &History{Entity: r.Entity}
				s.history[r.Entity] = h
			}
			if len(h.Results) > 0 {
				r.link(h.Results, s.Years)
			}
			h.Results = append(h.Results, r)
			r.Streak = streakOf(h.Results)
		}
	}
	for _, e := range ds.Entities {
		if h := s.history[e]; h != nil {
			h.Best, h.Worst = bestAndWorst(h.Results)
			for _, r := range h.Results {
				if r.HasScore {
					h.Scored++
				}
			}
			s.Histories = append(s.Histories, h)
		}
	}
}

// link connects a result to the body's earlier results, oldest first.
func (r *Result) link(earlier []*Result, years []*Year) {
	prev := earlier[len(earlier)-1]
	r.Prev = prev
	r.ScaleChanged = prev.Scale() != r.Scale()
	for _, y := range years {
		if y.Year > prev.Year && y.Year < r.Year {
			r.Gap = append(r.Gap, y.Year)
		}
	}
	if !r.HasScore {
		return
	}
	for i := len(earlier) - 1; i >= 0; i-- {
		if e := earlier[i]; e.HasScore {
			r.ScorePrev = e
			r.ScoreChange = r.Score - e.Score
			r.NationalRankChange = e.National.Rank - r.National.Rank
			return
		}
	}
}

func bestAndWorst(rs []*Result) (best, worst *Result) {
	for _, r := range rs { // oldest first: >= and <= keep the most recent
		if !r.HasScore {
			continue
		}
		if best == nil || r.Score >= best.Score {
			best = r
		}
		if worst == nil || r.Score <= worst.Score {
			worst = r
		}
	}
	return best, worst
}

// Result returns the body's result in a year, or nil.
func (h *History) Result(year int) *Result {
	i, ok := slices.BinarySearchFunc(h.Results, year, func(r *Result, y int) int { return cmp.Compare(r.Year, y) })
	if !ok {
		return nil
	}
	return h.Results[i]
}
