package narrative

import (
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

// units is the third paragraph: the best and the worst service units,
// and where like units of other bodies of the province have results,
// how these units rank among them.
func (w *writer) units() []string {
	r := w.r
	var out []string
	switch {
	case len(r.Units) == 0:
		return nil
	case len(r.Units) == 1:
		out = append(out, w.pick("Satu-satunya unit layanan yang dinilai, ", "The only service unit assessed, ")+
			r.Units[0].Name+w.pick(", meraih nilai ", ", scored ")+w.l.Score(r.Units[0].Score)+".")
	case r.BestUnits[0].Score == r.WorstUnits[0].Score:
		out = append(out, w.sameUnits())
	default:
		out = append(out, w.extremes())
	}
	return append(out, w.unitRanks()...)
}

// sameUnits: "Keenam unit layanan yang dinilai meraih nilai yang sama,
// 90,00." / "All six service units assessed scored the same, 90.00."
func (w *writer) sameUnits() string {
	n := len(w.r.Units)
	v := w.l.Score(w.r.Units[0].Score)
	switch {
	case w.id && n <= 10:
		return "Ke" + number(w.l, n) + " unit layanan yang dinilai meraih nilai yang sama, " + v + "."
	case w.id:
		return "Semua " + w.l.Int(n) + " unit layanan yang dinilai meraih nilai yang sama, " + v + "."
	case n == 2:
		return "Both service units assessed scored the same, " + v + "."
	}
	return "All " + number(w.l, n) + " service units assessed scored the same, " + v + "."
}

// extremes: "Dari enam unit layanan yang dinilai, nilai tertinggi diraih
// Puskesmas Cimanuk (97,82), sedangkan nilai terendah tercatat pada Dinas
// Pendidikan (92,23)."
func (w *writer) extremes() string {
	n := number(w.l, len(w.r.Units))
	best, worst := w.unitsWith(w.r.BestUnits), w.unitsWith(w.r.WorstUnits)
	if w.id {
		return "Dari " + n + " unit layanan yang dinilai, nilai tertinggi diraih " + best + ", sedangkan nilai terendah tercatat pada " + worst + "."
	}
	return "Of the " + n + " service units assessed, " + best + " scored highest, while " + worst + " scored lowest."
}

// unitsWith names units that share a score, with it: "Puskesmas Cimanuk
// (97,82)", "A dan B (masing-masing 97,82)" / "A and B (97.82 each)".
func (w *writer) unitsWith(us []*data.Unit) string {
	v := w.l.Score(us[0].Score)
	if len(us) == 1 {
		return us[0].Name + " (" + v + ")"
	}
	names := make([]string, len(us))
	for i, u := range us {
		names[i] = u.Name
	}
	return list(w.l, names) + w.pick(" (masing-masing "+v+")", " ("+v+" each)")
}

// unitRanks place the best and worst units among the like units of the
// province, where those belong to more than this body. Long lists of tied
// units are not ranked one by one.
func (w *writer) unitRanks() []string {
	var out []string
	seen := map[*data.Unit]bool{}
	for _, group := range [][]*data.Unit{w.r.BestUnits, w.r.WorstUnits} {
		if len(group) > 3 {
			continue
		}
		for _, u := range group {
			if seen[u] {
				continue
			}
			seen[u] = true
			if ur, ok := w.unitRank(u); ok {
				out = append(out, w.unitRankSentence(ur))
			}
		}
	}
	return out
}

func (w *writer) unitRank(u *data.Unit) (score.UnitRank, bool) {
	for _, ur := range w.r.UnitRanks {
		if ur.Unit == u && ur.Of >= 2 && len(bodyKinds(ur.Scope)) > 0 {
			return ur, true
		}
	}
	return score.UnitRank{}, false
}

// bodyKinds are the kinds of the bodies in a like-unit ranking, in
// declaration order; nil when all its units belong to one body.
func bodyKinds(s *score.UnitScope) []*data.Kind {
	var ks []*data.Kind
	multiple := false
	for _, e := range s.Entries {
		multiple = multiple || e.Result != s.Entries[0].Result
		ks = append(ks, e.Result.Entity.Kind)
	}
	if !multiple {
		return nil
	}
	return byDeclaration(ks)
}

// unitRankSentence: "Puskesmas Cimanuk menempati peringkat 1 dari 12
// puskesmas kabupaten/kota di Provinsi Banten yang datanya tersedia."
func (w *writer) unitRankSentence(ur score.UnitRank) string {
	typ := unitType(ur.Scope.Type)
	ks := kinds(w.l, bodyKinds(ur.Scope))
	prov := w.l.Name(ur.Scope.Province)
	of := w.l.Int(ur.Of)
	if w.id {
		return ur.Unit.Name + " menempati peringkat " + w.l.Int(ur.Rank) + " dari " + of + " " + typ + " " + ks +
			" di " + prov + " yang datanya tersedia."
	}
	return ur.Unit.Name + " ranked " + ordinal(w.l, ur.Rank) + " of the " + of + " " + typ + " units of " + ks +
		" in " + prov + " with data."
}

// unitType writes a unit type tag as prose: "dinas-sosial" → "dinas
// sosial"; a word without vowels is an acronym: "dpmptsp" → "DPMPTSP".
func unitType(tag string) string {
	words := strings.Split(tag, "-")
	for i, w := range words {
		if !strings.ContainsAny(w, "aeiou") {
			words[i] = strings.ToUpper(w)
		}
	}
	return strings.Join(words, " ")
}
