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

// Ordinals from one to ten are written as words in prose.
var (
	idOrdinals = [...]string{"", "pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh"}
	enOrdinals = [...]string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
)

// rank writes a position in prose: "peringkat ketiga", "peringkat ke-67"
// / "third", "67th".
func rank(l *lang.Lang, n int) string {
	switch {
	case isID(l) && n >= 1 && n <= 10:
		return "peringkat " + idOrdinals[n]
	case isID(l):
		return "peringkat ke-" + l.Int(n)
	case n >= 1 && n <= 10:
		return enOrdinals[n]
	}
	return ordinal(l, n)
}

// headRank writes a position in a headline: "Peringkat Tiga",
// "Peringkat 67" / "Third", "67th", as news headlines write them.
func headRank(l *lang.Lang, n int) string {
	switch {
	case isID(l) && n >= 1 && n <= 10:
		return "Peringkat " + titleCase(idNumbers[n])
	case isID(l):
		return "Peringkat " + l.Int(n)
	case n >= 1 && n <= 10:
		return titleCase(enOrdinals[n])
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

// gradeName names a grade without a noun before it: "Kualitas Tinggi
// (B)" / "B (Kualitas Tinggi)"; a grade whose label is its id: "B".
func gradeName(l *lang.Lang, g *data.Grade) string {
	label := l.GradeLabel(g)
	if namedGrade(g) && !g.IsZone() || strings.EqualFold(label, g.ID) || slices.ContainsFunc(strings.Fields(label), func(w string) bool { return w == g.ID }) ||
		!strings.ContainsFunc(g.ID, unicode.IsUpper) && slices.ContainsFunc(strings.Fields(label), func(w string) bool { return strings.EqualFold(w, g.ID) }) {
		return label
	}
	if isID(l) {
		return label + " (" + g.ID + ")"
	}
	return g.ID + " (" + label + ")"
}

// word is the publisher's word for a grade of scale s (grade_word):
// "opini", "zona"; the generic "predikat" / "grade" where the scale
// names none.
func word(l *lang.Lang, s *data.Scale) string {
	if w := l.GradeWord(s); w != "" {
		return w
	}
	return pick(l, "predikat", "grade")
}

// grade names a grade of scale s as a standing, with the scale's word:
// "opini Kualitas Tertinggi (A)" / "grade A (Highest quality)"; a zone
// grade: "zona hijau" / "the green zone".
func grade(l *lang.Lang, s *data.Scale, g *data.Grade) string {
	switch {
	case g.IsZone():
		return zone(l, g.Zone)
	case !isID(l) && namedGrade(g):
		// "a “High quality” opinion", not "opinion High quality"
		return "a “" + gradeName(l, g) + "” " + word(l, s)
	}
	return word(l, s) + " " + gradeName(l, g)
}

// namedGrade reports whether a grade's id is a word rather than a
// letter ("tinggi", not "A"): it is then named by its label alone.
func namedGrade(g *data.Grade) bool { return len([]rune(g.ID)) > 2 }

// zoneScale reports whether every grade of s is a zone: the zone system.
func zoneScale(s *data.Scale) bool {
	return len(s.Grades) > 0 && !slices.ContainsFunc(s.Grades, func(g *data.Grade) bool { return !g.IsZone() })
}

// scaleWords describe a scale to a reader without its internal name:
// "sistem zona" / "the zone system"; "opini A–E" / "grades A–E" where
// grade ids are letters; "opini Kualitas Tertinggi hingga Kualitas
// Rendah" / "opinions from Highest quality to Low quality" otherwise.
func scaleWords(l *lang.Lang, s *data.Scale) string {
	w := word(l, s)
	switch {
	case zoneScale(s):
		return pick(l, "sistem zona", "the zone system")
	case len(s.Grades) < 2:
		return w
	}
	first, last := s.Grades[0], s.Grades[len(s.Grades)-1]
	if len([]rune(first.ID)) <= 2 && len([]rune(last.ID)) <= 2 {
		return pick(l, w+" "+first.ID+"–"+last.ID, plural1(w)+" "+first.ID+"–"+last.ID)
	}
	return pick(l, w+" "+l.GradeLabel(first)+" hingga "+l.GradeLabel(last),
		plural1(w)+" from “"+l.GradeLabel(first)+"” to “"+l.GradeLabel(last)+"”")
}

// plural1 is the English plural of one word: "grade" → "grades".
func plural1(w string) string {
	if strings.HasSuffix(w, "s") {
		return w
	}
	return w + "s"
}

// quote puts typographic quotes around a name.
func quote(s string) string { return "“" + s + "”" }

// pick is the Indonesian or the English text, by l.
func pick(l *lang.Lang, id, en string) string {
	if isID(l) {
		return id
	}
	return en
}

// titleCase1 capitalises the first letter: "opini" → "Opini".
func titleCase1(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// the puts "the" before an English noun phrase that lacks it.
func the(s string) string {
	if strings.HasPrefix(s, "the ") {
		return s
	}
	return "the " + s
}

// GradePhrase names a grade of scale s as a story does: "opini Kualitas
// Tertinggi (A)", "zona hijau" / "grade A (Highest quality)".
func GradePhrase(l *lang.Lang, s *data.Scale, g *data.Grade) string { return grade(l, s, g) }

// List joins items as prose in l: "A, B, dan C" / "A, B, and C".
func List(l *lang.Lang, items []string) string { return list(l, items) }
