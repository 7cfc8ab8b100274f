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

// scanner reads a document into an Index.
type scanner struct {
	cursor
	*Index
	arrays map[Path]int // number of elements of each array of tables so far
}

// Scan indexes src, which is expected to be valid TOML (callers scan only
// what BurntSushi/toml parsed without error). Like BurntSushi/toml, it
// skips a byte order mark and accepts TOML 1.1 inline tables (line breaks,
// comments and a trailing comma inside braces). It never panics; on input
// it cannot follow, or nested more than 1000 levels deep, it returns an
// *Error naming a line and column, and the entries found so far.
func Scan(src []byte) (*Index, error) {
	s := &scanner{
		cursor: newCursor(src),
		Index:  &Index{entries: make(map[Path]Entry, sizeHint(src)), end: endPos(src)},
		arrays: make(map[Path]int),
	}
	err := s.document()
	return s.Index, err
}

// sizeHint guesses how many entries src holds, to size the index once:
// about one per line, and no more than 1<<16 so that a huge file of
// blank lines or one long string costs no more than a few megabytes.
func sizeHint(src []byte) int {
	return min(bytes.Count(src, []byte("\n"))+1, 1<<16)
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
