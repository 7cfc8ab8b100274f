package importer

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// convert converts a CSV text for 2023 on the test site.
func convert(t *testing.T, csv string) (*Import, Problems) {
	t.Helper()
	ds := testSite(t)
	sh, err := ReadCSV("rekap.csv", []byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	return Convert(ds, sh, 2023, ds.Scale("opini-2022"))
}

func problemStrings(ps Problems) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return out
}

func TestConvertFixture(t *testing.T) {
	ds := testSite(t)
	sh, err := ReadFile("testdata/rekap-bengkulu.csv", "")
	if err != nil {
		t.Fatal(err)
	}
	im, ps := Convert(ds, sh, 2023, ds.Scale("opini-2022"))
	want := []string{"testdata/rekap-bengkulu.csv:4: warning: column Keterangan2 (H) holds text, not scores; ignored"}
	if diff := cmp.Diff(want, problemStrings(ps)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	const wantTOML = `# Imported by rapor import from rekap-bengkulu.csv.
year = 2023
scale = "opini-2022"

[[result]]
entity = "17.04"  # Kabupaten Kaur
score = 95.94

[[result.unit]]
name = "Dinas Kesehatan"
score = 96.10

[[result.unit]]
name = "Dukcapil"
score = 95.50

[[result.unit]]
name = "DPMPTSP"
score = 96.22

[[result]]
entity = "17.01"  # Kabupaten Bengkulu Selatan
score = 94.08

[[result.unit]]
name = "Dinas Kesehatan"
score = 94.00

[[result.unit]]
name = "Dukcapil"
score = 94.10

[[result.unit]]
name = "DPMPTSP"
score = 94.14

[[result]]
entity = "17.06"  # Kabupaten Mukomuko
score = 84.320

[[result.unit]]
name = "Dinas Kesehatan"
score = 84.32

[[result]]
entity = "17.71"  # Kota Bengkulu
score = 87.87

[[result.unit]]
name = "Dinas Kesehatan"
score = 88

[[result.unit]]
name = "Dukcapil"
score = 90.5

[[result.unit]]
name = "DPMPTSP"
score = 85.1

[[result]]
entity = "17"  # Provinsi Bengkulu
score = 80.20
`
	got := string(im.Encode())
	if diff := cmp.Diff(wantTOML, got); diff != "" {
		t.Errorf("TOML (-want +got):\n%s", diff)
	}
	if got2 := string(im.Encode()); got2 != got {
		t.Error("a second Encode gives other bytes")
	}
	if n, u := len(im.Results), im.UnitCount(); n != 5 || u != 10 {
		t.Errorf("%d results, %d units; want 5, 10", n, u)
	}
	// What was written loads as the site's own data.
	_, diags := LoadSite(Overlay(siteFS(t, ""), YearFile(2023), []byte(got)))
	if len(diags) > 0 {
		t.Errorf("the site with the import has problems:\n%v", diags)
	}
}

func TestConvertProblems(t *testing.T) {
	for _, tc := range []struct {
		name string
		csv  string
		want []string
		// codes of the results still converted
		results []string
	}{
		{
			name: "unknown and ambiguous names",
			csv: `Nama;Nilai
Kab. Mukomoko;84,32
Bengkulu;80
Kab. Kaur;95,94
Kabupaten Antah Berantah;70
`,
			want: []string{
				`rekap.csv:2: "Kab. Mukomoko" matches no kabupaten; did you mean Kabupaten Mukomuko (17.06)?`,
				`rekap.csv:3: "Bengkulu" could be Provinsi Bengkulu (17) or Kota Bengkulu (17.71); write the kind before the name, such as "Provinsi Bengkulu", or give the body's code`,
				`rekap.csv:5: "Kabupaten Antah Berantah" matches no kabupaten in data/entities.toml; check the spelling, or give the body's code (a Kode column)`,
			},
			results: []string{"17.04"},
		},
		{
			name: "one body twice",
			csv: `No;Nama;Nilai
1;Kab. Muko Muko;84,32
2;Kab. Kaur;95,94
3;Mukomuko;84,32
4;17.06;80
`,
			want: []string{
				`rekap.csv:4: Kabupaten Mukomuko (17.06) is in row 2 as well; keep one row per body`,
				`rekap.csv:5: Kabupaten Mukomuko (17.06) is in row 2 as well; keep one row per body`,
			},
			results: []string{"17.06", "17.04"},
		},
		{
			name: "bad numbers",
			csv: `Nama;Dukcapil;Nilai
Kab. Kaur;95,5;8o,5
Kab. Lebong;101;90
Kab. Seluma;;100,5
Kab. Kepahiang;-3;
Kab. Mukomuko;1.234,5;80
`,
			want: []string{
				`rekap.csv:2: score "8o,5" in column Nilai (C) is not a number; write it as 84,32 or 84.32, or leave the cell empty or "-" where there is none`,
				`rekap.csv:3: unit score 101 in column Dukcapil (B) is outside 0–100`,
				`rekap.csv:4: score 100,5 in column Nilai (C) is outside 0–100`,
				`rekap.csv:5: unit score -3 in column Dukcapil (B) is outside 0–100`,
				`rekap.csv:6: unit score "1.234,5" in column Dukcapil (B) is not a number; write it as 84,32 or 84.32, or leave the cell empty or "-" where there is none`,
			},
		},
		{
			name: "a body without any score",
			csv: `Nama;Dukcapil;Nilai
Kab. Kaur;;-
Kab. Lebong;90;
`,
			want: []string{
				`rekap.csv:2: Kabupaten Kaur (17.04) has neither a score nor unit scores; fill in its score in column Nilai (C), or remove the row`,
			},
			results: []string{"17.07"},
		},
		{
			name: "footers, numbering, headings and blank rows",
			csv: `Daftar Nilai;;
;;
No;Nama;Nilai
1;2;3
PEMERINTAH KABUPATEN;;
1;Kab. Kaur;95,94
;;
2;Kab. Lebong;92
KOTA;;
3;Kota Bengkulu;84,2
;Rata-rata;90,71
JUMLAH;;272,14
;;88
;Kepala Perwakilan;
Sumber: Ombudsman;;
`,
			want: []string{
				`rekap.csv:13: warning: row has scores but neither a name nor a code; skipped`,
				`rekap.csv:14: warning: row skipped: "Kepala Perwakilan" is not a body in data/entities.toml, and the row has no scores`,
			},
			results: []string{"17.04", "17.07", "17.71"},
		},
		{
			name: "a name like a body and no score",
			csv: `Nama;Nilai
Kab. Kaurr;
`,
			want: []string{
				`rekap.csv:2: "Kab. Kaurr" matches no kabupaten; did you mean Kabupaten Kaur (17.04)?`,
			},
		},
		{
			name: "columns",
			csv: `No;Nama;Nilai;Dukcapil;Keterangan2;;Dinkes;Dukcapil;Catatan
1;Kab. Kaur;95,94;96;baik;90;95;96;
2;Kab. Lebong;92;9O;cukup;91;92;93;ok
3;Kab. Seluma;90;91;;;92;93;90
`,
			want: []string{
				`rekap.csv:1: warning: column Keterangan2 (E) holds text, not scores; ignored`,
				`rekap.csv:1: warning: column F holds numbers but has no header; ignored: write the unit's name above them to import them as a unit`,
				`rekap.csv:1: columns D and H have the same header "Dukcapil"; units of a body need different names`,
				`rekap.csv:1: warning: column Catatan (I) holds text, not scores; ignored`,
				`rekap.csv:3: unit score "9O" in column Dukcapil (D) is not a number; write it as 84,32 or 84.32, or leave the cell empty or "-" where there is none`,
			},
			results: []string{"17.04", "17.05"},
		},
		{
			name: "code column",
			csv: `Kode;Nama;Nilai
17.04;Kab. Kaur;95,94
17.07;Lebong Regency;92
17.71;Bengkulu;84,2
17;Provinsi Bengkulu;80
17.06;Kota Mukomuko;84
17.01;Kota Bengkulu;70
17.02;Kab. Rejang Lebongg;71
17.03;Kab. Kaurr;72
17.05;Pemerintah Antah Berantah;73
17.99;Kab. Kepahiang;74
17.98;;75
;Kab. Bengkulu Tengah;76
17.08;17.09;77
17,1;;78
`,
			want: []string{
				`rekap.csv:6: warning: "Kota Mukomuko" says kota, but kode 17.06 is Kabupaten Mukomuko (17.06); imported as Kabupaten Mukomuko (17.06)`,
				`rekap.csv:7: kode 17.01 is Kabupaten Bengkulu Selatan (17.01), but the name "Kota Bengkulu" is Kota Bengkulu (17.71); correct the kode or the name`,
				`rekap.csv:9: kode 17.03 is Kabupaten Bengkulu Utara (17.03), but the name "Kab. Kaurr" looks like Kabupaten Kaur (17.04); correct the kode or the name`,
				`rekap.csv:10: warning: the name "Pemerintah Antah Berantah" matches no body; imported by its kode as Kabupaten Seluma (17.05)`,
				`rekap.csv:11: kode "17.99" in column Kode (A) is not the code of any body in data/entities.toml; the name "Kab. Kepahiang" is Kabupaten Kepahiang (17.08)`,
				`rekap.csv:12: kode "17.98" in column Kode (A) is not the code of any body in data/entities.toml`,
				`rekap.csv:14: the name column holds "17.09", but kode is 17.08, the code of Kabupaten Kepahiang (17.08); correct one of them`,
			},
			results: []string{"17.04", "17.07", "17.71", "17", "17.06", "17.02", "17.05", "17.09", "17.10"},
		},
		{
			name: "no header",
			csv: `Kab. Kaur;95,94
Kab. Lebong;92
`,
			want: []string{
				`rekap.csv: found no header row: the table needs a column of names headed "Nama" (or of codes headed "Kode") and a column of scores headed "Nilai"; rename the headers, see the README for the words understood`,
			},
		},
		{
			name: "no rows",
			csv: `Judul;;
No;Nama;Nilai
;Rata-rata;
`,
			want: []string{`rekap.csv:2: found no rows of bodies below the header row 2`},
		},
		{
			name: "two score columns",
			csv: `Nama;Nilai;Skor
Kab. Kaur;95,94;96
`,
			want: []string{`rekap.csv:1: columns Nilai (B) and Skor (C) are all headed as the score; rename those that are not the body's final score`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			im, ps := convert(t, tc.csv)
			if diff := cmp.Diff(tc.want, problemStrings(ps)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			var got []string
			if im != nil {
				for _, r := range im.Results {
					got = append(got, r.Entity.Code)
				}
			}
			if diff := cmp.Diff(tc.results, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
		})
	}
}

// TestConvertPlaces checks that XLSX problems name their cell.
func TestConvertPlaces(t *testing.T) {
	ds := testSite(t)
	sh := &Sheet{File: "rekap.xlsx", Name: "Rekap 2023", Rows: table("Judul", "Nama;Nilai", "Kab. Mukomoko;84", "Kab. Kaur;x")}
	_, ps := Convert(ds, sh, 2023, ds.Scale("opini-2022"))
	want := []string{
		`rekap.xlsx:'Rekap 2023'!A3: "Kab. Mukomoko" matches no kabupaten; did you mean Kabupaten Mukomuko (17.06)?`,
		`rekap.xlsx:'Rekap 2023'!B4: score "x" in column Nilai (B) is not a number; write it as 84,32 or 84.32, or leave the cell empty or "-" where there is none`,
	}
	if diff := cmp.Diff(want, problemStrings(ps)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestConvertFixtureMessy(t *testing.T) {
	b, err := os.ReadFile("testdata/rekap-messy.csv")
	if err != nil {
		t.Fatal(err)
	}
	im, ps := convert(t, string(b))
	var got []string
	for _, p := range ps {
		got = append(got, strings.Replace(p.String(), "rekap.csv", "rekap-messy.csv", 1))
	}
	want := []string{
		`rekap-messy.csv:4: "Kab. Mukomoko" matches no kabupaten; did you mean Kabupaten Mukomuko (17.06)?`,
		`rekap-messy.csv:6: "Bengkulu" could be Provinsi Bengkulu (17) or Kota Bengkulu (17.71); write the kind before the name, such as "Provinsi Bengkulu", or give the body's code`,
		`rekap-messy.csv:8: Kabupaten Kaur (17.04) is in row 3 as well; keep one row per body`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if len(im.Results) != 3 {
		t.Errorf("%d results, want 3", len(im.Results))
	}
}
