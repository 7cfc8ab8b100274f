package theme

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/sitefs"
	"github.com/rapor-publik/rapor/themes"
)

// errNoTheme is ForSite's error for a theme folder that is not there.
var errNoTheme = errors.New("no such theme folder")

// ForSite loads the site's theme: its own themes/<name>/ over the
// embedded default theme. Check reports its problems; the render stage
// loads it again.
func ForSite(src fs.FS, site *data.Site) (*Theme, error) {
	var own fs.FS
	if sub, err := fs.Sub(src, "themes/"+site.Theme); err == nil {
		if _, err := fs.Stat(sub, "."); err == nil {
			own = sub
		}
	}
	if own == nil && site.Theme != "default" {
		return nil, fmt.Errorf("theme %q: the folder themes/%s does not exist: %w", site.Theme, site.Theme, errNoTheme)
	}
	return Load(own, themes.Default(), site.Languages)
}

// Check reports what would stop the render stage from starting: a
// theme folder that is missing, theme files that do not parse, languages
// without words or lacking some. Each is at its place: the key of
// data/site.toml, or the line of the site's own theme file.
func Check(src fs.FS, site *data.Site) data.Diagnostics {
	if !data.ValidSlug(site.Theme) {
		return nil // reported by data.Load
	}
	_, err := ForSite(src, site)
	ds := checkThemeFiles(src, "themes/"+site.Theme)
	if errors.Is(err, errNoTheme) {
		ds = append(ds, siteError(site.ThemePos, "theme %q is not a folder of the site: themes/%s does not exist; make it, "+
			"with the files that differ from the default theme, or leave theme out to use the default theme", site.Theme, site.Theme))
		// The languages, with the default theme.
		_, err = Load(nil, themes.Default(), site.Languages)
	}
	var problems Errors
	switch {
	case err == nil:
	case errors.As(err, &problems):
		for _, p := range problems {
			ds = append(ds, themeDiagnostic(site, p))
		}
	default:
		ds = append(ds, siteError(site.ThemePos, "theme %q: %v", site.Theme, err))
	}
	return ds
}

// themeDiagnostic places a problem of the theme: a language at its entry
// in languages, a file of the site's own theme at its line.
func themeDiagnostic(site *data.Site, p Problem) data.Diagnostic {
	own := "themes/" + site.Theme + "/" + p.File
	switch {
	case p.Lang != "" && p.Missing == nil:
		return siteError(languagePos(site, p.Lang), "language %q has no words in the theme: add %s with the words of the default theme's i18n/%s.toml translated, "+
			"or remove %q from languages (the default theme has %s)", p.Lang, own, "en", p.Lang, strings.Join(defaultLanguages(), ", "))
	case p.Missing != nil && p.Own:
		return data.Diagnostic{File: own, Severity: data.Error,
			Message: p.Message + "; add them, translated (the default theme's i18n/en.toml has them all), or remove " + strconv.Quote(p.Lang) + " from languages in " + data.SiteFile}
	case p.Own:
		return data.Diagnostic{File: own, Pos: data.Pos{Line: p.Line, Col: p.Col}, Severity: data.Error, Message: p.Message}
	}
	return siteError(site.ThemePos, "the default theme's %s: %s", p.File, p.Message)
}

func siteError(pos data.Pos, format string, args ...any) data.Diagnostic {
	return data.Diagnostic{File: data.SiteFile, Pos: pos, Severity: data.Error, Message: fmt.Sprintf(format, args...), Template: format}
}

func languagePos(site *data.Site, lang string) data.Pos {
	for i, l := range site.Languages {
		if l == lang && i < len(site.LanguagePos) {
			return site.LanguagePos[i]
		}
	}
	return data.Pos{}
}

// defaultLanguages are the languages the default theme has words for.
func defaultLanguages() []string {
	names, _ := fs.Glob(themes.Default(), "i18n/*.toml")
	for i, n := range names {
		names[i] = strings.TrimSuffix(path.Base(n), ".toml")
	}
	return names
}

// checkThemeFiles reports each file of the site's own theme folder dir
// that the site folder refuses to read: a link that leaves the site, a
// dangling link, a named pipe or another file that is not a regular one.
func checkThemeFiles(src fs.FS, dir string) data.Diagnostics {
	var ds data.Diagnostics
	fs.WalkDir(src, dir, func(name string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			return nil
		}
		if err == nil {
			var f fs.File
			if f, err = src.Open(name); err == nil {
				f.Close()
			}
		}
		if problem, refused := sitefs.Problem(name, err); refused {
			ds = append(ds, data.Diagnostic{File: name, Severity: data.Error, Message: problem})
		}
		return nil
	})
	return ds
}
