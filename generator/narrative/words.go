package narrative

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/lang"
)

// Small numbers are spelled out in prose: "tiga tahun", "three years".
var (
	idNumbers = [...]string{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"}
	enNumbers = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)

// isID reports whether l writes Indonesian; every other language gets
// the English text, as lang.Get gives it the English conventions.
func isID(l *lang.Lang) bool { return l.Code == "id" }

// number writes a count, spelled out from zero to ten.
func number(l *lang.Lang, n int) string {
	if n >= 0 && n <= 10 {
		if isID(l) {
			return idNumbers[n]
		}
		return enNumbers[n]
	}
	return l.Int(n)
}

// ordinal writes an English ordinal: 1st, 2nd, 3rd, 11th, 21st, 113th.
func ordinal(l *lang.Lang, n int) string {
	suffix := "th"
	if m := n % 100; m < 11 || m > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return l.Int(n) + suffix
}

// rank writes a position in prose: "peringkat ke-3" / "3rd".
func rank(l *lang.Lang, n int) string {
	if isID(l) {
		return "peringkat ke-" + l.Int(n)
	}
	return ordinal(l, n)
}

// list joins items as prose: "A", "A dan B", "A, B, dan C" / "A, B, and C".
func list(l *lang.Lang, items []string) string {
	and := " and "
	if isID(l) {
		and = " dan "
	}
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + and + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + "," + and + items[len(items)-1]
}

// years lists years as prose: "2020 dan 2021".
func years(l *lang.Lang, ys []int) string {
	out := make([]string, len(ys))
	for i, y := range ys {
		out[i] = strconv.Itoa(y)
	}
	return list(l, out)
}

// kinds names the kinds of a ranking in the plural: "kabupaten/kota" /
// "regencies and cities".
func kinds(l *lang.Lang, ks []*data.Kind) string {
	out := make([]string, len(ks))
	for i, k := range ks {
		if isID(l) {
			out[i] = strings.ToLower(k.Label)
		} else {
			out[i] = plural(k)
		}
	}
	if isID(l) {
		return strings.Join(out, "/")
	}
	return list(l, out)
}

// plural is the English plural of a kind's label; a kind without an
// English label keeps its Indonesian one, which does not inflect.
func plural(k *data.Kind) string {
	if k.LabelEN == "" {
		return strings.ToLower(k.Label)
	}
	w := strings.ToLower(k.LabelEN)
	switch {
	case len(w) > 1 && strings.HasSuffix(w, "y") && !strings.ContainsAny(w[len(w)-2:len(w)-1], "aeiou"):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// byDeclaration sorts kinds in the order entities.toml declares them.
func byDeclaration(ks []*data.Kind) []*data.Kind {
	ks = slices.Clone(ks)
	slices.SortFunc(ks, func(a, b *data.Kind) int {
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line - b.Pos.Line
		}
		return a.Pos.Col - b.Pos.Col
	})
	return slices.Compact(ks)
}

var enZones = map[string]string{"hijau": "green", "kuning": "yellow", "merah": "red", "hitam": "black"}

// zone names a zone: "zona hijau" / "the green zone".
func zone(l *lang.Lang, z string) string {
	if isID(l) {
		return "zona " + z
	}
	if en, ok := enZones[z]; ok {
		return "the " + en + " zone"
	}
	return "the " + z + " zone"
}

// isZoneGrade reports whether a grade is itself a zone (the zona
// scale's hijau, kuning, merah): it is then named by its zone alone.
func isZoneGrade(g *data.Grade) bool { return g.Zone != "" && strings.EqualFold(g.ID, g.Zone) }

// gradeName names a grade without a noun before it: "Kualitas Tinggi
// (B)" / "B (Kualitas Tinggi)"; a grade whose label is its id: "B".
func gradeName(l *lang.Lang, g *data.Grade) string {
	if strings.EqualFold(g.Label, g.ID) || slices.ContainsFunc(strings.Fields(g.Label), func(w string) bool { return w == g.ID }) ||
		!strings.ContainsFunc(g.ID, unicode.IsUpper) && slices.ContainsFunc(strings.Fields(g.Label), func(w string) bool { return strings.EqualFold(w, g.ID) }) {
		return g.Label
	}
	if isID(l) {
		return g.Label + " (" + g.ID + ")"
	}
	return g.ID + " (" + g.Label + ")"
}

// grade names a grade as a standing: "predikat Kualitas Tertinggi (A)" /
// "grade A (Kualitas Tertinggi)"; a zone grade: "zona hijau" / "the
// green zone".
func grade(l *lang.Lang, g *data.Grade) string {
	switch {
	case isZoneGrade(g):
		return zone(l, g.Zone)
	case isID(l):
		return "predikat " + gradeName(l, g)
	}
	return "grade " + gradeName(l, g)
}

// gradeRange is a scale's grades from best to worst: "A–E".
func gradeRange(s *data.Scale) string {
	if len(s.Grades) < 2 {
		return ""
	}
	return " (" + s.Grades[0].ID + "–" + s.Grades[len(s.Grades)-1].ID + ")"
}

// quote puts typographic quotes around a name.
func quote(s string) string { return "“" + s + "”" }
