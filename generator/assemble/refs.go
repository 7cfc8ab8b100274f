package assemble

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/narrative"
	"github.com/rapor-publik/rapor/generator/score"
)

// Every score, grade and published rank on a page carries marks that
// link to the page's numbered list of sources and notes ("Sumber dan
// catatan"): one entry per source, one per result's note, and one saying
// that a figure's source is not recorded. Entries are numbered in the
// order the layout first cites them; the list is shown last, so that a
// layout which cites a figure after showing the list is an error rather
// than a mark without its entry.

// Footnote is an entry of the page's list of sources and notes.
type Footnote struct {
	N  int
	ID string // the fragment: "sumber-3"
	// One of: a source,
	Source *SourceRow
	// a result's note, with what it is about ("Lebong 2022"),
	Note    template.HTML
	NoteFor string
	// NoteLang is the note's language where it is not the page's ("id"
	// on an English page of a result without note_en).
	NoteLang string
	// or the entry for figures without a recorded source.
	Unsourced bool
}

// Mark is a reference to a footnote beside a figure or a sentence.
type Mark struct {
	N     int
	Href  string // "#sumber-3"
	Label string // for assistive technology: "sumber 3"
}

// footnotes numbers a page's entries as they are cited.
type footnotes struct {
	list      []*Footnote
	bySource  map[*data.Source]*Footnote
	byNote    map[*score.Result]*Footnote
	unsourced *Footnote
	shown     bool  // the list was shown: a later citation is an error
	err       error // the first citation after the list
}

func (f *footnotes) add(fn *Footnote) *Footnote {
	fn.N = len(f.list) + 1
	fn.ID = "sumber-" + strconv.Itoa(fn.N)
	f.list = append(f.list, fn)
	return fn
}

// mark cites an entry, numbering it at its first citation.
func (c *Context) mark(fn *Footnote) Mark {
	return Mark{N: fn.N, Href: "#" + fn.ID, Label: c.T("ref.label", "n", c.L.Int(fn.N))}
}

// notes is the page's list, made at its first use.
func (c *Context) notes() *footnotes {
	if c.refs == nil {
		c.refs = &footnotes{bySource: map[*data.Source]*Footnote{}, byNote: map[*score.Result]*Footnote{}}
	}
	return c.refs
}

// cite returns the footnote of an entry, adding it when new.
func (c *Context) cite(existing *Footnote, make func() *Footnote) *Footnote {
	if existing != nil {
		return existing
	}
	f := c.notes()
	if f.shown && f.err == nil {
		f.err = fmt.Errorf("the layout cites a source after showing the list of sources (partials/sources must come last)")
	}
	return f.add(make())
}

// sourcesMarks cites sources; none: the entry for unrecorded sources.
func (c *Context) sourcesMarks(srcs []*data.Source) []Mark {
	f := c.notes()
	var out []Mark
	for _, s := range srcs {
		fn := c.cite(f.bySource[s], func() *Footnote {
			row := c.sourceRow(s)
			return &Footnote{Source: &row}
		})
		f.bySource[s] = fn
		out = append(out, c.mark(fn))
	}
	if len(srcs) == 0 {
		f.unsourced = c.cite(f.unsourced, func() *Footnote { return &Footnote{Unsourced: true} })
		out = append(out, c.mark(f.unsourced))
	}
	return out
}

// Marks cites a result's figures: its sources, and its note.
func (c *Context) Marks(r *score.Result) []Mark {
	if r == nil {
		return nil
	}
	out := c.sourcesMarks(r.Sources)
	if r.Note != "" {
		f := c.notes()
		fn := c.cite(f.byNote[r], func() *Footnote {
			// A page in another language shows note_en where there is
			// one, else the Indonesian note, marked as such.
			note, lang := r.Note, ""
			switch {
			case c.L.Code != "id" && r.NoteEN != "":
				note = r.NoteEN
			case c.L.Code != "id":
				lang = "id"
			}
			html, err := c.a.markdown([]byte(note))
			if err != nil {
				html = template.HTML(template.HTMLEscapeString(note)) // #nosec: escaped
			}
			html = inline(html)
			return &Footnote{Note: html, NoteLang: lang, NoteFor: c.L.Name(r.Entity) + " " + strconv.Itoa(r.Year)}
		})
		f.byNote[r] = fn
		out = append(out, c.mark(fn))
	}
	return out
}

// assessedMarks cites the sources of counts of bodies assessed.
func (c *Context) assessedMarks(as []*data.Assessed) []Mark {
	var srcs []*data.Source
	for _, a := range as {
		if a.Source != nil && !containsSource(srcs, a.Source) {
			srcs = append(srcs, a.Source)
		}
	}
	out := c.sourcesMarks(srcs)
	for _, a := range as {
		if a.Source == nil && len(srcs) > 0 {
			// Some counts have a source and some not: cite both.
			return append(out, c.sourcesMarks(nil)...)
		}
	}
	return out
}

func containsSource(ss []*data.Source, s *data.Source) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// RefMarks cites the references of a sentence of a story.
func (c *Context) RefMarks(refs []narrative.Ref) []Mark {
	var out []Mark
	seen := map[int]bool{}
	for _, ref := range refs {
		var ms []Mark
		if ref.Result != nil {
			ms = c.Marks(ref.Result)
		} else {
			ms = c.assessedMarks(ref.Assessed)
		}
		for _, m := range ms {
			if !seen[m.N] {
				seen[m.N] = true
				out = append(out, m)
			}
		}
	}
	return out
}

// Footnotes is the page's list of sources and notes, as cited so far;
// after it, nothing more may be cited. A body's or a body-year page
// cites every result it covers, so that its list is complete even where
// the layout shows only some of them.
func (c *Context) Footnotes() []*Footnote {
	switch {
	case c.Page.Result != nil:
		c.Marks(c.Page.Result)
	case c.Page.History != nil:
		for i := len(c.Page.History.Results) - 1; i >= 0; i-- {
			c.Marks(c.Page.History.Results[i])
		}
	}
	f := c.notes()
	f.shown = true
	return f.list
}

// refsErr is the error of a citation after the list was shown.
func (c *Context) refsErr() error {
	if c.refs == nil {
		return nil
	}
	return c.refs.err
}

// inline unwraps a note's single paragraph, to run on after its label.
func inline(h template.HTML) template.HTML {
	s := strings.TrimSuffix(string(h), "\n")
	if strings.HasPrefix(s, "<p>") && strings.HasSuffix(s, "</p>") && strings.Count(s, "<p>") == 1 {
		return template.HTML(s[len("<p>") : len(s)-len("</p>")]) // #nosec: goldmark output, unwrapped
	}
	return h
}
