package importer

import (
	"testing"
	"testing/fstest"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
)

// siteFS returns testdata/site.txtar with the files of override replacing
// or adding to it; a file whose whole content is "(removed)" is removed.
func siteFS(t testing.TB, override string) fstest.MapFS {
	t.Helper()
	return sitetest.TxtarFS(t, "testdata/site.txtar", override)
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
