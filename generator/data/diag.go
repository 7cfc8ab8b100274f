package data

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Severity tells whether a diagnostic stops the build.
type Severity int

const (
	Error   Severity = iota // the site cannot be built
	Warning                 // printed; the build goes on
)

// Diagnostic is one problem in the source, at a place in a file.
type Diagnostic struct {
	File     string // slash-separated, relative to the site folder
	Pos      Pos    // zero line: the whole file
	Severity Severity
	Message  string
	// Template is the message's format before the values were put in
	// ("entity %q is not the code of any body…"): diagnostics of one
	// template are of one kind (see Capped). "" groups by Message.
	Template string
}

// String formats the diagnostic as file:line:col: message.
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(Printable(d.File)) // a file name may hold anything too
	if d.Pos.Line > 0 {
		fmt.Fprintf(&b, ":%d", d.Pos.Line)
		if d.Pos.Col > 0 {
			fmt.Fprintf(&b, ":%d", d.Pos.Col)
		}
	}
	b.WriteString(": ")
	if d.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(messageText(d.Message))
	return b.String()
}

// Diagnostics is a list of problems.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	return slices.ContainsFunc(ds, func(d Diagnostic) bool { return d.Severity == Error })
}

// Count returns the number of diagnostics of a severity.
func (ds Diagnostics) Count(s Severity) int {
	n := 0
	for _, d := range ds {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// Sort orders diagnostics by file, line, column, then message.
func (ds Diagnostics) Sort() {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(
			strings.Compare(a.File, b.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			strings.Compare(a.Message, b.Message),
		)
	})
}

// Error makes a list holding an error an error value, for callers that
// want one; it prints every diagnostic, one per line.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// report collects diagnostics for one file.
type report struct {
	file  string
	diags *Diagnostics
}

func (r report) errorf(pos Pos, format string, args ...any) {
	*r.diags = append(*r.diags, Diagnostic{File: r.file, Pos: pos, Severity: Error, Message: fmt.Sprintf(format, quoted(args)...), Template: format})
}

func (r report) warnf(pos Pos, format string, args ...any) {
	*r.diags = append(*r.diags, Diagnostic{File: r.file, Pos: pos, Severity: Warning, Message: fmt.Sprintf(format, quoted(args)...), Template: format})
}
