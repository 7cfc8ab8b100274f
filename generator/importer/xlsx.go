package importer

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// ReadXLSX reads one worksheet of an .xlsx file: the first unless sheet
// names another. Cells are read as stored, not as displayed: a number
// formatted to show 84,3 is read 84.32 if it holds 84.32, to Excel's 15
// significant digits (see excelNumber). Text cells are read as written.
//
// A workbook that excelize cannot make sense of (a shared-string index
// of -2, say) can make it panic; ReadXLSX reports that as an error about
// the file, so that a hostile or damaged workbook cannot crash rapor.
func ReadXLSX(file string, r io.Reader, sheet string) (sh *Sheet, err error) {
	defer func() {
		if p := recover(); p != nil {
			sh, err = nil, fmt.Errorf("read %s: the workbook is damaged and cannot be read (%v); open it in a spreadsheet program and save it again, or save the sheet as CSV", file, p)
		}
	}()
	f, err := excelize.OpenReader(r, excelize.Options{UnzipSizeLimit: MaxUnzipped, UnzipXMLSizeLimit: min(MaxUnzipped, 16<<20)})
	if err != nil {
		if strings.HasPrefix(err.Error(), "unzip size exceeds") {
			return nil, fmt.Errorf("read %s: the workbook unpacks to more than %d MB, more than a table of results needs, and is not read; check that this is the right file, or save the sheet as CSV", file, MaxUnzipped/1_000_000)
		}
		return nil, fmt.Errorf("read %s: %w", file, err)
	}
	defer f.Close()
	names := f.GetSheetList()
	switch {
	case len(names) == 0:
		return nil, fmt.Errorf("read %s: the workbook has no sheets", file)
	case sheet == "":
		sheet = names[0]
	case !slices.Contains(names, sheet):
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = fmt.Sprintf("%q", n)
		}
		return nil, inputError(fmt.Sprintf("%s has no sheet %q; its sheets are %s", file, sheet, strings.Join(quoted, ", ")))
	}
	raw, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fmt.Errorf("read %s, sheet %s: %w", file, sheet, err)
	}
	sh = &Sheet{File: file, Name: sheet}
	for i, cells := range raw {
		row := Row{N: i + 1, Cells: make([]string, len(cells))}
		for j, v := range cells {
			if v != "" && numeric(f, sheet, j, i) {
				v = excelNumber(v)
			}
			row.Cells[j] = trimCell(v)
		}
		sh.Rows = append(sh.Rows, row)
	}
	return sh, nil
}

// numeric reports whether the cell in column j of row i (both from 0)
// stores a number: its type is "n" or, as for numbers and formulas with
// a numeric result, not given.
func numeric(f *excelize.File, sheet string, j, i int) bool {
	ref, err := excelize.CoordinatesToCellName(j+1, i+1)
	if err != nil {
		return false
	}
	t, err := f.GetCellType(sheet, ref)
	return err == nil && (t == excelize.CellTypeNumber || t == excelize.CellTypeUnset)
}
