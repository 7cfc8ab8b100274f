package search

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/site"
)

// Version is the index format's version, its "v".
const Version = 1

// Path is where a language's index is published, relative to the output
// folder: "search/id.json". The theme's partials/search.html names the
// same file.
func Path(lang string) string { return "search/" + lang + ".json" }

// Index is one language's search index.
type Index struct {
	Kinds  []Kind
	Bodies []Body
}

// Kind is a kind of body as the index describes it.
type Kind struct {
	Label   string   // in the index's language
	Before  bool     // the label is written before the name
	Folder  string   // its pages' folder relative to the site root: "en/kabupaten/"
	Aliases []string // normalised words naming it in a query
}

// Body is a body with a page of its own.
type Body struct {
	Kind     int // in Kinds
	Name     string
	Slug     string
	Province int // in Bodies; -1 for none
}

// abbreviations are the usual Indonesian words for kinds other than their
// labels, by the key of the label they stand for.
var abbreviations = map[string][]string{
	"provinsi":    {"prov", "pemprov", "propinsi"},
	"kabupaten":   {"kab", "pemkab"},
	"kota":        {"kot", "pemkot", "kotamadya", "kodya"},
	"kementerian": {"kemen", "kementrian"},
}

// New makes the index of one language of a site.
func New(s *site.Site, l *site.Language) *Index {
	ix := &Index{}
	kinds := map[*data.Kind]int{}
	for i, k := range s.Data.Kinds {
		kinds[k] = i
		ix.Kinds = append(ix.Kinds, newKind(k, l))
	}
	number := map[*data.Entity]int{}
	var with []*data.Entity
	for _, e := range s.Data.Entities {
		if s.HasPage(e) {
			number[e] = len(with)
			with = append(with, e)
		}
	}
	for _, e := range with {
		b := Body{Kind: kinds[e.Kind], Name: e.Name, Slug: e.Slug, Province: -1}
		if p, ok := number[e.Province]; ok && e.Province != nil {
			b.Province = p
		}
		ix.Bodies = append(ix.Bodies, b)
	}
	return ix
}

// newKind describes a kind in a language, taking its label, word order
// and address from the lang and site packages.
func newKind(k *data.Kind, l *site.Language) Kind {
	label := l.KindLabel(k)
	sample := &data.Entity{Name: "x", Kind: k, Slug: "x"}
	out := Kind{
		Label:  label,
		Before: strings.HasPrefix(l.Name(sample), label+" "),
		Folder: strings.TrimSuffix(strings.TrimPrefix(site.BodyURL(l, sample, 0), "/"), "x/"),
	}
	for _, a := range append([]string{Key(k.Label), Key(k.LabelEN)}, abbreviations[Key(k.Label)]...) {
		if a != "" && !slices.Contains(out.Aliases, a) {
			out.Aliases = append(out.Aliases, a)
		}
	}
	return out
}

// URL is a body's page relative to the site root: "kabupaten/lebong/".
func (ix *Index) URL(i int) string {
	b := ix.Bodies[i]
	return ix.Kinds[b.Kind].Folder + b.Slug + "/"
}

// Label is a result as the search box shows it: the body's name with its
// kind's label, and its province's name: "Kabupaten Lebong — Bengkulu".
func (ix *Index) Label(i int) string {
	b := ix.Bodies[i]
	k := ix.Kinds[b.Kind]
	s := b.Name + " " + k.Label
	if k.Before {
		s = k.Label + " " + b.Name
	}
	if b.Province >= 0 {
		s += " — " + ix.Bodies[b.Province].Name
	}
	return s
}

// wire is the index as JSON.
type wire struct {
	V      int               `json:"v"`
	Kinds  []json.RawMessage `json:"kinds"`
	Bodies []json.RawMessage `json:"bodies"`
}

// MarshalJSON writes the compact form the package documents.
func (ix *Index) MarshalJSON() ([]byte, error) {
	w := wire{V: Version, Kinds: []json.RawMessage{}, Bodies: make([]json.RawMessage, 0, len(ix.Bodies))}
	for _, k := range ix.Kinds {
		before := 0
		if k.Before {
			before = 1
		}
		b, err := json.Marshal([]any{k.Label, before, k.Folder, k.Aliases})
		if err != nil {
			return nil, err
		}
		w.Kinds = append(w.Kinds, b)
	}
	for _, b := range ix.Bodies {
		row := []any{b.Kind, b.Name, b.Slug}
		if b.Province >= 0 {
			row = append(row, b.Province)
		}
		enc, err := json.Marshal(row)
		if err != nil {
			return nil, err
		}
		w.Bodies = append(w.Bodies, enc)
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the compact form, checking every reference.
func (ix *Index) UnmarshalJSON(b []byte) error {
	var w wire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	if w.V != Version {
		return fmt.Errorf("search index version %d, want %d", w.V, Version)
	}
	*ix = Index{}
	for i, raw := range w.Kinds {
		var k Kind
		var before int
		if err := strictArray(raw, 4, &k.Label, &before, &k.Folder, &k.Aliases); err != nil {
			return fmt.Errorf("kind %d: %w", i, err)
		}
		k.Before = before == 1
		ix.Kinds = append(ix.Kinds, k)
	}
	for i, raw := range w.Bodies {
		bd := Body{Province: -1}
		if err := strictArray(raw, 3, &bd.Kind, &bd.Name, &bd.Slug, &bd.Province); err != nil {
			return fmt.Errorf("body %d: %w", i, err)
		}
		if bd.Kind < 0 || bd.Kind >= len(w.Kinds) || bd.Province < -1 || bd.Province >= len(w.Bodies) {
			return fmt.Errorf("body %d: a reference out of range", i)
		}
		ix.Bodies = append(ix.Bodies, bd)
	}
	return nil
}

// strictArray decodes a JSON array into the values pointed at, in order:
// at least need of them, at most all.
func strictArray(raw json.RawMessage, need int, into ...any) error {
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return err
	}
	if len(items) < need || len(items) > len(into) {
		return fmt.Errorf("%d values, want %d to %d", len(items), need, len(into))
	}
	for i, item := range items {
		if err := json.Unmarshal(item, into[i]); err != nil {
			return err
		}
	}
	return nil
}
