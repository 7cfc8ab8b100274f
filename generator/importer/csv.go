package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Delimiters a CSV file may use: Excel writes ";" where the decimal
// separator is a comma, as in Indonesia.
var delimiters = []rune{',', ';', '\t'}

// ReadCSV reads a CSV file's bytes. It takes off a byte order mark,
// reads UTF-16 (Excel's "Unicode text") and, where the bytes are not
// UTF-8, Windows-1252; it finds the delimiter among comma, semicolon and
// tab (or takes it from Excel's "sep=;" first line). file names the file
// in messages.
func ReadCSV(file string, b []byte) (*Sheet, error) {
	text := decodeText(b)
	sep, text := sepLine(text)
	if sep == 0 {
		sep = detectDelimiter(text)
	}
	rows, err := parseCSV(text, sep)
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s:%d: %w", file, pe.Line, pe.Err)
		}
		return nil, fmt.Errorf("read %s: %w", file, err)
	}
	return &Sheet{File: file, Rows: rows}, nil
}

// decodeText returns the file's text as UTF-8, without a byte order mark.
func decodeText(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b[2:], func(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 })
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b[2:], func(b []byte) uint16 { return uint16(b[1]) | uint16(b[0])<<8 })
	}
	if utf8.Valid(b) {
		return string(b)
	}
	var s strings.Builder
	for _, c := range b {
		if r, ok := windows1252[c]; ok {
			s.WriteRune(r)
		} else {
			s.WriteRune(rune(c))
		}
	}
	return s.String()
}

func decodeUTF16(b []byte, unit func([]byte) uint16) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, unit(b[i:]))
	}
	return string(utf16.Decode(u))
}

// windows1252 maps the bytes where Windows-1252 differs from Latin-1.
var windows1252 = map[byte]rune{
	0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡',
	0x88: 'ˆ', 0x89: '‰', 0x8A: 'Š', 0x8B: '‹', 0x8C: 'Œ', 0x8E: 'Ž',
	0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
	0x98: '˜', 0x99: '™', 0x9A: 'š', 0x9B: '›', 0x9C: 'œ', 0x9E: 'ž', 0x9F: 'Ÿ',
}

// sepLine reads Excel's "sep=;" first line. The line is blanked rather
// than removed, so that line numbers stay as in the file.
func sepLine(text string) (rune, string) {
	line, rest, _ := strings.Cut(text, "\n")
	v, ok := strings.CutPrefix(strings.TrimRight(line, "\r"), "sep=")
	if r, size := utf8.DecodeRuneInString(v); ok && size == len(v) && size > 0 {
		return r, "\n" + rest
	}
	return 0, text
}

// detectDelimiter picks the delimiter under which the table has a header
// row (of names and scores, else of names); then the one giving the
// header row more cells; then the one splitting more lines.
func detectDelimiter(text string) rune {
	best, bestScore := delimiters[0], [3]int{-1}
	for _, d := range delimiters {
		rows, _ := parseCSV(text, d)
		var score [3]int
		if l := findLayout(rows, width(rows)); l != nil {
			score[0] = 1
			if l.score >= 0 {
				score[0] = 2
			}
			score[1] = len(rows[l.header].Cells)
		}
		for _, r := range rows {
			if len(r.Cells) > 1 {
				score[2]++
			}
		}
		if compare(score, bestScore) > 0 {
			best, bestScore = d, score
		}
	}
	return best
}

func compare(a, b [3]int) int {
	for i := range a {
		if a[i] != b[i] {
			return a[i] - b[i]
		}
	}
	return 0
}

// width is the number of columns of the widest row.
func width(rows []Row) int {
	w := 0
	for _, r := range rows {
		w = max(w, len(r.Cells))
	}
	return w
}

// parseCSV splits text into rows, each numbered by the line it starts
// on. Quotes are read leniently: a stray one is taken as text.
func parseCSV(text string, sep rune) ([]Row, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var rows []Row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return rows, err
		}
		line, _ := r.FieldPos(0)
		for i, c := range rec {
			rec[i] = trimCell(c)
		}
		rows = append(rows, Row{N: line, Cells: rec})
	}
}
