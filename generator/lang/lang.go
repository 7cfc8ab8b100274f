// Package lang formats numbers, dates and names the way each language of
// the site writes them: 92,00 and 29 Februari 2024 in Indonesian, 92.00
// and 29 February 2024 in English.
//
// Input: values from the data and score packages. Output: strings. Pure
// functions; languages other than Indonesian and English are written
// with the English conventions.
package lang

import (
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
)

// Lang is one language's conventions.
type Lang struct {
	Code     string // "id", "en"
	decimal  string
	group    string
	minus    string
	months   [12]string
	labelFor func(k *data.Kind) string
	nameFor  func(label, name string) string
}

// ID and EN are the two languages Rapor writes itself.
var (
	ID = &Lang{
		Code: "id", decimal: ",", group: ".", minus: "−",
		months: [12]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni",
			"Juli", "Agustus", "September", "Oktober", "November", "Desember"},
		labelFor: func(k *data.Kind) string { return k.Label },
		nameFor:  func(label, name string) string { return label + " " + name },
	}
	EN = &Lang{
		Code: "en", decimal: ".", group: ",", minus: "−",
		months: [12]string{"January", "February", "March", "April", "May", "June",
			"July", "August", "September", "October", "November", "December"},
		labelFor: func(k *data.Kind) string {
			if k.LabelEN != "" {
				return k.LabelEN
			}
			return k.Label
		},
		nameFor: func(label, name string) string { return name + " " + label },
	}
)

// Get returns the conventions of a language code: Indonesian for "id",
// English for anything else.
func Get(code string) *Lang {
	if code == "id" {
		return ID
	}
	if code == "en" {
		return EN
	}
	l := *EN
	l.Code = code
	return &l
}

// Score writes a score with 2 decimals: "92,00" / "92.00"; negative
// values with a minus sign: "−7,78".
func (l *Lang) Score(s data.Score) string {
	sign := ""
	if s < 0 {
		sign, s = l.minus, -s
	}
	return sign + l.Int(int(s/100)) + l.decimal + twoDigits(int(s%100))
}

// Signed writes a change with its sign: "+7,78", "−0,50", "0,00".
func (l *Lang) Signed(s data.Score) string {
	if s > 0 {
		return "+" + l.Score(s)
	}
	return l.Score(s)
}

// SignedInt writes a whole change with its sign: "+2", "−3", "0".
func (l *Lang) SignedInt(n int) string {
	switch {
	case n > 0:
		return "+" + l.Int(n)
	case n < 0:
		return l.minus + l.Int(-n)
	}
	return "0"
}

// Int writes a whole number with thousands grouped: "83.762" / "83,762".
func (l *Lang) Int(n int) string {
	if n < 0 {
		return l.minus + l.Int(-n)
	}
	s := strconv.Itoa(n)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	head := len(s) % 3
	if head > 0 {
		b.WriteString(s[:head])
	}
	for i := head; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteString(l.group)
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// Date writes a date in full: "29 Februari 2024" / "29 February 2024".
func (l *Lang) Date(d data.Date) string {
	return strconv.Itoa(d.Day) + " " + l.Month(int(d.Month)) + " " + strconv.Itoa(d.Year)
}

// Month names a month, 1 to 12.
func (l *Lang) Month(m int) string {
	if m < 1 || m > 12 {
		return strconv.Itoa(m)
	}
	return l.months[m-1]
}

// KindLabel is a kind's label in the language: "Kabupaten" / "Regency".
func (l *Lang) KindLabel(k *data.Kind) string { return l.labelFor(k) }

// GradeLabel is a grade's label in this language: English falls back on
// the Indonesian label where the scale gives none.
func (l *Lang) GradeLabel(g *data.Grade) string {
	if l.Code == "en" && g.LabelEN != "" {
		return g.LabelEN
	}
	return g.Label
}

// GradeWord is the publisher's word for a grade of scale s in this
// language (grade_word, grade_word_en: "opini", "zone"); "" where the
// scale gives none, for the caller's own.
func (l *Lang) GradeWord(s *data.Scale) string {
	if l.Code == "id" {
		return s.Word
	}
	return s.WordEN
}

// ScaleName is a scale's name in this language, as GradeLabel.
func (l *Lang) ScaleName(s *data.Scale) string {
	if l.Code == "en" && s.NameEN != "" {
		return s.NameEN
	}
	return s.Name
}

// UnitType names a unit's type: its declared label in this language
// ("Puskesmas"; English falls back on the Indonesian label), or the tag
// itself where the site does not declare it; "" for a unit without type.
func (l *Lang) UnitType(u *data.Unit) string {
	switch {
	case u.Declared == nil:
		return u.Type
	case l.Code == "en" && u.Declared.LabelEN != "":
		return u.Declared.LabelEN
	}
	return u.Declared.Label
}

// Name is a body's full name: "Kabupaten Lebong" / "Lebong Regency".
// A kind without an English label keeps the Indonesian word order in
// English too ("Kementerian Kesehatan", never "Kesehatan Kementerian").
func (l *Lang) Name(e *data.Entity) string {
	if l.Code == "en" && e.Kind.LabelEN == "" {
		return ID.Name(e)
	}
	return l.nameFor(l.labelFor(e.Kind), e.Name)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
