package importer

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// writeXLSX writes a workbook like the ones offices publish: a title, a
// header in row 3, numbers stored as numbers (one formatted to show
// fewer decimals, one stored with Excel's 17 digits), and numbers typed
// as text with a decimal comma.
func writeXLSX(t *testing.T) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "Rekap 2023"))
	const s = "Rekap 2023"
	must(f.SetCellStr(s, "A1", "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023"))
	must(f.SetSheetRow(s, "A3", &[]any{"No", "Kode", "Nama Instansi", "Dukcapil", "Nilai Akhir", "Opini"}))
	must(f.SetSheetRow(s, "A4", &[]any{1, 17.04, "Kab. Kaur", 96.1, 95.94, "A"}))
	must(f.SetSheetRow(s, "A5", &[]any{2, 17.1, "Kab. Bengkulu Barat", "-", nil, "B"}))
	must(f.SetCellDefault(s, "E5", "84.319999999999993"))
	must(f.SetSheetRow(s, "A6", &[]any{3, nil, "Kota Bengkulu", "90,5", "84,20", "C"}))
	must(f.SetSheetRow(s, "A7", &[]any{4, 17.06, "Kab. Muko-Muko", nil, 85, "C"}))
	style, err := f.NewStyle(&excelize.Style{NumFmt: 1}) // "0": shows 96
	must(err)
	must(f.SetCellStyle(s, "D4", "E4", style))
	_, err = f.NewSheet("Lain")
	must(err)
	must(f.SetSheetRow("Lain", "A1", &[]any{"Nama", "Nilai"}))
	must(f.SetSheetRow("Lain", "A2", &[]any{"Kab. Lebong", 92}))
	path := filepath.Join(t.TempDir(), "rekap.xlsx")
	must(f.SaveAs(path))
	return path
}

func TestReadXLSX(t *testing.T) {
	path := writeXLSX(t)
	sh, err := ReadFile(path, "")
	if err != nil {
		t.Fatal(err)
	}
	if sh.Name != "Rekap 2023" {
		t.Errorf("sheet %q, want the first, Rekap 2023", sh.Name)
	}
	want := []Row{
		{1, []string{"Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023"}},
		{2, nil},
		{3, []string{"No", "Kode", "Nama Instansi", "Dukcapil", "Nilai Akhir", "Opini"}},
		{4, []string{"1", "17.04", "Kab. Kaur", "96.1", "95.94", "A"}},
		{5, []string{"2", "17.1", "Kab. Bengkulu Barat", "-", "84.32", "B"}},
		{6, []string{"3", "", "Kota Bengkulu", "90,5", "84,20", "C"}},
		{7, []string{"4", "17.06", "Kab. Muko-Muko", "", "85", "C"}},
	}
	if diff := cmp.Diff(want, sh.Rows, cmp.Comparer(func(a, b []string) bool {
		return len(a) == 0 && len(b) == 0 || cmp.Equal(a, b)
	})); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}

	ds := testSite(t)
	im, ps := Convert(ds, sh, 2023, ds.Scale("opini-2022"))
	if len(ps) > 0 {
		t.Errorf("problems:\n%v", problemStrings(ps))
	}
	const wantTOML = `# Imported by rapor import from rekap.xlsx, sheet Rekap 2023.
year = 2023
scale = "opini-2022"

[[result]]
entity = "17.04"  # Kabupaten Kaur
score = 95.94

[[result.unit]]
name = "Dukcapil"
score = 96.1

[[result]]
entity = "17.10"  # Kabupaten Bengkulu Barat
score = 84.32

[[result]]
entity = "17.71"  # Kota Bengkulu
score = 84.20

[[result.unit]]
name = "Dukcapil"
score = 90.5

[[result]]
entity = "17.06"  # Kabupaten Mukomuko
score = 85
`
	if diff := cmp.Diff(wantTOML, string(im.Encode())); diff != "" {
		t.Errorf("TOML (-want +got):\n%s", diff)
	}
}

func TestReadXLSXSheet(t *testing.T) {
	path := writeXLSX(t)
	sh, err := ReadFile(path, "Lain")
	if err != nil {
		t.Fatal(err)
	}
	if want := []Row{{1, []string{"Nama", "Nilai"}}, {2, []string{"Kab. Lebong", "92"}}}; !cmp.Equal(want, sh.Rows) {
		t.Errorf("rows = %v, want %v", sh.Rows, want)
	}
	_, err = ReadFile(path, "Rekap")
	if want := path + ` has no sheet "Rekap"; its sheets are "Rekap 2023", "Lain"`; err == nil || err.Error() != want || !errors.Is(err, ErrInput) {
		t.Errorf("ReadFile with a wrong sheet: %v, want %s", err, want)
	}
}

func TestReadXLSXNotXLSX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rekap.xlsx")
	if err := WriteFile(path, []byte("Nama;Nilai\n"), false); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(path, ""); err == nil || errors.Is(err, ErrInput) {
		t.Errorf("ReadFile of a CSV named .xlsx: %v, want a read error", err)
	}
}
