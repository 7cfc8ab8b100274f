// Package tomlpos locates keys, table headers and values in TOML source text.
//
// BurntSushi/toml decodes TOML but keeps no position for each key of each
// table. Scan reads the same source again and builds an Index from the
// Path of every key, table and array element to where it is written and,
// for scalar values, to the text of the value exactly as written.
package tomlpos

import (
	"bytes"
	"unicode/utf8"
)

// Entry is one located item.
type Entry struct {
	// Key is where the key starts (for a dotted key a.b.c, where its own
	// part starts: b for a.b); for [table] and [[array]] headers, where
	// the '[' starts; for array elements, where the element starts.
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

// scanner reads a document into an Index.
type scanner struct {
	cursor
	*Index
	arrays map[Path]int // number of elements of each array of tables so far
}

// Scan indexes src, which is expected to be valid TOML (callers scan only
// what BurntSushi/toml parsed without error; like it, Scan accepts TOML
// 1.1 inline tables). It never panics; on input it cannot follow it
// returns an error naming a line and column, and the entries found so far.
func Scan(src []byte) (*Index, error) {
	s := &scanner{
		cursor: newCursor(src),
		Index:  &Index{entries: make(map[Path]Entry), end: endPos(src)},
		arrays: make(map[Path]int),
	}
	err := s.document()
	return s.Index, err
}

// document reads the whole input: key/value pairs and table headers.
func (s *scanner) document() error {
	table := Root()
	for {
		s.skipBlank()
		if s.eof() {
			return nil
		}
		if s.peek() == '[' {
			p, err := s.header()
			if err != nil {
				return err
			}
			table = p
		} else if err := s.keyValue(table, 0); err != nil {
			return err
		}
		if err := s.endLine(); err != nil {
			return err
		}
	}
}

// header reads a [table] or [[array]] header and returns the path of the
// table it opens.
func (s *scanner) header() (Path, error) {
	at := s.pos()
	closing := "]"
	if s.hasPrefix("[[") {
		closing = "]]"
	}
	s.nextN(len(closing))
	s.skipSpace()
	parts, err := s.dottedKey()
	if err != nil {
		return "", err
	}
	if !s.hasPrefix(closing) {
		return "", s.errorf("expected %q to close the table header, found %s", closing, s.describe())
	}
	s.nextN(len(closing))
	return s.tablePath(parts, closing == "]]", at), nil
}

// tablePath records the tables of a header at at and returns the path of
// the table it opens. Keys naming arrays of tables resolve to their last
// element; an [[array]] header adds an element.
func (s *scanner) tablePath(parts []keyPart, array bool, at Pos) Path {
	p := Root()
	for _, k := range parts[:len(parts)-1] {
		p = p.Key(k.name)
		s.add(p, Entry{Key: k.pos})
		if n, ok := s.arrays[p]; ok {
			p = p.Index(n - 1)
		}
	}
	p = p.Key(parts[len(parts)-1].name)
	s.add(p, Entry{Key: at})
	if !array {
		return p
	}
	n := s.arrays[p]
	s.arrays[p] = n + 1
	p = p.Index(n)
	s.add(p, Entry{Key: at})
	return p
}

// endPos is the position just past the last character of src that is not
// a line ending.
func endPos(src []byte) Pos {
	src = bytes.TrimRight(src[bomLen(src):], "\r\n")
	last := src[bytes.LastIndexByte(src, '\n')+1:]
	return Pos{Line: bytes.Count(src, []byte("\n")) + 1, Col: utf8.RuneCount(last) + 1}
}
