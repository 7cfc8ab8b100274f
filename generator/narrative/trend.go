package narrative

import (
	"slices"
	"strconv"

	"github.com/rapor-publik/rapor/generator/data"
)

// streakSentence: "Dalam data situs ini, Lebong selalu berada di zona
// hijau sejak 2019 (empat hasil berturut-turut), baik pada sistem zona
// maupun pada opini A–E." Zones are shared by the
// scales, so a streak may cross a change of scale. It is told only in
// the two best zones, where it is news, and not in the year the body
// fell into its zone. It is a fact about the data, not the assessment:
// the data may lack years.
func (w *writer) streakSentence() {
	r, st := w.r, w.r.Streak
	z := slices.Index(data.Zones, st.Zone)
	if st.Years < 2 || z < 0 || z > 1 || r.Prev == nil || r.Prev.Grade == nil ||
		slices.Index(data.Zones, r.Prev.Grade.Zone) < z {
		return
	}
	if st.Years == 2 && r.Prev.Grade == r.Grade && !r.Grade.IsZone() {
		return // "kembali meraih opini A" has said it: two results, one grade
	}
	n, where := number(w.l, st.Years), zone(w.l, st.Zone)
	if z > 0 {
		where += w.pick(" atau lebih baik", " or better")
	}
	since := strconv.Itoa(st.Since)
	var s string
	if w.id {
		s = "Dalam data situs ini, " + w.short + " selalu berada di " + where + " sejak " + since + " (" + n + " hasil berturut-turut)"
	} else {
		s = "In this site's data, " + w.short + " has been in " + where + " in every result since " + since + " (" + n + " in a row)"
	}
	if ss := w.streakScales(); len(ss) > 1 {
		names := make([]string, len(ss))
		for i, sc := range ss {
			names[i] = scaleWords(w.l, sc)
		}
		switch {
		case w.id && len(names) == 2:
			s += ", baik pada " + names[0] + " maupun pada " + names[1]
		case len(names) == 2:
			s += ", under both " + names[0] + " and " + names[1]
		default:
			s += w.pick(", pada ", ", under ") + list(w.l, names)
		}
	}
	w.say(s + ".")
}

// historySentence tells a best or worst score among at least three in
// the data: "Ini nilai tertinggi Lebong di antara empat nilainya dalam
// data situs ini (2021–2024)."
func (w *writer) historySentence() {
	if w.s == nil || !w.r.HasScore {
		return
	}
	h := w.s.History(w.r.Entity)
	if h == nil || h.Scored < 3 || h.Best.Score == h.Worst.Score {
		return
	}
	var high bool
	switch w.r {
	case h.Best:
		high = true
	case h.Worst:
	default:
		return
	}
	sc := scored(h)
	span := strconv.Itoa(sc[0].Year) + "–" + strconv.Itoa(sc[len(sc)-1].Year)
	n := number(w.l, len(sc))
	w.say(w.pick("Ini nilai "+updown(high, "tertinggi ", "terendah ")+w.short+" di antara "+n+" nilainya dalam data situs ini ("+span+").",
		"It is "+possessive(w.short)+updown(high, " highest", " lowest")+" of the "+n+" scores for it in this site's data ("+span+")."))
}

// streakScales are the scales of the results of the streak, oldest
// first, each once.
func (w *writer) streakScales() []*data.Scale {
	var out []*data.Scale
	for p := w.r; p != nil && p.Year >= w.r.Streak.Since; p = p.Prev {
		if sc := p.Scale(); !slices.Contains(out, sc) {
			out = append([]*data.Scale{sc}, out...)
		}
	}
	return out
}
