package importer

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestOverlay(t *testing.T) {
	base := fstest.MapFS{
		"data/site.toml":       {Data: []byte("a")},
		"data/years/2022.toml": {Data: []byte("old 2022")},
		"data/years/2023.toml": {Data: []byte("old 2023")},
	}
	t.Run("add", func(t *testing.T) {
		o := Overlay(base, "data/years/2024.toml", []byte("new"))
		if err := fstest.TestFS(o, "data/site.toml", "data/years/2022.toml", "data/years/2023.toml", "data/years/2024.toml"); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("replace", func(t *testing.T) {
		o := Overlay(base, "data/years/2023.toml", []byte("new"))
		if err := fstest.TestFS(o, "data/site.toml", "data/years/2022.toml", "data/years/2023.toml"); err != nil {
			t.Fatal(err)
		}
		if b, err := fs.ReadFile(o, "data/years/2023.toml"); err != nil || string(b) != "new" {
			t.Errorf("read %q, %v; want new", b, err)
		}
	})
	t.Run("hide", func(t *testing.T) {
		o := Overlay(base, "data/years/2023.toml", nil)
		if err := fstest.TestFS(o, "data/site.toml", "data/years/2022.toml"); err != nil {
			t.Fatal(err)
		}
		if _, err := fs.ReadFile(o, "data/years/2023.toml"); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("hidden file read: %v", err)
		}
	})
	t.Run("new folder", func(t *testing.T) {
		o := Overlay(fstest.MapFS{"data/site.toml": {Data: []byte("a")}}, "data/years/2024.toml", []byte("new"))
		names, err := fs.Glob(o, "data/years/*.toml")
		if err != nil || !cmp.Equal(names, []string{"data/years/2024.toml"}) {
			t.Errorf("glob = %v, %v", names, err)
		}
	})
}

func TestChooseScale(t *testing.T) {
	ds := testSite(t) // 2021: zona-2015, 2023: opini-2022
	for _, tc := range []struct {
		year      int
		id        string
		want, err string
	}{
		{2023, "", "opini-2022", ""},           // the year's own
		{2024, "", "opini-2022", ""},           // the latest year before
		{2022, "", "zona-2015", ""},            // the latest year before, not the latest
		{2024, "zona-2015", "zona-2015", ""},   // as given
		{2023, "opini-2022", "opini-2022", ""}, // as given, the year's own
		{2020, "", "", "give the scale of 2020 with --scale: one of zona-2015, opini-2022"},
		{2024, "opini", "", `scale "opini" is not declared in data/scales.toml; it declares zona-2015, opini-2022`},
		{2023, "zona-2015", "", `2023 already uses scale "opini-2022" in data/years/2023-bengkulu.toml; all files of a year use one scale: give --scale opini-2022 or leave --scale out`},
	} {
		s, err := ChooseScale(ds, tc.year, tc.id)
		got, gotErr := "", ""
		if s != nil {
			got = s.ID
		}
		if err != nil {
			gotErr = err.Error()
		}
		if got != tc.want || gotErr != tc.err {
			t.Errorf("ChooseScale(%d, %q) = %q, %q; want %q, %q", tc.year, tc.id, got, gotErr, tc.want, tc.err)
		}
	}
	// A site with one scale and no years.
	one, _ := LoadSite(siteFS(t, `-- data/years/2021.toml --
(removed)
-- data/years/2023-bengkulu.toml --
(removed)
-- data/scales.toml --
[[scale]]
id = "opini-2022"
name = "Opini"

[[scale.grade]]
id = "A"
label = "A"
min = 0
`))
	if s, err := ChooseScale(one, 2019, ""); err != nil || s.ID != "opini-2022" {
		t.Errorf("ChooseScale with one scale = %v, %v", s, err)
	}
}

func TestValidate(t *testing.T) {
	site := siteFS(t, "")
	_, before := LoadSite(site)
	if len(before) > 0 {
		t.Fatalf("test site has problems: %v", before)
	}
	// Lebong is already in data/years/2023-bengkulu.toml; Kaur's score
	// is far from its units' mean.
	im, ps := convert(t, `No;Nama;Dukcapil;Nilai
1;Kab. Kaur;80;95,94
2;Kab. Lebong;;92
3;Kota Bengkulu;;84,2
`)
	if len(ps) > 0 {
		t.Fatalf("convert: %v", problemStrings(ps))
	}
	b, ps := Validate(site, before, im)
	want := []string{
		"rekap.csv:2: warning: score 95.94 differs by 15.94 from 80.00, the mean of its 1 units; check both figures",
		"rekap.csv:3: Lebong has two results for 2023 (first in data/years/2023-bengkulu.toml:5); keep one",
	}
	if diff := cmp.Diff(want, problemStrings(ps)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if string(b) != string(im.Encode()) {
		t.Error("Validate returned other bytes than Encode")
	}
	// Cells of the sheet, for XLSX: the score's for the warning, the
	// name's for the duplicate.
	im.Sheet = &Sheet{File: "rekap.xlsx", Name: "Sheet1", Rows: im.Sheet.Rows}
	_, ps = Validate(site, before, im)
	want = []string{
		"rekap.xlsx:Sheet1!D2: warning: score 95.94 differs by 15.94 from 80.00, the mean of its 1 units; check both figures",
		"rekap.xlsx:Sheet1!B3: Lebong has two results for 2023 (first in data/years/2023-bengkulu.toml:5); keep one",
	}
	if diff := cmp.Diff(want, problemStrings(ps)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestValidateOtherFiles(t *testing.T) {
	// The new file sorts before the other file of its year, so that the
	// duplicate is reported in the other file; and the site's own
	// warnings are not repeated.
	site := siteFS(t, `-- data/years/2023-bengkulu.toml --
(removed)
-- data/years/2023b.toml --
year = 2023
scale = "opini-2022"

[[result]]
entity = "17.07"
score = 92.00

[[result.unit]]
name = "Dukcapil"
score = 80
`)
	_, before := LoadSite(site)
	if len(before) != 1 || before.HasErrors() {
		t.Fatalf("want one warning, got %v", before)
	}
	im, ps := convert(t, "Nama;Nilai\nKab. Lebong;92\n")
	if len(ps) > 0 {
		t.Fatalf("convert: %v", problemStrings(ps))
	}
	_, ps = Validate(site, before, im)
	want := []string{"data/years/2023b.toml:5:10: Lebong has two results for 2023 (first in data/years/2023.toml:6); keep one"}
	if diff := cmp.Diff(want, problemStrings(ps)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "data", "years", "2023.toml")
	if err := WriteFile(name, []byte("one"), false); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(name, []byte("two"), false)
	if !errors.Is(err, ErrExists) {
		t.Errorf("second write without replace: %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(name); string(b) != "one" {
		t.Errorf("file holds %q after a refused write", b)
	}
	if err := WriteFile(name, []byte("three"), true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(name); string(b) != "three" {
		t.Errorf("file holds %q, want three", b)
	}
	entries, _ := os.ReadDir(filepath.Dir(name))
	if len(entries) != 1 {
		t.Errorf("files left in the folder: %v", entries)
	}
	if info, err := os.Stat(name); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, %v; want 0644", info.Mode(), err)
	}
}
