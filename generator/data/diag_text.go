package data

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Messages quote the data, and the data may hold anything: an escape
// sequence that recolours or clears the terminal, a carriage return or
// a line break that makes a line look like another diagnostic, a
// right-to-left override, bytes that are not UTF-8. Nothing of it reaches
// the terminal raw: every value a message quotes is written with such
// characters escaped as Go writes them in a string (\x1b, \r, \n,
// \u202e, \xff), and a message is escaped once more as it is printed.

// text is a value quoted by a message, escaped as it is formatted: %q
// quotes and escapes it as fmt does, %s and %v escape it unquoted.
type text string

func (t text) Format(f fmt.State, verb rune) {
	s := string(t)
	if verb == 's' || verb == 'v' {
		s = escapeText(s, false)
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), s)
}

// quoted makes the strings and errors among a message's arguments text.
func quoted(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case string:
			out[i] = text(v)
		case error:
			out[i] = text(v.Error())
		default:
			out[i] = a
		}
	}
	return out
}

// Printable is s with the characters a terminal would act on escaped as
// a message escapes them (\x1b, \r, \n, \u202e, \xff), for the file
// names and other text from the site folder that a command prints.
func Printable(s string) string { return escapeText(s, false) }

// PrintableMessage is Printable keeping line breaks, for messages of
// several lines.
func PrintableMessage(s string) string { return messageText(s) }

// messageText is a diagnostic's message as printed: escaped again, for
// messages made without report (score's warnings, a build's), keeping
// the line breaks a message's own words may hold.
func messageText(s string) string { return escapeText(s, true) }

// escapeText writes the characters of s that a terminal would act on
// instead of showing (control and format characters, line and paragraph
// separators, bytes that are not UTF-8) as Go escapes; keepNewlines
// leaves "\n" as it is.
func escapeText(s string, keepNewlines bool) string {
	if plain(s, keepNewlines) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n' && keepNewlines, shown(r):
			b.WriteString(s[i : i+size])
		default:
			q := strconv.QuoteRuneToASCII(r) // '\x1b', '\u202e'
			b.WriteString(q[1 : len(q)-1])
		}
		i += size
	}
	return b.String()
}

// shown reports whether a terminal shows r as itself: what Go's %q leaves
// unescaped, and the space.
func shown(r rune) bool { return r == ' ' || strconv.IsPrint(r) }

func plain(s string, keepNewlines bool) bool {
	for _, r := range s {
		if !shown(r) && !(r == '\n' && keepNewlines) || r == utf8.RuneError {
			return false
		}
	}
	return true
}
