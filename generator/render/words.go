package render

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// words looks translations up and remembers the keys it could not find,
// so that a theme missing a word fails the build instead of publishing
// a placeholder.
type words struct {
	th      *Theme
	mu      sync.Mutex
	missing []string
}

// T translates key into lang, replacing {name} with the value that
// follows name in args.
func (w *words) T(lang, key string, args ...string) string {
	s, ok := w.th.words[lang][key]
	if !ok {
		w.mu.Lock()
		w.missing = append(w.missing, lang+": "+key)
		w.mu.Unlock()
		return key
	}
	return fill(s, args)
}

// fill replaces each {name} of the template s with the value that follows
// name in args, in one pass over s: a value is never read again, so a
// body named "Lebong {year}" stays so. A {name} args lack is kept as
// written.
func fill(s string, args []string) string {
	if len(args) < 2 || !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		v, ok := arg(args, s[open+1:open+end])
		if !ok {
			b.WriteByte('{') // not a placeholder: go on after the brace
			s = s[open+1:]
			continue
		}
		b.WriteString(v)
		s = s[open+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// arg is the value following name in args, pairs of name and value.
func arg(args []string, name string) (string, bool) {
	for i := 0; i+1 < len(args); i += 2 {
		if args[i] == name {
			return args[i+1], true
		}
	}
	return "", false
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
