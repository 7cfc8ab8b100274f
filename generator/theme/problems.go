package theme

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// Problem is one thing wrong with a theme: a file that does not
// parse, a language it has no words for, or words it lacks.
type Problem struct {
	File      string   // the theme's file, such as "layouts/body.html" or "i18n/fr.toml"
	Own       bool     // the file is (or is to be) the site's own, under themes/<name>/
	Line, Col int      // where in File; 0 where not known
	Lang      string   // the language, for a language without words or lacking some
	Missing   []string // the words a language lacks, sorted
	Message   string
}

// Errors are every problem of a theme; Load returns them as its
// error.
type Errors []Problem

func (e Errors) Error() string {
	lines := make([]string, len(e))
	for i, p := range e {
		lines[i] = "theme " + p.File
		if p.Line > 0 {
			lines[i] += ":" + strconv.Itoa(p.Line)
		}
		lines[i] += ": " + p.Message
	}
	return strings.Join(lines, "\n")
}

// own reports whether the site's theme has the file name.
func (o overlay) own(name string) bool {
	if o.top == nil {
		return false
	}
	_, err := fs.Stat(o.top, name)
	return err == nil
}

func (o overlay) problem(name string, err error) Problem {
	return Problem{File: name, Own: o.own(name), Message: err.Error()}
}

// templateLine finds the line in a template's parse error:
// "template: body:12: unexpected "}" in operand".
var templateLine = regexp.MustCompile(`^template: [^:]*:(\d+):(?:(\d+):)? (.*)$`)

func (o overlay) templateProblem(name string, err error) Problem {
	p := o.problem(name, err)
	if m := templateLine.FindStringSubmatch(err.Error()); m != nil {
		p.Line, _ = strconv.Atoi(m[1])
		p.Col, _ = strconv.Atoi(m[2])
		p.Message = "invalid template: " + m[3]
	}
	return p
}

func tomlProblem(name string, own bool, err error) Problem {
	p := Problem{File: name, Own: own, Message: err.Error()}
	if pe, ok := errors.AsType[toml.ParseError](err); ok {
		p.Line, p.Col, p.Message = pe.Position.Line, pe.Position.Col, "invalid TOML: "+pe.Message
	}
	return p
}

// completeWords reports the languages that lack words the default theme
// has in any of its languages: a page that needs one would fail the
// build, so the theme is refused before any page is rendered.
func (th *Theme) completeWords(languages []string) Errors {
	want := map[string]bool{}
	names, _ := fs.Glob(th.files.base, "i18n/*.toml")
	for _, name := range names {
		words := map[string]string{}
		if b, err := fs.ReadFile(th.files.base, name); err == nil {
			toml.Decode(string(b), &words) // the default theme's words are tested to parse
		}
		for k := range words {
			want[k] = true
		}
	}
	var errs Errors
	for _, l := range languages {
		words, ok := th.words[l]
		if !ok {
			continue // reported: no words at all
		}
		var missing []string
		for k := range want {
			if _, ok := words[k]; !ok {
				missing = append(missing, k)
			}
		}
		if len(missing) == 0 {
			continue
		}
		slices.Sort(missing)
		name := "i18n/" + l + ".toml"
		errs = append(errs, Problem{File: name, Own: th.files.own(name), Lang: l, Missing: missing,
			Message: fmt.Sprintf("language %q lacks %d words of the default theme: %s", l, len(missing), wordList(missing))})
	}
	return errs
}

// wordList names up to five words, then counts the others.
func wordList(words []string) string {
	if len(words) <= 5 {
		return strings.Join(words, ", ")
	}
	return strings.Join(words[:5], ", ") + fmt.Sprintf(" and %d more", len(words)-5)
}
