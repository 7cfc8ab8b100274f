package data_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"
)

// siteFS returns the base test site with the files of override replacing
// or adding to it; a file whose whole content is "(removed)" is removed.
func siteFS(t testing.TB, override string) fstest.MapFS {
	t.Helper()
	base, err := os.ReadFile("testdata/base.txtar")
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
