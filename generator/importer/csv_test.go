package importer

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
)

func TestDetectDelimiter(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       rune
	}{
		{
			// Decimal commas would split a ';' file on ',' too, but only
			// ';' gives a header row.
			"semicolon with decimal commas and a title",
			"Rekap nilai 2023, Provinsi Bengkulu\n\nNo;Nama;Nilai;Dukcapil\n1;Kab. Kaur;95,94;96,10\n2;Kota Bengkulu;84,20;85,00\n",
			';',
		},
		{
			"comma with quoted decimal commas",
			"No,Nama,Nilai\n1,Kab. Kaur,\"95,94\"\n2,Kota Bengkulu,\"84,20\"\n",
			',',
		},
		{"comma with decimal points", "Nama,Nilai\nKaur,95.94\nLebong,92.00\n", ','},
		{"tab", "No\tNama Instansi\tNilai Kepatuhan\n1\tKaur\t95,94\n", '\t'},
		{"semicolon, units only", "Nama;Dukcapil;Dinkes\nKaur;95,94;90\n", ';'},
		{
			// No header either way: the delimiter that splits more lines.
			"no header",
			"a;b;c\nd;e,f;g\nh;i;j\n",
			';',
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := detectDelimiter(tc.text); got != tc.want {
				t.Errorf("detectDelimiter = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestReadCSV(t *testing.T) {
	utf16le := func(s string) []byte {
		b := []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return b
	}
	for _, tc := range []struct {
		name string
		in   []byte
		want []Row
	}{
		{
			"byte order mark and CRLF",
			[]byte("\xEF\xBB\xBFNama;Nilai\r\nKaur;95,94\r\n"),
			[]Row{{1, []string{"Nama", "Nilai"}}, {2, []string{"Kaur", "95,94"}}},
		},
		{
			// Rows are numbered by their line: a blank line and a quoted
			// line break do not shift them.
			"line numbers",
			[]byte("Nama;Nilai\n\n\"Kab.\nKaur\";95,94\nLebong;92\n"),
			[]Row{{1, []string{"Nama", "Nilai"}}, {3, []string{"Kab.\nKaur", "95,94"}}, {5, []string{"Lebong", "92"}}},
		},
		{
			"Excel's sep line",
			[]byte("sep=,\nNama,Nilai\nKaur,\"95,94\"\n"),
			[]Row{{2, []string{"Nama", "Nilai"}}, {3, []string{"Kaur", "95,94"}}},
		},
		{
			"cells trimmed, non-breaking spaces too",
			[]byte("Nama ; Nilai\n\u00a0Kaur\u00a0; 95,94 \n"),
			[]Row{{1, []string{"Nama", "Nilai"}}, {2, []string{"Kaur", "95,94"}}},
		},
		{
			"stray quote",
			[]byte("Nama;Nilai\nKab. \"Kaur;95,94\n"),
			[]Row{{1, []string{"Nama", "Nilai"}}, {2, []string{"Kab. \"Kaur", "95,94"}}},
		},
		{
			"UTF-16 from Excel's Unicode text",
			utf16le("Nama\tNilai\r\nKépahiang\t90,5\r\n"),
			[]Row{{1, []string{"Nama", "Nilai"}}, {2, []string{"Képahiang", "90,5"}}},
		},
		{
			"Windows-1252",
			[]byte("Nama;Nilai\nKab. Kaur \x96 Bintuhan;95,94\nK\xe9pahiang;90\n"),
			[]Row{{1, []string{"Nama", "Nilai"}}, {2, []string{"Kab. Kaur – Bintuhan", "95,94"}}, {3, []string{"Képahiang", "90"}}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sh, err := ReadCSV("rekap.csv", tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, sh.Rows); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadCSVFixture(t *testing.T) {
	sh, err := ReadFile("testdata/rekap-bengkulu.csv", "")
	if err != nil {
		t.Fatal(err)
	}
	if sh.File != "testdata/rekap-bengkulu.csv" || sh.Name != "" {
		t.Errorf("File, Name = %q, %q", sh.File, sh.Name)
	}
	if got, want := sh.Rows[3].Cells, []string{"No", "Nama Instansi", "Dinas Kesehatan", "Dukcapil", "DPMPTSP", "Nilai Akhir", "Opini", "Keterangan2"}; !cmp.Equal(got, want) {
		t.Errorf("row 4 = %q, want %q", got, want)
	}
	if got := sh.Rows[0].Cells[0]; strings.HasPrefix(got, "\uFEFF") {
		t.Errorf("the byte order mark is left in %q", got)
	}
}

func TestReadFileErrors(t *testing.T) {
	for _, tc := range []struct{ path, sheet, want string }{
		{"rekap.xls", "", "rekap.xls: rapor import cannot read .xls files; open it in a spreadsheet program and save it as .xlsx or .csv"},
		{"rekap.pdf", "", "rekap.pdf: rapor import reads .csv and .xlsx files; save the table as one of them"},
		{"testdata/rekap-bengkulu.csv", "Sheet1", "testdata/rekap-bengkulu.csv is a CSV file, which has no sheets; leave out --sheet"},
	} {
		_, err := ReadFile(tc.path, tc.sheet)
		if err == nil || err.Error() != tc.want {
			t.Errorf("ReadFile(%q, %q) = %v, want %s", tc.path, tc.sheet, err, tc.want)
		}
		if !errors.Is(err, ErrInput) {
			t.Errorf("ReadFile(%q, %q) = %v, not an ErrInput", tc.path, tc.sheet, err)
		}
	}
}

func TestReadFileMissing(t *testing.T) {
	_, err := ReadFile("testdata/nope.csv", "")
	if !errors.Is(err, fs.ErrNotExist) || errors.Is(err, ErrInput) {
		t.Errorf("ReadFile of a missing file = %v, want fs.ErrNotExist", err)
	}
}
