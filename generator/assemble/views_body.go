package assemble

import (
	"slices"
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/narrative"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// HistoryRow is one year of a body's history table.
type HistoryRow struct {
	Year         int
	URL          string
	Score        string // "" when no score was published
	Grade        *data.Grade
	Flags        []string
	Scale        *data.Scale
	Change       Change
	ScaleChanged bool
	Province     RankText
	National     RankText
	Illustrative bool
	Marks        []Mark
}

// History is the page's body's results, newest first.
func (c *Context) History() []HistoryRow {
	h := c.Page.History
	if h == nil {
		return nil
	}
	out := make([]HistoryRow, 0, len(h.Results))
	for i := len(h.Results) - 1; i >= 0; i-- {
		r := h.Results[i]
		row := HistoryRow{Year: r.Year, URL: c.Rel(site.BodyURL(c.L, r.Entity, r.Year)),
			Grade: c.a.grade(r.Grade, c.L), Flags: c.flags(r), Scale: r.Scale(), ScaleChanged: r.ScaleChanged, Illustrative: r.Illustrative,
			Province: c.rankText(r, false), National: c.rankText(r, true), Change: c.change(r), Marks: c.Marks(r)}
		if r.HasScore {
			row.Score = c.L.Score(r.Score)
		}
		out = append(out, row)
	}
	return out
}

// Change is a score change as a table shows it.
type Change struct {
	Text     string // "+7,78"; "" without one
	Since    string // the year compared with, when it is not the previous result's: "2022"
	None     string // why there is none: "tanpa nilai sebelumnya"; "" for a result without a score
	Up, Down bool
}

// change is a result's score change against its last earlier score.
func (c *Context) change(r *score.Result) Change {
	switch {
	case !r.HasScore:
		return Change{}
	case r.ScorePrev == nil:
		return Change{None: c.T("change.none")}
	}
	ch := Change{Text: c.L.Signed(r.ScoreChange), Up: r.ScoreChange > 0, Down: r.ScoreChange < 0}
	if r.ScorePrev != r.Prev || len(r.Gap) > 0 {
		ch.Since = strconv.Itoa(r.ScorePrev.Year)
	}
	return ch
}

// flags are a result's flags in the page's language.
func (c *Context) flags(r *score.Result) []string {
	var out []string
	for _, f := range r.Flags {
		if c.L.Code != "id" && f.LabelEN != "" {
			out = append(out, f.LabelEN)
		} else {
			out = append(out, f.Label)
		}
	}
	return out
}

// Fact is a line of the key facts: a figure (Value) in large type,
// with a few words under it (Note) and its sources (Marks).
type Fact struct {
	Label string
	Value string
	Note  string // under the value: "dibanding 2022", "kabupaten/kota se-Bengkulu"
	Move  string // a rank's move: "naik dari 5 pada 2022"
	Grade *data.Grade
	Class string // "score" for the score, "grade" for the grade
	Muted bool   // the value says that the figure is not known
	Up    bool   // the change or move is upwards (better)
	Down  bool
	Marks []Mark
}

// FactsYear is the year of the key facts, and its page where the facts
// stand on another one (the body or province page).
type FactsYear struct {
	Year  int
	URL   string // "" on the year's own page
	Title string // "Hasil 2024"
}

// factsResult is the result the key facts tell: the page's year, or the
// body's latest result.
func (c *Context) factsResult() *score.Result {
	switch c.Page.Kind {
	case site.BodyYear, site.Body, site.Province:
		return c.Latest()
	}
	return nil
}

// Facts are the key facts of the result: the grade, the score with its
// change against the previous score, the official rank in the province
// (for a region; else the national one) and the national rank where
// there is one.
func (c *Context) Facts() []Fact {
	r := c.factsResult()
	if r == nil {
		return nil
	}
	marks := c.Marks(r)
	var out []Fact
	if r.Grade != nil {
		g := Fact{Label: c.gradeWord(r.Scale()), Value: c.L.GradeLabel(r.Grade), Grade: c.a.grade(r.Grade, c.L), Class: "grade", Marks: marks}
		if fl := c.flags(r); len(fl) > 0 {
			g.Note = strings.Join(fl, ", ")
		}
		out = append(out, g)
	}
	score := Fact{Label: c.T("col.score"), Class: "score", Marks: marks}
	if r.HasScore {
		score.Value, score.Note = c.L.Score(r.Score), c.T("facts.of_100")
		// The change against the previous score, under the score: one
		// box less on a phone's first screen.
		ch := c.change(r)
		if ch.Text == "" {
			score.Move = ch.None
		} else {
			score.Move, score.Up, score.Down = c.T("facts.change", "change", ch.Text, "year", strconv.Itoa(r.ScorePrev.Year)), ch.Up, ch.Down
			score.Marks = append(slices.Clone(marks), c.Marks(r.ScorePrev)...)
		}
	} else {
		score.Value, score.Muted = c.T("score.none"), true
	}
	out = append(out, score)
	if r.Province != nil {
		out = append(out, c.rankFact(r, false))
	}
	if nat := c.rankFact(r, true); r.Province == nil || !nat.Muted {
		out = append(out, nat)
	}
	return out
}

// gradeWord is the label of the grade fact: the scale's own word for a
// grade ("Opini", "Zona"), else the theme's ("Predikat").
func (c *Context) gradeWord(s *data.Scale) string {
	if w := c.L.GradeWord(s); w != "" {
		return upperFirst(w)
	}
	return c.T("col.grade")
}

// factsYear is the year of the key facts, linked where they stand on
// the body's or the province's page.
func (c *Context) factsYear() *FactsYear {
	r := c.factsResult()
	if r == nil {
		return nil
	}
	fy := &FactsYear{Year: r.Year, Title: c.T("facts.title", "year", strconv.Itoa(r.Year))}
	if c.Page.Kind != site.BodyYear {
		fy.URL = c.Rel(site.BodyURL(c.L, r.Entity, r.Year))
	}
	return fy
}

// rankFact is an official rank of the result, short ("3 dari 10"), its
// scope under it and its move against the previous assessment; muted
// when there is no official one.
func (c *Context) rankFact(r *score.Result, national bool) Fact {
	label := c.T("col.rank_province")
	rk := r.Province
	if national {
		label, rk = c.T("col.rank_national"), &r.National
	}
	f := Fact{Label: label}
	o, ok := rk.Official()
	if !ok {
		f.Value, f.Muted = c.T("rank.none"), true
		return f
	}
	rt := c.rankText(r, national)
	f.Marks = rt.Marks
	scope := c.scopeWords(rk.Scope)
	switch {
	case o.Of == 0:
		f.Value, f.Note = c.L.Int(o.Rank), c.T("facts.among", "scope", scope)
	case o.Published && o.OfAssessed:
		f.Value, f.Note = c.T("rank.of_short", "rank", c.L.Int(o.Rank), "of", c.L.Int(o.Of)), c.T("facts.assessed", "scope", scope)
	default:
		f.Value, f.Note = c.T("rank.of_short", "rank", c.L.Int(o.Rank), "of", c.L.Int(o.Of)), scope
	}
	if before, ok := r.RankMove(national); ok {
		y := strconv.Itoa(r.Prev.Year)
		switch {
		case before.Rank > o.Rank:
			f.Move, f.Up = c.T("rank.up_from", "rank", c.L.Int(before.Rank), "year", y), true
		case before.Rank < o.Rank:
			f.Move, f.Down = c.T("rank.down_from", "rank", c.L.Int(before.Rank), "year", y), true
		default:
			f.Move = c.T("rank.same_as", "year", y)
		}
		f.Marks = append(f.Marks, c.Marks(r.Prev)...)
	}
	return f
}

// Meaning says in one line how common the result's grade was that
// year: in its province where the data hold the whole scope (the figures
// of the neighbours' table, which Href points to), and nationally where
// the year file gives the published distribution (with its source's
// Marks): "Opini A pada 2024: 10 dari 10 kabupaten/kota di Provinsi
// Bengkulu; 337 dari 587 instansi secara nasional."
type Meaning struct {
	Text  string
	Marks []Mark
	Href  string
}

// meaning is the result's Meaning; nil where neither the data nor the
// year's published distribution say how common its grade was.
func (c *Context) meaning() *Meaning {
	r := c.factsResult()
	if r == nil || r.Grade == nil {
		return nil
	}
	m := &Meaning{}
	args := []string{"grade", c.shortGrade(r.Scale(), r.Grade), "year", strconv.Itoa(r.Year)}
	var scope, national bool
	if s := c.neighbourScope(r); s != nil && s.Complete() && len(s.Results)+len(s.Unscored) >= 2 {
		scope = true
		args = append(args, "n", c.L.Int(c.a.gradeCounts(s)[r.Grade]), "of", c.L.Int(len(s.Results)+len(s.Unscored)), "scope", c.scopeWords(s))
		if c.Page.Kind != site.Province { // the province page's own table is of its kab/kota, not of provinces
			m.Href = "#" + neighboursID
		}
	}
	key := "facts.meaning"
	if d := r.In.Data.Distribution; d != nil {
		if n, ok := d.Count(r.Grade); ok {
			national = true
			args = append(args, "national", c.L.Int(n))
			if total, ok := d.Total(r.Scale()); ok {
				args = append(args, "national_of", c.L.Int(total))
			} else {
				key += "_count"
			}
			if d.Source != nil {
				m.Marks = c.sourcesMarks([]*data.Source{d.Source})
			}
		}
	}
	switch {
	case scope && national:
		key = strings.Replace(key, "facts.meaning", "facts.meaning_both", 1)
	case national:
		key = strings.Replace(key, "facts.meaning", "facts.meaning_national", 1)
	case !scope:
		return nil
	}
	m.Text = c.T(key, args...)
	return m
}

// shortGrade names a grade as a key fact's line begins: "Opini A",
// "Kualitas Tertinggi" (a grade named by a word), "Zona hijau" / "Grade
// A", "Green zone".
func (c *Context) shortGrade(s *data.Scale, g *data.Grade) string {
	switch {
	case g.IsZone():
		return upperFirst(strings.TrimPrefix(narrative.GradePhrase(c.L.Lang, s, g), "the "))
	case len([]rune(g.ID)) > 2:
		return c.L.GradeLabel(g)
	}
	return c.gradeWord(s) + " " + g.ID
}

// neighbourScope is the scope of the neighbours' table: the result's
// province, else its national group.
func (c *Context) neighbourScope(r *score.Result) *score.Scope {
	if r.Province != nil {
		return r.Province.Scope
	}
	return r.National.Scope
}

// neighboursID is the neighbours' table's anchor.
const neighboursID = "tetangga"

// neighbours is the ranking the body stands in, its row marked. A
// scope of more than neighboursAll results shows its first
// neighboursTop rows and the neighboursAround rows on each side of the
// body's, with a row saying how many are left out between them, and
// links the whole ranking (the province's page, or the year's).
func (c *Context) neighbours() *YearRanking {
	r := c.factsResult()
	if r == nil || c.Page.Kind == site.Province {
		return nil
	}
	s := c.neighbourScope(r)
	if s == nil {
		return nil
	}
	n := len(s.Results) + len(s.Unscored)
	if n < 2 {
		return nil
	}
	national := r.Province == nil
	nth := func(i int) *score.Result {
		if i < len(s.Results) {
			return s.Results[i]
		}
		return s.Unscored[i-len(s.Results)]
	}
	at := c.a.scopeIndex(s)[r]
	keep := func(i int) bool {
		return n <= neighboursAll || i < neighboursTop || i >= at-neighboursAround && i <= at+neighboursAround
	}
	var shown []*score.Result
	for i := range n {
		if keep(i) {
			shown = append(shown, nth(i))
		}
	}
	rk := c.scopeTable(s, shown, national)
	var rows []Row
	skipped := 0
	for i, j := 0, 0; i < n; i++ {
		if !keep(i) {
			skipped++
			continue
		}
		if skipped > 0 {
			rows = append(rows, Row{Gap: c.T("neighbours.gap", "n", c.L.Int(skipped))})
			skipped = 0
		}
		row := rk.Rows[j]
		row.Current = nth(i) == r
		rows = append(rows, row)
		j++
	}
	if skipped > 0 {
		rows = append(rows, Row{Gap: c.T("neighbours.gap", "n", c.L.Int(skipped))})
	}
	rk.Rows = rows
	rk.Columns = 5
	if rk.Published {
		rk.Columns++
	}
	yr := &YearRanking{Year: r.Year, Ranking: rk}
	if len(shown) < n {
		yr.Shown = c.T("neighbours.shown", "n", c.L.Int(len(shown)), "of", c.L.Int(n))
		if national {
			yr.All = c.Rel(site.YearURL(c.L, r.Year))
		} else {
			yr.All = c.Rel(site.BodyURL(c.L, s.Province, 0))
		}
	}
	return yr
}

// The neighbours' table of a large scope: its top, and the rows around
// the body's.
const (
	neighboursAll    = 25
	neighboursTop    = 5
	neighboursAround = 5
)

// ScaleChangedInHistory reports whether a result of the page's body was
// graded on another scale than the one before it, so that the history
// table explains its † mark.
func (c *Context) ScaleChangedInHistory() bool {
	if c.Page.History == nil {
		return false
	}
	for _, r := range c.Page.History.Results {
		if r.ScaleChanged {
			return true
		}
	}
	return false
}

// Latest is the body's most recent result.
func (c *Context) Latest() *score.Result {
	if c.Page.Result != nil {
		return c.Page.Result
	}
	if h := c.Page.History; h != nil && len(h.Results) > 0 {
		return h.Results[len(h.Results)-1]
	}
	return nil
}

// UnitRow is one service unit of a result.
type UnitRow struct {
	Name  string
	Type  string // the unit type's label in the page's language, or its tag
	Score string
}

// Units are the units of the page's latest result, best first.
func (c *Context) Units() []UnitRow {
	r := c.Latest()
	if r == nil {
		return nil
	}
	var out []UnitRow
	for _, u := range r.Units {
		out = append(out, UnitRow{Name: u.Name, Type: c.L.UnitType(u), Score: c.L.Score(u.Score)})
	}
	return out
}

// SourceRow is a source as the list of sources shows it.
type SourceRow struct {
	Year      int
	Title     string
	URL       string // "" when the data give none
	Published string
	Outlet    string
	Quoting   string // "mengutip Bupati Pandeglang"
}

func (c *Context) sourceRow(s *data.Source) SourceRow {
	row := SourceRow{Title: s.Title, URL: s.URL, Outlet: s.Outlet}
	if s.Outlet == s.Title {
		row.Outlet = "" // a source known by its outlet only: "insightinnews.com", once
	}
	if s.Published != nil {
		row.Published = c.L.Date(*s.Published)
	}
	if s.Quoting != "" {
		row.Quoting = c.T("source.quoting", "who", s.Quoting)
	}
	if y, ok := c.sourceYear(s); ok {
		row.Year = y
	}
	return row
}

// sourceYear is the year of the year file that declares a source.
func (c *Context) sourceYear(s *data.Source) (int, bool) {
	for _, y := range c.Site.Scores.Years {
		if y.Data.Source(s.ID) == s {
			return y.Year, true
		}
	}
	return 0, false
}

// Illustrative reports whether any figure on the page is illustrative.
func (c *Context) Illustrative() bool {
	if c.Page.Result != nil {
		return c.Page.Result.Illustrative
	}
	if c.Page.History != nil {
		for _, r := range c.Page.History.Results {
			if r.Illustrative {
				return true
			}
		}
	}
	return false
}

// NewsLink is an article in a list.
type NewsLink struct {
	Title, URL, Date, Summary string
	ISODate                   string // the date for <time datetime>: "2024-02-29"
	Lang                      string // the article's language, when not the page's
}

// NewsLinks lists the page's news, newest first.
func (c *Context) NewsLinks() []NewsLink {
	var out []NewsLink
	for _, a := range c.Page.News {
		n := NewsLink{Title: a.Title, URL: c.Rel(site.ArticleURL(c.L, a)), Summary: a.Summary}
		if a.Date != nil {
			n.Date, n.ISODate = c.L.Date(*a.Date), a.Date.String()
		}
		if a.Lang != c.L.Code {
			n.Lang = a.Lang
		}
		out = append(out, n)
	}
	return out
}

// NotAssessed lists the bodies of the page's province without a page.
func (c *Context) NotAssessed() []string {
	var out []string
	for _, e := range c.Site.Bodies(c.Page.Entity) {
		if !c.Site.HasPage(e) {
			out = append(out, c.L.Name(e))
		}
	}
	return out
}

// Cite is the "cite this page" line of a body-year page.
func (c *Context) Cite() string {
	s := c.T("cite.line", "title", c.Page.Title, "site", c.Config.Title, "url", c.Abs(c.Page.URL))
	if o := c.Config.Owner; o != "" {
		s = o + ". " + s
	}
	r := c.Page.Result
	if r == nil {
		return s
	}
	var srcs []string
	for _, src := range r.Sources {
		one := src.Name()
		if src.Outlet != "" {
			one += ", “" + src.Title + "”"
		}
		if src.Published != nil {
			one += ", " + c.L.Date(*src.Published)
		}
		if src.URL != "" {
			one += ", " + src.URL
		}
		srcs = append(srcs, one)
	}
	if len(srcs) > 0 {
		s += " — " + c.T("cite.sources", "sources", strings.Join(srcs, "; "))
	}
	if u := c.Config.Updated; !u.IsZero() {
		s += " " + c.T("footer.updated", "date", c.L.Date(u))
	}
	return s
}

// Quote is one sentence a journalist may quote as it stands: the body's
// published figures of the year, whose assessment it was, its official
// province rank, and the outlets that reported them: "Kabupaten Lebong
// meraih nilai 92,00 dan opini Kualitas Tertinggi (A) dalam Penilaian
// Kepatuhan … 2023 dari Ombudsman Republik Indonesia, peringkat 3 dari
// 10 kabupaten/kota di Provinsi Bengkulu (menurut Radar Bengkulu …)."
func (c *Context) Quote() string {
	r := c.Page.Result
	if r == nil {
		return ""
	}
	var what []string
	if r.HasScore {
		what = append(what, c.T("cite.score", "score", c.L.Score(r.Score)))
	}
	if r.Grade != nil {
		what = append(what, narrative.GradePhrase(c.L.Lang, r.Scale(), r.Grade))
	}
	by := ""
	if p := c.Config.Publisher; p != "" {
		by = c.T("cite.by", "publisher", p)
	}
	rt := c.rankText(r, r.Province == nil)
	rank := rt.Text
	var names []string
	for _, src := range r.Sources {
		if n := src.Name(); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	sources := ""
	if len(names) > 0 {
		sources = c.T("cite.according", "sources", narrative.List(c.L.Lang, names))
	}
	assessment := c.a.story().Assessment(c.L.Lang, r)
	switch {
	case len(what) > 0 && rank != "" && !rt.Published:
		// A rank computed here over a complete scope: not the outlets'.
		return c.T("cite.quote_computed", "name", c.L.Name(r.Entity), "what", narrative.List(c.L.Lang, what), "assessment", assessment, "by", by, "rank", rank, "sources", sources)
	case len(what) > 0 && rank != "":
		return c.T("cite.quote_rank", "name", c.L.Name(r.Entity), "what", narrative.List(c.L.Lang, what), "assessment", assessment, "by", by, "rank", rank, "sources", sources)
	case len(what) > 0:
		return c.T("cite.quote", "name", c.L.Name(r.Entity), "what", narrative.List(c.L.Lang, what), "assessment", assessment, "by", by, "sources", sources)
	case rank != "":
		return c.T("cite.quote_only_rank", "name", c.L.Name(r.Entity), "assessment", assessment, "by", by, "rank", rank, "sources", sources)
	}
	return ""
}
