package theme

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rapor-publik/rapor/themes"
)

// TestHostileTranslations: a site's own i18n file nested 100,000 levels
// deep is refused at its place at once, not parsed for minutes.
func TestHostileTranslations(t *testing.T) {
	const n = 100_000
	src := "x = " + strings.Repeat("{a=", n) + "1" + strings.Repeat("}", n) + "\n"
	own := fstest.MapFS{"i18n/id.toml": {Data: []byte(src)}}
	// Both themes of one type, maps: a theme must never compare them.
	base := fstest.MapFS{}
	err := fs.WalkDir(themes.Default(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(themes.Default(), name)
		base[name] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = Load(own, base, []string{"id"})
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Load took %v; want well under a second", d)
	}
	var te Errors
	if !errors.As(err, &te) {
		t.Fatalf("got %v, want Errors", err)
	}
	for _, p := range te {
		if p.File == "i18n/id.toml" && p.Own && p.Line == 1 && p.Col == 101 && strings.Contains(p.Message, "more than 32 levels deep") {
			return
		}
	}
	t.Errorf("no problem at i18n/id.toml:1:101 about the depth: %v", err)
}
