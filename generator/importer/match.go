package importer

import (
	"cmp"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rapor-publik/rapor/generator/data"
)

// Matcher finds the body of entities.toml that a name in a sheet means.
// Names are compared without case, punctuation or spaces, after the kind's
// label before them is taken off and kept as a hint: "Kab. Muko Muko",
// "KABUPATEN MUKOMUKO" and "Pemkab Mukomuko" are all Kabupaten Mukomuko.
type Matcher struct {
	entities []*data.Entity
	keys     []string // the key of each entity
	byKey    map[string][]*data.Entity
	byCode   map[string]*data.Entity
	prefixes []prefix // longest first; the site's own labels before built-in words
	suffixes []prefix // English labels, written after the name
}

// prefix is a word, or words, written before a name: "pemerintah",
// "kabupaten", "administrasi".
type prefix struct {
	words []string
	stage int          // prefixes come in this order: 0 generic, 1 kind, 2 administrasi
	kinds []*data.Kind // what a kind prefix means
}

// Built-in prefixes; kind prefixes name a kind by its id or label.
var (
	genericPrefixes = []string{"pemerintah", "pemerintah daerah", "pemda"}
	kindPrefixes    = map[string][]string{
		"kabupaten": {"kabupaten", "kab", "pemkab", "pemerintah kabupaten"},
		"kota":      {"kota", "pemkot", "pemerintah kota"},
		"provinsi":  {"provinsi", "prov", "propinsi", "pemprov", "pemerintah provinsi"},
	}
	adminPrefixes = []string{"administrasi", "adm"}
	// Abbreviations written out before names are compared.
	abbreviations = map[string][]string{
		"kep": {"kepulauan"},
		"dki": {"daerah", "khusus", "ibukota"},
		"di":  {"daerah", "istimewa"},
		"diy": {"daerah", "istimewa", "yogyakarta"},
	}
	// A number before a name: "1. Kab. Kaur", "IV) Kota Bengkulu".
	enumerator = regexp.MustCompile(`^(?:[0-9]{1,3}|[IVXivx]{1,4})[.)]\s+`)
)

// NewMatcher indexes the bodies of a dataset.
func NewMatcher(ds *data.Dataset) *Matcher {
	m := &Matcher{byKey: map[string][]*data.Entity{}, byCode: map[string]*data.Entity{}}
	m.addPrefixes(ds.Kinds)
	for _, e := range ds.Entities {
		m.byCode[e.Code] = e
		rs := m.readings(e.Name)
		m.entities = append(m.entities, e)
		m.keys = append(m.keys, rs[0].key)
		for _, r := range rs {
			m.index(r.key, e)
		}
	}
	return m
}

func (m *Matcher) index(key string, e *data.Entity) {
	if key != "" && !slices.Contains(m.byKey[key], e) {
		m.byKey[key] = append(m.byKey[key], e)
	}
}

// addPrefixes builds the prefixes: the site's own kind labels, and the
// built-in ones whose kind the site has.
func (m *Matcher) addPrefixes(kinds []*data.Kind) {
	for _, k := range kinds {
		for _, label := range []string{k.Label, k.LabelEN} {
			if w := words(label); len(w) > 0 {
				m.prefixes = append(m.prefixes, prefix{words: w, stage: 1, kinds: []*data.Kind{k}})
			}
		}
		if w := words(k.LabelEN); len(w) > 0 {
			m.suffixes = append(m.suffixes, prefix{words: w, stage: 1, kinds: []*data.Kind{k}})
		}
	}
	for _, word := range slices.Sorted(maps.Keys(kindPrefixes)) {
		ks := kindsNamed(kinds, word)
		if len(ks) == 0 {
			continue
		}
		for _, p := range kindPrefixes[word] {
			m.prefixes = append(m.prefixes, prefix{words: words(p), stage: 1, kinds: ks})
		}
	}
	for _, p := range genericPrefixes {
		m.prefixes = append(m.prefixes, prefix{words: words(p), stage: 0})
	}
	for _, p := range adminPrefixes {
		m.prefixes = append(m.prefixes, prefix{words: words(p), stage: 2})
	}
	// Longest first, so that "pemerintah kota" wins over "pemerintah";
	// the site's labels before the built-in words.
	byLength := func(a, b prefix) int { return cmp.Compare(len(b.words), len(a.words)) }
	slices.SortStableFunc(m.prefixes, byLength)
	slices.SortStableFunc(m.suffixes, byLength)
}

// kindsNamed returns the kinds whose id or label is word.
func kindsNamed(kinds []*data.Kind, word string) []*data.Kind {
	var out []*data.Kind
	for _, k := range kinds {
		if k.ID == word || strings.Join(words(k.Label), " ") == word {
			out = append(out, k)
		}
	}
	return out
}

// words splits a name into lower-case words of letters and digits; a run
// of single letters is one word ("D.K.I." is "dki").
func words(s string) []string {
	var out []string
	initials := false
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		single := utf8.RuneCountInString(w) == 1
		if single && initials {
			out[len(out)-1] += w
			continue
		}
		out, initials = append(out, w), single
	}
	return out
}

// key joins words into the key names are compared by, abbreviations
// written out: "Kep. Siau" → "kepulauansiau".
func key(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if long, ok := abbreviations[w]; ok {
			b.WriteString(strings.Join(long, ""))
			continue
		}
		b.WriteString(w)
	}
	return b.String()
}

// reading is one way to read a name: some prefixes taken off.
type reading struct {
	key   string       // the words left, joined: "mukomuko"
	left  int          // how many words are left
	kinds []*data.Kind // the kinds its kind prefix means; nil when none was taken off
	kind  string       // the label of that kind, lower-case: "kota"
}

// readings returns the ways to read a name, those with the fewest words
// left first. Prefixes come off in this order, each optional: a generic
// one ("Pemerintah"), a kind ("Kabupaten", "Kab.", "Pemkab"),
// "Administrasi" or "Adm."; an English kind label may follow the name
// instead ("Mukomuko Regency"). Where prefixes overlap, each is tried:
// "Pemerintah Daerah Khusus Ibukota Jakarta" is also read without
// "Pemerintah" alone.
func (m *Matcher) readings(name string) []reading {
	name = trimCell(name)
	if loc := enumerator.FindStringIndex(name); loc != nil && loc[1] < len(name) {
		name = name[loc[1]:]
	}
	var out []reading
	m.strip(words(name), 0, nil, &out)
	slices.SortStableFunc(out, func(a, b reading) int { return cmp.Compare(a.left, b.left) })
	return out
}

// strip adds the readings of ws with prefixes of stage or later taken
// off; kinds is the kind prefix taken off already.
func (m *Matcher) strip(ws []string, stage int, kinds []*data.Kind, out *[]reading) {
	for _, p := range m.prefixes {
		if p.stage >= stage && len(p.words) < len(ws) && slices.Equal(ws[:len(p.words)], p.words) {
			k := kinds
			if p.stage == 1 {
				k = p.kinds
			}
			m.strip(ws[len(p.words):], p.stage+1, k, out)
		}
	}
	*out = append(*out, newReading(ws, kinds))
	if kinds != nil {
		return
	}
	for _, p := range m.suffixes {
		if len(p.words) < len(ws) && slices.Equal(ws[len(ws)-len(p.words):], p.words) {
			*out = append(*out, newReading(ws[:len(ws)-len(p.words)], p.kinds))
			return
		}
	}
}

func newReading(ws []string, kinds []*data.Kind) reading {
	r := reading{key: key(ws), left: len(ws), kinds: kinds}
	if len(kinds) > 0 {
		r.kind = strings.ToLower(cmp.Or(kinds[0].Label, kinds[0].ID))
	}
	return r
}

// lookup is what a name fits.
type lookup struct {
	reading                // the first reading that fits a body, else the first
	fits    []*data.Entity // bodies of the name, whatever the kind prefix says
	matches []*data.Entity // those of them the kind prefix allows
}

func (m *Matcher) lookup(name string) lookup {
	rs := m.readings(name)
	l := lookup{reading: rs[0]}
	for _, r := range rs {
		if fits := m.byKey[r.key]; len(fits) > 0 {
			l.reading, l.fits = r, fits
			break
		}
	}
	for _, e := range l.fits {
		if l.kinds == nil || slices.Contains(l.kinds, e.Kind) {
			l.matches = append(l.matches, e)
		}
	}
	return l
}

// codePattern is what an entity code looks like: "17", "17.06", "17,06".
var codePattern = regexp.MustCompile(`^[0-9]+([.,][0-9]+)*$`)

// byCodeCell returns the entity whose code a cell holds. looks is false
// when the cell does not look like a code. A code read from a number
// cell may have lost its last zero: "17.1" is found as 17.10.
func (m *Matcher) byCodeCell(cell string) (e *data.Entity, looks bool) {
	if !codePattern.MatchString(cell) {
		return nil, false
	}
	code := strings.ReplaceAll(cell, ",", ".")
	if e := m.byCode[code]; e != nil {
		return e, true
	}
	if i := strings.LastIndexByte(code, '.'); i >= 0 && len(code)-i == 2 {
		return m.byCode[code+"0"], true
	}
	return nil, true
}

// Match returns the one body a cell means: the body whose code it is, or
// the only body its name fits. Otherwise the error is a *MatchError.
func (m *Matcher) Match(cell string) (*data.Entity, error) {
	cell = trimCell(cell)
	if e, looks := m.byCodeCell(cell); looks {
		if e == nil {
			return nil, &MatchError{Name: cell, Code: true}
		}
		return e, nil
	}
	l := m.lookup(cell)
	switch len(l.matches) {
	case 1:
		return l.matches[0], nil
	case 0:
		return nil, &MatchError{Name: cell, KindWord: l.kind, Suggestions: m.suggest(l)}
	}
	return nil, &MatchError{Name: cell, Candidates: l.matches}
}
