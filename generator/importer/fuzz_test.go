package importer

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/rapor-publik/rapor/generator/data"
)

// The fuzz targets set up the site once, outside the fuzz function, and
// fuzz only the bytes of the sheet. Their seeds are the sheets in
// testdata/ and the inputs saved in testdata/fuzz/<FuzzName>/. Run every
// target for a while with .ci/fuzz, or one with
//
//	go test -run='^$' -fuzz='^FuzzImport$' -fuzztime=60s ./generator/importer/

// csvSeeds adds the CSV sheets of testdata/ and a few shapes offices
// write to f.
func csvSeeds(f *testing.F) {
	names, err := filepath.Glob("testdata/*.csv")
	if err != nil || len(names) == 0 {
		f.Fatalf("no CSV seeds: %v", err)
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("Nama;Nilai;\"Unit \"\"A\"\"\\\"\nKab. Kaur;95,94;90\n"))
	f.Add([]byte("Kode,Nama,Nilai\n17.04,Kab. Kaur,\"95,94\"\n"))
	f.Add([]byte("sep=;\r\nNama;Nilai Akhir (0-100) 2023\r\nKota Bengkulu;84,20\r\n"))
	f.Add([]byte("\xff\xfeN\x00a\x00m\x00a\x00\t\x00N\x00i\x00l\x00a\x00i\x00\n\x00"))
}

// FuzzReadCSV feeds any bytes to the CSV reader. It must not panic; a
// sheet it reads has rows numbered by increasing lines of the file,
// trimmed cells, and is read the same way twice; an error names the file
// first.
func FuzzReadCSV(f *testing.F) {
	csvSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		sh, err := ReadCSV("rekap.csv", b)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "rekap.csv:") && !strings.HasPrefix(err.Error(), "read rekap.csv: ") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		again, err := ReadCSV("rekap.csv", b)
		if err != nil || !sameSheet(sh, again) {
			t.Fatalf("two reads differ: %v", err)
		}
		// In every encoding read, a line ends in a byte 0x0A.
		checkRows(t, sh, bytes.Count(b, []byte("\n"))+1)
	})
}

// checkRows checks the rows of a sheet: numbered from 1 to at most
// maxRow, in increasing order, with trimmed cells.
func checkRows(t *testing.T, sh *Sheet, maxRow int) {
	t.Helper()
	last := 0
	for _, r := range sh.Rows {
		if r.N <= last || r.N > maxRow {
			t.Fatalf("row numbered %d after row %d; the file has at most %d", r.N, last, maxRow)
		}
		last = r.N
		for _, c := range r.Cells {
			if c != strings.TrimFunc(c, unicode.IsSpace) {
				t.Fatalf("row %d: cell %q is not trimmed", r.N, c)
			}
		}
	}
}

func sameSheet(a, b *Sheet) bool {
	return a.File == b.File && a.Name == b.Name && slices.EqualFunc(a.Rows, b.Rows, func(x, y Row) bool {
		return x.N == y.N && slices.Equal(x.Cells, y.Cells)
	})
}

// FuzzImport reads any bytes as a CSV sheet and converts it against the
// test site. It must not panic; the conversion is deterministic; every
// problem is at a row of the sheet; and whatever converts without errors
// encodes to a year file the site loads back without a TOML error, an
// unknown key or a problem in another file.
func FuzzImport(f *testing.F) {
	csvSeeds(f)
	site := siteFS(f, "")
	ds, before := LoadSite(site)
	if before.HasErrors() {
		f.Fatalf("test site has errors:\n%v", before)
	}
	scale := ds.Scale("opini-2022")
	f.Fuzz(func(t *testing.T, b []byte) {
		sh, err := ReadCSV("rekap.csv", b)
		if err != nil {
			return
		}
		im, ps := Convert(ds, sh, 2024, scale)
		checkProblems(t, sh, ps)
		im2, ps2 := Convert(ds, sh, 2024, scale)
		if !slices.Equal(problemStrings(ps), problemStrings(ps2)) {
			t.Fatalf("two conversions give different problems:\n%q\n%q", problemStrings(ps), problemStrings(ps2))
		}
		if im == nil || ps.HasErrors() {
			return
		}
		toml := im.Encode()
		if !bytes.Equal(toml, im2.Encode()) {
			t.Fatalf("two conversions encode differently:\n%s\nthen:\n%s", toml, im2.Encode())
		}
		_, ps = Validate(site, before, im)
		for _, p := range ps {
			if p.Severity != data.Error {
				continue
			}
			if p.elsewhere && !strings.Contains(p.Message, "differs by") {
				t.Errorf("the import breaks another file: %v\n%s", p, toml)
			}
			if strings.Contains(p.Message, "unknown key") || strings.Contains(p.Message, "TOML") {
				t.Errorf("the encoded file is wrong: %v\n%s", p, toml)
			}
		}
	})
}

// checkProblems checks that every problem of a conversion says something
// and is at a row of the sheet, or the whole sheet.
func checkProblems(t *testing.T, sh *Sheet, ps Problems) {
	t.Helper()
	last := 0
	if n := len(sh.Rows); n > 0 {
		last = sh.Rows[n-1].N
	}
	for _, p := range ps {
		if strings.TrimSpace(p.Message) == "" || !strings.HasPrefix(p.Place, sh.File) {
			t.Errorf("problem without a place or a message: %q", p)
		}
		if p.row < 0 || p.row > last {
			t.Errorf("problem at row %d of a sheet of %d rows: %v", p.row, last, p)
		}
	}
}

// FuzzReadXLSX fuzzes the XML of the first worksheet of a workbook like
// the ones offices publish; the rest of the workbook stays whole, so
// that the fuzzer spends its time in the sheet, not in the zip's
// checksums. Reading must not panic; a sheet it reads has its rows
// numbered 1, 2, 3… with trimmed cells. (A read takes milliseconds, most
// of it in excelize: the target reads once.)
func FuzzReadXLSX(f *testing.F) {
	parts, sheetXML := workbookParts(f)
	f.Add(sheetXML)
	f.Add([]byte(`<worksheet><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t> Kab. Kaur </t></is></c><c r="C2"><v>95.940000000000012</v></c></row></sheetData></worksheet>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		zipped := zipParts(t, parts, b)
		sh, err := ReadXLSX("rekap.xlsx", bytes.NewReader(zipped), "")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "read rekap.xlsx") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		for i, r := range sh.Rows {
			if r.N != i+1 {
				t.Fatalf("row %d is numbered %d", i+1, r.N)
			}
		}
		checkRows(t, sh, len(sh.Rows))
	})
}
