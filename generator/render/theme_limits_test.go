package render

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rapor-publik/rapor/themes"
)

// TestHostileTranslations: a site's own i18n file nested 100,000 levels
// deep is refused at its place at once, not parsed for minutes.
func TestHostileTranslations(t *testing.T) {
	const n = 100_000
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "i18n"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "x = " + strings.Repeat("{a=", n) + "1" + strings.Repeat("}", n) + "\n"
	if err := os.WriteFile(filepath.Join(dir, "i18n", "id.toml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	own := os.DirFS(dir) // a site's theme folder, as the build gives it
	start := time.Now()
	_, err := LoadTheme(own, themes.Default(), []string{"id"})
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("LoadTheme took %v; want well under a second", d)
	}
	var te ThemeErrors
	if !errors.As(err, &te) {
		t.Fatalf("got %v, want ThemeErrors", err)
	}
	for _, p := range te {
		if p.File == "i18n/id.toml" && p.Own && p.Line == 1 && p.Col == 101 && strings.Contains(p.Message, "more than 32 levels deep") {
			return
		}
	}
	t.Errorf("no problem at i18n/id.toml:1:101 about the depth: %v", err)
}
