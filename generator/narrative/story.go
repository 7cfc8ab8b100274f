package narrative

import (
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/score"
)

// Story is the text of one result: a headline and paragraphs of
// sentences, each sentence with the figures it uses.
type Story struct {
	Headline   string
	Paragraphs []Paragraph
}

// Paragraph is a run of sentences.
type Paragraph []Sentence

// Sentence is one sentence and the references of its figures, so that a
// page can link each claim to its sources and notes.
type Sentence struct {
	Text string
	Refs []Ref
}

// Ref is what a sentence's figures come from: a result (its sources and
// note), or the year's counts of bodies assessed (their sources).
type Ref struct {
	Result   *score.Result
	Assessed []*data.Assessed
}

// Text is the paragraph as plain text.
func (p Paragraph) Text() string {
	var b strings.Builder
	for i, s := range p {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// Text is the story as plain text: the headline, then the paragraphs,
// separated by blank lines.
func (st Story) Text() string {
	parts := []string{st.Headline}
	for _, p := range st.Paragraphs {
		parts = append(parts, p.Text())
	}
	return strings.Join(parts, "\n\n")
}

// Options are the settings a story needs beyond the scores.
type Options struct {
	// Publisher is whose assessment it is (site.toml's publisher,
	// "Ombudsman Republik Indonesia"); empty: the text names no one.
	Publisher string
	// Words are the theme's words, whose "story." keys are the story's
	// sentence templates; nil: the default theme's (DefaultWords).
	Words Words
}

// Result writes the story of one result without naming the publisher.
// s gives access to histories; l is the language.
func Result(r *score.Result, s *score.Scores, l *lang.Lang) Story {
	return Options{}.Result(r, s, l)
}

// Result writes the story of one result: a headline, a lead on the score
// and ranks, a paragraph on the grade and the body's record, and one on
// its service units.
//
// Every claim is one the data license: ranks are official ones only
// (published, or computed over a complete scope); changes compare with
// the previous assessment in the data and name its year; "first",
// "highest" and streaks are worded as facts about this site's data.
func (o Options) Result(r *score.Result, s *score.Scores, l *lang.Lang) Story {
	w := &writer{r: r, s: s, l: l, id: isID(l), pub: o.Publisher, words: o.Words}
	if w.words == nil {
		w.words = DefaultWords
	}
	w.short = w.shortName()
	st := Story{Headline: w.headline()}
	for _, build := range []func(){w.lead, w.record, w.units} {
		w.para = nil
		build()
		if len(w.para) > 0 {
			st.Paragraphs = append(st.Paragraphs, w.para)
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
	words Words
	short string // the body's name after its first mention
	para  Paragraph
	// attributed: the lead named the result's sources, so that later
	// sentences on its figures say "the same source".
	attributed bool
	// announced: a published rank without sources was told as such.
	announced bool
	// rankTold: a published province rank was told, with its attribution.
	rankTold bool
	// gradeTold: the grade kept was told with the rank kept.
	gradeTold bool
}

// say adds a sentence to the paragraph being written; "" adds nothing.
func (w *writer) say(text string, refs ...*score.Result) {
	if text == "" {
		return
	}
	s := Sentence{Text: text}
	for _, r := range refs {
		if r != nil {
			s.Refs = append(s.Refs, Ref{Result: r})
		}
	}
	w.para = append(w.para, s)
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

// headline leads with the move in an official ranking, else with the
// score, else (a result without a score) with its grade or published
// rank. Headlines are in title case in both languages.
func (w *writer) headline() string {
	h := w.rankHeadline()
	if h == "" && w.r.HasScore {
		h = w.scoreHeadline()
	}
	if h == "" {
		h = w.unscoredHeadline()
	}
	if w.r.Illustrative {
		h = w.t("head_illustrative", "headline", h)
	}
	return h
}

// headlineRank is the official rank a headline may lead with, and where:
// in the province where there is one ("di Bengkulu"), else national.
func (w *writer) headlineRank() (standing, string, bool) {
	if st, ok := w.standing(false); ok {
		p := st.scope.Province
		return st, w.t("head_in_province", "province", p.Name, "province_full", w.l.Name(p)), true
	}
	if st, ok := w.standing(true); ok {
		return st, w.t("head_nationally"), true
	}
	return standing{}, "", false
}

// rankHeadline: "Lebong Naik ke Peringkat Tiga di Bengkulu" / "Lebong
// Rises to Third in Bengkulu", against the previous assessment's
// official rank. Empty when no official rank makes news.
func (w *writer) rankHeadline() string {
	st, where, ok := w.headlineRank()
	if !ok {
		return ""
	}
	args := []string{"short", w.short, "rank", headRank(w.l, st.o.Rank), "where", where}
	change := st.before.Rank - st.o.Rank
	alone := st.o.Rank == 1 && len(st.tied) == 0
	switch {
	case st.moved && change > 0:
		return w.t("head_rank_up", args...)
	case st.moved && change < 0:
		return w.t("head_rank_down", args...)
	case alone && st.moved:
		return w.t("head_first_kept", args...)
	case alone:
		return w.t("head_first", args...)
	}
	return ""
}

// scoreHeadline: "Nilai Lebong Naik Menjadi 92,00", or for a first or
// unchanged score "Kabupaten Lebong Raih Nilai 92,00 pada Penilaian
// 2023".
func (w *writer) scoreHeadline() string {
	r, l := w.r, w.l
	args := []string{"short", w.short, "shorts", possessive(w.short), "name", l.Name(r.Entity),
		"score", l.Score(r.Score), "year", strconv.Itoa(r.Year)}
	switch {
	case r.ScorePrev != nil && r.ScoreChange > 0:
		return w.t("head_score_up", args...)
	case r.ScorePrev != nil && r.ScoreChange < 0:
		return w.t("head_score_down", args...)
	}
	return w.t("head_score", args...)
}

// unscoredHeadline is the headline of a result without a score: its
// grade, else its published rank, else that its score was not published.
func (w *writer) unscoredHeadline() string {
	r, l := w.r, w.l
	args := []string{"short", w.short, "name", l.Name(r.Entity), "year", strconv.Itoa(r.Year)}
	if r.Grade != nil {
		if r.Grade.IsZone() {
			z := strings.TrimPrefix(titleCase(zone(l, r.Grade.Zone)), "The ")
			return w.t("head_zone", append(args, "zone", z)...)
		}
		g := titleCase(strings.TrimPrefix(grade(l, r.Scale(), r.Grade), "a "))
		return w.t("head_grade", append(args, "grade", g)...)
	}
	if st, where, ok := w.headlineRank(); ok {
		return w.t("head_rank", append(args, "rank", headRank(l, st.o.Rank), "where", where)...)
	}
	return w.t("head_unpublished", args...)
}

// titleCase capitalises each word: "zona hijau" → "Zona Hijau"; "the
// green zone" → "The Green Zone".
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, wd := range words {
		words[i] = titleCase1(strings.TrimPrefix(wd, "“"))
		if strings.HasPrefix(wd, "“") {
			words[i] = "“" + words[i]
		}
	}
	return strings.Join(words, " ")
}

// possessive is the English possessive of a name: "Lebong's".
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}
