package narrative

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/score"
)

// lead is the first paragraph: the score (or that none was published)
// and its change, what the comparison is against, and the official
// ranks.
func (w *writer) lead() {
	r := w.r
	if r.HasScore {
		w.scoreSentence()
	} else {
		w.unscoredSentence()
	}
	w.gapSentence()
	w.comparisonSentence()
	w.rankSentences()
	if r.Illustrative {
		w.say(w.pick("Angka ini adalah contoh ilustratif, bukan hasil resmi.", "These figures are illustrative examples, not official results."))
	}
}

// subject names the body at first mention: "Pemerintah Kabupaten Lebong"
// / "The Kabupaten Lebong government".
func (w *writer) subject() string {
	name := w.l.Name(w.r.Entity)
	if !local(w.r.Entity) {
		return name
	}
	return w.pick("Pemerintah "+name, "The "+name+" government")
}

// according is the attribution of the result's figures to its sources:
// "Menurut Krakatau Radio, mengutip Bupati Pandeglang, " / "According to
// …, quoting …, "; the sources' titles where they name no outlet; "" for
// a result without sources.
func (w *writer) according() string {
	names := sourceNames(w, w.r)
	if names == "" {
		return ""
	}
	w.attributed = true
	return w.pick("Menurut ", "According to ") + names + ", "
}

// sourceNames names a result's sources as running text.
func sourceNames(w *writer, r *score.Result) string {
	var names []string
	for _, s := range r.Sources {
		n := s.Name()
		if s.Quoting != "" {
			n += w.pick(", mengutip ", ", quoting ") + s.Quoting
		}
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return list(w.l, names)
}

// after joins an attribution and a subject, lowering the first letter of
// an English subject that follows it: "the Kabupaten Lebong government".
func (w *writer) after(attr, subject string) string {
	if attr != "" && !w.id && strings.HasPrefix(subject, "The ") {
		subject = "t" + subject[1:]
	}
	return attr + subject
}

// scoreSentence: "Menurut Antara, Pemerintah Kabupaten Lebong meraih
// nilai 92,00 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik
// 2023 dari Ombudsman Republik Indonesia, naik 7,78 poin dari 84,22 pada
// 2022."
func (w *writer) scoreSentence() {
	r, l := w.r, w.l
	s := w.after(w.according(), w.subject())
	if w.id {
		s += " meraih nilai " + l.Score(r.Score) + " dalam " + Assessment(l, r)
		if w.pub != "" {
			s += " dari " + w.pub
		}
	} else {
		s += " scored " + l.Score(r.Score) + " in " + Assessment(l, r)
		if w.pub != "" {
			s += " by " + w.pub
		}
	}
	w.say(s+w.scoreChange()+".", r, r.ScorePrev)
}

// unscoredSentence: "Menurut Krakatau Radio, Pemerintah Kabupaten
// Pandeglang dinilai dalam Penilaian … 2023 dari Ombudsman Republik
// Indonesia, tetapi nilainya tidak diumumkan." With a grade: "… meraih
// predikat Kualitas Tinggi dalam …", "… berada di zona hijau dalam …".
func (w *writer) unscoredSentence() {
	r, l := w.r, w.l
	s := w.after(w.according(), w.subject())
	zoned := r.Grade != nil && r.Grade.IsZone()
	if w.id {
		switch {
		case zoned:
			s += " berada di " + grade(l, r.Scale(), r.Grade)
		case r.Grade != nil:
			s += " meraih " + grade(l, r.Scale(), r.Grade)
		default:
			s += " dinilai"
		}
		s += " dalam " + Assessment(l, r)
		if w.pub != "" {
			s += " dari " + w.pub
		}
		s += ", tetapi nilainya tidak diumumkan."
	} else {
		switch {
		case zoned:
			s += " was in " + grade(l, r.Scale(), r.Grade)
		case r.Grade != nil:
			s += " received " + grade(l, r.Scale(), r.Grade)
		default:
			s += " was assessed"
		}
		s += " in " + Assessment(l, r)
		if w.pub != "" {
			s += " by " + w.pub
		}
		s += ", but its score was not published."
	}
	w.say(s, r)
}

// Assessment names a result's assessment as a sentence does: in
// Indonesian the year's title, with the year added where it lacks one
// (by default "Penilaian Kepatuhan 2023"); in English "the 2023 public
// service assessment".
func Assessment(l *lang.Lang, r *score.Result) string {
	y := strconv.Itoa(r.Year)
	t := r.In.Data.Title
	switch {
	case !isID(l):
		return "the " + y + " public service assessment"
	case t == "":
		return "Penilaian Kepatuhan " + y
	case !strings.Contains(t, y):
		return t + " " + y
	}
	return t
}

// scoreChange: ", naik 7,78 poin dari 84,22 pada 2022" / ", up 7.78
// points from 84.22 in 2022", against the last earlier score in the
// data; ", sama dengan nilainya pada 2022" / ", the same score as in
// 2022".
func (w *writer) scoreChange() string {
	r, l := w.r, w.l
	p := r.ScorePrev
	if p == nil {
		return ""
	}
	prev := strconv.Itoa(p.Year)
	points := " points from "
	if r.ScoreChange == 100 || r.ScoreChange == -100 {
		points = " point from "
	}
	from := w.pick(" poin dari ", points) + l.Score(p.Score) + w.pick(" pada ", " in ") + prev
	switch {
	case r.ScoreChange > 0:
		return w.pick(", naik ", ", up ") + l.Score(r.ScoreChange) + from
	case r.ScoreChange < 0:
		return w.pick(", turun ", ", down ") + l.Score(-r.ScoreChange) + from
	}
	return w.pick(", sama dengan nilainya pada ", ", the same score as in ") + prev
}

// gapSentence names the years of the data in which the body has no
// result, between this one and the previous one.
func (w *writer) gapSentence() {
	r := w.r
	if len(r.Gap) == 0 || !w.compared() {
		return
	}
	prev := strconv.Itoa(r.Prev.Year)
	w.say(w.pick("Data situs ini tidak memuat hasil "+w.short+" pada "+years(w.l, r.Gap)+
		", sehingga hasil ini dibandingkan dengan hasil "+prev+".",
		"This site's data hold no result for "+w.short+" in "+years(w.l, r.Gap)+
			", so this result is compared with that of "+prev+"."))
}

// compared reports whether the story compares the result with the
// previous one: its score, an official rank or its grade.
func (w *writer) compared() bool {
	r := w.r
	_, province := r.RankMove(false)
	_, national := r.RankMove(true)
	grades := !r.ScaleChanged && r.Prev.Grade != nil && r.Grade != nil
	return r.HasScore && r.ScorePrev == r.Prev || province || national || grades
}

// comparisonSentence says what the comparison is against when it is not
// simply the previous result's score: nothing at all (the first result
// in the data), or an earlier score because the results in between have
// none.
func (w *writer) comparisonSentence() {
	r := w.r
	if r.Prev == nil {
		w.say(w.pick("Ini hasil pertama "+w.short+" dalam data situs ini, sehingga tidak ada hasil sebelumnya untuk dibandingkan.",
			"This is the first result for "+w.short+" in this site's data, so there is no earlier result to compare it with."))
		return
	}
	if !r.HasScore {
		return
	}
	var between []*score.Result
	for p := r.Prev; p != nil && p != r.ScorePrev; p = p.Prev {
		between = append([]*score.Result{p}, between...)
	}
	if len(between) == 0 {
		return
	}
	ys := make([]int, len(between))
	for i, p := range between {
		ys[i] = p.Year
	}
	yrs := years(w.l, ys)
	if r.ScorePrev == nil {
		w.say(w.pick("Data situs ini tidak memuat nilai "+w.short+" sebelumnya: nilainya pada "+yrs+" tidak diumumkan.",
			"This site's data hold no earlier score for "+w.short+": its score in "+yrs+" was not published."), between...)
		return
	}
	prev := strconv.Itoa(r.ScorePrev.Year)
	w.say(w.pick("Nilai "+w.short+" pada "+yrs+" tidak diumumkan, sehingga perubahan nilai dihitung dari nilai "+prev+".",
		possessive(w.short)+" score in "+yrs+" was not published, so the change is measured from its "+prev+" score."), between...)
}
