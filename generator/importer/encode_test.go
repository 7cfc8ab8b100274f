package importer

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/google/go-cmp/cmp"
)

func TestEncodeHostileNames(t *testing.T) {
	ds := testSite(t)
	sh := &Sheet{File: "dir/re\"kap\n#.xlsx", Name: "Sheet \"1\"\nx", Rows: []Row{
		{1, []string{"Nama", "Nilai", "Dinas \"Kes\"\\", "Unit\nBaru", `x = 1 # ]]`}},
		{2, []string{"Kab. Kaur", "95,94", "96", "95", "97"}},
	}}
	im, ps := Convert(ds, sh, 2023, ds.Scale("opini-2022"))
	if len(ps) > 0 {
		t.Fatalf("problems: %v", problemStrings(ps))
	}
	b := im.Encode()
	var got struct {
		Year   int
		Scale  string
		Result []struct {
			Entity string
			Score  float64
			Unit   []struct {
				Name  string
				Score float64
			}
		}
	}
	md, err := toml.Decode(string(b), &got)
	if err != nil {
		t.Fatalf("not TOML: %v\n%s", err, b)
	}
	if u := md.Undecoded(); len(u) > 0 {
		t.Errorf("undecoded keys %v in\n%s", u, b)
	}
	var names []string
	for _, u := range got.Result[0].Unit {
		names = append(names, u.Name)
	}
	// Header cells are read with their spaces collapsed.
	if diff := cmp.Diff([]string{`Dinas "Kes"\`, "Unit Baru", `x = 1 # ]]`}, names); diff != "" {
		t.Errorf("unit names (-want +got):\n%s", diff)
	}
	first, _, _ := strings.Cut(string(b), "\n")
	if want := `# Imported by rapor import from re"kap #.xlsx, sheet Sheet "1" x.`; first != want {
		t.Errorf("first line %q, want %q", first, want)
	}
}
