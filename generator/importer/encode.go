package importer

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/rapor-publik/rapor/generator/data"
)

// YearFile is the file an import of a year writes, relative to the site.
func YearFile(year int) string { return fmt.Sprintf("data/years/%d.toml", year) }

// cellRef is the sheet cell a line of the TOML comes from; row 0: none.
type cellRef struct{ row, col int }

// tomlWriter writes TOML line by line, remembering where each line
// comes from.
type tomlWriter struct {
	b     bytes.Buffer
	lines []cellRef
}

func (w *tomlWriter) line(from cellRef, format string, args ...any) {
	fmt.Fprintf(&w.b, format, args...)
	w.b.WriteByte('\n')
	w.lines = append(w.lines, from)
}

// Encode writes the import as a year file of the site source format.
func (im *Import) Encode() []byte {
	b, _ := im.encode()
	return b
}

// encode returns the year file and, for each of its lines, the cell it
// comes from.
func (im *Import) encode() ([]byte, []cellRef) {
	var w tomlWriter
	from := filepath.Base(im.Sheet.File)
	if im.Sheet.Name != "" {
		from += ", sheet " + im.Sheet.Name
	}
	w.line(cellRef{}, "# Imported by rapor import from %s.", comment(from))
	w.line(cellRef{}, "year = %d", im.Year)
	w.line(cellRef{}, "scale = %s", data.TOMLString(im.Scale.ID))
	for _, r := range im.Results {
		body := cellRef{r.Row, r.col}
		w.line(cellRef{}, "")
		w.line(body, "[[result]]")
		w.line(body, "entity = %s  # %s", data.TOMLString(r.Entity.Code), comment(kindLabel(r.Entity)+" "+r.Entity.Name))
		if r.Score != "" {
			w.line(cellRef{r.Row, r.scoreCol}, "score = %s", r.Score)
		}
		for _, u := range r.Units {
			unit := cellRef{r.Row, u.col}
			w.line(cellRef{}, "")
			w.line(unit, "[[result.unit]]")
			w.line(unit, "name = %s", data.TOMLString(u.Name))
			w.line(unit, "score = %s", u.Score)
		}
	}
	return w.b.Bytes(), w.lines
}

// comment makes text safe in a TOML comment: one line, no control
// characters.
func comment(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
