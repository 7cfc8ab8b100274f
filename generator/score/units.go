package score

import (
	"cmp"
	"slices"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
)

// UnitScope ranks the units of one type (puskesmas, dukcapil…) of the
// regional bodies of one province in a year. Provinsi bodies are left
// out: their units serve another level of government.
type UnitScope struct {
	Province *data.Entity
	Type     string
	Entries  []UnitEntry // best first, then by body code and unit name
}

// UnitEntry is one unit in a like-unit ranking.
type UnitEntry struct {
	Result *Result
	Unit   *data.Unit
	Rank   int // competition rank on the unit's score (1, 2, 2, 4)
}

// UnitRank places one unit of a result among the like units of its
// province.
type UnitRank struct {
	Unit     *data.Unit
	Rank, Of int
	Scope    *UnitScope
}

// likeUnits builds the like-unit rankings of a year and gives every typed
// unit of a regional body its rank.
func likeUnits(y *Year) []*UnitScope {
	type key struct {
		province *data.Entity
		typ      string
	}
	scopes := map[key]*UnitScope{}
	var out []*UnitScope
	for _, r := range y.Results {
		if r.Province == nil {
			continue
		}
		for _, u := range r.Units {
			if u.Type == "" {
				continue
			}
			k := key{r.Entity.Province, u.Type}
			s := scopes[k]
			if s == nil {
				s = &UnitScope{Province: k.province, Type: k.typ}
				scopes[k] = s
				out = append(out, s)
			}
			s.Entries = append(s.Entries, UnitEntry{Result: r, Unit: u})
		}
	}
	slices.SortFunc(out, func(a, b *UnitScope) int {
		return cmp.Or(strings.Compare(a.Province.Code, b.Province.Code), strings.Compare(a.Type, b.Type))
	})
	for _, s := range out {
		rankUnits(s)
	}
	return out
}

func rankUnits(s *UnitScope) {
	es := s.Entries
	slices.SortFunc(es, func(a, b UnitEntry) int {
		return cmp.Or(cmp.Compare(b.Unit.Score, a.Unit.Score),
			strings.Compare(a.Result.Entity.Code, b.Result.Entity.Code),
			strings.Compare(a.Unit.Name, b.Unit.Name))
	})
	for i := range es {
		es[i].Rank = i + 1
		if i > 0 && es[i].Unit.Score == es[i-1].Unit.Score {
			es[i].Rank = es[i-1].Rank
		}
		r := es[i].Result
		r.UnitRanks = append(r.UnitRanks, UnitRank{Unit: es[i].Unit, Rank: es[i].Rank, Of: len(es), Scope: s})
	}
}
