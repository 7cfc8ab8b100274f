package score

import (
	"cmp"
	"math/big"
	"slices"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
)

// GradeCount is how many results got a grade.
type GradeCount struct {
	Grade *data.Grade
	Count int
}

// distribution counts results per grade, best grade first; results
// without a grade are not counted.
func distribution(scale *data.Scale, rs ...[]*Result) []GradeCount {
	out := make([]GradeCount, len(scale.Grades))
	for i, g := range scale.Grades {
		out[i].Grade = g
	}
	for _, list := range rs {
		for _, r := range list {
			if r.Grade != nil {
				out[r.Grade.Index].Count++
			}
		}
	}
	return out
}

// Distribution counts the scope's results per grade, best grade first,
// those without a score included; nil for a scope without results.
func (s *Scope) Distribution() []GradeCount {
	switch {
	case len(s.Results) > 0:
		return distribution(s.Results[0].Scale(), s.Results, s.Unscored)
	case len(s.Unscored) > 0:
		return distribution(s.Unscored[0].Scale(), s.Unscored)
	}
	return nil
}

// Average is the mean score of one kind's results in a year, nationally
// (Province nil) or within a province.
type Average struct {
	Kind     *data.Kind
	Province *data.Entity
	Mean     data.Score // the exact mean of the scores, rounded to 2 decimals
	Count    int
}

// averages computes the mean per kind nationally, then per province and
// kind, in the order kinds are declared and provinces coded.
func averages(y *Year, kindOrder map[*data.Kind]int) []Average {
	type key struct {
		kind     *data.Kind
		province *data.Entity
	}
	sums := map[key][]*big.Rat{}
	for _, r := range y.Results {
		if !r.HasScore {
			continue
		}
		k := r.Entity.Kind
		sums[key{kind: k}] = append(sums[key{kind: k}], scoreRat(r.Score))
		if k.Regional && r.Entity.Province != nil {
			pk := key{kind: k, province: r.Entity.Province}
			sums[pk] = append(sums[pk], scoreRat(r.Score))
		}
	}
	out := make([]Average, 0, len(sums))
	for k, vs := range sums {
		out = append(out, Average{Kind: k.kind, Province: k.province, Mean: data.Round(data.Mean(vs)), Count: len(vs)})
	}
	slices.SortFunc(out, func(a, b Average) int {
		return cmp.Or(
			cmp.Compare(provinceCode(a.Province), provinceCode(b.Province)),
			cmp.Compare(kindOrder[a.Kind], kindOrder[b.Kind]),
		)
	})
	return out
}

func provinceCode(e *data.Entity) string {
	if e == nil {
		return "" // national averages first
	}
	return e.Code
}

func scoreRat(s data.Score) *big.Rat { return big.NewRat(int64(s), 100) }

// Streak counts a body's consecutive results, up to a year, in the same
// zone as that year's or a better one.
type Streak struct {
	Zone        string // the zone of the year's grade; "" when it has none
	Years       int    // 0 when Zone is ""
	Since       int    // the first year of the streak
	SpansScales bool   // the streak crosses a change of scale
}

// streakOf computes the streak of the last of a body's results. A year of
// the data without a result of the body breaks the streak, and so does a
// result without a grade or whose grade has no zone; a year absent from
// the data (no assessment recorded) does not.
func streakOf(rs []*Result) Streak {
	last := rs[len(rs)-1]
	zone := zoneOf(last)
	if zone < 0 {
		return Streak{}
	}
	st := Streak{Zone: last.Grade.Zone, Years: 1, Since: last.Year}
	for i := len(rs) - 1; i > 0; i-- {
		cur, prev := rs[i], rs[i-1]
		z := zoneOf(prev)
		if len(cur.Gap) > 0 || z < 0 || z > zone {
			break
		}
		st.Years++
		st.Since = prev.Year
		if prev.Scale() != last.Scale() {
			st.SpansScales = true
		}
	}
	return st
}

// zoneOf is the index of a result's zone, 0 for the best; -1 for none.
func zoneOf(r *Result) int {
	if r.Grade == nil {
		return -1
	}
	return slices.Index(data.Zones, r.Grade.Zone)
}

func extremeUnits(us []*data.Unit) (best, worst []*data.Unit) {
	for _, u := range us {
		switch {
		case len(best) == 0 || u.Score > best[0].Score:
			best = []*data.Unit{u}
		case u.Score == best[0].Score:
			best = append(best, u)
		}
		switch {
		case len(worst) == 0 || u.Score < worst[0].Score:
			worst = []*data.Unit{u}
		case u.Score == worst[0].Score:
			worst = append(worst, u)
		}
	}
	return best, worst
}

// Risers are the scope's results whose score rose since the body's
// previous assessment, the largest rise first (then by code). Only
// consecutive assessments are compared: the previous result must have a
// score, and no year of the data may lie between them without a result
// of the body, so that every rise spans the same step.
func (s *Scope) Risers() []*Result { return s.movers(func(c data.Score) bool { return c > 0 }, -1) }

// Fallers are the results whose score fell, the largest fall first, on
// the same terms as Risers.
func (s *Scope) Fallers() []*Result { return s.movers(func(c data.Score) bool { return c < 0 }, 1) }

// Consecutive reports whether the score change compares the result with
// the body's previous assessment, with no year of the data between them
// lacking a result of the body.
func (r *Result) Consecutive() bool {
	return r.ScorePrev != nil && r.ScorePrev == r.Prev && len(r.Gap) == 0
}

func (s *Scope) movers(keep func(data.Score) bool, dir int) []*Result {
	var out []*Result
	for _, r := range s.Results {
		if r.Consecutive() && keep(r.ScoreChange) {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b *Result) int {
		return cmp.Or(dir*cmp.Compare(a.ScoreChange, b.ScoreChange), strings.Compare(a.Entity.Code, b.Entity.Code))
	})
	return out
}
