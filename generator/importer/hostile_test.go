package importer

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A workbook whose sheet names shared string -2 made excelize panic
// (found by FuzzReadXLSX); it is a damaged file, told as one.
func TestDamagedWorkbook(t *testing.T) {
	parts, _ := workbookParts(t)
	sheet := []byte(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>-2</v></c></row></sheetData></worksheet>`)
	_, err := ReadXLSX("rekap.xlsx", bytes.NewReader(zipParts(t, parts, sheet)), "")
	if err == nil || !strings.HasPrefix(err.Error(), "read rekap.xlsx: the workbook is damaged") {
		t.Fatalf("ReadXLSX = %v, want the workbook told as damaged", err)
	}
}

// A small workbook that unpacks to more than MaxUnzipped is refused
// before it is unpacked.
func TestZipBomb(t *testing.T) {
	defer func(n int64) { MaxUnzipped = n }(MaxUnzipped)
	MaxUnzipped = 1_000_000
	parts, sheet := workbookParts(t)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if p.name == fuzzedPart {
			// Two million spaces before the sheet's XML: 2 MB unpacked.
			p.data = append(bytes.Repeat([]byte(" "), 2_000_000), sheet...)
		}
		if _, err := w.Write(p.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if buf.Len() > 100_000 {
		t.Fatalf("the workbook is %d bytes; the test wants a small one", buf.Len())
	}
	_, err := ReadXLSX("rekap.xlsx", &buf, "")
	if err == nil || !strings.Contains(err.Error(), "unpacks to more than 1 MB") {
		t.Fatalf("ReadXLSX = %v, want it refused as unpacking to more than 1 MB", err)
	}
}

// A file over MaxInput is refused before it is read.
func TestInputTooLarge(t *testing.T) {
	for _, name := range []string{"rekap.csv", "rekap.xlsx"} {
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(path, MaxInput+1); err != nil { // sparse: no disk used
			t.Fatal(err)
		}
		_, err := ReadFile(path, "")
		if err == nil || !strings.Contains(err.Error(), "64.0 MB, more than the 64 MB rapor import reads") {
			t.Errorf("ReadFile(%s) = %v, want it refused for its size", name, err)
		}
	}
}
