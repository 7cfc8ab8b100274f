package tomlpos

import "strconv"

// Pos is a 1-based line and column; the column counts Unicode characters
// (runes), not bytes; a tab counts as one.
type Pos struct{ Line, Col int }

// Path names a place in a TOML document: keys and array indexes, e.g.
// result[2].unit[0].score.
//
// Keys that are not bare (made only of A-Za-z0-9_-) are written quoted with
// strconv.Quote, e.g. result[0]."a.b", so distinct places have distinct
// paths.
type Path string

// Root returns the path of the document's top-level table: "".
func Root() Path { return "" }

// Key returns p extended by the key k.
func (p Path) Key(k string) Path {
	if !isBareKey(k) {
		k = strconv.Quote(k)
	}
	if p == "" {
		return Path(k)
	}
	return p + "." + Path(k)
}

// Index returns p extended by the array index i, e.g. result[2].
func (p Path) Index(i int) Path {
	return p + "[" + Path(strconv.Itoa(i)) + "]"
}

// String returns the path as text, e.g. result[2].unit[0].score.
func (p Path) String() string { return string(p) }

// Entry is one located item.
type Entry struct {
	// Key is where the key starts: for the paths of a dotted key a.b.c,
	// where their last part is written (a.b at b, a.b.c at c); for
	// [table] and [[array]] headers (and an array of tables itself, at its
	// first header), where the '[' starts; for array elements, where the
	// element starts.
	Key Pos
	// Value is where the value starts; zero for table headers and
	// implicitly created tables.
	Value Pos
	// Raw is the source text of a scalar value exactly as written (e.g.
	// `92.00`, `1_000`, `"abc"` with its quotes, `2023-12-14`, `true`); ""
	// for tables and arrays.
	Raw string
}

// Index maps the paths of a TOML document to their entries.
type Index struct {
	entries map[Path]Entry
	end     Pos
}

// Lookup returns the entry at p. It is safe on a nil Index.
func (ix *Index) Lookup(p Path) (Entry, bool) {
	if ix == nil {
		return Entry{}, false
	}
	e, ok := ix.entries[p]
	return e, ok
}

// End returns the position just past the last character of the document,
// not counting line endings at its end: the line of its last non-empty
// line and a column one past that line's length. It is {1, 1} for an
// empty document (and a nil Index).
func (ix *Index) End() Pos {
	if ix == nil {
		return Pos{Line: 1, Col: 1}
	}
	return ix.end
}

// add records e at p unless p is already recorded.
func (ix *Index) add(p Path, e Entry) {
	if _, ok := ix.entries[p]; !ok {
		ix.entries[p] = e
	}
}

// isBareKey reports whether k can be written without quotes in TOML.
func isBareKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if !isBareByte(k[i]) {
			return false
		}
	}
	return true
}

// isBareByte reports whether b may appear in a bare key.
func isBareByte(b byte) bool {
	return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' ||
		b == '_' || b == '-'
}
