package pipeline_test

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/fixture"
	"github.com/rapor-publik/rapor/generator/pipeline"
	"github.com/rapor-publik/rapor/generator/site"
)

// nationalSite generates the national fixture (591 bodies, 9 years) and
// fails the benchmark unless it checks without a diagnostic. It is made
// before the timed loop.
func nationalSite(b *testing.B) fstest.MapFS {
	b.Helper()
	fsys, err := fixture.Generate(fixture.Options{Seed: 1, Size: fixture.National()})
	if err != nil {
		b.Fatal(err)
	}
	if _, _, diags := pipeline.Check(fsys); len(diags) > 0 {
		b.Fatalf("the national fixture has %d diagnostics:\n%v", len(diags), diags.Error())
	}
	return fsys
}

// BenchmarkCheckNational loads, validates and scores the national fixture:
// the work of every build before rendering.
func BenchmarkCheckNational(b *testing.B) {
	fsys := nationalSite(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, scores, _ := pipeline.Check(fsys); scores == nil {
			b.Fatal("no scores")
		}
	}
}

// BenchmarkLoadNational loads and validates the national fixture without
// scoring it.
func BenchmarkLoadNational(b *testing.B) {
	fsys := nationalSite(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, diags := data.Load(fsys); len(diags) > 0 {
			b.Fatal(diags.Error())
		}
	}
}

// BenchmarkRenderNational renders every file of the national site into
// memory, share cards taken from a first build: the rendering alone,
// without drawing cards or touching the disk.
func BenchmarkRenderNational(b *testing.B) {
	fsys := nationalSite(b)
	prev, _, err := pipeline.BuildFiles(fsys, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := pipeline.BuildFiles(fsys, prev); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildNationalFresh builds the national site into a new folder
// each time: every file written, every share card drawn.
func BenchmarkBuildNationalFresh(b *testing.B) {
	fsys := nationalSite(b)
	dir := b.TempDir()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		out := filepath.Join(dir, fmt.Sprint(i))
		if _, err := pipeline.Build(context.Background(), fsys, out); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildNational rebuilds the whole national site, every page in
// both languages, into a folder holding its previous build: nothing
// changed, so nothing is written.
func BenchmarkBuildNational(b *testing.B) {
	fsys := nationalSite(b)
	out := filepath.Join(b.TempDir(), "public")
	if _, err := pipeline.Build(context.Background(), fsys, out); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pipeline.Build(context.Background(), fsys, out); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPreviewEditNational is what rapor serve does after an edit of
// the national fixture before a tab shows it: check and score the site
// (parsing again only the year file edited: one score changed, back and
// forth), plan its pages, and render the one page the tab asks for.
func BenchmarkPreviewEditNational(b *testing.B) {
	benchPreviewEdit(b, nationalSite(b))
}

// BenchmarkPreviewEditSample is the same on the sample site.
func BenchmarkPreviewEditSample(b *testing.B) {
	site := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS("../.."), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasPrefix(name, "data/") || strings.HasPrefix(name, "content/")) {
			return err
		}
		data, err := fs.ReadFile(os.DirFS("../.."), name)
		site[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	benchPreviewEdit(b, site)
}

func benchPreviewEdit(b *testing.B, site fstest.MapFS) {
	page := firstBodyYear(b, site)
	names, _ := fs.Glob(site, "data/years/*.toml")
	var year, src string
	i := -1
	for j := len(names) - 1; j >= 0 && i < 0; j-- { // the latest year file with a score
		year, src = names[j], string(site[names[j]].Data)
		i = strings.Index(src, "score = ")
	}
	if i < 0 {
		b.Fatal("no year file has a score")
	}
	edited := maps.Clone(site)
	edited[year] = &fstest.MapFile{Data: []byte(src[:i] + "score = 50.5" + src[strings.IndexByte(src[i:], '\n')+i:])}
	opts := data.Options{Cache: data.NewParseCache()}
	prev, _, err := pipeline.BuildPreviewWith(site, nil, opts)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n++
		fsys := site
		if n%2 == 1 {
			fsys = edited
		}
		p, _, err := pipeline.BuildPreviewWith(fsys, prev, opts)
		if err != nil {
			b.Fatal(err)
		}
		if _, ok, err := p.Get(page); !ok || err != nil {
			b.Fatalf("%s: %v, %v", page, ok, err)
		}
		prev = p
	}
}

// firstBodyYear is the output path of a body's page for one year.
func firstBodyYear(b *testing.B, fsys fs.FS) string {
	_, scores, _ := pipeline.Check(fsys)
	for _, y := range scores.Years {
		for _, r := range y.Results {
			return strings.TrimPrefix(site.BodyURL(&site.Language{}, r.Entity, y.Year), "/") + "index.html"
		}
	}
	b.Fatal("no result")
	return ""
}
