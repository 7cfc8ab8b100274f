package narrative

import (
	"strconv"

	"github.com/rapor-publik/rapor/generator/score"
)

// standing is one of the body's ranks as the text may tell it.
type standing struct {
	scope     *score.Scope
	national  bool
	rank, of  int  // of is 0 when a published rank gave no count
	official  bool // false: computed over the bodies with data only
	published bool // announced by the publisher, not computed
	tied      []*score.Result
	moved     bool // compared with the previous official rank
	change    int  // the previous rank minus this one: positive is up
	before    int  // the previous official rank
}

// province is the body's rank within its province: the official one, or
// else the one computed over the bodies with data.
func (w *writer) province() standing {
	r := w.r
	if r.Province == nil {
		return standing{}
	}
	st := standing{scope: r.Province.Scope, rank: r.Province.Rank, of: r.Province.Of}
	if o, ok := r.Province.Official(); ok {
		st.rank, st.of, st.official, st.published = o.Rank, o.Of, true, o.Published
		if c, ok := r.ProvinceRankChange(); ok {
			st.moved, st.change, st.before = true, c, o.Rank+c
		}
	}
	if !st.published {
		st.tied = others(r.Province.Ties, r)
	}
	return st
}

// national is the body's official national rank; a national rank
// computed over part of the bodies is not told.
func (w *writer) national() standing {
	r := w.r
	st := standing{scope: r.National.Scope, national: true}
	o, ok := r.National.Official()
	if !ok {
		return st
	}
	st.rank, st.of, st.official, st.published = o.Rank, o.Of, true, o.Published
	if r.Prev != nil {
		if b, ok := r.Prev.National.Official(); ok {
			st.moved, st.change, st.before = true, b.Rank-o.Rank, b.Rank
		}
	}
	if !st.published {
		st.tied = others(r.National.Ties, r)
	}
	return st
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

// rankSentences tell the province rank, then the national one.
func (w *writer) rankSentences() []string {
	var out []string
	announced := false
	for _, st := range []standing{w.province(), w.national()} {
		switch {
		case st.official && st.of != 1:
			out = append(out, w.official(st, len(out) == 0, announced))
			announced = announced || st.published
		case st.scope != nil && !st.official && !st.national && st.of >= 2:
			out = append(out, w.partial(st))
		}
	}
	return out
}

// official tells an official rank: "Nilai itu menempatkan Lebong di
// peringkat 3 dari 10 kabupaten/kota di Provinsi Bengkulu, naik dari
// peringkat 5." A published rank says so; a repeated attribution names
// the publisher only once.
func (w *writer) official(st standing, first, announced bool) string {
	ph := w.place(st) + w.ties(st)
	also := ""
	if !first {
		also = w.pick(" juga", " also")
	}
	var s string
	switch {
	case st.moved && st.change == 0:
		prev := strconv.Itoa(w.r.Prev.Year)
		s = w.short + also + w.pick(" tetap di "+ph+", seperti pada "+prev, " stayed "+ph+", as in "+prev)
	case first && !st.published:
		s = w.pick("Nilai itu menempatkan "+w.short+" di ", "The score placed "+w.short+" ") + ph + w.move(st)
	default:
		s = w.short + also + w.pick(" berada di ", " ranked ") + ph + w.move(st)
	}
	if st.published {
		s = w.attribution(announced) + s
	}
	return s + "."
}

// attribution: "Menurut pengumuman Ombudsman Republik Indonesia, " /
// "As announced by Ombudsman Republik Indonesia, ".
func (w *writer) attribution(again bool) string {
	if w.pub == "" || again {
		return w.pick("Menurut pengumuman resmi, ", "As officially announced, ")
	}
	return w.pick("Menurut pengumuman "+w.pub+", ", "As announced by "+w.pub+", ")
}

// partial tells a rank computed over the bodies with data only.
func (w *writer) partial(st standing) string {
	prov := w.l.Name(st.scope.Province)
	n := w.l.Int(st.of)
	if w.id {
		return "Di " + prov + ", " + w.short + " berada di peringkat " + w.l.Int(st.rank) + " dari " + n + " " +
			kinds(w.l, st.scope.Kinds) + " yang datanya tersedia" + w.ties(st) + "; peringkat ini bukan peringkat resmi."
	}
	return "In " + prov + ", " + w.short + " ranked " + ordinal(w.l, st.rank) + " of the " + n + " " +
		kinds(w.l, st.scope.Kinds) + " with data" + w.ties(st) + "; this is not an official ranking."
}

// place is the rank and its scope: "peringkat 3 dari 10 kabupaten/kota di
// Provinsi Bengkulu", "peringkat 8 dari 416 kabupaten secara nasional" /
// "3rd of 10 regencies and cities in Bengkulu Province", "8th nationally".
func (w *writer) place(st standing) string {
	s := rank(w.l, st.rank)
	if st.of > 0 {
		s += w.pick(" dari ", " of ") + w.l.Int(st.of) + " " + kinds(w.l, st.scope.Kinds)
	}
	if st.national {
		return s + w.pick(" secara nasional", " nationally")
	}
	return s + w.pick(" di ", " in ") + w.l.Name(st.scope.Province)
}

// ties names the bodies sharing the rank: ", bersama Kabupaten Kaur" /
// ", tied with Kaur Regency"; more than three are counted.
func (w *writer) ties(st standing) string {
	if len(st.tied) == 0 {
		return ""
	}
	if len(st.tied) > 3 {
		n := w.l.Int(len(st.tied))
		other := " instansi lain"
		if local(w.r.Entity) {
			other = " daerah lain"
		}
		return w.pick(", bersama "+n+other, ", tied with "+n+" others")
	}
	names := make([]string, len(st.tied))
	for i, t := range st.tied {
		names[i] = w.l.Name(t.Entity)
	}
	return w.pick(", bersama ", ", tied with ") + list(w.l, names)
}

// move is the change against the previous official rank: ", naik dari
// peringkat 5" / ", up from 5th".
func (w *writer) move(st standing) string {
	switch {
	case !st.moved || st.change == 0:
		return ""
	case st.change > 0:
		return w.pick(", naik dari ", ", up from ") + rank(w.l, st.before)
	}
	return w.pick(", turun dari ", ", down from ") + rank(w.l, st.before)
}
