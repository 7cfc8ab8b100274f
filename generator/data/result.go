package data

import (
	"math/big"
	"slices"
	"strings"
)

var (
	zero        = new(big.Rat)
	oneHundred  = big.NewRat(100, 1)
	maxMeanDiff = big.NewRat(5, 100) // a given score may differ this much from its units' mean
)

// readResult reads one [[result]]; nil when it names no known body.
func (l *loader) readResult(t *table, f *yearFile) *yearResult {
	r := &yearResult{Result: &Result{File: f.name, Illustrative: f.illustrative}, t: t}
	code := t.reqStr("entity", `entity = "17.07"`)
	r.Pos = t.keyPos("entity")
	written, hasScore := readScore(t, "score")
	units := l.readUnits(t)
	r.sourceIDs, r.sourcePos = t.strList("sources")
	r.Note = t.str("note")
	r.NoteEN = t.str("note_en")
	if t.has("note_en") && !t.has("note") {
		t.errorf("note_en", "note_en translates note, which this result lacks; add note = \"…\" in Indonesian, or remove note_en")
	}
	rankGiven := false
	if rt := t.sub("reported", "reported"); rt != nil {
		r.Reported = readReported(rt)
		rankGiven = rt.has("province_rank") || rt.has("national_rank")
	}
	gradeID := t.str("grade")
	flagIDs, flagPos := t.strList("flags")
	t.done()
	if code != "" {
		if r.Entity = l.ds.entities[code]; r.Entity == nil && !l.unchecked(EntitiesFile) {
			t.valueErrorf("entity", "entity %q is not the code of any body in %s%s", code, EntitiesFile, l.codeHint(code))
		}
	}
	r.Units = units
	l.scoreResult(r, written)
	if !hasScore && !t.has("unit") && !t.has("grade") && !rankGiven {
		t.f.errorf(t.pos(), "result has no score, units, grade or published rank; add score = 92.00, [[result.unit]] tables with their scores, "+
			"grade = \"A\" or reported = { province_rank = 3 }")
	}
	if sc := f.scale; sc != nil {
		readGradeOf(r, sc, gradeID)
		r.Flags = readFlags(t, sc, flagIDs, flagPos)
	}
	if r.Entity != nil && r.Entity.Kind != nil && !r.Entity.Kind.Regional {
		if r.Reported.ProvinceRank != 0 || r.Reported.ProvinceOf != 0 {
			t.f.errorf(r.Reported.Pos, "%s is not ranked within a province (its kind %q is not regional); remove province_rank and province_of",
				r.Entity.Name, r.Entity.Kind.ID)
		}
	}
	if r.Entity == nil {
		return nil
	}
	return r
}

// readGradeOf sets the grade a result gives, checking it against its
// year's scale: on a scale of given grades every result gives one; on
// one whose score decides the grade, a given grade that differs from the
// score's is a warning.
func readGradeOf(r *yearResult, sc *Scale, id string) {
	t := r.t
	if !t.has("grade") {
		if sc.GivenGrades {
			t.f.errorf(t.pos(), "result has no grade; scale %q takes its grades from the results (grades_from = \"result\"), so every result names one, such as grade = %q",
				sc.ID, firstGradeID(sc))
		}
		return
	}
	if _, isStr := t.m["grade"].(string); !isStr {
		return // reported as a wrong type
	}
	g := sc.GradeByID(id)
	if g == nil {
		ids := make([]string, len(sc.Grades))
		for i, g := range sc.Grades {
			ids[i] = g.ID
		}
		t.valueErrorf("grade", "grade %q is not a grade of scale %q (its grades: %s)%s", id, sc.ID, strings.Join(ids, ", "), didYouMean(id, ids))
		return
	}
	r.Grade = g
	if sc.GivenGrades || !r.HasScore {
		return
	}
	if by := sc.Grade(r.Score); by != g {
		t.f.warnf(t.valuePos("grade"), "grade %q differs from %q, the grade that the score %s takes on scale %q; the score decides the grade, so check both figures",
			id, by.ID, r.Score, sc.ID)
	}
}

func firstGradeID(sc *Scale) string {
	if len(sc.Grades) == 0 {
		return "A"
	}
	return sc.Grades[0].ID
}

// readFlags resolves a result's flag ids against its year's scale, in the
// scale's order.
func readFlags(t *table, sc *Scale, ids []string, pos []Pos) []*Flag {
	var out []*Flag
	for i, id := range ids {
		f := sc.Flag(id)
		switch {
		case f == nil:
			known := make([]string, len(sc.Flags))
			for j, f := range sc.Flags {
				known[j] = f.ID
			}
			if len(known) == 0 {
				t.f.errorf(pos[i], "flag %q is not declared: scale %q has no [[scale.flag]]; declare it there or remove it", id, sc.ID)
			} else {
				t.f.errorf(pos[i], "flag %q is not declared by scale %q (its flags: %s)%s", id, sc.ID, strings.Join(known, ", "), didYouMean(id, known))
			}
		case slices.Contains(out, f):
			t.f.errorf(pos[i], "flag %q is given twice", id)
		default:
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b *Flag) int { return a.Index - b.Index })
	return out
}

// scoreResult sets the score from the written score or the units' mean.
func (l *loader) scoreResult(r *yearResult, written *big.Rat) {
	var exact []*big.Rat
	for _, u := range r.Units {
		if u.Exact == nil {
			return // a unit score is wrong and reported: no mean
		}
		exact = append(exact, u.Exact)
	}
	mean := Mean(exact)
	switch {
	case written != nil:
		r.Written = written
		r.Score, r.HasScore = Round(written), true
		if mean != nil {
			diff := new(big.Rat).Sub(written, mean)
			if diff.Abs(diff).Cmp(maxMeanDiff) > 0 {
				r.t.f.warnf(r.t.valuePos("score"), "score %s differs by %s from %s, the mean of its %d units; check both figures",
					r.t.written("score", written), formatExact(diff), formatExact(mean), len(exact))
			}
		}
	case mean != nil:
		r.Score, r.HasScore = Round(mean), true
		r.Derived = true
	}
}

// readScore reads a score of 0–100 exactly as written. It returns whether
// the key was given, even when its value is wrong.
func readScore(t *table, k string) (*big.Rat, bool) {
	if !t.has(k) {
		t.get(k)
		return nil, false
	}
	r, ok := t.number(k)
	if !ok {
		return nil, true
	}
	if r.Cmp(zero) < 0 || r.Cmp(oneHundred) > 0 {
		t.valueErrorf(k, "%s %s is outside 0–100", k, t.written(k, r))
		return nil, true
	}
	return r, true
}

func (l *loader) readUnits(t *table) []*Unit {
	var units []*Unit
	names := map[string]Pos{}
	for _, ut := range t.tables("unit", "[[result.unit]]") {
		u := &Unit{Name: ut.reqStr("name", `name = "Dinas Kesehatan"`), Type: ut.str("type")}
		switch {
		case ut.has("type") && strings.TrimSpace(u.Type) == "":
			ut.valueErrorf("type", "type is empty; leave it out or give a tag such as \"puskesmas\"")
		case u.Type != "" && !ValidSlug(u.Type):
			ut.valueErrorf("type", "type %q must be a tag of lower-case letters a–z, digits and single dashes, such as %q: "+
				"units are compared by it, so \"Puskesmas\" and \"puskesmas\" would be two types, and a tag may become part of an address",
				u.Type, orExample(DefaultSlug(u.Type), "puskesmas"))
		case u.Type != "" && len(l.ds.UnitTypes) > 0:
			// A site that names its unit types names them all: an
			// undeclared one is most likely a typo, shown as its tag.
			if u.Declared = l.ds.unitTypes[u.Type]; u.Declared == nil {
				hint := "declare"
				if near := didYouMean(u.Type, l.unitTypeIDs()); near != "" {
					hint = near[2:] + " Otherwise declare"
				}
				ut.f.warnf(ut.valuePos("type"), "unit type %q is not declared in %s; %s it: a [[unit_type]] with id = %q and a label",
					u.Type, EntitiesFile, hint, u.Type)
			}
		}
		if exact, given := readScore(ut, "score"); exact != nil {
			u.Exact, u.Score = exact, Round(exact)
		} else if !given {
			ut.f.errorf(ut.pos(), "unit %q has no score; add score = …", u.Name)
		}
		ut.done()
		if first, dup := names[u.Name]; dup && u.Name != "" {
			ut.valueErrorf("name", "unit %q appears twice in this result (first on line %d); unit names must differ", u.Name, first.Line)
		} else {
			names[u.Name] = ut.keyPos("name")
		}
		units = append(units, u)
	}
	return units
}

func readReported(t *table) Reported {
	r := Reported{Pos: t.pos()}
	read := func(k string) int {
		n, ok := t.integer(k)
		if ok && n < 1 {
			t.valueErrorf(k, "%s must be 1 or more", k)
			return 0
		}
		return n
	}
	r.ProvinceRank, r.ProvinceOf = read("province_rank"), read("province_of")
	r.NationalRank, r.NationalOf = read("national_rank"), read("national_of")
	t.done()
	if r.ProvinceOf != 0 && r.ProvinceRank > r.ProvinceOf {
		t.valueErrorf("province_rank", "province_rank %d is past province_of %d", r.ProvinceRank, r.ProvinceOf)
	}
	if r.NationalOf != 0 && r.NationalRank > r.NationalOf {
		t.valueErrorf("national_rank", "national_rank %d is past national_of %d", r.NationalRank, r.NationalOf)
	}
	return r
}

// codeHint suggests the code of a body named like s.
func (l *loader) codeHint(s string) string {
	low := strings.ToLower(strings.TrimSpace(s))
	for _, e := range l.ds.Entities {
		if strings.ToLower(e.Name) == low || e.Slug == low {
			return "; results name bodies by code: did you mean \"" + e.Code + "\" (" + e.Name + ")?"
		}
	}
	codes := make([]string, len(l.ds.Entities))
	for i, e := range l.ds.Entities {
		codes[i] = e.Code
	}
	return didYouMean(s, codes)
}
