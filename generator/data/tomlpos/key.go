package tomlpos

import (
	"strconv"
	"strings"
)

// keyPart is one part of a dotted key: its name and where it is written.
type keyPart struct {
	name string
	pos  Pos
}

// dottedKey reads a key of one or more parts separated by dots, with
// optional spaces around the dots, and the spaces after it. On success it
// returns at least one part.
func (c *cursor) dottedKey() ([]keyPart, error) {
	var parts []keyPart
	for {
		k, err := c.simpleKey()
		if err != nil {
			return nil, err
		}
		if len(parts) == maxDepth {
			return nil, errorAt(k.pos, "a key has more than %d parts", maxDepth)
		}
		parts = append(parts, k)
		c.skipSpace()
		if c.peek() != '.' {
			return parts, nil
		}
		c.next()
		c.skipSpace()
	}
}

// simpleKey reads a bare, "basic" or 'literal' key.
func (c *cursor) simpleKey() (keyPart, error) {
	k := keyPart{pos: c.pos()}
	var err error
	switch {
	case c.peek() == '"':
		k.name, err = c.basicKey()
	case c.peek() == '\'':
		k.name, err = c.literalKey()
	case isBareByte(c.peek()):
		start := c.off
		for isBareByte(c.peek()) {
			c.next()
		}
		k.name = string(c.src[start:c.off])
	default:
		err = c.errorf("expected a key, found %s", c.describe())
	}
	return k, err
}

// atLineBreak reports whether a single-line string cannot go on: at the end
// of the input or of the line (a lone CR is not allowed in TOML either).
func (c *cursor) atLineBreak() bool {
	return c.eof() || c.peek() == '\n' || c.peek() == '\r'
}

// literalKey reads a 'literal' key and returns its name.
func (c *cursor) literalKey() (string, error) {
	at := c.pos()
	c.next()
	start := c.off
	for !c.atLineBreak() {
		if c.peek() == '\'' {
			name := string(c.src[start:c.off])
			c.next()
			return name, nil
		}
		c.next()
	}
	return "", errorAt(at, "unterminated quoted key")
}

// basicKey reads a "basic" key and returns its name with escapes decoded.
func (c *cursor) basicKey() (string, error) {
	at := c.pos()
	c.next()
	var b strings.Builder
	for !c.atLineBreak() {
		switch c.peek() {
		case '"':
			c.next()
			return b.String(), nil
		case '\\':
			if err := c.escape(&b); err != nil {
				return "", err
			}
		default:
			b.Write(c.src[c.off : c.off+c.runeLen()])
			c.next()
		}
	}
	return "", errorAt(at, "unterminated quoted key")
}

// escape decodes the escape sequence at the cursor into b.
func (c *cursor) escape(b *strings.Builder) error {
	at := c.pos()
	c.next() // the backslash
	if r, ok := simpleEscape(c.peek()); ok {
		b.WriteByte(r)
		c.next()
		return nil
	}
	digits := hexEscapeLen(c.peek())
	if digits == 0 {
		return errorAt(at, "invalid escape sequence in a quoted key")
	}
	c.next()
	if c.off+digits > len(c.src) {
		return errorAt(at, "incomplete escape sequence in a quoted key")
	}
	v, err := strconv.ParseUint(string(c.src[c.off:c.off+digits]), 16, 32)
	if err != nil {
		return errorAt(at, "invalid escape sequence in a quoted key")
	}
	b.WriteRune(rune(v))
	c.nextN(digits)
	return nil
}

// simpleEscape returns the byte that \ch stands for.
func simpleEscape(ch byte) (byte, bool) {
	switch ch {
	case 'b':
		return '\b', true
	case 't':
		return '\t', true
	case 'n':
		return '\n', true
	case 'f':
		return '\f', true
	case 'r':
		return '\r', true
	case 'e':
		return 0x1b, true
	case '"', '\\':
		return ch, true
	}
	return 0, false
}

// hexEscapeLen is the number of hex digits after \x, \u and \U; else 0.
func hexEscapeLen(ch byte) int {
	switch ch {
	case 'x':
		return 2
	case 'u':
		return 4
	case 'U':
		return 8
	}
	return 0
}
