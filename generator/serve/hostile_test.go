package serve_test

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rapor-publik/rapor/generator/internal/sitetest"
)

// TestHostileFile: a year file nested 100,000 levels deep, which the TOML
// library would parse for minutes, gives the preview an error page at
// once, and the preview rebuilds when it is removed.
func TestHostileFile(t *testing.T) {
	dir := sitetest.CopySample(t, filepath.Join("..", ".."))
	r := start(t, dir)
	page := r.srv.URL() + "kabupaten/lebong/2023/"

	const n = 100_000
	hostile := "year = 2025\nscale = \"opini-2022\"\nx = " + strings.Repeat("{a=", n) + "1" + strings.Repeat("}", n) + "\n"
	name := filepath.Join(dir, "data", "years", "2025.toml")
	tmp := filepath.Join(dir, "hostile.tmp")
	if err := os.WriteFile(tmp, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	began := time.Now()
	if err := os.Rename(tmp, name); err != nil {
		t.Fatal(err)
	}
	r.await(t, 2)
	t.Logf("hostile file → error page in %v", time.Since(began).Round(time.Millisecond))
	status, body := get(t, page)
	if want := "data/years/2025.toml:3:101: this value is nested more than 32 levels deep"; status != http.StatusInternalServerError || !strings.Contains(body, want) {
		t.Errorf("status %d, want 500 and a page saying %q", status, want)
	}

	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
	r.await(t, 3)
	if status, _ := get(t, page); status != 200 {
		t.Errorf("after removing the file: status %d, want 200", status)
	}
}
