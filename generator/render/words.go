package render

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/rapor-publik/rapor/generator/theme"
)

// words looks translations up and remembers the keys it could not find,
// so that a theme missing a word fails the build instead of publishing
// a placeholder.
type words struct {
	th      *theme.Theme
	mu      sync.Mutex
	missing []string
}

// T translates key into lang, replacing {name} with the value that
// follows name in args.
func (w *words) T(lang, key string, args ...string) string {
	s, ok := w.th.Word(lang, key, args...)
	if !ok {
		w.mu.Lock()
		w.missing = append(w.missing, lang+": "+key)
		w.mu.Unlock()
		return key
	}
	return s
}

// err reports the missing translations, if any.
func (w *words) err() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.missing) == 0 {
		return nil
	}
	m := slices.Compact(slices.Sorted(slices.Values(w.missing)))
	return fmt.Errorf("the theme's i18n files lack %d words: %s", len(m), strings.Join(m, ", "))
}
