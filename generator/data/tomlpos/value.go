package tomlpos

// maxDepth bounds the nesting of arrays and inline tables and the number of
// parts of a dotted key, so that no input can exhaust the stack or make
// paths grow without bound.
const maxDepth = 1000

// keyValue reads `key = value` and records it, and the implicit tables of a
// dotted key, under the table base.
func (s *scanner) keyValue(base Path, depth int) error {
	parts, err := s.dottedKey()
	if err != nil {
		return err
	}
	p := base
	for _, k := range parts[:len(parts)-1] {
		p = p.Key(k.name)
		s.add(p, Entry{Key: k.pos})
	}
	last := parts[len(parts)-1]
	if s.peek() != '=' {
		return s.errorf("expected '=' after a key, found %s", s.describe())
	}
	s.next()
	s.skipSpace()
	return s.value(p.Key(last.name), last.pos, depth)
}

// value reads the value at the cursor and records it at p, with its key at
// key; arrays and inline tables record their contents too.
func (s *scanner) value(p Path, key Pos, depth int) error {
	if depth > maxDepth {
		return s.errorf("arrays and inline tables are nested too deeply")
	}
	switch s.peek() {
	case '[':
		return s.array(p, key, depth)
	case '{':
		return s.inlineTable(p, key, depth)
	}
	at, start := s.pos(), s.off
	var err error
	if q := s.peek(); q == '"' || q == '\'' {
		err = s.str(q)
	} else {
		err = s.scalar()
	}
	if err != nil {
		return err
	}
	s.add(p, Entry{Key: key, Value: at, Raw: string(s.src[start:s.off])})
	return nil
}

// array reads an array, recording it at p and its elements at p[i].
func (s *scanner) array(p Path, key Pos, depth int) error {
	s.add(p, Entry{Key: key, Value: s.pos()})
	s.next()
	for i := 0; ; i++ {
		s.skipBlank()
		if s.peek() == ']' {
			s.next()
			return nil
		}
		at := s.pos()
		if err := s.value(p.Index(i), at, depth+1); err != nil {
			return err
		}
		s.skipBlank()
		switch s.peek() {
		case ',':
			s.next()
		case ']':
			s.next()
			return nil
		default:
			return s.errorf("expected ',' or ']' in an array, found %s", s.describe())
		}
	}
}

// inlineTable reads an inline table, recording it at p and its keys under
// p. Like BurntSushi/toml (TOML 1.1), it allows line breaks, comments and a
// trailing comma inside the braces.
func (s *scanner) inlineTable(p Path, key Pos, depth int) error {
	s.add(p, Entry{Key: key, Value: s.pos()})
	s.next()
	for {
		s.skipBlank()
		if s.peek() == '}' {
			s.next()
			return nil
		}
		if err := s.keyValue(p, depth+1); err != nil {
			return err
		}
		s.skipBlank()
		switch s.peek() {
		case ',':
			s.next()
		case '}':
			s.next()
			return nil
		default:
			return s.errorf("expected ',' or '}' in an inline table, found %s", s.describe())
		}
	}
}

// str moves past a string value quoted with q (" or ').
func (c *cursor) str(q byte) error {
	if c.hasPrefix(string([]byte{q, q, q})) {
		return c.multilineStr(q)
	}
	at := c.pos()
	c.next()
	for !c.atLineBreak() {
		switch c.peek() {
		case q:
			c.next()
			return nil
		case '\\':
			c.next()
			if q == '"' && !c.atLineBreak() {
				c.next()
			}
		default:
			c.next()
		}
	}
	return errorAt(at, "unterminated string")
}

// multilineStr moves past a multi-line string: basic when q is a double
// quote, literal when q is a single quote, between three of them each side.
// Up to two quotes may come right before the closing delimiter.
func (c *cursor) multilineStr(q byte) error {
	at := c.pos()
	c.nextN(3)
	for !c.eof() {
		switch c.peek() {
		case q:
			n := 0
			for c.peek() == q {
				c.next()
				n++
			}
			if n >= 3 {
				return nil
			}
		case '\\':
			c.next()
			if q == '"' {
				c.next()
			}
		default:
			c.next()
		}
	}
	return errorAt(at, "unterminated multi-line string")
}

// scalar moves past a number, boolean or date/time. A date may be followed
// by a space and a time: 1979-05-27 07:32:00Z.
func (c *cursor) scalar() error {
	start := c.off
	for isScalarByte(c.peek()) {
		c.next()
	}
	if isDate(c.src[start:c.off]) && c.peek() == ' ' && isDigit(c.peekAt(1)) {
		c.next()
		for isScalarByte(c.peek()) {
			c.next()
		}
	}
	if c.off == start {
		return c.errorf("expected a value, found %s", c.describe())
	}
	return nil
}

// isScalarByte reports whether b may appear in a number, boolean or date.
func isScalarByte(b byte) bool {
	return isBareByte(b) || b == '+' || b == '.' || b == ':'
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isDate reports whether b is a full date: YYYY-MM-DD.
func isDate(b []byte) bool {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return false
	}
	for i, d := range b {
		if i != 4 && i != 7 && !isDigit(d) {
			return false
		}
	}
	return true
}
