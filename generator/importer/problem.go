package importer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
)

// Problem is one error or warning about the sheet or, after Validate,
// about the site with the new year file in it.
type Problem struct {
	Severity data.Severity
	Place    string // "rekap.csv:14", "rekap.xlsx:Sheet1!B14" or "data/years/2023-bengkulu.toml:44:10"
	Message  string

	row, col  int    // in the sheet, for sorting; row 0: the whole sheet
	elsewhere bool   // about another file of the site
	file      string // the sheet's or the site file's name, without the place in it
	template  string // the message's format, telling problems of one kind
}

// String formats the problem as place: message, like data.Diagnostic.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(data.Printable(p.Place)) // names and cells may hold anything
	b.WriteString(": ")
	if p.Severity == data.Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(data.PrintableMessage(p.Message))
	return b.String()
}

// Problems is a list of problems.
type Problems []Problem

// HasErrors reports whether any problem is an error.
func (ps Problems) HasErrors() bool {
	return slices.ContainsFunc(ps, func(p Problem) bool { return p.Severity == data.Error })
}

// Count returns the number of problems of a severity.
func (ps Problems) Count(s data.Severity) int {
	n := 0
	for _, p := range ps {
		if p.Severity == s {
			n++
		}
	}
	return n
}

// Sort orders the sheet's problems by row and column, before the problems
// about other files; problems at one place keep their order.
func (ps Problems) Sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if a.elsewhere != b.elsewhere {
			if a.elsewhere {
				return 1
			}
			return -1
		}
		if a.elsewhere {
			return 0
		}
		return cmp.Or(cmp.Compare(a.row, b.row), cmp.Compare(a.col, b.col))
	})
}

// report collects the problems of one sheet.
type report struct {
	sheet *Sheet
	list  Problems
}

// errorf reports an error at a row (col < 0) or a cell; row 0 is the
// whole sheet.
func (r *report) errorf(row, col int, format string, args ...any) {
	r.add(data.Error, row, col, fmt.Sprintf(format, args...), format)
}

func (r *report) warnf(row, col int, format string, args ...any) {
	r.add(data.Warning, row, col, fmt.Sprintf(format, args...), format)
}

// add adds a problem at a row or cell; template is its message's format.
func (r *report) add(sev data.Severity, row, col int, msg, template string) {
	r.list = append(r.list, Problem{Severity: sev, Place: r.sheet.place(row, col), Message: msg,
		row: row, col: col, file: r.sheet.place(0, -1), template: template})
}

// Capped is the problems with at most max of each kind (one message
// with other values, in one file) kept, in order; after the last kept one
// of a kind, a line counts the rest, as data.Diagnostics.Capped does. It
// does not change the counts: Count still counts every problem.
func (ps Problems) Capped(max int) Problems {
	return data.CapLike(ps, max,
		func(p Problem) data.LikeKey { return data.Like(p.file, p.Severity, p.template, p.Message) },
		func(p Problem, more int) Problem {
			return Problem{Severity: p.Severity, Place: p.file, Message: data.MoreLikeThis(more),
				row: p.row, col: p.col, elsewhere: p.elsewhere, file: p.file}
		})
}
