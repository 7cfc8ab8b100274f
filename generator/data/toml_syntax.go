package data

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The TOML library's messages are written for programmers ("expected a
// top-level item to end with a newline, comment, or EOF, but got ','
// instead"). explain says the common ones in the site's terms: what the
// text is not, and what to write instead. Anything else keeps the
// library's words, after "invalid TOML:".

var (
	quotedText   = regexp.MustCompile(`"(.*)"`)
	commaDecimal = regexp.MustCompile(`^-?[0-9]+,[0-9]+$`)
	dateParts    = regexp.MustCompile(`^([0-9]{4})-([0-9]{2})-([0-9]{2})([T ].*)?$`)
)

// explain returns the message for a library error msg at offset start of
// src, and how many characters before start its place is (a value that
// starts before the character the library names).
func explain(src []byte, start int, msg string) (text string, back int) {
	q := ""
	if m := quotedText.FindStringSubmatch(msg); m != nil {
		q = m[1]
	}
	switch {
	case strings.HasPrefix(msg, "expected a top-level item to end with") && strings.HasSuffix(msg, "but got ',' instead"):
		if v, n := valueBefore(src, start); commaDecimal.MatchString(v) {
			return fmt.Sprintf("%s is not a TOML number: write the decimal with a point (%s); the site shows it with a comma", v, strings.Replace(v, ",", ".", 1)), n
		}
		return "a line holds one key = value; a list of values is written in brackets: [1, 2]", 0
	case strings.HasPrefix(msg, "expected a top-level item to end with"):
		return "the value ends before this: text goes in quotes (\"…\"), one key = value per line, and a comment starts with #", 0
	case strings.HasPrefix(msg, "invalid datetime:"):
		return dateMessage(q), 0
	case strings.HasPrefix(msg, "expected value but found") && q == "", msg == "unexpected EOF; expected value":
		return "a value is missing after =: write one, such as score = 92.50 or title = \"Judul\"", 0
	case strings.HasPrefix(msg, "expected value but found"):
		return fmt.Sprintf("%s is not a TOML value: write text in quotes (\"%s\"), a number with a point for decimals (92.50), a date as 2024-02-29", q, q), 0
	case msg == "strings cannot contain newlines":
		return "this string is not closed on its line: end it with the quote it starts with; text over several lines goes between \"\"\" and \"\"\"", 0
	case strings.HasPrefix(msg, "unexpected EOF; expected '\"\"\"'"), strings.HasPrefix(msg, "unexpected EOF; expected \"'''\""):
		return "a multi-line string is never closed: end it with the three quotes it starts with", 0
	case msg == `unexpected EOF; expected '"'`, msg == `unexpected EOF; expected "'"`:
		return "this string is not closed: end it with the quote it starts with", 0
	case strings.HasPrefix(msg, "invalid escape in string"):
		return fmt.Sprintf("%s is not an escape TOML knows: write \\\\ for a backslash, or put the text in single quotes, which keep backslashes as they are", strings.Trim(strings.TrimPrefix(msg, "invalid escape in string "), "'")), 0
	case strings.HasPrefix(msg, "Invalid float") && strings.Contains(msg, "must be followed by one or more digits"):
		return fmt.Sprintf("%s is not a TOML number: write a digit after the point (%s0)", q, q), 0
	case strings.HasPrefix(msg, "floats must start with a digit"):
		v, _ := valueAt(src, start)
		return fmt.Sprintf("%s is not a TOML number: write a digit before the point (0%s)", v, v), 0
	case strings.HasPrefix(msg, "expected end of table array name delimiter"), strings.HasPrefix(msg, "expected end of table name delimiter"):
		return "a table header is not closed: write it on one line as [table] or [[table]], with as many closing brackets as opening ones", 0
	case strings.Contains(msg, "key name appears blank"):
		return "a key is missing before =: write key = value, such as score = 92.50", 0
	case strings.Contains(msg, "underscores must be surrounded by digits"):
		return fmt.Sprintf("%s is not a TOML number: an underscore may only stand between two digits; leave it out", q), 0
	}
	return "invalid TOML: " + lowerFirst(msg), 0
}

// dateMessage says why s, written as a date, is not one.
func dateMessage(s string) string {
	m := dateParts.FindStringSubmatch(s)
	if m == nil {
		return fmt.Sprintf("%s is not a date: write it as year-month-day with two-digit month and day, such as 2024-02-29", s)
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 {
		return fmt.Sprintf("%s is not a date: the month, %s, must be 01 to 12", s, m[2])
	}
	month := time.Month(mo)
	days := time.Date(y, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d < 1 || d > days {
		return fmt.Sprintf("%s is not a date: %s %d has %d days", s, month, y, days)
	}
	if m[4] != "" {
		return fmt.Sprintf("%s is not a date and time: write it as 2024-02-29T14:30:00, hours 00 to 23 and minutes and seconds 00 to 59, or write the date alone", s)
	}
	return fmt.Sprintf("%s is not a date: write it as year-month-day, such as 2024-02-29", s)
}

// valueBefore returns the value that ends at offset end of src (after the
// = of its line) and its length in characters.
func valueBefore(src []byte, end int) (string, int) {
	line := src[bytes.LastIndexByte(src[:end], '\n')+1 : end]
	if i := bytes.LastIndexAny(line, "=[{, \t"); i >= 0 {
		line = line[i+1:]
	}
	v, _ := valueAt(src, end-len(line))
	return v, len([]rune(string(line)))
}

// valueAt returns the bare value (number, date, word) starting at offset
// start of src, and its length in bytes.
func valueAt(src []byte, start int) (string, int) {
	end := start
	for end < len(src) && !bytes.ContainsAny(src[end:end+1], " \t\r\n#]}") {
		if src[end] == ',' && !(end+1 < len(src) && src[end+1] >= '0' && src[end+1] <= '9') {
			break
		}
		end++
	}
	return string(src[start:end]), end - start
}

func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "TOML") {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
