package narrative

import (
	"strconv"
	"strings"
)

// lead is the first paragraph: the score and its change, the years the
// body was not assessed, its ranks, and whether the figures are real.
func (w *writer) lead() []string {
	out := []string{w.scoreSentence(), w.gapSentence(), w.firstSentence()}
	out = append(out, w.rankSentences()...)
	return append(out, w.illustrative())
}

// scoreSentence: "Pemerintah Kabupaten Lebong meraih nilai 92,00 dalam
// Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023 dari
// Ombudsman Republik Indonesia, naik 7,78 poin dari 84,22 pada 2022."
func (w *writer) scoreSentence() string {
	r, l := w.r, w.l
	name := l.Name(r.Entity)
	if w.id {
		if local(r.Entity) {
			name = "Pemerintah " + name
		}
		s := name + " meraih nilai " + l.Score(r.Score) + " dalam " + w.title()
		if w.pub != "" {
			s += " dari " + w.pub
		}
		return s + w.scoreChange() + "."
	}
	if local(r.Entity) {
		name = "The " + name + " government"
	}
	s := name + " scored " + l.Score(r.Score) + " in the " + strconv.Itoa(r.Year) + " public service compliance assessment"
	if w.pub != "" {
		s += " by " + w.pub
	}
	return s + w.scoreChange() + "."
}

// title is the year's title, with the year added when it lacks one;
// by default "Penilaian Kepatuhan 2023". English texts describe the
// assessment in English instead.
func (w *writer) title() string {
	y := strconv.Itoa(w.r.Year)
	t := w.r.In.Data.Title
	switch {
	case t == "":
		return "Penilaian Kepatuhan " + y
	case !strings.Contains(t, y):
		return t + " " + y
	}
	return t
}

// scoreChange: ", naik 7,78 poin dari 84,22 pada 2022" / ", up 7.78
// points from 84.22 in 2022"; ", sama dengan nilainya pada 2022" /
// ", the same score as in 2022".
func (w *writer) scoreChange() string {
	r, l := w.r, w.l
	if r.Prev == nil {
		return ""
	}
	prev := strconv.Itoa(r.Prev.Year)
	points := " points from "
	if r.ScoreChange == 100 || r.ScoreChange == -100 {
		points = " point from "
	}
	from := w.pick(" poin dari ", points) + l.Score(r.Prev.Score) + w.pick(" pada ", " in ") + prev
	switch {
	case r.ScoreChange > 0:
		return w.pick(", naik ", ", up ") + l.Score(r.ScoreChange) + from
	case r.ScoreChange < 0:
		return w.pick(", turun ", ", down ") + l.Score(-r.ScoreChange) + from
	}
	return w.pick(", sama dengan nilainya pada ", ", the same score as in ") + prev
}

// gapSentence names the years of the data in which the body has no
// result, between this one and the one it is compared with.
func (w *writer) gapSentence() string {
	r := w.r
	if len(r.Gap) == 0 {
		return ""
	}
	prev := strconv.Itoa(r.Prev.Year)
	if w.id {
		return w.short + " tidak tercatat dinilai pada " + years(w.l, r.Gap) + ", sehingga nilainya dibandingkan dengan hasil " + prev + "."
	}
	return w.short + " has no recorded result for " + years(w.l, r.Gap) + ", so its score is compared with " + prev + "."
}

// firstSentence says that there is nothing to compare with.
func (w *writer) firstSentence() string {
	if w.r.Prev != nil {
		return ""
	}
	return w.pick("Ini pertama kalinya "+w.short+" tercatat dinilai, sehingga belum ada nilai sebelumnya sebagai pembanding.",
		"This is the first recorded assessment of "+w.short+", so there is no earlier score to compare it with.")
}

// illustrative marks example data.
func (w *writer) illustrative() string {
	if !w.r.Illustrative {
		return ""
	}
	return w.pick("Angka ini adalah contoh ilustratif, bukan hasil resmi.", "These figures are illustrative examples, not official results.")
}
