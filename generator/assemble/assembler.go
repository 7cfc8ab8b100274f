package assemble

import (
	"html/template"
	"sync"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/narrative"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// Assembler makes the Views of the pages of one site: what each page
// shows, as plain data, before any layout runs.
type Assembler struct {
	site      *site.Site
	words     func(lang, key string, args ...string) string
	markdown  func([]byte) (template.HTML, error)
	echarts   string
	integrity string
	shared    func(key SharedKey, value func() *Shared) (template.HTML, error)
	grades    sync.Map // gradeKey → *data.Grade, a grade with its label in a language
	// Per scope, made once for all its bodies' pages: each result's
	// place in its ranking (ranked, then unscored), and its results per
	// grade.
	indexes, counts sync.Map
	maps            maps // the boundaries, projected once (maps.go)
}

type gradeKey struct {
	g    *data.Grade
	lang string
}

// Options are what an Assembler takes from the render stage.
type Options struct {
	// Words translates a key of the theme's words into a language.
	Words func(lang, key string, args ...string) string
	// Markdown renders Markdown: articles and results' notes.
	Markdown func([]byte) (template.HTML, error)
	// ECharts is the chart library's address, relative to the site root
	// or absolute, with its Subresource Integrity hash.
	ECharts, EChartsIntegrity string
	// Shared renders a shared partial once per key with the value that
	// value makes (View.Shared).
	Shared func(key SharedKey, value func() *Shared) (template.HTML, error)
}

// New makes the Assembler of site s.
func New(s *site.Site, o Options) *Assembler {
	return &Assembler{site: s, words: o.Words, markdown: o.Markdown, echarts: o.ECharts, integrity: o.EChartsIntegrity, shared: o.Shared}
}

// story are the settings of the pages' stories: the publisher, and the
// theme's words, whose "story." keys are the sentence templates.
func (a *Assembler) story() narrative.Options {
	return narrative.Options{Publisher: a.site.Data.Site.Publisher, Words: a.words}
}

// Page is what a page makes: its View, the Views of the embed pages of
// its charts, and its share card to publish (nil for none).
type Page struct {
	View   *View
	Embeds []*View
	Card   *CardFile
}

// Page assembles the page p.
func (a *Assembler) Page(p *site.Page) (*Page, error) {
	c, err := a.context(p)
	if err != nil {
		return nil, err
	}
	out := &Page{View: c.view()}
	if err := c.refsErr(); err != nil {
		return nil, err
	}
	out.Card = c.cardFile()
	if embeddable(p) {
		out.Embeds = c.embedViews(out.View)
	}
	return out, nil
}

// grade is g as the pages of language l show it: a copy whose Label is
// the label in l (the same grade where it is already).
func (a *Assembler) grade(g *data.Grade, l *site.Language) *data.Grade {
	if g == nil {
		return nil
	}
	label := l.GradeLabel(g)
	if label == g.Label {
		return g
	}
	k := gradeKey{g, l.Code}
	if v, ok := a.grades.Load(k); ok {
		return v.(*data.Grade)
	}
	cp := *g
	cp.Label = label
	v, _ := a.grades.LoadOrStore(k, &cp)
	return v.(*data.Grade)
}

// scopeIndex is each result's place in scope s's table: its ranked
// results, then those without a score.
func (a *Assembler) scopeIndex(s *score.Scope) map[*score.Result]int {
	if v, ok := a.indexes.Load(s); ok {
		return v.(map[*score.Result]int)
	}
	m := make(map[*score.Result]int, len(s.Results)+len(s.Unscored))
	for i, r := range s.Results {
		m[r] = i
	}
	for i, r := range s.Unscored {
		m[r] = len(s.Results) + i
	}
	v, _ := a.indexes.LoadOrStore(s, m)
	return v.(map[*score.Result]int)
}

// gradeCounts is scope s's Distribution by grade.
func (a *Assembler) gradeCounts(s *score.Scope) map[*data.Grade]int {
	if v, ok := a.counts.Load(s); ok {
		return v.(map[*data.Grade]int)
	}
	m := map[*data.Grade]int{}
	for _, gc := range s.Distribution() {
		m[gc.Grade] = gc.Count
	}
	v, _ := a.counts.LoadOrStore(s, m)
	return v.(map[*data.Grade]int)
}
