package narrative

import (
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/score"
)

// Story is the text of one result.
type Story struct {
	Headline   string
	Paragraphs []string
}

// Options are the settings a story needs beyond the scores.
type Options struct {
	// Publisher is whose assessment it is (site.toml's publisher,
	// "Ombudsman Republik Indonesia"); empty: the text names no one.
	Publisher string
}

// Result writes the story of one result without naming the publisher.
// s gives access to histories; l is the language.
func Result(r *score.Result, s *score.Scores, l *lang.Lang) Story {
	return Options{}.Result(r, s, l)
}

// Result writes the story of one result: a headline, a lead on the score
// and ranks, a paragraph on the grade and the body's record, and one on
// its service units.
func (o Options) Result(r *score.Result, s *score.Scores, l *lang.Lang) Story {
	w := &writer{r: r, s: s, l: l, id: isID(l), pub: o.Publisher}
	w.short = w.shortName()
	st := Story{Headline: w.headline()}
	for _, sentences := range [][]string{w.lead(), w.record(), w.units()} {
		if p := paragraph(sentences); p != "" {
			st.Paragraphs = append(st.Paragraphs, p)
		}
	}
	return st
}

// writer holds what every sentence of one story needs.
type writer struct {
	r     *score.Result
	s     *score.Scores
	l     *lang.Lang
	id    bool   // Indonesian
	pub   string // the publisher, may be ""
	short string // the body's name after its first mention
}

// paragraph joins the sentences that apply.
func paragraph(sentences []string) string {
	var b strings.Builder
	for _, s := range sentences {
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}

// pick returns the Indonesian or the English text.
func (w *writer) pick(id, en string) string {
	if w.id {
		return id
	}
	return en
}

// shortName is how news names a regional body after the first mention:
// "Lebong", not "Kabupaten Lebong"; but with its label where the name is
// shared by another body or a province ("Kota Tangerang", "Kota
// Bengkulu"), and always for bodies that are not regional ("Provinsi
// Banten", "Kementerian Kesehatan").
func (w *writer) shortName() string {
	e := w.r.Entity
	full := w.l.Name(e)
	if !e.Kind.Regional || (e.Province != nil && e.Province.Name == e.Name) {
		return full
	}
	if w.s != nil && w.s.NameShared(e) {
		return full
	}
	return e.Name
}

// local reports whether the body is a regional government, named
// "Pemerintah Kabupaten Lebong" at first mention.
func local(e *data.Entity) bool { return e.Kind.Regional || e.Kind.ID == data.ProvinceKind }

// headline leads with the move in the province ranking, else with the
// score. Headlines are in title case in both languages.
func (w *writer) headline() string {
	h := w.rankHeadline()
	if h == "" {
		h = w.scoreHeadline()
	}
	if w.r.Illustrative {
		h = w.pick("Ilustrasi: ", "Illustration: ") + h
	}
	return h
}

// rankHeadline: "Lebong Naik ke Peringkat 3 di Bengkulu" / "Lebong Rises
// to 3rd in Bengkulu"; the national rank where the body has no official
// province rank. Empty when no official rank makes news.
func (w *writer) rankHeadline() string {
	where, whereEN := "Nasional", "Nationally"
	rk := w.province()
	if rk.official && rk.of != 1 {
		where, whereEN = "di "+rk.scope.Province.Name, "in "+rk.scope.Province.Name
	} else {
		rk = w.national()
	}
	if !rk.official || rk.of == 1 {
		return ""
	}
	n, at := w.l.Int(rk.rank), ordinal(w.l, rk.rank)
	switch {
	case rk.moved && rk.change > 0:
		return w.short + w.pick(" Naik ke Peringkat "+n+" "+where, " Rises to "+at+" "+whereEN)
	case rk.moved && rk.change < 0:
		return w.short + w.pick(" Turun ke Peringkat "+n+" "+where, " Falls to "+at+" "+whereEN)
	case rk.rank == 1 && len(rk.tied) == 0 && rk.moved:
		return w.short + w.pick(" Pertahankan Peringkat 1 "+where, " Stays 1st "+whereEN)
	case rk.rank == 1 && len(rk.tied) == 0:
		return w.short + w.pick(" Raih Peringkat 1 "+where, " Ranks 1st "+whereEN)
	}
	return ""
}

// scoreHeadline: "Nilai Kepatuhan Lebong Naik Menjadi 92,00", or for a
// first or unchanged score "Kabupaten Lebong Raih Nilai 92,00 dalam
// Penilaian Kepatuhan 2023".
func (w *writer) scoreHeadline() string {
	r, l := w.r, w.l
	v := l.Score(r.Score)
	switch {
	case r.Prev != nil && r.ScoreChange > 0:
		return w.pick("Nilai Kepatuhan "+w.short+" Naik Menjadi "+v, possessive(w.short)+" Compliance Score Rises to "+v)
	case r.Prev != nil && r.ScoreChange < 0:
		return w.pick("Nilai Kepatuhan "+w.short+" Turun Menjadi "+v, possessive(w.short)+" Compliance Score Falls to "+v)
	}
	y := strconv.Itoa(r.Year)
	if w.id {
		return l.Name(r.Entity) + " Raih Nilai " + v + " dalam Penilaian Kepatuhan " + y
	}
	return l.Name(r.Entity) + " Scores " + v + " in " + y + " Compliance Assessment"
}

// possessive is the English possessive of a name: "Lebong's".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}
