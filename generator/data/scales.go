package data

import (
	"math/big"
	"regexp"
	"slices"
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

func (l *loader) addScale(t *table) {
	s := &Scale{}
	s.ID = t.reqStr("id", `id = "opini-2022"`)
	s.Pos = t.keyPos("id")
	s.Name = t.reqStr("name", `name = "Opini kualitas (2022–2024)"`)
	grades := t.tables("grade", "[[scale.grade]]")
	t.done()
	if len(grades) == 0 && !t.has("grade") {
		t.f.errorf(t.pos(), "scale %q has no grades; add [[scale.grade]] tables, best grade first", s.ID)
	}
	var prevMin *big.Rat
	for i, gt := range grades {
		g, min := readGrade(gt, s)
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

// readGrade reads one grade; it returns its exact min, nil if invalid.
func readGrade(t *table, s *Scale) (*Grade, *big.Rat) {
	g := &Grade{}
	g.ID = t.reqStr("id", `id = "A"`)
	g.Pos = t.keyPos("id")
	g.Label = t.reqStr("label", `label = "Kualitas Tertinggi"`)
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
	if !t.has("min") {
		t.f.errorf(t.pos(), "grade %q has no min; add min = 0 for the lowest grade, or the lowest score of the grade", g.ID)
		t.get("min")
	} else if r, ok := t.number("min"); ok {
		if r.Sign() < 0 || r.Cmp(big.NewRat(100, 1)) > 0 {
			t.valueErrorf("min", "min %s is outside 0–100", t.written("min", r))
		} else {
			min = r
			g.Min = CeilScore(r)
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
