package score

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
)

// scopeKey names a scope: a rank group nationally, or a province group
// within a province.
type scopeKey struct {
	rankGroup     string
	province      *data.Entity
	provinceGroup string
}

// keys returns the national and, for regional bodies, the province scope
// of an entity.
func keys(e *data.Entity) (national scopeKey, province *scopeKey) {
	national = scopeKey{rankGroup: e.Kind.RankGroup}
	if e.Kind.Regional && e.Province != nil {
		province = &scopeKey{province: e.Province, provinceGroup: e.Kind.ProvinceGroup}
	}
	return national, province
}

// registry counts the registered bodies of every scope, and the kinds in it.
type registry struct {
	count     map[scopeKey]int
	kinds     map[scopeKey][]*data.Kind
	order     map[string]int // rank group → index of its first kind
	kindOrder map[*data.Kind]int
	group     map[string][]*data.Kind // rank group → every kind declared in it
}

func newRegistry(ds *data.Dataset) *registry {
	reg := &registry{count: map[scopeKey]int{}, kinds: map[scopeKey][]*data.Kind{}, order: map[string]int{},
		kindOrder: map[*data.Kind]int{}, group: map[string][]*data.Kind{}}
	for i, k := range ds.Kinds {
		reg.kindOrder[k] = i
		if _, ok := reg.order[k.RankGroup]; !ok {
			reg.order[k.RankGroup] = i
		}
		reg.group[k.RankGroup] = append(reg.group[k.RankGroup], k)
	}
	for _, e := range ds.Entities {
		n, p := keys(e)
		reg.add(n, e.Kind)
		if p != nil {
			reg.add(*p, e.Kind)
		}
	}
	return reg
}

func (reg *registry) add(k scopeKey, kind *data.Kind) {
	reg.count[k]++
	if !slices.Contains(reg.kinds[k], kind) {
		reg.kinds[k] = append(reg.kinds[k], kind)
	}
}

// gradeOf is a result's grade: the one its score takes where the score
// decides, else the one it gives (nil for none).
func gradeOf(dr *data.Result, sc *data.Scale) *data.Grade {
	if dr.HasScore && !sc.GivenGrades {
		return sc.Grade(dr.Score)
	}
	return dr.Grade
}

// assessedIn sums a year's assessed counts over the kinds of a rank
// group; 0 unless the year gives a count for every one of them.
func assessedIn(dy *data.Year, kinds []*data.Kind) (int, []*data.Assessed) {
	sum, from := 0, make([]*data.Assessed, 0, len(kinds))
	for _, k := range kinds {
		a := dy.AssessedCount(k)
		if a == nil {
			return 0, nil
		}
		sum += a.Count
		from = append(from, a)
	}
	return sum, from
}

// scoreYear grades and ranks one year.
func scoreYear(dy *data.Year, reg *registry) *Year {
	y := &Year{Year: dy.Year, Data: dy}
	scopes := map[scopeKey]*Scope{}
	scope := func(k scopeKey) *Scope {
		s := scopes[k]
		if s == nil {
			s = &Scope{RankGroup: k.rankGroup, Province: k.province, ProvinceGroup: k.provinceGroup,
				Kinds: reg.kinds[k], Registered: reg.count[k]}
			scopes[k] = s
			if k.province == nil {
				s.Assessed, s.AssessedFrom = assessedIn(dy, reg.group[k.rankGroup])
				y.Groups = append(y.Groups, s)
			} else {
				y.Provinces = append(y.Provinces, s)
			}
		}
		return s
	}
	// place adds a result to a scope: to be ranked when it has a score.
	place := func(r *Result, s *Scope) {
		if r.HasScore {
			s.Results = append(s.Results, r)
		} else {
			s.Unscored = append(s.Unscored, r)
		}
	}
	for _, dr := range dy.Results {
		r := &Result{Result: dr, Year: dy.Year, In: y, Grade: gradeOf(dr, dy.Scale)}
		n, p := keys(dr.Entity)
		r.National = Rank{Scope: scope(n), Reported: dr.Reported.NationalRank, ReportedOf: dr.Reported.NationalOf}
		place(r, r.National.Scope)
		if p != nil {
			r.Province = &Rank{Scope: scope(*p), Reported: dr.Reported.ProvinceRank, ReportedOf: dr.Reported.ProvinceOf}
			place(r, r.Province.Scope)
		}
		r.BestUnits, r.WorstUnits = extremeUnits(dr.Units)
		y.Results = append(y.Results, r)
	}
	for _, s := range y.Groups {
		rankScope(s, func(r *Result) *Rank { return &r.National })
	}
	for _, s := range y.Provinces {
		rankScope(s, func(r *Result) *Rank { return r.Province })
	}
	for _, s := range scopes {
		slices.SortFunc(s.Unscored, byCode)
	}
	slices.SortFunc(y.Groups, func(a, b *Scope) int { return cmp.Compare(reg.order[a.RankGroup], reg.order[b.RankGroup]) })
	slices.SortFunc(y.Provinces, func(a, b *Scope) int {
		return cmp.Or(strings.Compare(a.Province.Code, b.Province.Code), strings.Compare(a.ProvinceGroup, b.ProvinceGroup))
	})
	// Ranked results first, by national rank then code; then the
	// unranked ones, by code.
	slices.SortFunc(y.Results, func(a, b *Result) int {
		return cmp.Or(cmp.Compare(exportRank(a), exportRank(b)), byCode(a, b))
	})
	y.Distribution = distribution(dy.Scale, y.Results)
	y.Averages = averages(y, reg.kindOrder)
	y.LikeUnits = likeUnits(y)
	return y
}

// rankScope sorts a scope and gives each result its competition rank:
// one more than the number of results with a higher score (1, 2, 2, 4).
func rankScope(s *Scope, rankOf func(*Result) *Rank) {
	slices.SortFunc(s.Results, byRankThenCode)
	n := len(s.Results)
	for i := 0; i < n; {
		j := i
		for j < n && s.Results[j].Score == s.Results[i].Score {
			j++
		}
		tied := s.Results[i:j:j]
		for _, r := range tied {
			rk := rankOf(r)
			rk.Rank, rk.Of, rk.Ties = i+1, n, tied
		}
		i = j
	}
}

func byCode(a, b *Result) int { return strings.Compare(a.Entity.Code, b.Entity.Code) }

// exportRank orders results as the export does: an unranked result after
// every ranked one.
func exportRank(r *Result) int {
	if r.National.Ranked() {
		return r.National.Rank
	}
	return math.MaxInt
}
