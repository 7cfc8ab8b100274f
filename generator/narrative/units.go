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
		w.say(w.t("unit_only", "unit", r.Units[0].Name, "score", w.l.Score(r.Units[0].Score)), r)
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
	key := "units_same"
	switch {
	case n == 2:
		key = "units_same_two"
	case n <= 10:
		key = "units_same_few"
	}
	return w.t(key, "count", number(w.l, n), "score", w.l.Score(w.r.Units[0].Score))
}

// extremes: "Dari enam unit layanan yang dinilai, nilai tertinggi diraih
// Puskesmas Cimanuk (97,82), sedangkan nilai terendah tercatat pada Dinas
// Pendidikan (92,23)."
func (w *writer) extremes() string {
	return w.t("units_extremes", "count", number(w.l, len(w.r.Units)),
		"best", w.unitsWith(w.r.BestUnits), "worst", w.unitsWith(w.r.WorstUnits))
}

// unitsWith names units that share a score, with it: "Puskesmas Cimanuk
// (97,82)", "A dan B (masing-masing 97,82)" / "A and B (97.82 each)".
func (w *writer) unitsWith(us []*data.Unit) string {
	v := w.l.Score(us[0].Score)
	if len(us) == 1 {
		return w.t("unit_score", "unit", us[0].Name, "score", v)
	}
	names := make([]string, len(us))
	for i, u := range us {
		names[i] = u.Name
	}
	return w.t("units_score", "units", list(w.l, names), "score", v)
}
