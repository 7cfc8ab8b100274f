package narrative

import (
	"slices"
	"strconv"

	"github.com/rapor-publik/rapor/generator/data"
)

// streakSentence: "Lebong bertahan tiga tahun berturut-turut di zona
// hijau, sejak 2022." Zones are shared by the scales, so a streak may
// cross a change of scale. It is told only in the two best zones, where
// it is news, and not in the year the body fell into its zone.
func (w *writer) streakSentence() string {
	st := w.r.Streak
	z := slices.Index(data.Zones, st.Zone)
	if st.Years < 2 || z > 1 || slices.Index(data.Zones, w.r.Prev.Grade.Zone) < z {
		return ""
	}
	n, where := number(w.l, st.Years), zone(w.l, st.Zone)
	if z > 0 {
		where += w.pick(" atau lebih baik", " or better")
	}
	since := strconv.Itoa(st.Since)
	// A year without an assessment in the data (2020) does not break a
	// streak; the streak then counts assessments, not years.
	inYears := w.r.Year-st.Since+1 == st.Years
	var s string
	switch {
	case w.id && inYears:
		s = w.short + " bertahan " + n + " tahun berturut-turut di " + where + ", sejak " + since
	case w.id:
		s = w.short + " bertahan di " + where + " dalam " + n + " penilaian berturut-turut, sejak " + since
	case inYears:
		s = w.short + " has stayed in " + where + " " + n + " years in a row, since " + since
	default:
		s = w.short + " has stayed in " + where + " in " + n + " consecutive assessments, since " + since
	}
	if st.SpansScales {
		s += w.pick("; zona itu dipakai oleh kedua skala penilaian", "; both grading scales use the same zones")
	}
	return s + "."
}

// historySentence tells a best or worst score among at least three:
// "Ini nilai tertinggi Lebong sejak mulai tercatat dinilai pada 2021."
func (w *writer) historySentence() string {
	if w.s == nil {
		return ""
	}
	h := w.s.History(w.r.Entity)
	if h == nil || len(h.Results) < 3 || h.Best.Score == h.Worst.Score {
		return ""
	}
	var high bool
	switch w.r {
	case h.Best:
		high = true
	case h.Worst:
	default:
		return ""
	}
	first, last := h.Results[0].Year, h.Results[len(h.Results)-1].Year
	if w.id {
		s := "Ini nilai " + updown(high, "tertinggi ", "terendah ") + w.short
		if last == w.r.Year {
			return s + " sejak mulai tercatat dinilai pada " + strconv.Itoa(first) + "."
		}
		return s + " di antara " + number(w.l, len(h.Results)) + " penilaiannya yang tercatat (" +
			strconv.Itoa(first) + "–" + strconv.Itoa(last) + ")."
	}
	s := "It is " + possessive(w.short) + updown(high, " highest", " lowest") + " score"
	if last == w.r.Year {
		return s + " since its first recorded assessment in " + strconv.Itoa(first) + "."
	}
	return s + " of its " + number(w.l, len(h.Results)) + " recorded assessments (" +
		strconv.Itoa(first) + "–" + strconv.Itoa(last) + ")."
}
