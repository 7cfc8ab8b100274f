package importer

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHeaderRole(t *testing.T) {
	for _, tc := range []struct {
		header string
		role   role
		rank   int
	}{
		{"Nama", roleName, 2},
		{"NAMA INSTANSI", roleName, 2},
		{"Pemerintah  Daerah", roleName, 2},
		{"Kabupaten / Kota", roleName, 2},
		{"Kabupaten/Kota", roleName, 2},
		{"Instansi:", roleName, 2},
		{"Provinsi", roleName, 1},
		{"Kode", roleCode, 1},
		{"Kode Wilayah", roleCode, 1},
		{"CODE", roleCode, 1},
		{"Nilai", roleScore, 1},
		{"Nilai Kepatuhan", roleScore, 1},
		{"Nilai Kepatuhan 2023", roleScore, 1},
		{"Nilai (0-100)", roleScore, 1},
		{"Skor", roleScore, 1},
		{"Nilai Akhir", roleScore, 2},
		{"TOTAL", roleScore, 2},
		{"No", roleIgnore, 0},
		{"No.", roleIgnore, 0},
		{"Nomor", roleIgnore, 0},
		{"No Urut", roleIgnore, 0},
		{"Zona", roleIgnore, 0},
		{"Zonasi", roleIgnore, 0},
		{"Opini", roleIgnore, 0},
		{"Opini Kualitas", roleIgnore, 0},
		{"Predikat", roleIgnore, 0},
		{"Kategori", roleIgnore, 0},
		{"Keterangan", roleIgnore, 0},
		{"Peringkat", roleIgnore, 0},
		{"Peringkat Nasional", roleIgnore, 0},
		{"Rank", roleIgnore, 0},
		{"Ranking", roleIgnore, 0},
		{"Keterangan2", roleOther, 0},
		{"Dinas Kesehatan", roleOther, 0},
		{"Dukcapil", roleOther, 0},
		{"Nilai Dinas", roleOther, 0},
		{"Nomenklatur", roleOther, 0},
		{"", roleOther, 0},
	} {
		r, rank := headerRole(tc.header)
		if r != tc.role || rank != tc.rank {
			t.Errorf("headerRole(%q) = %d, %d; want %d, %d", tc.header, r, rank, tc.role, tc.rank)
		}
	}
}

// table reads a sheet from lines of ";"-separated cells, numbered from 1.
func table(lines ...string) []Row {
	var rows []Row
	for i, l := range lines {
		var cells []string
		if l != "" {
			cells = strings.Split(l, ";")
		}
		rows = append(rows, Row{N: i + 1, Cells: cells})
	}
	return rows
}

func TestFindLayout(t *testing.T) {
	type want struct {
		header, data      int
		name, code, score int
		headers           []string
		tie               []int
	}
	for _, tc := range []struct {
		name string
		rows []Row
		want *want
	}{
		{
			"first row",
			table("Nama;Nilai", "Kaur;95,94"),
			&want{0, 1, 0, -1, 1, []string{"Nama", "Nilai"}, nil},
		},
		{
			"below a title",
			table("Rekap Nilai Kepatuhan 2023", "", "No;Nama Instansi;Kode;Nilai Kepatuhan;Opini", "1;Kaur;17.04;95,94;A"),
			&want{2, 3, 1, 2, 3, []string{"No", "Nama Instansi", "Kode", "Nilai Kepatuhan", "Opini"}, nil},
		},
		{
			"code without a name column",
			table("Kode;Skor", "17.04;95,94"),
			&want{0, 1, -1, 0, 1, []string{"Kode", "Skor"}, nil},
		},
		{
			// A row with a name column but no score comes before the
			// header; the header with both wins.
			"name only above",
			table("Instansi;Ombudsman", "Nama;Dukcapil;Nilai", "Kaur;96;95,94"),
			&want{1, 2, 0, -1, 2, []string{"Nama", "Dukcapil", "Nilai"}, nil},
		},
		{
			"units only, no score column",
			table("Judul", "Nama;Dukcapil;Dinkes", "Kaur;96;95"),
			&want{1, 2, 0, -1, -1, []string{"Nama", "Dukcapil", "Dinkes"}, nil},
		},
		{
			"final score beside a score of another rank",
			table("Nama;Nilai;Nilai Akhir", "Kaur;90;95,94"),
			&want{0, 1, 0, -1, 2, []string{"Nama", "Nilai", "Nilai Akhir"}, nil},
		},
		{
			"two scores of one rank",
			table("Nama;Nilai;Skor", "Kaur;90;95,94"),
			&want{0, 1, 0, -1, 1, []string{"Nama", "Nilai", "Skor"}, []int{1, 2}},
		},
		{
			"provinsi is the name only where nothing else is",
			table("Provinsi;Kabupaten/Kota;Nilai", "Bengkulu;Kaur;95,94"),
			&want{0, 1, 1, -1, 2, []string{"Provinsi", "Kabupaten/Kota", "Nilai"}, nil},
		},
		{
			"provinsi as the name",
			table("No;Provinsi;Nilai", "1;Bengkulu;80,2"),
			&want{0, 1, 1, -1, 2, []string{"No", "Provinsi", "Nilai"}, nil},
		},
		{
			// Units under a merged "Nilai Unit Layanan" cell.
			"sub-header under merged cells",
			table("No;Nama;Nilai Unit Layanan;;;Nilai Akhir", ";;Dinkes;Dukcapil;DPMPTSP;", "1;Kaur;96;95;97;96"),
			&want{0, 2, 1, -1, 5, []string{"No", "Nama", "Dinkes", "Dukcapil", "DPMPTSP", "Nilai Akhir"}, nil},
		},
		{
			// The header row alone has no score: the sub-header gives it.
			"score in the sub-header",
			table("Judul", "No;Nama;Hasil Penilaian;;", ";;Dukcapil;Dinkes;Nilai Akhir", "1;Kaur;96;95;95,5"),
			&want{1, 3, 1, -1, 4, []string{"No", "Nama", "Dukcapil", "Dinkes", "Nilai Akhir"}, nil},
		},
		{
			// A section heading below the header is not a sub-header:
			// the header cell above it is not empty.
			"section heading below the header",
			table("No;Nama;Nilai", "KABUPATEN;;", "1;Kaur;95,94"),
			&want{0, 1, 1, -1, 2, []string{"No", "Nama", "Nilai"}, nil},
		},
		{
			"numbers are not a sub-header",
			table("Nama;Nilai;", ";;(3)", "Kaur;95,94;"),
			&want{0, 1, 0, -1, 1, []string{"Nama", "Nilai", ""}, nil},
		},
		{"no header", table("Kaur;95,94", "Lebong;92"), nil},
		{"a title that says Nama Nilai", table("Nama Nilai"), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := findLayout(tc.rows, width(tc.rows))
			if tc.want == nil {
				if l != nil {
					t.Fatalf("found a header in row %d, want none", l.header+1)
				}
				return
			}
			if l == nil {
				t.Fatal("found no header")
			}
			var headers []string
			for _, c := range l.cols {
				headers = append(headers, c.header)
			}
			got := &want{l.header, l.data, l.name, l.code, l.score, headers, l.scoreTie}
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(want{})); diff != "" {
				t.Errorf("layout (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIsNumbering(t *testing.T) {
	for _, tc := range []struct {
		row  string
		want bool
	}{
		{"1;2;3;4", true},
		{"(1);(2);(3)", true},
		{"1;;2", true},
		{"5;6", true},
		{"1", false},
		{"1;Kaur;95", false},
		{"1;3;4", false},
		{"17;80", false},
		{";;", false},
	} {
		if got := isNumbering(table(tc.row)[0]); got != tc.want {
			t.Errorf("isNumbering(%q) = %v, want %v", tc.row, got, tc.want)
		}
	}
}

func TestIsFooter(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want bool
	}{
		{"Rata-rata", true},
		{"RATA RATA PROVINSI", true},
		{"Nilai rata-rata", true},
		{"Jumlah", true},
		{"Total", true},
		{"Sumber: Ombudsman RI", true},
		{"Catatan:", true},
		{"*) data sementara", true},
		{"Kab. Kaur", false},
		{"Kota Bengkulu", false},
		{"Totalitas", false},
	} {
		if got := isFooter(tc.cell); got != tc.want {
			t.Errorf("isFooter(%q) = %v, want %v", tc.cell, got, tc.want)
		}
	}
}
