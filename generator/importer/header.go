package importer

import (
	"regexp"
	"strconv"
	"strings"
)

// role is what a column holds.
type role int

const (
	roleOther  role = iota // a unit's scores, or text: the data decide
	roleName               // the bodies' names
	roleCode               // the bodies' codes
	roleScore              // the bodies' scores
	roleIgnore             // numbering, grades, ranks, remarks
)

// Header words, compared after normHeader. Among columns of one role the
// higher rank wins: "Nilai Akhir" is the score beside a "Nilai" column
// of sub-scores, "Provinsi" the name only where no other column is.
var (
	nameHeaders = map[string]int{
		"nama": 2, "nama instansi": 2, "instansi": 2, "instansi pemerintah": 2,
		"pemda": 2, "nama pemda": 2, "pemerintah daerah": 2, "nama pemerintah daerah": 2,
		"daerah": 2, "nama daerah": 2, "kabupaten/kota": 2, "kab/kota": 2,
		"nama kabupaten/kota": 2, "pemerintah kabupaten/kota": 2, "provinsi/kabupaten/kota": 2,
		"pemerintah provinsi/kabupaten/kota": 2, "kabupaten": 2, "kota": 2,
		"penyelenggara": 2, "nama penyelenggara": 2, "name": 2, "body": 2,
		"provinsi": 1,
	}
	codeHeaders = map[string]int{
		"kode": 1, "kode wilayah": 1, "kode daerah": 1, "kode pemda": 1,
		"kode kemendagri": 1, "code": 1,
	}
	scoreHeaders = map[string]int{
		"nilai": 1, "nilai kepatuhan": 1, "skor": 1, "score": 1,
		"nilai akhir": 2, "skor akhir": 2, "total": 2, "nilai total": 2,
		"total nilai": 2, "total score": 2, "final score": 2,
	}
	// Known columns that are not data, matched as the header's first words.
	ignoredHeaders = []string{
		"no", "nomor", "zona", "zonasi", "opini", "predikat", "kategori",
		"keterangan", "ket", "peringkat", "rank", "ranking", "tahun", "year",
	}

	parenthetical = regexp.MustCompile(`\([^)]*\)`)
	trailingYear  = regexp.MustCompile(` (19|20)[0-9][0-9]$`)
	slashSpaces   = regexp.MustCompile(` ?/ ?`)
)

// normHeader reduces a header cell to the words compared: lower case, one
// space between words, without parentheses, a trailing year, or
// punctuation around it ("Nilai Kepatuhan (0-100) 2023:" → "nilai
// kepatuhan").
// The regular expressions run only where their text can match: header
// cells are normalized for every cell of every row tried as the header.
func normHeader(s string) string {
	s = strings.ToLower(s)
	if strings.Contains(s, "(") {
		s = parenthetical.ReplaceAllString(s, " ")
	}
	s = strings.Join(strings.Fields(s), " ")
	if strings.Contains(s, "/") {
		s = slashSpaces.ReplaceAllString(s, "/")
	}
	if n := len(s); n >= 5 && s[n-1] >= '0' && s[n-1] <= '9' {
		s = trailingYear.ReplaceAllString(s, "")
	}
	return strings.Trim(s, " .:*#")
}

// headerRole tells what a column of that header holds.
func headerRole(header string) (role, int) {
	if header == "" {
		return roleOther, 0
	}
	h := normHeader(header)
	if h == "" {
		return roleOther, 0
	}
	if rank, ok := nameHeaders[h]; ok {
		return roleName, rank
	}
	if rank, ok := codeHeaders[h]; ok {
		return roleCode, rank
	}
	if rank, ok := scoreHeaders[h]; ok {
		return roleScore, rank
	}
	for _, w := range ignoredHeaders {
		if h == w || strings.HasPrefix(h, w+" ") {
			return roleIgnore, 0
		}
	}
	return roleOther, 0
}

// column is one column of the table.
type column struct {
	header string // its header, spaces collapsed; "" when none
	row    int    // the row number the header is written in
	role   role
	rank   int
}

// layout is where the table is in the sheet.
type layout struct {
	header            int // index in Sheet.Rows of the header row
	data              int // index of the first row below the header (and sub-header)
	cols              []column
	name, code, score int   // column indexes; -1 when none
	scoreTie          []int // columns that are equally the score: an error
}

// findLayout finds the header row: the first row with a column of names
// or codes and a column of scores; failing that, the first with a column
// of names or codes and another header (units only, no score column).
func findLayout(rows []Row, width int) *layout {
	for _, needScore := range []bool{true, false} {
		for i := range rows {
			if l := layoutAt(rows, i, width, needScore); l != nil {
				return l
			}
		}
	}
	return nil
}

// layoutAt reads row i as the header row, with the row below it as a
// sub-header where that row names columns under merged header cells.
func layoutAt(rows []Row, i, width int, needScore bool) *layout {
	var next *Row
	if i+1 < len(rows) && subHeader(rows[i], rows[i+1]) {
		next = &rows[i+1]
	}
	if l := newLayout(i, rows[i], nil, width); l.usable(needScore) {
		if next != nil && next.Cell(l.name) == "" && next.Cell(l.code) == "" {
			if sub := newLayout(i, rows[i], next, width); sub.usable(false) {
				return sub
			}
		}
		return l
	}
	if next != nil && keepsTop(rows[i], *next) {
		if l := newLayout(i, rows[i], next, width); l.usable(needScore) {
			return l
		}
	}
	return nil
}

// keepsTop reports whether a sub-header row leaves some header cell of
// the row above it in place: otherwise it is the header row itself, below
// a title.
func keepsTop(top, sub Row) bool {
	for j, c := range top.Cells {
		if c != "" && sub.Cell(j) == "" {
			return true
		}
	}
	return false
}

// subHeader reports whether row r may name the columns under the merged
// header cells of row top: it holds text and nothing else, some of it
// under an empty cell of top.
func subHeader(top, r Row) bool {
	under := false
	for j, c := range r.Cells {
		if c == "" {
			continue
		}
		if isNumber(c) || missing(c) || numberingPattern.MatchString(c) {
			return false
		}
		if top.Cell(j) == "" {
			under = true
		}
	}
	return under
}

// newLayout makes the layout of a header row and an optional sub-header
// row: a sub-header cell, where there is one, names its column.
func newLayout(i int, top Row, sub *Row, width int) *layout {
	l := &layout{header: i, data: i + 1, name: -1, code: -1, score: -1}
	if sub != nil {
		l.data = i + 2
	}
	for j := range width {
		c := column{header: top.Cell(j), row: top.N}
		if sub != nil && sub.Cell(j) != "" {
			c = column{header: sub.Cell(j), row: sub.N}
		}
		c.header = strings.Join(strings.Fields(c.header), " ")
		c.role, c.rank = headerRole(c.header)
		l.cols = append(l.cols, c)
	}
	l.name = l.pick(roleName)
	l.code = l.pick(roleCode)
	l.score = l.pick(roleScore)
	return l
}

// pick returns the column of a role with the highest rank, the first of
// equals; the others are ignored, except for a tie of score columns.
func (l *layout) pick(r role) int {
	best := -1
	for j, c := range l.cols {
		if c.role == r && (best < 0 || c.rank > l.cols[best].rank) {
			best = j
		}
	}
	for j, c := range l.cols {
		if c.role != r || j == best {
			continue
		}
		if r == roleScore && c.rank == l.cols[best].rank {
			if len(l.scoreTie) == 0 {
				l.scoreTie = append(l.scoreTie, best)
			}
			l.scoreTie = append(l.scoreTie, j)
		}
		l.cols[j].role = roleIgnore
	}
	return best
}

// usable reports whether the layout has a column of bodies and a score
// column, or without needScore any other header.
func (l *layout) usable(needScore bool) bool {
	if l.name < 0 && l.code < 0 {
		return false
	}
	if l.score >= 0 {
		return true
	}
	if needScore {
		return false
	}
	for _, c := range l.cols {
		if c.role == roleOther && c.header != "" {
			return true
		}
	}
	return false
}

// numberingPattern is a column number as tables print them under their
// header: "1", "(2)".
var numberingPattern = regexp.MustCompile(`^\(?([0-9]+)\)?$`)

// isNumbering reports whether a row numbers the columns: 1, 2, 3… or
// (1), (2), (3)… from left to right.
func isNumbering(r Row) bool {
	n, prev := 0, 0
	for _, c := range r.Cells {
		if c == "" {
			continue
		}
		m := numberingPattern.FindStringSubmatch(c)
		if m == nil {
			return false
		}
		v, _ := strconv.Atoi(m[1])
		if n > 0 && v != prev+1 {
			return false
		}
		n, prev = n+1, v
	}
	return n >= 2
}

// Footer rows: averages, totals, sources and notes under the table.
var footerWords = [][]string{
	{"rata", "rata"}, {"ratarata"}, {"rerata"}, {"nilai", "rata", "rata"},
	{"nilai", "ratarata"}, {"jumlah"}, {"total"}, {"average"}, {"mean"},
	{"sum"}, {"sumber"}, {"source"}, {"catatan"}, {"note"}, {"notes"},
	{"keterangan"}, {"ket"},
}

// isFooter reports whether a cell starts a footer row.
func isFooter(cell string) bool {
	if strings.HasPrefix(cell, "*") {
		return true
	}
	ws := words(cell)
	for _, f := range footerWords {
		if len(f) <= len(ws) && strings.Join(ws[:len(f)], " ") == strings.Join(f, " ") {
			return true
		}
	}
	return false
}
