package data_test

import (
	"bytes"
	"cmp"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/rapor-publik/rapor/generator/data"
)

// The fuzz tests replace one file of the base test site (testdata/base.txtar)
// with the fuzzer's bytes and load the site. Their seed corpora, with the
// inputs that once broke the loader, are in testdata/fuzz/<FuzzName>/, and
// the files of the sample site in the repository's data/ and content/.
// Run them all for a while with .ci/fuzz, or one with
//
//	go test -run='^$' -fuzz=FuzzLoadYear -fuzztime=60s ./generator/data/

// FuzzLoadYear fuzzes a year file.
func FuzzLoadYear(f *testing.F) { fuzzFile(f, "data/years/2023.toml", "../../data/years/*.toml") }

// FuzzLoadEntities fuzzes data/entities.toml.
func FuzzLoadEntities(f *testing.F) { fuzzFile(f, data.EntitiesFile, "../../"+data.EntitiesFile) }

// FuzzLoadScales fuzzes data/scales.toml.
func FuzzLoadScales(f *testing.F) { fuzzFile(f, data.ScalesFile, "../../"+data.ScalesFile) }

// FuzzLoadSite fuzzes data/site.toml.
func FuzzLoadSite(f *testing.F) { fuzzFile(f, data.SiteFile, "../../"+data.SiteFile) }

// FuzzLoadContent fuzzes a news article, front matter and body.
func FuzzLoadContent(f *testing.F) {
	f.Add([]byte("+++\ntitle = \"Lebong naik\"\ndate = 2024-02-29\nentities = [\"17.07\"]\n+++\nIsi berita.\n"))
	fuzzFile(f, "content/berita/x.md", "../../content/berita/*.md")
}

// FuzzLoadPage fuzzes a page that is not news.
func FuzzLoadPage(f *testing.F) { fuzzFile(f, "content/metodologi.md", "../../content/*.md") }

// maxFuzzSize is the largest input the fuzz targets load: larger ones
// make slow execs and find nothing the small ones do not. Deep nesting
// needs no skipping: the loader refuses it before BurntSushi/toml, whose
// time is quadratic in it, reads the file (see limits.go).
const maxFuzzSize = 64 << 10

// fuzzFile fuzzes the file name of the base site, seeded with its content
// in the base site, if any, and with the files of the sample site that
// match the pattern seeds.
func fuzzFile(f *testing.F, name, seeds string) {
	base := siteFS(f, "")
	if file, ok := base[name]; ok {
		f.Add(bytes.Clone(file.Data))
	}
	paths, err := filepath.Glob(seeds)
	if err != nil || len(paths) == 0 {
		f.Fatalf("no seeds match %s: %v", seeds, err)
	}
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > maxFuzzSize {
			t.Skip("input too large for a quick exec")
		}
		fsys := maps.Clone(base)
		fsys[name] = &fstest.MapFile{Data: src}
		checkLoad(t, fsys)
	})
}

// checkLoad loads a site and checks what holds for any input: Load does
// not panic (the fuzzer reports a panic), returns a dataset, and gives
// the same diagnostics twice, sorted, each well formed.
func checkLoad(t *testing.T, fsys fstest.MapFS) {
	ds, diags := data.Load(fsys)
	if ds == nil {
		t.Fatal("Load returned no dataset")
	}
	if !slices.IsSortedFunc(diags, compareDiagnostics) {
		t.Errorf("diagnostics are not sorted:\n%v", diags.Error())
	}
	for _, d := range diags {
		checkDiagnostic(t, fsys, d)
	}
	if _, again := data.Load(fsys); !slices.Equal(diags, again) {
		t.Errorf("two loads of one site differ:\n%v\nthen:\n%v", diags.Error(), again.Error())
	}
}

// compareDiagnostics is the order Diagnostics.Sort promises.
func compareDiagnostics(a, b data.Diagnostic) int {
	return cmp.Or(
		strings.Compare(a.File, b.File),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Col, b.Pos.Col),
		strings.Compare(a.Message, b.Message),
	)
}

// checkDiagnostic checks one diagnostic: it names a file and says
// something; in a file of the site, it points at a line and a column
// that exist.
func checkDiagnostic(t *testing.T, fsys fstest.MapFS, d data.Diagnostic) {
	t.Helper()
	if d.File == "" {
		t.Errorf("diagnostic without a file: %v", d)
	}
	if strings.TrimSpace(d.Message) == "" {
		t.Errorf("diagnostic without a message: %q", d)
	}
	if d.Severity != data.Error && d.Severity != data.Warning {
		t.Errorf("diagnostic of severity %d: %v", d.Severity, d)
	}
	file, ok := fsys[d.File]
	if !ok {
		return // a folder or a missing file: the whole of it is meant
	}
	if !bytes.Contains(file.Data, []byte("%!")) && strings.Contains(d.Message, "%!") {
		t.Errorf("message with a formatting mistake: %v", d)
	}
	lines := bytes.Split(file.Data, []byte("\n"))
	switch {
	case d.Pos.Line < 1 || d.Pos.Col < 1:
		t.Errorf("diagnostic in %s without a line and column: %v", d.File, d)
	case d.Pos.Line > len(lines):
		t.Errorf("line %d is past the %d lines of %s: %v", d.Pos.Line, len(lines), d.File, d)
	case d.Pos.Col > utf8.RuneCount(lines[d.Pos.Line-1])+1:
		t.Errorf("column %d is past the end of line %d (%q): %v", d.Pos.Col, d.Pos.Line, lines[d.Pos.Line-1], d)
	}
}

func TestFuzzPropertiesHoldForTheBaseSite(t *testing.T) {
	fsys := siteFS(t, "")
	checkLoad(t, fsys)
	if _, diags := data.Load(fsys); len(diags) > 0 {
		t.Errorf("the base site has diagnostics:\n%v", diags.Error())
	}
}

// TestDeepFrontMatter checks that front matter nested deeper than the
// loader allows is refused before it is parsed, at the place in the .md
// file, not in the front matter alone: line 4, at the bracket that
// crosses the limit.
func TestDeepFrontMatter(t *testing.T) {
	deep := strings.Repeat("[", 1100) + strings.Repeat("]", 1100)
	fsys := siteFS(t, "")
	fsys["content/berita/x.md"] = &fstest.MapFile{Data: []byte(
		"+++\ntitle = \"X\"\ndate = 2024-02-29\nparams = { deep = " + deep + " }\n+++\nIsi.\n")}
	_, diags := data.Load(fsys)
	if len(diags) != 1 {
		t.Fatalf("want one error, got:\n%v", diags.Error())
	}
	d := diags[0]
	col := len("params = { deep = ") + data.MaxDepth - 1 + 1 // the brace is a level, then the brackets
	if d.Severity != data.Error || d.Pos.Line != 4 || d.Pos.Col != col || !strings.Contains(d.Message, "levels deep") {
		t.Errorf("got %v\nwant an error at 4:%d that the front matter nests too deeply", d, col)
	}
}
