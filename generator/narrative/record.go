package narrative

import (
	"slices"
	"strconv"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

// record is the second paragraph: the grade and its flags, a change of
// methodology, how many bodies were assessed, the streak in a zone and
// the body's best or worst score in the data.
func (w *writer) record() {
	w.gradeSentence()
	w.flagSentence()
	w.scaleSentence()
	w.coverageSentence()
	w.streakSentence()
	w.historySentence()
}

// gradeSentence tells the grade, and how it moved where the previous
// result was graded on the same scale: grades of two scales are never
// compared. A result without a score had its grade told in the lead.
func (w *writer) gradeSentence() {
	r := w.r
	switch {
	case r.Grade == nil || !r.HasScore:
	case r.Prev == nil || r.ScaleChanged || r.Prev.Grade == nil:
		w.say(w.gradeNow(), r)
	case r.Prev.Grade == r.Grade && w.gradeTold:
		// told with the rank it kept: "… bertahan di peringkat ketiga … dan kembali meraih opini …"
	case r.Prev.Grade == r.Grade:
		w.say(w.gradeKept(), r, r.Prev)
	default:
		w.say(w.gradeMoved(r.Prev.Grade, r.Grade), r, r.Prev)
	}
}

// gradeNow: "Dengan nilai itu, Lebong meraih opini Kualitas Tertinggi
// (A) dan berada di zona hijau." / "That earned Lebong grade A (Highest
// quality), in the green zone." A grade given with the result rather
// than taken from its score: "Lebong meraih opini …".
func (w *writer) gradeNow() string {
	g, l, sc := w.r.Grade, w.l, w.r.Scale()
	args := []string{"short", w.short, "grade", grade(l, sc, g), "zone", zone(l, g.Zone)}
	switch {
	case sc.GivenGrades:
		return w.t("grade_given", args...)
	case g.IsZone():
		return w.t("zone_now", args...)
	case g.Zone != "":
		return w.t("grade_now_zone", args...)
	}
	return w.t("grade_now", args...)
}

// gradeKept: "Lebong kembali meraih opini Kualitas Tertinggi (A),
// seperti pada 2022." / "Lebong again received grade A (Highest
// quality), as in 2022." A zone kept over a streak is told by the streak
// alone.
func (w *writer) gradeKept() string {
	g, l := w.r.Grade, w.l
	args := []string{"short", w.short, "year", strconv.Itoa(w.r.Prev.Year)}
	if g.IsZone() {
		if w.r.Streak.Years >= 2 {
			return ""
		}
		return w.t("zone_kept", append(args, "zone", zone(l, g.Zone))...)
	}
	return w.t("grade_kept", append(args, "grade", grade(l, w.r.Scale(), g))...)
}

// keptGrade is the clause that joins a kept grade to a kept rank: " dan
// kembali meraih opini Kualitas Tertinggi (A)" / " and again received
// grade A (Highest quality)"; "" where the grade is not simply kept (a
// zone, another scale, no grade) or the result has no score, whose
// grade the lead told.
func (w *writer) keptGrade() string {
	r := w.r
	if r.Grade == nil || !r.HasScore || r.Prev == nil || r.ScaleChanged || r.Prev.Grade != r.Grade || r.Grade.IsZone() {
		return ""
	}
	return w.t("and_grade_kept", "grade", grade(w.l, r.Scale(), r.Grade))
}

// gradeMoved: "Lebong naik dari opini Kualitas Sedang (C) pada 2022
// menjadi Kualitas Tinggi (B), sekaligus naik dari zona kuning ke zona
// hijau." / "Lebong rose from grade C (Medium quality) in 2022 to B
// (High quality), …"; "Dengan nilai itu, Lebong naik dari zona kuning ke
// zona hijau."
func (w *writer) gradeMoved(from, to *data.Grade) string {
	l := w.l
	if from.IsZone() && to.IsZone() {
		return w.t(updown(zoneUp(from, to), "zone_up", "zone_down"), "short", w.short,
			"from", zone(l, from.Zone), "to", zone(l, to.Zone))
	}
	var zones string
	if from.Zone != "" && to.Zone != "" && from.Zone != to.Zone {
		zones = w.t(updown(zoneUp(from, to), "also_zone_up", "also_zone_down"),
			"from", zone(l, from.Zone), "to", zone(l, to.Zone))
	}
	return w.t(updown(to.Index < from.Index, "grade_up", "grade_down"), "short", w.short,
		"from", grade(l, w.r.Scale(), from), "year", strconv.Itoa(w.r.Prev.Year), "to", gradeName(l, to), "zones", zones)
}

// zoneUp reports whether to is a better zone than from.
func zoneUp(from, to *data.Grade) bool {
	return slices.Index(data.Zones, to.Zone) < slices.Index(data.Zones, from.Zone)
}

func updown(up bool, a, b string) string {
	if up {
		return a
	}
	return b
}

// flagSentence names the result's flags: "Hasil Garut juga disertai
// keterangan “Tanpa Maladministrasi”." / "Garut's result also carries
// the mark “Without Maladministration”."
func (w *writer) flagSentence() {
	r := w.r
	if len(r.Flags) == 0 {
		return
	}
	names := make([]string, len(r.Flags))
	for i, f := range r.Flags {
		label := f.Label
		if !w.id && f.LabelEN != "" {
			label = f.LabelEN
		}
		names[i] = quote(label)
	}
	w.say(w.t("flags", "short", w.short, "shorts", possessive(w.short), "flags", list(w.l, names)), r)
}

// scaleSentence says that the methodology changed: since the body's
// previous result, so that its grade is not read against this one; or,
// for a body without an earlier result on the old scale, in this year.
func (w *writer) scaleSentence() {
	r := w.r
	who := w.t("the_assessment")
	if w.pub != "" {
		who = w.pub
	}
	if r.ScaleChanged {
		from, to := scaleWords(w.l, r.Prev.Scale()), scaleWords(w.l, r.Scale())
		var scores string
		if r.ScorePrev != nil && r.ScoreScaleChanged() {
			scores = w.t("scale_scores")
		}
		w.say(w.t("scale_changed", "since", strconv.Itoa(w.scaleSince()), "who", who, "to", to,
			"from", from, "the_from", the(from), "prev", strconv.Itoa(r.Prev.Year), "scores", scores))
		return
	}
	c := r.In.ScaleChange
	if c == nil {
		return
	}
	from := scaleWords(w.l, c.From)
	w.say(w.t("scale_change", "year", strconv.Itoa(r.Year), "who", who, "to", scaleWords(w.l, c.To),
		"from", from, "the_from", the(from), "until", strconv.Itoa(c.FromYear)))
}

// scaleSince is the first year of the run of years, up to the result's,
// graded on its scale.
func (w *writer) scaleSince() int {
	since := w.r.Year
	if w.s == nil {
		return since
	}
	for i := len(w.s.Years) - 1; i >= 0; i-- {
		y := w.s.Years[i]
		if y.Year > w.r.Year {
			continue
		}
		if y.Data.Scale != w.r.Scale() {
			break
		}
		since = y.Year
	}
	return since
}

// coverageSentence tells that fewer bodies of the body's kind were
// assessed than in the most recent earlier year the data give a count
// for: "Pada penilaian 2025 hanya 170 kabupaten yang dinilai, sedangkan
// pada 2024 dinilai 416 kabupaten." Both counts come from the year files'
// assessed, with their sources. The registry is not compared with: it
// lists today's bodies, not those of the year.
func (w *writer) coverageSentence() {
	r := w.r
	k := r.Entity.Kind
	now := r.In.Data.AssessedCount(k)
	if now == nil || w.s == nil {
		return
	}
	var before *data.Assessed
	for i := len(w.s.Years) - 1; i >= 0 && before == nil; i-- {
		if y := w.s.Years[i]; y.Year < r.Year {
			before = y.Data.AssessedCount(k)
		}
	}
	if before == nil || before.Count <= now.Count {
		return
	}
	w.say(w.t("coverage", "count", w.l.Int(now.Count), "kinds", kinds(w.l, []*data.Kind{k}), "year", strconv.Itoa(r.Year),
		"before", w.l.Int(before.Count), "before_year", strconv.Itoa(yearOf(w.s, before))))
	w.para[len(w.para)-1].Refs = []Ref{{Assessed: []*data.Assessed{now, before}}}
}

// yearOf is the year whose data hold an assessed count.
func yearOf(s *score.Scores, a *data.Assessed) int {
	for _, y := range s.Years {
		if slices.Contains(y.Data.Assessed, a) {
			return y.Year
		}
	}
	return 0
}

// scored lists a history's results with a score.
func scored(h *score.History) []*score.Result {
	var out []*score.Result
	for _, r := range h.Results {
		if r.HasScore {
			out = append(out, r)
		}
	}
	return out
}
