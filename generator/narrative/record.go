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
	if sc.GivenGrades {
		return w.short + w.pick(" meraih ", " received ") + grade(l, sc, g) + "."
	}
	if g.IsZone() {
		return w.pick("Dengan nilai itu, "+w.short+" berada di ", "That put "+w.short+" in ") + zone(l, g.Zone) + "."
	}
	s := w.pick("Dengan nilai itu, "+w.short+" meraih ", "That earned "+w.short+" ") + grade(l, sc, g)
	if g.Zone != "" {
		s += w.pick(" dan berada di ", ", in ") + zone(l, g.Zone)
	}
	return s + "."
}

// gradeKept: "Lebong kembali meraih opini Kualitas Tertinggi (A),
// seperti pada 2022." / "Lebong again received grade A (Highest
// quality), as in 2022." A zone kept over a streak is told by the streak
// alone.
func (w *writer) gradeKept() string {
	g, l := w.r.Grade, w.l
	prev := strconv.Itoa(w.r.Prev.Year)
	if g.IsZone() {
		if w.r.Streak.Years >= 2 {
			return ""
		}
		return w.pick(w.short+" tetap berada di "+zone(l, g.Zone)+", seperti pada "+prev+".",
			w.short+" remained in "+zone(l, g.Zone)+", as in "+prev+".")
	}
	return w.short + w.pick(" kembali meraih ", " again received ") + grade(l, w.r.Scale(), g) + w.pick(", seperti pada ", ", as in ") + prev + "."
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
	return w.pick(" dan kembali meraih ", " and again received ") + grade(w.l, r.Scale(), r.Grade)
}

// gradeMoved: "Lebong naik dari opini Kualitas Sedang (C) pada 2022
// menjadi opini Kualitas Tinggi (B), sekaligus naik dari zona kuning ke
// zona hijau." / "Lebong rose from grade C (Medium quality) in 2022 to
// grade B (High quality), …"; "Dengan nilai itu, Lebong naik dari zona
// kuning ke zona hijau."
func (w *writer) gradeMoved(from, to *data.Grade) string {
	l := w.l
	if from.IsZone() && to.IsZone() {
		return w.pick("Dengan nilai itu, "+w.short, "That moved "+w.short) + w.zoneMove(from.Zone, to.Zone) + "."
	}
	up := to.Index < from.Index
	in := w.pick(" pada ", " in ") + strconv.Itoa(w.r.Prev.Year)
	sc := w.r.Scale()
	s := w.short + w.pick(updown(up, " naik dari ", " turun dari "), updown(up, " rose from ", " fell from ")) +
		grade(l, sc, from) + in + w.pick(" menjadi ", " to ") + gradeName(l, to)
	if from.Zone != "" && to.Zone != "" && from.Zone != to.Zone {
		s += w.pick(", sekaligus", ", moving it") + w.zoneMove(from.Zone, to.Zone)
	}
	return s + "."
}

// zoneMove: " naik dari zona kuning ke zona hijau" / " up from the yellow
// zone to the green zone" (after "That moved Lebong" or "moving it").
func (w *writer) zoneMove(from, to string) string {
	up := slices.Index(data.Zones, to) < slices.Index(data.Zones, from)
	if w.id {
		return updown(up, " naik", " turun") + " dari " + zone(w.l, from) + " ke " + zone(w.l, to)
	}
	return updown(up, " up", " down") + " from " + zone(w.l, from) + " to " + zone(w.l, to)
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
	w.say(w.pick("Hasil "+w.short+" juga disertai keterangan "+list(w.l, names)+".",
		possessive(w.short)+" result also carries the mark "+list(w.l, names)+"."), r)
}

// scaleSentence says that the methodology changed: since the body's
// previous result, so that its grade is not read against this one; or,
// for a body without an earlier result on the old scale, in this year.
func (w *writer) scaleSentence() {
	r := w.r
	who := w.pick("penilaian", "the assessment")
	if w.pub != "" {
		who = w.pub
	}
	if r.ScaleChanged {
		from, to := r.Prev.Scale(), r.Scale()
		since, prev := strconv.Itoa(w.scaleSince()), strconv.Itoa(r.Prev.Year)
		bothScored := r.ScorePrev != nil && r.ScoreScaleChanged()
		if w.id {
			s := "Sejak " + since + ", " + who + " memakai " + scaleWords(w.l, to) +
				", menggantikan " + scaleWords(w.l, from) + " yang dipakai pada " + prev +
				", sehingga hasil kedua tahun tidak dapat dibandingkan langsung"
			if bothScored {
				s += "; nilainya sama-sama berskala 0–100"
			}
			w.say(s + ".")
			return
		}
		s := "Since " + since + ", " + who + " has given " + scaleWords(w.l, to) +
			" in place of " + the(scaleWords(w.l, from)) + " used in " + prev +
			", so the two years' results cannot be compared directly"
		if bothScored {
			s += "; both scores run from 0 to 100"
		}
		w.say(s + ".")
		return
	}
	c := r.In.ScaleChange
	if c == nil {
		return
	}
	y, fy := strconv.Itoa(r.Year), strconv.Itoa(c.FromYear)
	w.say(w.pick("Pada "+y+", "+who+" mulai memakai "+scaleWords(w.l, c.To)+
		", menggantikan "+scaleWords(w.l, c.From)+" yang dipakai hingga "+fy+".",
		"In "+y+", "+who+" began giving "+scaleWords(w.l, c.To)+
			" in place of "+the(scaleWords(w.l, c.From))+" used until "+fy+"."))
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
	ks := kinds(w.l, []*data.Kind{k})
	y, by := strconv.Itoa(r.Year), strconv.Itoa(yearOf(w.s, before))
	w.say(w.pick("Pada penilaian "+y+" hanya "+w.l.Int(now.Count)+" "+ks+" yang dinilai, sedangkan pada "+by+" dinilai "+w.l.Int(before.Count)+" "+ks+".",
		"Only "+w.l.Int(now.Count)+" "+ks+" were assessed in "+y+", against "+w.l.Int(before.Count)+" in "+by+"."))
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
