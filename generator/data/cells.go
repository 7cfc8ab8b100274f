package data

import (
	"strings"
	"unicode"
)

// formulaStarts are the characters that make a spreadsheet read a cell
// as a formula when they start it (OWASP, "CSV injection"): =, +, -, @,
// tab and carriage return.
const formulaStarts = "=+-@\t\r"

// checkCell reports the value of k, a text that the CSV export writes
// as it is (a body's code or name, a grade id), when a spreadsheet opening
// the export would run it as a formula. The export keeps to the format,
// which writes these as given, so the text is refused rather than altered.
func (t *table) checkCell(k, what, s string) {
	if s == "" || !strings.ContainsRune(formulaStarts, rune(s[0])) {
		return
	}
	t.valueErrorf(k, "%s %q starts with %s, and a spreadsheet opening the CSV export (data/<year>.csv) would run it as a formula; "+
		"start the %s with a letter or digit", what, s, startName(s[0]), what)
}

func startName(c byte) string {
	switch c {
	case '\t':
		return "a tab"
	case '\r':
		return "a carriage return"
	}
	return `"` + string(c) + `"`
}

// checkCode reports a body's code that holds spaces or control
// characters: results could not name it as written, and the export and
// the pages would show it so.
func (t *table) checkCode(code string) {
	i := strings.IndexFunc(code, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) })
	switch {
	case i < 0:
		t.checkCell("code", "code", code)
	case !unicode.IsControl([]rune(code[i:])[0]):
		t.valueErrorf("code", "code %q has a space; write codes without spaces, such as \"17.07\", here and in the results that name the body", code)
	default:
		t.valueErrorf("code", "code %q holds a tab, line break or other control character; write codes without them, such as \"17.07\"", code)
	}
}
