package importer

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/rapor-publik/rapor/generator/data"
)

// siteFS returns testdata/site.txtar with the files of override replacing
// or adding to it; a file whose whole content is "(removed)" is removed.
func siteFS(t testing.TB, override string) fstest.MapFS {
	t.Helper()
	base, err := os.ReadFile("testdata/site.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, f := range txtar.Parse(base).Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	for _, f := range txtar.Parse([]byte(override)).Files {
		if strings.TrimSpace(string(f.Data)) == "(removed)" {
			delete(fsys, f.Name)
			continue
		}
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

// testSite loads the test site, which must have no errors.
func testSite(t testing.TB) *data.Dataset {
	t.Helper()
	ds, diags := data.Load(siteFS(t, ""))
	if diags.HasErrors() {
		t.Fatalf("test site has errors:\n%v", diags)
	}
	return ds
}

// codes returns the codes of entities.
func codes(es []*data.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Code)
	}
	return out
}
