package main

import (
	"bytes"
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"
	"github.com/xuri/excelize/v2"
)

// importSite writes the site of testdata/script/import.txtar into a new
// folder.
func importSite(t *testing.T) string {
	t.Helper()
	a, err := txtar.ParseFile(filepath.Join("testdata", "script", "import.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range a.Files {
		if !strings.HasPrefix(f.Name, "data/") && !strings.HasPrefix(f.Name, "content/") {
			continue
		}
		name := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// writeWorkbook writes an .xlsx whose first sheet is notes and whose
// second, Rekap, holds the table rows from row 3.
func writeWorkbook(t *testing.T, rows ...[]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "Catatan"))
	must(f.SetCellStr("Catatan", "A1", "Sumber: Ombudsman RI Perwakilan Bengkulu"))
	_, err := f.NewSheet("Rekap")
	must(err)
	must(f.SetCellStr("Rekap", "A1", "Rekapitulasi Nilai Kepatuhan 2024"))
	for i, r := range rows {
		cell, err := excelize.CoordinatesToCellName(1, 3+i)
		must(err)
		must(f.SetSheetRow("Rekap", cell, &r))
	}
	path := filepath.Join(t.TempDir(), "rekap.xlsx")
	must(f.SaveAs(path))
	return path
}

func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	code = run(context.Background(), args, &out, &errs)
	return code, out.String(), errs.String()
}

func TestImportXLSX(t *testing.T) {
	dir := importSite(t)
	book := writeWorkbook(t,
		[]any{"No", "Kode", "Nama Instansi", "Dukcapil", "Nilai Akhir", "Opini"},
		[]any{1, 17.06, "Kab. Muko Muko", 84.32, 84.32, "C"},  // numbers stored as numbers
		[]any{2, nil, "KABUPATEN KAUR", "95,9", "95,94", "A"}, // numbers typed as text
		[]any{3, nil, "Kota Bengkulu", nil, 87.875, "B"},      // more than 2 decimals
		[]any{nil, nil, "Rata-rata", nil, 89.38, nil},         // a footer
	)
	code, stdout, stderr := runArgs("import", book, "--year", "2024", "--sheet", "Rekap", "-s", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	out := filepath.Join(dir, "data", "years", "2024.toml")
	if want := "imported 3 results (2 units) from " + book + " into " + out + "\n"; stdout != want {
		t.Errorf("stdout %q, want %q", stdout, want)
	}
	if stderr != "" {
		t.Errorf("stderr: %s", stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	const want = `# Imported by rapor import from rekap.xlsx, sheet Rekap.
year = 2024
scale = "opini-2022"

[[result]]
entity = "17.06"  # Kabupaten Mukomuko
score = 84.32

[[result.unit]]
name = "Dukcapil"
score = 84.32

[[result]]
entity = "17.04"  # Kabupaten Kaur
score = 95.94

[[result.unit]]
name = "Dukcapil"
score = 95.9

[[result]]
entity = "17.71"  # Kota Bengkulu
score = 87.875
`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("2024.toml (-want +got):\n%s", diff)
	}
	if code, _, stderr := runArgs("check", "-s", dir); code != 0 {
		t.Errorf("check after import: exit %d\n%s", code, stderr)
	}
}

func TestImportXLSXErrors(t *testing.T) {
	dir := importSite(t)
	book := writeWorkbook(t,
		[]any{"Nama", "Nilai"},
		[]any{"Kab. Mukomoko", 84.32},
		[]any{"Kab. Kaur", "delapan"},
	)
	// The first sheet holds no table.
	code, _, stderr := runArgs("import", book, "--year", "2024", "-s", dir)
	if code != 1 || !strings.Contains(stderr, book+":Catatan: found no header row") {
		t.Errorf("first sheet: exit %d\n%s", code, stderr)
	}
	code, _, stderr = runArgs("import", book, "--year", "2024", "-s", dir, "--sheet", "Rekap")
	wantLines := []string{
		book + `:Rekap!A4: "Kab. Mukomoko" matches no kabupaten; did you mean Kabupaten Mukomuko (17.06)?`,
		book + `:Rekap!B5: score "delapan" in column Nilai (B) is not a number; write it as 84,32 or 84.32, or leave the cell empty or "-" where there is none`,
		"2 errors, 0 warnings",
		"rapor import: nothing was written",
	}
	if code != 1 || stderr != strings.Join(wantLines, "\n")+"\n" {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, stderr, strings.Join(wantLines, "\n"))
	}
	code, _, stderr = runArgs("import", book, "--year", "2024", "-s", dir, "--sheet", "Nilai")
	if want := "rapor import: " + book + ` has no sheet "Nilai"; its sheets are "Catatan", "Rekap"` + "\n"; code != 2 || stderr != want {
		t.Errorf("unknown sheet: exit %d, stderr %q, want %q", code, stderr, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "years", "2024.toml")); err == nil {
		t.Error("2024.toml was written")
	}
}

func TestParseInterspersed(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		rest  []string
		year  int
		force bool
		code  int
		ok    bool
	}{
		{[]string{"a.csv", "--year", "2023"}, []string{"a.csv"}, 2023, false, 0, true},
		{[]string{"--year", "2023", "a.csv"}, []string{"a.csv"}, 2023, false, 0, true},
		{[]string{"--year=2023", "a.csv", "--force"}, []string{"a.csv"}, 2023, true, 0, true},
		{[]string{"a.csv", "b.csv", "-year", "1"}, []string{"a.csv", "b.csv"}, 1, false, 0, true},
		{[]string{"--year", "2023", "--", "--force"}, []string{"--force"}, 2023, false, 0, true},
		{[]string{"a.csv", "--", "-x", "--year"}, []string{"a.csv", "-x", "--year"}, 0, false, 0, true},
		{[]string{"a.csv", "--year"}, nil, 0, false, exitUsage, false},
		{[]string{"a.csv", "-h"}, nil, 0, false, exitOK, false},
		{nil, nil, 0, false, 0, true},
	} {
		fs := flag.NewFlagSet("import", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		year := fs.Int("year", 0, "")
		force := fs.Bool("force", false, "")
		rest, code, ok := parseMixed(fs, tc.args)
		if !cmp.Equal(rest, tc.rest) || code != tc.code || ok != tc.ok || (ok && (*year != tc.year || *force != tc.force)) {
			t.Errorf("parseMixed(%q) = %q, %d, %v (year %d, force %v); want %q, %d, %v (year %d, force %v)",
				tc.args, rest, code, ok, *year, *force, tc.rest, tc.code, tc.ok, tc.year, tc.force)
		}
	}
}
