package narrative

import "github.com/rapor-publik/rapor/generator/data"

// units is the third paragraph: the best and the worst service units.
// Like units of other bodies are not ranked here: the data rarely hold
// every unit of a province, and a rank among those in the data is not a
// rank anyone announced.
func (w *writer) units() {
	r := w.r
	switch {
	case len(r.Units) == 0:
	case len(r.Units) == 1:
		w.say(w.pick("Satu-satunya unit layanan yang dinilai, ", "The only service unit assessed, ")+
			r.Units[0].Name+w.pick(", meraih nilai ", ", scored ")+w.l.Score(r.Units[0].Score)+".", r)
	case r.BestUnits[0].Score == r.WorstUnits[0].Score:
		w.say(w.sameUnits(), r)
	default:
		w.say(w.extremes(), r)
	}
}

// sameUnits: "Keenam unit layanan yang dinilai meraih nilai yang sama,
// 90,00." / "All six service units assessed scored the same, 90.00."
func (w *writer) sameUnits() string {
	n := len(w.r.Units)
	v := w.l.Score(w.r.Units[0].Score)
	switch {
	case w.id && n <= 10:
		return "Ke" + number(w.l, n) + " unit layanan yang dinilai meraih nilai yang sama, " + v + "."
	case w.id:
		return "Semua " + w.l.Int(n) + " unit layanan yang dinilai meraih nilai yang sama, " + v + "."
	case n == 2:
		return "Both service units assessed scored the same, " + v + "."
	}
	return "All " + number(w.l, n) + " service units assessed scored the same, " + v + "."
}

// extremes: "Dari enam unit layanan yang dinilai, nilai tertinggi diraih
// Puskesmas Cimanuk (97,82), sedangkan nilai terendah tercatat pada Dinas
// Pendidikan (92,23)."
func (w *writer) extremes() string {
	n := number(w.l, len(w.r.Units))
	best, worst := w.unitsWith(w.r.BestUnits), w.unitsWith(w.r.WorstUnits)
	if w.id {
		return "Dari " + n + " unit layanan yang dinilai, nilai tertinggi diraih " + best + ", sedangkan nilai terendah tercatat pada " + worst + "."
	}
	return "Of the " + n + " service units assessed, " + best + " scored highest, while " + worst + " scored lowest."
}

// unitsWith names units that share a score, with it: "Puskesmas Cimanuk
// (97,82)", "A dan B (masing-masing 97,82)" / "A and B (97.82 each)".
func (w *writer) unitsWith(us []*data.Unit) string {
	v := w.l.Score(us[0].Score)
	if len(us) == 1 {
		return us[0].Name + " (" + v + ")"
	}
	names := make([]string, len(us))
	for i, u := range us {
		names[i] = u.Name
	}
	return list(w.l, names) + w.pick(" (masing-masing "+v+")", " ("+v+" each)")
}
