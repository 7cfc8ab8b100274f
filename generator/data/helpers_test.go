package data_test

import (
	"testing"
	"testing/fstest"

	"github.com/rapor-publik/rapor/generator/internal/sitetest"
)

// siteFS returns the base test site with the files of override replacing
// or adding to it; a file whose whole content is "(removed)" is removed.
func siteFS(t testing.TB, override string) fstest.MapFS {
	t.Helper()
	return sitetest.TxtarFS(t, "testdata/base.txtar", override)
}
