package serve_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/internal/sitetest"
)

// The error page shows a few problems of each kind, as rapor check
// prints them, and counts them all.
func TestErrorPageCapsRepeatedProblems(t *testing.T) {
	dir := sitetest.CopySample(t, filepath.Join("..", ".."))
	name := filepath.Join(dir, "data", "years", "2023-bengkulu.toml")
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 13 {
		b = fmt.Appendf(b, "\n[[result]]\nentity = \"99.%02d\"\nscore = 50\n", i)
	}
	if err := os.WriteFile(name, b, 0o644); err != nil {
		t.Fatal(err)
	}
	r := start(t, dir)
	_, body := get(t, r.srv.URL())
	for _, want := range []string{`entity &#34;99.09&#34; is not the code`, "data/years/2023-bengkulu.toml: … and 3 more like this", "with 13 errors;"} {
		if !strings.Contains(body, want) {
			t.Errorf("error page lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "99.10") {
		t.Errorf("error page shows an 11th problem of a kind:\n%s", body)
	}
}
