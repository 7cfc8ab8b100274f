package tomlpos

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// cursor walks through TOML source text, keeping track of the line and
// column of the next character.
type cursor struct {
	src  []byte
	off  int // byte offset of the next character
	line int
	col  int // in runes
}

// newCursor returns a cursor at the start of src, past any byte order mark.
func newCursor(src []byte) cursor {
	return cursor{src: src, off: bomLen(src), line: 1, col: 1}
}

// bomLen is the length of the byte order mark src starts with, or 0. Like
// BurntSushi/toml, it accepts (and skips) the UTF-16 marks too.
func bomLen(src []byte) int {
	switch {
	case bytes.HasPrefix(src, []byte("\xef\xbb\xbf")):
		return 3
	case bytes.HasPrefix(src, []byte("\xff\xfe")), bytes.HasPrefix(src, []byte("\xfe\xff")):
		return 2
	}
	return 0
}

func (c *cursor) eof() bool { return c.off >= len(c.src) }

func (c *cursor) pos() Pos { return Pos{Line: c.line, Col: c.col} }

// peek returns the next byte, or 0 at the end of the input.
func (c *cursor) peek() byte { return c.peekAt(0) }

// peekAt returns the byte n bytes ahead, or 0 past the end of the input.
func (c *cursor) peekAt(n int) byte {
	if c.off+n < len(c.src) {
		return c.src[c.off+n]
	}
	return 0
}

// hasPrefix reports whether the unread input starts with s.
func (c *cursor) hasPrefix(s string) bool {
	return bytes.HasPrefix(c.src[c.off:], []byte(s))
}

// runeLen is the length in bytes of the next character (an invalid byte
// counts as one character).
func (c *cursor) runeLen() int {
	if c.eof() {
		return 0
	}
	if c.src[c.off] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRune(c.src[c.off:])
	return n
}

// next moves past one character; it does nothing at the end of the input.
func (c *cursor) next() {
	if c.eof() {
		return
	}
	if c.src[c.off] == '\n' {
		c.off++
		c.line++
		c.col = 1
		return
	}
	c.off += c.runeLen()
	c.col++
}

// nextN moves past n characters.
func (c *cursor) nextN(n int) {
	for range n {
		c.next()
	}
}

// atNewline reports whether the cursor is at a line ending: LF or CRLF.
func (c *cursor) atNewline() bool {
	return c.peek() == '\n' || c.hasPrefix("\r\n")
}

// skipSpace moves past spaces and tabs.
func (c *cursor) skipSpace() {
	for c.peek() == ' ' || c.peek() == '\t' {
		c.next()
	}
}

// skipComment moves past a comment, if there is one, up to the line ending.
func (c *cursor) skipComment() {
	if c.peek() != '#' {
		return
	}
	for !c.eof() && !c.atNewline() {
		c.next()
	}
}

// skipBlank moves past whitespace, line endings and comments.
func (c *cursor) skipBlank() {
	for {
		switch {
		case c.peek() == ' ' || c.peek() == '\t' || c.atNewline():
			c.next()
		case c.peek() == '#':
			c.skipComment()
		default:
			return
		}
	}
}

// endLine checks that only spaces and a comment are left on the line.
func (c *cursor) endLine() error {
	c.skipSpace()
	c.skipComment()
	if c.eof() || c.atNewline() {
		return nil
	}
	return c.errorf("expected the end of the line, found %s", c.describe())
}

// describe names the next character for error messages.
func (c *cursor) describe() string {
	if c.eof() {
		return "the end of the file"
	}
	r, _ := utf8.DecodeRune(c.src[c.off:])
	return fmt.Sprintf("%q", r)
}

// errorf returns an error at the cursor.
func (c *cursor) errorf(format string, args ...any) error {
	return errorAt(c.pos(), format, args...)
}

// errorAt returns an error at p, naming its line and column.
func errorAt(p Pos, format string, args ...any) error {
	return &Error{Pos: p, Msg: fmt.Sprintf(format, args...)}
}

// Error is input that Scan cannot follow, at a place in the document.
type Error struct {
	Pos Pos
	Msg string
}

// Error formats the error as "line 3, column 7: message".
func (e *Error) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Pos.Line, e.Pos.Col, e.Msg)
}
