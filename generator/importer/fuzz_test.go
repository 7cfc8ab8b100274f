package importer

import (
	"os"
	"strings"
	"testing"
)

// FuzzImport feeds any bytes to the CSV reader and the converter: they
// must not panic, and whatever converts without errors must encode to a
// year file the site loads without a syntax error or an unknown key.
func FuzzImport(f *testing.F) {
	for _, name := range []string{"testdata/rekap-bengkulu.csv", "testdata/rekap-messy.csv"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("Nama;Nilai;\"Unit \"\"A\"\"\\\"\nKab. Kaur;95,94;90\n"))
	f.Add([]byte("Kode,Nama,Nilai\n17.04,Kab. Kaur,\"95,94\"\n"))
	ds := testSite(f)
	site := siteFS(f, "")
	_, before := LoadSite(site)
	f.Fuzz(func(t *testing.T, b []byte) {
		sh, err := ReadCSV("rekap.csv", b)
		if err != nil {
			return
		}
		im, ps := Convert(ds, sh, 2024, ds.Scale("opini-2022"))
		if im == nil || ps.HasErrors() {
			return
		}
		_, ps = Validate(site, before, im)
		for _, p := range ps {
			if p.Severity == 0 && !strings.Contains(p.Message, "differs by") && p.elsewhere {
				t.Errorf("the import breaks another file: %v\n%s", p, im.Encode())
			}
			if p.Severity == 0 && (strings.Contains(p.Message, "unknown key") || strings.Contains(p.Message, "TOML")) {
				t.Errorf("the encoded file is wrong: %v\n%s", p, im.Encode())
			}
		}
	})
}
