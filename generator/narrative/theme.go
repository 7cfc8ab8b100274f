package narrative

import (
	"sync"

	"github.com/rapor-publik/rapor/generator/theme"
	"github.com/rapor-publik/rapor/themes"
)

// Words gives the theme's word key in language lang, each {name} of it
// replaced by the value that follows name in args. The story's sentence
// templates are the theme's words under "story.": a site retunes its
// prose in its own i18n files.
type Words func(lang, key string, args ...string) string

// defaultTheme is the embedded default theme, whose words a story uses
// when Options name none.
var defaultTheme = sync.OnceValue(func() *theme.Theme {
	th, err := theme.Load(nil, themes.Default(), []string{"id", "en"})
	if err != nil {
		panic("narrative: the default theme does not load: " + err.Error()) // tested
	}
	return th
})

// DefaultWords are the default theme's words; a language it lacks gets
// its English words.
func DefaultWords(lang, key string, args ...string) string {
	th := defaultTheme()
	if s, ok := th.Word(lang, key, args...); ok {
		return s
	}
	if s, ok := th.Word("en", key, args...); ok {
		return s
	}
	return key
}

// t is the story's sentence template key, filled with args.
func (w *writer) t(key string, args ...string) string {
	return w.words(w.l.Code, "story."+key, args...)
}
