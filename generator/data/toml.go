package data

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/rapor-publik/rapor/generator/data/tomlpos"
)

// tomlFile is one parsed TOML document with the positions of its keys.
type tomlFile struct {
	report
	ix         *tomlpos.Index
	lineOffset int // lines before the document in its file (front matter)
}

// parseTOML parses src, reporting a syntax error at its place. It returns
// the root table, or nil when src is not valid TOML or nests too deeply
// to be parsed in reasonable time (see MaxDepth).
// A document cache holds (nil for none) is not parsed again.
func parseTOML(r report, src []byte, lineOffset int, cache *ParseCache) (root *table) {
	f := &tomlFile{report: r, lineOffset: lineOffset}
	var key [sha256.Size]byte
	if cache != nil {
		key = sha256.Sum256(src)
		if d := cache.get(key); d != nil {
			f.scanWarning(d.scanErr)
			f.ix = d.ix
			return &table{f: f, m: d.m, name: "the top level"}
		}
	}
	defer func() {
		// BurntSushi/toml turns its own panics into errors; this guard
		// keeps any other failure of a dependency from crashing a build.
		if p := recover(); p != nil {
			r.errorf(f.shift(Pos{Line: 1, Col: 1}), "cannot read this file as TOML (%v); check that it is a UTF-8 text file", p)
			root = nil
		}
	}()
	if !f.checkDepth(src) {
		return nil
	}
	var m map[string]any
	if _, err := toml.Decode(string(src), &m); err != nil {
		f.syntaxError(src, err)
		return nil
	}
	ix, err := tomlpos.Scan(src)
	f.scanWarning(err)
	f.ix = ix
	cache.put(key, &parsedDoc{m: m, ix: ix, scanErr: err})
	return &table{f: f, m: m, name: "the top level"}
}

// scanWarning reports that tomlpos could not locate the document's keys
// (err, nil when it could): positions are lost, not data, so the load
// goes on with messages at the top.
func (f *tomlFile) scanWarning(err error) {
	if err == nil {
		return
	}
	top := f.shift(Pos{Line: 1, Col: 1})
	var se *tomlpos.Error
	if errors.As(err, &se) { // its line counts from the document's start
		err = fmt.Errorf("line %d, column %d: %s", f.shift(se.Pos).Line, se.Pos.Col, se.Msg)
	}
	f.warnf(top, "cannot locate keys in this file (%v); messages point at line %d", err, top.Line)
}

// shift moves a position of the document to its place in the file.
func (f *tomlFile) shift(p Pos) Pos {
	if p.Line > 0 {
		p.Line += f.lineOffset
	}
	return p
}

func (f *tomlFile) syntaxError(src []byte, err error) {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		f.errorf(f.shift(Pos{Line: 1, Col: 1}), "invalid TOML: %v", err)
		return
	}
	// The library can report an offset inside a character (at the end of
	// input, after a multi-byte one): its place is the character's start.
	for pe.Position.Start > 0 && pe.Position.Start < len(src) && !utf8.RuneStart(src[pe.Position.Start]) {
		pe.Position.Start--
	}
	pos := errorPos(src, pe.Position)
	msg := strings.TrimSuffix(pe.Message, ".")
	if strings.Contains(msg, "has already been defined") {
		msg = "key " + pe.LastKey + " is defined twice"
		if first := firstDefinition(src, pos.Line, pe.LastKey); first > 0 {
			msg += fmt.Sprintf(" (first on line %d)", first+f.lineOffset)
		}
		f.errorf(f.shift(pos), "%s; remove or rename one of them", msg)
		return
	}
	start := pe.Position.Start
	if pe.Position.Line <= 0 || start < 0 || start > len(src) {
		start = len(src)
	}
	text, back := explain(src, start, msg)
	if pos.Col > back {
		pos.Col -= back
	}
	f.errorf(f.shift(pos), "%s", text)
}

// errorPos turns a TOML parse error position into a line and a column in
// characters. BurntSushi/toml reports line 0 for an error at the very end
// of the input (and its ErrorWithPosition panics on it): such errors are
// placed just past the last character.
func errorPos(src []byte, p toml.Position) Pos {
	if p.Line <= 0 || p.Start < 0 || p.Start > len(src) {
		return endPos(src)
	}
	before := src[:p.Start]
	if bytes.Count(before, []byte("\n"))+1 != p.Line {
		return Pos{Line: p.Line, Col: 1}
	}
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	line := bytes.TrimPrefix(before[lineStart:], []byte("\uFEFF"))
	return Pos{Line: p.Line, Col: utf8.RuneCount(line) + 1}
}

// endPos is the position just past the last character of src.
func endPos(src []byte) Pos {
	src = bytes.TrimRight(src, "\r\n")
	lines := bytes.Count(src, []byte("\n")) + 1
	last := src[bytes.LastIndexByte(src, '\n')+1:]
	if lines == 1 {
		last = bytes.TrimPrefix(last, []byte("\uFEFF"))
	}
	return Pos{Line: lines, Col: utf8.RuneCount(last) + 1}
}

// firstDefinition finds the line (1-based) where key was first defined
// before line, searching back within the same table; 0 if not found.
func firstDefinition(src []byte, line int, lastKey string) int {
	if lastKey == "" {
		return 0
	}
	parts := strings.Split(lastKey, ".")
	key := parts[len(parts)-1]
	lines := strings.Split(string(src), "\n")
	crossed := false // a table header lies between the two
	for i := min(line, len(lines)+1) - 2; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "["+lastKey+"]" {
			return i + 1
		}
		if strings.HasPrefix(l, "[") {
			crossed = true
			continue
		}
		if rest, ok := strings.CutPrefix(l, key); ok && !crossed && strings.HasPrefix(strings.TrimSpace(rest), "=") {
			return i + 1
		}
	}
	return 0
}
