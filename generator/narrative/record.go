package narrative

import (
	"slices"
	"strconv"

	"github.com/rapor-publik/rapor/generator/data"
)

// record is the second paragraph: the grade, a change of methodology,
// the streak in a zone and the body's best or worst year.
func (w *writer) record() []string {
	return []string{w.gradeSentence(), w.scaleSentence(), w.streakSentence(), w.historySentence()}
}

// gradeSentence tells the grade, and how it moved where the previous
// result was graded on the same scale: grades of two scales are never
// compared.
func (w *writer) gradeSentence() string {
	r := w.r
	switch {
	case r.Prev == nil || r.ScaleChanged:
		return w.gradeNow()
	case r.Prev.Grade == r.Grade:
		return w.gradeKept()
	}
	return w.gradeMoved(r.Prev.Grade, r.Grade)
}

// gradeNow: "Dengan nilai itu, Lebong meraih predikat Kualitas Tertinggi
// (A) dan berada di zona hijau." / "That earned Lebong grade A
// (Kualitas Tertinggi), in the green zone."
func (w *writer) gradeNow() string {
	g, l := w.r.Grade, w.l
	if isZoneGrade(g) {
		return w.pick("Dengan nilai itu, "+w.short+" berada di ", "That put "+w.short+" in ") + zone(l, g.Zone) + "."
	}
	s := w.pick("Dengan nilai itu, "+w.short+" meraih ", "That earned "+w.short+" ") + grade(l, g)
	if g.Zone != "" {
		s += w.pick(" dan berada di ", ", in ") + zone(l, g.Zone)
	}
	return s + "."
}

// gradeKept: "Predikat Lebong tetap Kualitas Tertinggi (A), seperti pada
// 2022." A zone kept over a streak is told by the streak alone.
func (w *writer) gradeKept() string {
	g, l := w.r.Grade, w.l
	prev := strconv.Itoa(w.r.Prev.Year)
	if isZoneGrade(g) {
		if w.r.Streak.Years >= 2 {
			return ""
		}
		return w.pick(w.short+" tetap berada di "+zone(l, g.Zone)+", seperti pada "+prev+".",
			w.short+" remained in "+zone(l, g.Zone)+", as in "+prev+".")
	}
	return w.pick("Predikat "+w.short+" tetap "+gradeName(l, g)+", seperti pada "+prev+".",
		w.short+" kept grade "+gradeName(l, g)+", as in "+prev+".")
}

// gradeMoved: "Predikat Lebong naik dari Kualitas Sedang (C) menjadi
// Kualitas Tinggi (B), sekaligus naik dari zona kuning ke zona hijau." /
// "Dengan nilai itu, Lebong naik dari zona kuning ke zona hijau."
func (w *writer) gradeMoved(from, to *data.Grade) string {
	l := w.l
	if isZoneGrade(from) && isZoneGrade(to) {
		return w.pick("Dengan nilai itu, "+w.short, "That moved "+w.short) + w.zoneMove(from.Zone, to.Zone) + "."
	}
	up := to.Index < from.Index
	s := w.pick("Predikat "+w.short, possessive(w.short)+" grade") +
		w.pick(updown(up, " naik dari ", " turun dari "), updown(up, " rose from ", " fell from ")) +
		gradeName(l, from) + w.pick(" menjadi ", " to ") + gradeName(l, to)
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

// scaleSentence says that the methodology changed since the previous
// result, so that its grade is not read against this one.
func (w *writer) scaleSentence() string {
	r := w.r
	if !r.ScaleChanged {
		return ""
	}
	from, to := r.Prev.Scale(), r.Scale()
	since, prev := strconv.Itoa(w.scaleSince()), strconv.Itoa(r.Prev.Year)
	if w.id {
		who := "penilaian"
		if w.pub != "" {
			who = w.pub
		}
		return "Sejak " + since + ", " + who + " memakai skala " + quote(to.Name) + gradeRange(to) +
			", menggantikan skala " + quote(from.Name) + gradeRange(from) + " yang dipakai pada " + prev +
			", sehingga predikat kedua tahun tidak dapat dibandingkan langsung; nilainya sama-sama berskala 0–100."
	}
	who := "the assessment"
	if w.pub != "" {
		who = w.pub
	}
	return "Since " + since + ", " + who + " has used the " + quote(to.Name) + " scale" + gradeRange(to) +
		" instead of the " + quote(from.Name) + " scale" + gradeRange(from) + " used in " + prev +
		", so the grades of the two years cannot be compared directly; both scores run from 0 to 100."
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
