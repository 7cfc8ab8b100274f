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
