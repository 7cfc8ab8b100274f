package data

import (
	"math/big"
	"regexp"
	"slices"
	"strings"
)

// Zones, best first.
var Zones = []string{"hijau", "kuning", "merah", "hitam"}

var colorPattern = regexp.MustCompile(`^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

// loadScales reads data/scales.toml.
func (l *loader) loadScales() {
	t := l.parse(ScalesFile)
	if t == nil {
		return
	}
	for _, st := range t.tables("scale", "[[scale]]") {
		l.addScale(st)
	}
	t.done()
}

// Values of a scale's grades_from.
const (
	GradesFromScore  = "score"
	GradesFromResult = "result"
)

func (l *loader) addScale(t *table) {
	s := &Scale{}
	s.ID = t.reqStr("id", `id = "opini-2022"`)
	s.Pos = t.keyPos("id")
	s.Name = t.reqStr("name", `name = "Opini kualitas (2022–2024)"`)
	s.NameEN = t.str("name_en")
	s.Word, s.WordEN = t.str("grade_word"), t.str("grade_word_en")
	for _, k := range []string{"grade_word", "grade_word_en"} {
		if t.has(k) && strings.TrimSpace(t.str(k)) == "" {
			t.valueErrorf(k, "%s is empty; leave it out to use the theme's word, or give the publisher's, such as \"opini\"", k)
		}
	}
	known := true // whether the grades' mins can be checked
	from := t.str("grades_from")
	_, isStr := t.m["grades_from"].(string)
	switch {
	case !t.has("grades_from") || from == GradesFromScore:
	case from == GradesFromResult:
		s.GivenGrades = true
	case isStr:
		known = false
		t.valueErrorf("grades_from", "grades_from %q must be %q (the score decides the grade) or %q (every result names its grade)",
			from, GradesFromScore, GradesFromResult)
	default:
		known = false // a wrong type, reported
	}
	grades := t.tables("grade", "[[scale.grade]]")
	flags := t.tables("flag", "[[scale.flag]]")
	t.done()
	if len(grades) == 0 && !t.has("grade") {
		t.f.errorf(t.pos(), "scale %q has no grades; add [[scale.grade]] tables, best grade first", s.ID)
	}
	readGrades(s, grades, known)
	for i, ft := range flags {
		s.Flags = append(s.Flags, readFlag(ft, s, i))
	}
	if s.ID == "" {
		return
	}
	if first, dup := l.ds.scales[s.ID]; dup {
		t.valueErrorf("id", "scale %q is declared twice (first on line %d); give each scale its own id", s.ID, first.Pos.Line)
		return
	}
	l.ds.scales[s.ID] = s
	l.ds.Scales = append(l.ds.Scales, s)
}

// readGrades reads a scale's grades, checking that their mins fall on a
// scale whose score decides the grade and are absent on one whose
// results give it.
func readGrades(s *Scale, grades []*table, checkMins bool) {
	var prevMin *big.Rat
	for i, gt := range grades {
		g, min := readGrade(gt, s, checkMins)
		g.Index = i
		s.Grades = append(s.Grades, g)
		if min == nil {
			continue
		}
		if prevMin != nil && min.Cmp(prevMin) >= 0 {
			gt.valueErrorf("min", "min %s of grade %q is not below the min %s of the grade before it; list grades best first, each min lower than the one above",
				formatExact(min), g.ID, formatExact(prevMin))
		}
		if i == len(grades)-1 && min.Sign() != 0 {
			gt.valueErrorf("min", "the last grade %q must have min = 0, so that every score has a grade", g.ID)
		}
		prevMin = min
	}
}

// readGrade reads one grade; it returns its exact min, nil if invalid.
// Without checkMins (the scale's grades_from is wrong), a grade may have
// a min or not.
func readGrade(t *table, s *Scale, checkMins bool) (*Grade, *big.Rat) {
	g := &Grade{}
	g.ID = t.reqStr("id", `id = "A"`)
	t.checkCell("id", "grade id", g.ID)
	g.Pos = t.keyPos("id")
	g.Label = t.reqStr("label", `label = "Kualitas Tertinggi"`)
	g.LabelEN = t.str("label_en")
	g.Zone = t.str("zone")
	if g.Zone != "" && !slices.Contains(Zones, g.Zone) {
		t.valueErrorf("zone", "zone %q is not one of hijau, kuning, merah, hitam%s", g.Zone, didYouMean(g.Zone, Zones))
	}
	g.Color = t.str("color")
	if g.Color != "" && !colorPattern.MatchString(g.Color) {
		t.valueErrorf("color", "color %q must be a hex colour such as \"#1b7f3b\"", g.Color)
		g.Color = ""
	}
	var min *big.Rat
	switch {
	case s.GivenGrades && t.has("min"):
		t.get("min")
		t.errorf("min", "grade %q has a min, but scale %q takes its grades from the results (grades_from = \"result\"), so no score decides a grade; remove min",
			g.ID, s.ID)
	case s.GivenGrades:
	case !t.has("min") && !checkMins:
		t.get("min")
	case !t.has("min"):
		t.f.errorf(t.pos(), "grade %q has no min; add min = 0 for the lowest grade, or the lowest score of the grade", g.ID)
		t.get("min")
	default:
		min = readMin(t)
		if min != nil {
			g.Min = CeilScore(min)
		}
	}
	t.done()
	for _, other := range s.Grades {
		if g.ID != "" && other.ID == g.ID {
			t.valueErrorf("id", "grade %q appears twice in scale %q (first on line %d); give each grade its own id", g.ID, s.ID, other.Pos.Line)
		}
	}
	return g, min
}

// readMin reads a grade's min of 0–100; nil when it is wrong.
func readMin(t *table) *big.Rat {
	r, ok := t.number("min")
	if !ok {
		return nil
	}
	if r.Sign() < 0 || r.Cmp(big.NewRat(100, 1)) > 0 {
		t.valueErrorf("min", "min %s is outside 0–100", t.written("min", r))
		return nil
	}
	return r
}

// readFlag reads one [[scale.flag]].
func readFlag(t *table, s *Scale, i int) *Flag {
	f := &Flag{Index: i}
	f.ID = t.reqStr("id", `id = "tanpa-maladministrasi"`)
	f.Pos = t.keyPos("id")
	f.Label = t.reqStr("label", `label = "Tanpa Maladministrasi"`)
	f.LabelEN = t.str("label_en")
	t.done()
	switch {
	case f.ID == "":
	case !ValidSlug(f.ID):
		t.valueErrorf("id", "flag id %q must be lower-case letters, digits and single hyphens, such as %q", f.ID, DefaultSlug(f.ID))
	default:
		for _, other := range s.Flags {
			if other.ID == f.ID {
				t.valueErrorf("id", "flag %q appears twice in scale %q (first on line %d); give each flag its own id", f.ID, s.ID, other.Pos.Line)
			}
		}
	}
	return f
}
