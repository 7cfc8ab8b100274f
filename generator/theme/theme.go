package theme

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/rapor-publik/rapor/generator/data"
)

// Theme is a parsed theme: layouts, translations and static files.
type Theme struct {
	files  overlay
	layout *template.Template
	words  map[string]map[string]string // language → key → text
	static []string                     // paths under static/, sorted
	sum    string                       // Sum
}

// Sum is a hash of every file of the theme, both layers: its layouts,
// words and static files.
func (th *Theme) Sum() string { return th.sum }

// sumFiles hashes the theme's files, as the overlay reads them; a file it
// cannot read is hashed as such.
func (o overlay) sumFiles() string {
	h := sha256.New()
	for _, dir := range []string{"layouts", "i18n", "static"} {
		names, err := o.files(dir)
		if err != nil {
			fmt.Fprintf(h, "unlisted %q\n", dir) // Load tells why
		}
		for _, name := range names {
			b, err := fs.ReadFile(o, name)
			if err != nil {
				// Told at its place where the file is used (a static
				// file when it is published); nothing is published then.
				fmt.Fprintf(h, "unreadable %q\n", name)
				continue
			}
			fmt.Fprintf(h, "file %q %d\n", name, len(b))
			h.Write(b)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// overlay reads a file from the site's theme folder first, then from the
// default theme.
type overlay struct{ top, base fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	if o.top != nil {
		f, err := o.top.Open(name)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return o.base.Open(name)
}

// ReadFile reads a file of the theme: the site's own copy where it has
// one, else the default theme's.
func (th *Theme) ReadFile(name string) ([]byte, error) { return fs.ReadFile(th.files, name) }

// Layouts are the theme's parsed layouts and partials, each named by its
// path under layouts/ without .html ("body-year", "partials/head").
func (th *Theme) Layouts() *template.Template { return th.layout }

// Static lists the theme's files under static/, sorted: the site
// publishes them under assets/.
func (th *Theme) Static() []string { return th.static }

// files lists the paths under dir in both layers, sorted, without duplicates.
func (o overlay) files(dir string) ([]string, error) {
	var out []string
	for _, fsys := range []fs.FS{o.top, o.base} {
		if fsys == nil {
			continue
		}
		err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				out = append(out, p)
			}
			return nil
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// Load parses a theme: site is the site's own theme folder (nil for
// none), base the default theme. The theme must have every word of the
// default theme in every language. Its error, when it has problems, is
// Errors: every problem of every file, each at its place.
func Load(site, base fs.FS, languages []string) (*Theme, error) {
	o := overlay{top: site, base: base}
	th := &Theme{files: o, words: map[string]map[string]string{}}
	var errs Errors
	layouts, err := o.files("layouts")
	if err != nil {
		return nil, append(errs, Problem{File: "layouts", Own: o.own("layouts"), Message: err.Error()})
	}
	th.layout = template.New("").Funcs(funcs)
	for _, name := range layouts {
		if path.Ext(name) != ".html" {
			continue
		}
		b, err := fs.ReadFile(o, name)
		if err != nil {
			errs = append(errs, o.problem(name, err))
			continue
		}
		id := strings.TrimSuffix(strings.TrimPrefix(name, "layouts/"), ".html")
		if _, err := th.layout.New(id).Parse(string(b)); err != nil {
			errs = append(errs, o.templateProblem(name, err))
		}
	}
	for _, l := range languages {
		errs = append(errs, th.loadWords(l)...)
	}
	errs = append(errs, th.completeWords(languages)...)
	if th.static, err = o.files("static"); err != nil {
		errs = append(errs, Problem{File: "static", Own: o.own("static"), Message: err.Error()})
	}
	th.sum = o.sumFiles()
	if len(errs) > 0 {
		return nil, errs
	}
	return th, nil
}

// loadWords reads a language's translations: the default theme's, then
// the site theme's on top, key by key, so that a site may change one word
// without copying the whole file.
func (th *Theme) loadWords(lang string) Errors {
	name := "i18n/" + lang + ".toml"
	o := th.files
	words := map[string]string{}
	found := false
	var errs Errors
	for i, fsys := range []fs.FS{o.base, o.top} {
		if fsys == nil {
			continue
		}
		b, err := fs.ReadFile(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		found = true
		own := i == 1 // not fsys == o.top: an fstest.MapFS is a map, which == panics on
		if err != nil {
			errs = append(errs, Problem{File: name, Own: own, Message: err.Error()})
			continue
		}
		if bad := data.CheckTOML(name, b); len(bad) > 0 {
			// too big or too deep to parse in reasonable time
			errs = append(errs, Problem{File: name, Own: own, Line: bad[0].Pos.Line, Col: bad[0].Pos.Col, Message: bad[0].Message})
			continue
		}
		if _, err := toml.Decode(string(b), &words); err != nil {
			errs = append(errs, tomlProblem(name, own, err))
		}
	}
	if !found {
		return append(errs, Problem{File: name, Own: o.top != nil, Lang: lang,
			Message: fmt.Sprintf("the theme has no translations for language %q: add %s", lang, name)})
	}
	th.words[lang] = words
	return errs
}
