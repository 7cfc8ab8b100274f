package narrative

import (
	"strconv"

	"github.com/rapor-publik/rapor/generator/score"
)

// standing is an official rank of the body as the text may tell it. A
// rank computed over only the bodies in the data is never told.
type standing struct {
	national bool
	scope    *score.Scope
	o        score.Official
	before   score.Official // the previous assessment's official rank in the scope
	moved    bool           // before is set
	tied     []*score.Result
}

// standing returns the body's official rank in the province or the
// nation; ok is false when it has none, or one of a single body.
func (w *writer) standing(national bool) (standing, bool) {
	r := w.r
	rk := r.Province
	if national {
		rk = &r.National
	}
	o, ok := rk.Official()
	if !ok || o.Of == 1 {
		return standing{}, false
	}
	st := standing{national: national, scope: rk.Scope, o: o}
	st.before, st.moved = r.RankMove(national)
	if !o.Published {
		st.tied = others(rk.Ties, r)
	}
	return st, true
}

func others(ties []*score.Result, r *score.Result) []*score.Result {
	var out []*score.Result
	for _, t := range ties {
		if t != r {
			out = append(out, t)
		}
	}
	return out
}

// rankSentences tell the official province rank, then the national one.
func (w *writer) rankSentences() {
	first := true
	for _, national := range []bool{false, true} {
		st, ok := w.standing(national)
		if !ok {
			continue
		}
		refs := []*score.Result{w.r}
		if st.moved {
			refs = append(refs, w.r.Prev)
		}
		w.say(w.rankSentence(st, first), refs...)
		if st.o.OfAssessed {
			w.para[len(w.para)-1].Refs = append(w.para[len(w.para)-1].Refs, Ref{Assessed: st.scope.AssessedFrom})
		}
		first = false
	}
}

// rankSentence tells an official rank: "Nilai itu menempatkan Lebong di
// peringkat ketiga dari sepuluh kabupaten/kota se-Bengkulu, naik dari
// peringkat kelima pada 2022." (computed over the whole province);
// "Menurut sumber yang sama, Pandeglang berada di peringkat ketiga
// se-Banten, naik dari peringkat kedelapan pada 2023." (published);
// "Secara nasional, …". A province rank kept takes the grade kept with
// it: "Lebong bertahan di peringkat ketiga … dan kembali meraih opini
// Kualitas Tertinggi (A)."
func (w *writer) rankSentence(st standing, first bool) string {
	// The province rank before it was published by the same source: the
	// sentence starts "Secara nasional, " instead of saying so after the
	// rank.
	nationalLead := st.o.Published && st.national && w.rankTold
	args := []string{"short", w.short, "place", w.place(st, !nationalLead) + w.ties(st)}
	var s string
	switch {
	case st.moved && st.before.Rank == st.o.Rank:
		s = w.t("rank_kept", args...)
		if len(w.r.Gap) > 0 {
			s += w.t("as_in", "year", strconv.Itoa(w.r.Prev.Year))
		}
		if kept := w.keptGrade(); first && kept != "" {
			s += kept
			w.gradeTold = true
		}
	case first && !st.o.Published && w.r.HasScore:
		s = w.t("rank_placed", append(args, "move", w.move(st))...)
	default:
		s = w.t("rank", append(args, "move", w.move(st))...)
	}
	lead := ""
	switch {
	case nationalLead:
		lead = w.t("nationally_lead")
	case st.o.Published:
		lead = w.publishedBy()
		w.rankTold = true
	}
	return lead + s + w.assessedClause(st) + "."
}

// publishedBy attributes a published rank to the result's sources:
// "Menurut sumber yang sama, " when the lead named them already.
func (w *writer) publishedBy() string {
	switch {
	case w.attributed && len(w.r.Sources) > 1:
		return w.t("same_sources")
	case w.attributed:
		return w.t("same_source")
	case len(w.r.Sources) > 0:
		return w.according()
	case w.announced:
		return ""
	}
	w.announced = true
	return w.t("published_ranking")
}

// place is the rank and its scope: "peringkat ketiga dari sepuluh
// kabupaten/kota se-Bengkulu", "peringkat ke-67 dari 416 kabupaten" /
// "third of ten regencies and cities in Bengkulu Province". A
// count of bodies assessed is not put in the mouth of a published rank's
// source (see assessedClause). A national rank says "secara nasional" /
// "nationally" unless sayNational is false.
func (w *writer) place(st standing, sayNational bool) string {
	s := rank(w.l, st.o.Rank)
	if st.o.Of > 0 && !(st.o.Published && st.o.OfAssessed) {
		s = w.t("place_of", "rank", s, "count", number(w.l, st.o.Of), "kinds", kinds(w.l, st.scope.Kinds))
	}
	switch {
	case st.national && sayNational:
		return w.t("place_nationally", "place", s)
	case st.national:
		return s
	}
	p := st.scope.Province
	return w.t("place_in_province", "place", s, "province", p.Name, "province_full", w.l.Name(p))
}

// assessedClause gives the number of bodies assessed apart from a
// published rank whose source did not give it: "; pada 2024 dinilai 416
// kabupaten" / "; 416 regencies were assessed in 2024".
func (w *writer) assessedClause(st standing) string {
	if !st.o.Published || !st.o.OfAssessed {
		return ""
	}
	return w.t("assessed", "count", w.l.Int(st.o.Of), "kinds", kinds(w.l, st.scope.Kinds), "year", strconv.Itoa(w.r.Year))
}

// ties names the bodies sharing the rank: ", bersama Kabupaten Kaur" /
// ", tied with Kaur Regency"; more than three are counted.
func (w *writer) ties(st standing) string {
	if len(st.tied) == 0 {
		return ""
	}
	if len(st.tied) > 3 {
		key := "tied_many"
		if local(w.r.Entity) {
			key = "tied_many_local"
		}
		return w.t(key, "count", number(w.l, len(st.tied)))
	}
	names := make([]string, len(st.tied))
	for i, t := range st.tied {
		names[i] = w.l.Name(t.Entity)
	}
	return w.t("tied", "names", list(w.l, names))
}

// move is the change against the previous assessment's official rank:
// ", naik dari peringkat kelima pada 2022" / ", up from fifth in 2022".
func (w *writer) move(st standing) string {
	if !st.moved || st.before.Rank == st.o.Rank {
		return ""
	}
	key := "rank_down"
	if st.before.Rank > st.o.Rank {
		key = "rank_up"
	}
	return w.t(key, "rank", rank(w.l, st.before.Rank), "year", strconv.Itoa(w.r.Prev.Year))
}
