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
		w.say(w.t("illustrative"))
	}
}

// subject names the body at first mention, after an attribution if there
// is one: "Pemerintah Kabupaten Lebong" / "The Kabupaten Lebong
// government", "Menurut Antara, Pemerintah Kabupaten Lebong" /
// "According to Antara, the Kabupaten Lebong government".
func (w *writer) subject() string {
	attr := w.according()
	name := w.l.Name(w.r.Entity)
	switch {
	case !local(w.r.Entity):
		return attr + name
	case attr != "":
		return attr + w.t("subject_after", "name", name)
	}
	return w.t("subject", "name", name)
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
	return w.t("according", "sources", names)
}

// sourceNames names a result's sources as running text.
func sourceNames(w *writer, r *score.Result) string {
	var names []string
	for _, s := range r.Sources {
		n := s.Name()
		if s.Quoting != "" {
			n = w.t("quoting", "source", n, "quoting", s.Quoting)
		}
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return list(w.l, names)
}

// by names the publisher after an assessment: " dari Ombudsman Republik
// Indonesia" / " by …"; "" where the site names none.
func (w *writer) by() string {
	if w.pub == "" {
		return ""
	}
	return w.t("by", "publisher", w.pub)
}

// scoreSentence: "Menurut Antara, Pemerintah Kabupaten Lebong meraih
// nilai 92,00 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik
// 2023 dari Ombudsman Republik Indonesia, naik 7,78 poin dari 84,22 pada
// 2022."
func (w *writer) scoreSentence() {
	r := w.r
	w.say(w.t("score", "subject", w.subject(), "score", w.l.Score(r.Score), "assessment", w.assessment(),
		"by", w.by(), "change", w.scoreChange()), r, r.ScorePrev)
}

// unscoredSentence: "Menurut Krakatau Radio, Pemerintah Kabupaten
// Pandeglang dinilai dalam Penilaian … 2023 dari Ombudsman Republik
// Indonesia, tetapi nilainya tidak diumumkan." With a grade: "… meraih
// opini Kualitas Tinggi (B) dalam …", "… berada di zona hijau dalam …".
func (w *writer) unscoredSentence() {
	r := w.r
	key := "unscored"
	var g string
	if r.Grade != nil {
		key, g = "unscored_grade", grade(w.l, r.Scale(), r.Grade)
		if r.Grade.IsZone() {
			key = "unscored_zone"
		}
	}
	w.say(w.t(key, "subject", w.subject(), "grade", g, "assessment", w.assessment(), "by", w.by()), r)
}

// assessment names the result's assessment (see Assessment).
func (w *writer) assessment() string { return assessment(w.l, w.words, w.r) }

// Assessment names a result's assessment as a story does, with the
// default theme's words: see Options.Assessment.
func Assessment(l *lang.Lang, r *score.Result) string { return assessment(l, DefaultWords, r) }

// Assessment names a result's assessment as a sentence does: the year's
// title, with the year added where it lacks one, else the theme's
// "story.assessment" ("Penilaian Kepatuhan 2023"); in English always
// "story.assessment" ("the 2023 public service assessment"), as the
// titles are Indonesian.
func (o Options) Assessment(l *lang.Lang, r *score.Result) string {
	words := o.Words
	if words == nil {
		words = DefaultWords
	}
	return assessment(l, words, r)
}

func assessment(l *lang.Lang, words Words, r *score.Result) string {
	y := strconv.Itoa(r.Year)
	t := r.In.Data.Title
	switch {
	case !isID(l) || t == "":
		return words(l.Code, "story.assessment", "year", y)
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
	key := "change_same"
	switch {
	case r.ScoreChange > 0:
		key = "change_up"
	case r.ScoreChange < 0:
		key = "change_down"
	}
	if r.ScoreChange == 100 || r.ScoreChange == -100 {
		key += "_one" // "1.00 point"
	}
	points := r.ScoreChange
	if points < 0 {
		points = -points
	}
	return w.t(key, "points", l.Score(points), "prev", l.Score(p.Score), "year", strconv.Itoa(p.Year))
}

// gapSentence names the years of the data in which the body has no
// result, between this one and the previous one.
func (w *writer) gapSentence() {
	r := w.r
	if len(r.Gap) == 0 || !w.compared() {
		return
	}
	prev := strconv.Itoa(r.Prev.Year)
	w.say(w.t("gap", "short", w.short, "years", years(w.l, r.Gap), "prev", prev))
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
		w.say(w.t("first", "short", w.short))
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
		w.say(w.t("no_earlier_score", "short", w.short, "years", yrs), between...)
		return
	}
	prev := strconv.Itoa(r.ScorePrev.Year)
	w.say(w.t("score_between", "short", w.short, "shorts", possessive(w.short), "years", yrs, "prev", prev), between...)
}
