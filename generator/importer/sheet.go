package importer

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// Sheet is a table read from a spreadsheet, every cell as text.
type Sheet struct {
	File string // the file as named on the command line, for messages
	Name string // the worksheet's name in an .xlsx file; "" for CSV
	Rows []Row  // in file order
}

// Row is one row of a sheet.
type Row struct {
	N     int      // the row's number: the spreadsheet's row, or the CSV line it starts on
	Cells []string // trimmed; numbers of XLSX cells as Excel shows them in the formula bar
}

// Cell returns the text of the cell in column j (0 is A), "" beyond the row.
func (r Row) Cell(j int) string {
	if j < 0 || j >= len(r.Cells) {
		return ""
	}
	return r.Cells[j]
}

// empty reports whether every cell of the row is empty.
func (r Row) empty() bool {
	for _, c := range r.Cells {
		if c != "" {
			return false
		}
	}
	return true
}

// MaxInput is the largest spreadsheet file, in bytes, that ReadFile
// reads; an .xlsx file may also unpack to at most MaxUnzipped bytes.
// A year's results for every desa of Indonesia (84,353 rows) take 4.3 MB
// as a year file, and less as a table.
const MaxInput = 64_000_000

// MaxUnzipped bounds what an .xlsx file unpacks to, so that a small file
// that unpacks to gigabytes (a "zip bomb") is refused before it is read.
// A variable, for tests.
var MaxUnzipped int64 = 256_000_000

// ErrInput marks problems with the input file as named on the command
// line: a type that cannot be read, a sheet that does not exist.
var ErrInput = errors.New("unusable input file")

type inputError string

func (e inputError) Error() string        { return string(e) }
func (e inputError) Is(target error) bool { return target == ErrInput }

// ReadFile reads a .csv (also .tsv, .txt) or .xlsx file. sheet names the
// worksheet of an .xlsx file; "" is the first one. The error wraps
// ErrInput when the file's type or the sheet is wrong, fs.ErrNotExist
// when it does not exist.
func ReadFile(path, sheet string) (*Sheet, error) {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".csv" || ext == ".tsv" || ext == ".txt" || ext == ".xlsx" || ext == ".xlsm" {
		// A file that cannot be stat'ed is left to the read below, which
		// says why in the words of opening it.
		if info, err := os.Stat(path); err == nil {
			if !info.Mode().IsRegular() {
				return nil, inputError(fmt.Sprintf("%s is not a regular file; name the spreadsheet file itself", path))
			}
			if info.Size() > MaxInput {
				return nil, inputError(fmt.Sprintf("%s is %.1f MB, more than the %d MB rapor import reads; the results of every desa of Indonesia take under 10 MB: check that this is the right file, or split it by province", path, float64(info.Size())/1e6, MaxInput/1_000_000))
			}
		}
	}
	switch ext {
	case ".csv", ".tsv", ".txt":
		if sheet != "" {
			return nil, inputError(fmt.Sprintf("%s is a CSV file, which has no sheets; leave out --sheet", path))
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		return ReadCSV(path, b)
	case ".xlsx", ".xlsm":
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return ReadXLSX(path, f, sheet)
	case ".xls", ".ods":
		return nil, inputError(fmt.Sprintf("%s: rapor import cannot read %s files; open it in a spreadsheet program and save it as .xlsx or .csv", path, ext))
	default:
		return nil, inputError(fmt.Sprintf("%s: rapor import reads .csv and .xlsx files; save the table as one of them", path))
	}
}

// place names a cell in messages: file:row for CSV, where the message
// names the column, and file:Sheet!B14 for XLSX. col < 0 names the row;
// row 0 the whole sheet.
func (s *Sheet) place(row, col int) string {
	switch {
	case s.Name == "" && row == 0:
		return s.File
	case s.Name == "":
		return fmt.Sprintf("%s:%d", s.File, row)
	case row == 0:
		return fmt.Sprintf("%s:%s", s.File, sheetRef(s.Name))
	case col < 0:
		return fmt.Sprintf("%s:%s!%d:%d", s.File, sheetRef(s.Name), row, row)
	}
	return fmt.Sprintf("%s:%s!%s%d", s.File, sheetRef(s.Name), columnLetter(col), row)
}

// sheetRef writes a sheet name as Excel does in references: quoted when
// it holds anything but letters, digits and underscores.
func sheetRef(name string) string {
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return "'" + strings.ReplaceAll(name, "'", "''") + "'"
		}
	}
	return name
}

// columnLetter is the spreadsheet name of column j (0 is A, 26 is AA).
func columnLetter(j int) string {
	s := ""
	for j++; j > 0; j = (j - 1) / 26 {
		s = string(rune('A'+(j-1)%26)) + s
	}
	return s
}

// trimCell trims a cell's surrounding spaces, non-breaking ones too.
func trimCell(s string) string { return strings.TrimFunc(s, unicode.IsSpace) }
