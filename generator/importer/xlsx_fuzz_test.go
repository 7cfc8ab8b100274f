package importer

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// fuzzedPart is the workbook part FuzzReadXLSX replaces.
const fuzzedPart = "xl/worksheets/sheet1.xml"

// zipPart is one file of a workbook's zip.
type zipPart struct {
	name string
	data []byte
}

// workbookParts writes a workbook with a title, a header and rows of
// text and numbers, and returns its parts, with the XML of its first
// sheet.
func workbookParts(t testing.TB) ([]zipPart, []byte) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const s = "Sheet1"
	for _, row := range []struct {
		cell   string
		values []any
	}{
		{"A1", []any{"Penilaian Kepatuhan 2023"}},
		{"A3", []any{"No", "Kode", "Nama Instansi", "Dukcapil", "Nilai Akhir", "Opini"}},
		{"A4", []any{1, 17.04, "Kab. Kaur", 96.1, 95.94, "A"}},
		{"A5", []any{2, 17.1, "Kab. Bengkulu Barat", "-", "84,32", "B"}},
	} {
		if err := f.SetSheetRow(s, row.cell, &row.values); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var parts []zipPart
	var sheet []byte
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/theme/") || strings.HasPrefix(zf.Name, "docProps/") {
			continue // parts the reader ignores but spends most of its time on
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if zf.Name == fuzzedPart {
			sheet = b
		}
		parts = append(parts, zipPart{zf.Name, b})
	}
	if sheet == nil {
		t.Fatalf("the workbook has no %s", fuzzedPart)
	}
	return parts, sheet
}

// zipParts zips the parts, uncompressed, with sheet as the first sheet.
func zipParts(t testing.TB, parts []zipPart, sheet []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		data := p.data
		if p.name == fuzzedPart {
			data = sheet
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Store})
		if err == nil {
			_, err = w.Write(data)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
