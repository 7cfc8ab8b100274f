package search

import (
	"strings"
	"unicode"
)

// latin folds U+00C0–U+017F, after lower-casing, to ASCII letters: one
// entry per code point from U+00C0, "-" where the character separates
// words (× and ÷). search.js holds the same table; testdata/cases.json
// checks every entry on both sides.
var latin = strings.Fields(`a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th ss
a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th y
a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h
i i i i i i i i i i ij ij j j k k k l l l l l l l l l l n n n n n n n n n
o o o o o o oe oe r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u
w w y y y z z z z z z s`)

// Words splits a text into normalised words (see the package's rules):
// "Kab. Muko-Muko" → kab, muko, muko.
func Words(s string) []string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range s {
		r = unicode.ToLower(r)
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			w.WriteRune(r)
		case 0x300 <= r && r <= 0x36f: // a combining mark: dropped within the word
		case 0xc0 <= r && r <= 0x17f && latin[r-0xc0] != "-":
			w.WriteString(latin[r-0xc0])
		default:
			flush()
		}
	}
	flush()
	return words
}

// Key is a text's words joined: "Muko-Muko" → "mukomuko".
func Key(s string) string { return strings.Join(Words(s), "") }

// starts are the offsets in a key at which each of its words begins.
func starts(words []string) []int {
	out := make([]int, 0, len(words))
	n := 0
	for _, w := range words {
		out = append(out, n)
		n += len(w)
	}
	return out
}
