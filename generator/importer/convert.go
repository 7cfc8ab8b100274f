package importer

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
)

// Import is a sheet converted into one year's results.
type Import struct {
	Sheet   *Sheet
	Year    int
	Scale   *data.Scale
	Results []Result // in sheet order
}

// Result is one body's row of the sheet.
type Result struct {
	Row    int // the sheet's row number
	Entity *data.Entity
	Score  string // the score exactly as written, with a point; "" when not given
	Units  []Unit // in column order

	col, scoreCol int // where the body and the score are, for messages
}

// Unit is the score of one unit column in a row.
type Unit struct {
	Name  string // the column's header
	Score string // exactly as written, with a point
	col   int
}

// UnitCount returns the number of unit scores of every result.
func (im *Import) UnitCount() int {
	n := 0
	for _, r := range im.Results {
		n += len(r.Units)
	}
	return n
}

// unitColumn is a column of unit scores.
type unitColumn struct {
	col  int
	name string
}

// converter converts the rows of one sheet.
type converter struct {
	sheet *Sheet
	l     *layout
	m     *Matcher
	units []unitColumn
	seen  map[*data.Entity]int // the row each body was found in
	rep   *report
	im    *Import
}

// Convert reads the results of a sheet for the bodies of ds. It reports
// every problem of the sheet at once; the Import holds the rows that
// converted, and is nil when the sheet has no usable header row.
func Convert(ds *data.Dataset, sh *Sheet, year int, scale *data.Scale) (*Import, Problems) {
	rep := &report{sheet: sh}
	l := findLayout(sh.Rows, width(sh.Rows))
	if l == nil {
		rep.errorf(0, -1, `found no header row: the table needs a column of names headed "Nama" (or of codes headed "Kode") and a column of scores headed "Nilai"; rename the headers, see the README for the words understood`)
		return nil, rep.list
	}
	c := &converter{sheet: sh, l: l, m: NewMatcher(ds), seen: map[*data.Entity]int{}, rep: rep,
		im: &Import{Sheet: sh, Year: year, Scale: scale}}
	if len(l.scoreTie) > 0 {
		var names []string
		for _, j := range l.scoreTie {
			names = append(names, c.colName(j))
		}
		last := len(names) - 1
		rep.errorf(l.cols[l.scoreTie[1]].row, l.scoreTie[1], "columns %s and %s are all headed as the score; rename those that are not the body's final score",
			strings.Join(names[:last], ", "), names[last])
		rep.list.Sort()
		return nil, rep.list
	}
	rows := c.bodyRows()
	c.classify(rows)
	for _, r := range rows {
		c.row(r)
	}
	if len(c.im.Results) == 0 && !rep.list.HasErrors() {
		rep.errorf(sh.Rows[l.header].N, -1, "found no rows of bodies below the header row %d", sh.Rows[l.header].N)
	}
	rep.list.Sort()
	return c.im, rep.list
}

// colName names a column in messages: `Nilai (C)`, or `C` without a header.
func (c *converter) colName(j int) string {
	if h := c.l.cols[j].header; h != "" {
		return fmt.Sprintf("%s (%s)", h, columnLetter(j))
	}
	return columnLetter(j)
}

// bodyRows returns the rows below the header that name a body, leaving
// out empty rows, column numbers, and footers: averages, totals, notes.
func (c *converter) bodyRows() []Row {
	var out []Row
	for _, r := range c.sheet.Rows[c.l.data:] {
		if r.empty() || isNumbering(r) {
			continue
		}
		name, code := r.Cell(c.l.name), r.Cell(c.l.code)
		if name == "" && code == "" {
			if !slices.ContainsFunc(r.Cells, isFooter) && c.hasNumbers(r) {
				c.rep.warnf(r.N, -1, "row has scores but neither a name nor a code; skipped")
			}
			continue
		}
		if code == "" && isFooter(name) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// hasNumbers reports whether a row has a number in the score column or a
// column that may hold units.
func (c *converter) hasNumbers(r Row) bool {
	for j, col := range c.l.cols {
		if (j == c.l.score || col.role == roleOther) && isNumber(r.Cell(j)) {
			return true
		}
	}
	return false
}

// classify finds the unit columns among the other columns: those with
// more numbers than text (the text is then reported as wrong numbers).
// A column of text is ignored with a warning.
func (c *converter) classify(rows []Row) {
	names := map[string]int{}
	for j, col := range c.l.cols {
		if col.role != roleOther {
			continue
		}
		nums, texts := 0, 0
		for _, r := range rows {
			switch cell := r.Cell(j); {
			case missing(cell):
			case isNumber(cell):
				nums++
			default:
				texts++
			}
		}
		switch {
		case nums == 0 && texts == 0:
			// An empty column.
		case nums <= texts:
			c.rep.warnf(col.row, j, "column %s holds text, not scores; ignored", c.colName(j))
		case col.header == "":
			c.rep.warnf(col.row, j, "column %s holds numbers but has no header; ignored: write the unit's name above them to import them as a unit", columnLetter(j))
		default:
			if first, dup := names[col.header]; dup {
				c.rep.errorf(col.row, j, "columns %s and %s have the same header %q; units of a body need different names", columnLetter(first), columnLetter(j), col.header)
				continue
			}
			names[col.header] = j
			c.units = append(c.units, unitColumn{col: j, name: col.header})
		}
	}
}

// row converts one row naming a body.
func (c *converter) row(r Row) {
	res := Result{Row: r.N, col: c.bodyCol(r), scoreCol: c.l.score}
	ok := true
	if c.l.score >= 0 {
		res.Score, ok = c.value(r, c.l.score, "score")
	}
	given := res.Score != "" || !ok
	for _, u := range c.units {
		s, good := c.value(r, u.col, "unit score")
		ok = ok && good
		given = given || !good || s != ""
		if s != "" {
			res.Units = append(res.Units, Unit{Name: u.name, Score: s, col: u.col})
		}
	}
	e := c.entity(r, given)
	if e == nil {
		return
	}
	res.Entity = e
	if first, dup := c.seen[e]; dup {
		c.rep.errorf(r.N, res.col, "%s is in row %d as well; keep one row per body", describe(e), first)
		return
	}
	c.seen[e] = r.N
	if !given {
		where := "its score"
		if c.l.score >= 0 {
			where = "its score in column " + c.colName(c.l.score)
		}
		c.rep.errorf(r.N, res.col, "%s has neither a score nor unit scores; fill in %s, or remove the row", describe(e), where)
		return
	}
	if ok {
		c.im.Results = append(c.im.Results, res)
	}
}

// bodyCol is the column that names the row's body: the code where given.
func (c *converter) bodyCol(r Row) int {
	if c.l.code >= 0 && r.Cell(c.l.code) != "" {
		return c.l.code
	}
	return c.l.name
}

// value reads a score cell; ok is false when it is wrong (and reported).
func (c *converter) value(r Row, j int, what string) (string, bool) {
	cell := r.Cell(j)
	s, err := parseScore(cell)
	switch {
	case errors.Is(err, errNotNumber):
		c.rep.errorf(r.N, j, `%s %q in column %s is not a number; write it as 84,32 or 84.32, or leave the cell empty or "-" where there is none`, what, cell, c.colName(j))
		return "", false
	case errors.Is(err, errRange):
		c.rep.errorf(r.N, j, "%s %s in column %s is outside 0–100", what, cell, c.colName(j))
		return "", false
	}
	return s, true
}
