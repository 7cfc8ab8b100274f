package data_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

	"github.com/rapor-publik/rapor/generator/data"
)

// Values quoted from the data reach the terminal with their control
// characters and bytes that are not UTF-8 escaped, whether a message
// quotes them (%q) or not (%s): a name cannot clear the screen or start
// a line that looks like another diagnostic.
func TestMessagesEscapeControlCharacters(t *testing.T) {
	entities := "-- data/entities.toml --\n[[kind]]\nid = \"kabupaten\"\nlabel = \"Kabupaten\"\nregional = true\n" +
		"[[entity]]\ncode = \"17.07\"\nname = \"Lebong\\u001b[2J\\rdata/x.toml:1:1: fake\\nerror\\u202e\"\nkind = \"kabupaten\"\n" +
		"[[entity]]\ncode = \"17.08\"\nname = \"Kaur\"\nkind = \"kabupatn\\u0007\"\nprovince = \"17\"\n"
	fsys := siteFS(t, entities)
	fsys["data/years/2023.toml"].Data = append(fsys["data/years/2023.toml"].Data, "\n[[result]]\nentity = \"\\u009b2J\\u2028\"\nscore = 1\n"...)
	_, diags := data.Load(fsys)
	want := map[string]string{
		"has no province": `Kabupaten Lebong\x1b[2J\rdata/x.toml:1:1: fake\nerror\u202e has no province`,
		"kabupatn":        `kind "kabupatn\a" is not declared`,
		`2J\u2028`:        `entity "\u009b2J\u2028" is not the code`,
	}
	for _, d := range diags {
		s := d.String()
		if i := strings.IndexFunc(s, func(r rune) bool {
			return (unicode.IsControl(r) && r != '\n') || r == '\u202e' || r == '\u2028' || r == unicode.ReplacementChar
		}); i >= 0 {
			t.Errorf("raw %q in %s", s[i:i+1], s)
		}
		if strings.Contains(s, "\ndata/x.toml") {
			t.Errorf("a line of the data starts a line of its own: %s", s)
		}
		for k, w := range want {
			if strings.Contains(s, k) {
				if !strings.Contains(s, w) {
					t.Errorf("got  %s\nwant it to hold %s", s, w)
				}
				delete(want, k)
			}
		}
	}
	for k := range want {
		t.Errorf("no message about %q in:\n%v", k, diags)
	}
}

// A message made without the loader's report is escaped as it is
// printed; the line breaks of its own words are kept.
func TestDiagnosticStringEscapesMessage(t *testing.T) {
	d := data.Diagnostic{File: "data/years/2023.toml", Pos: data.Pos{Line: 3, Col: 1}, Message: "bad \x1b[31mred\x1b[0m \xfe\nsuch as:\n+++"}
	want := `data/years/2023.toml:3:1: bad \x1b[31mred\x1b[0m \xfe` + "\nsuch as:\n+++"
	if got := d.String(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// File names are escaped as messages are: a stray file named to clear
// the screen is named with its escapes.
func TestFileNamesEscapeControlCharacters(t *testing.T) {
	fsys := siteFS(t, "")
	fsys["data/years/\x1b[2J\r\u202ex.txt"] = &fstest.MapFile{Data: []byte("x")}
	_, diags := data.Load(fsys)
	found := false
	for _, d := range diags {
		s := d.String()
		if strings.ContainsAny(s, "\x1b\r\u202e") {
			t.Errorf("raw control character in %q", s)
		}
		if strings.HasPrefix(s, `data/years/\x1b[2J\r\u202ex.txt: warning: `) {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning naming the escaped file:\n%v", diags.Error())
	}
}
