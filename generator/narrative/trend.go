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
	where := zone(w.l, st.Zone)
	if z > 0 {
		where = w.t("or_better", "zone", where)
	}
	var scales string
	if ss := w.streakScales(); len(ss) > 1 {
		names := make([]string, len(ss))
		for i, sc := range ss {
			names[i] = scaleWords(w.l, sc)
		}
		if len(names) == 2 {
			scales = w.t("streak_scales_two", "first", names[0], "second", names[1])
		} else {
			scales = w.t("streak_scales", "scales", list(w.l, names))
		}
	}
	w.say(w.t("streak", "short", w.short, "zone", where, "since", strconv.Itoa(st.Since),
		"count", number(w.l, st.Years), "scales", scales))
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
	w.say(w.t(updown(high, "best", "worst"), "short", w.short, "shorts", possessive(w.short), "count", n, "span", span))
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
