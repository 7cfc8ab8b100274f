package pipeline_test

import (
	"bytes"
	"context"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rapor-publik/rapor/generator/pipeline"
)

// BuildFiles gives exactly the files Build writes.
func TestBuildFilesSameAsBuild(t *testing.T) {
	onDisk := sampleSite(t)
	files, res, err := pipeline.BuildFiles(os.DirFS(filepath.Join("..", "..")), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(onDisk) || res.Files != len(onDisk) {
		t.Errorf("BuildFiles gave %d files (result says %d), Build wrote %d", len(files), res.Files, len(onDisk))
	}
	for p, b := range onDisk {
		if !bytes.Equal(files[p], b) {
			t.Errorf("%s differs between BuildFiles and Build", p)
		}
	}
}

// BuildFiles reports the site's errors as Build does, and gives no files.
func TestBuildFilesInvalid(t *testing.T) {
	root := os.DirFS(filepath.Join("..", ".."))
	name := "data/years/2023-bengkulu.toml"
	year, err := fs.ReadFile(root, name)
	if err != nil {
		t.Fatal(err)
	}
	broken := bytes.Replace(year, []byte("score = 92.00"), []byte("score = 192.00"), 1)
	fsys := overlay{root, fstest.MapFS{name: {Data: broken}}}
	files, res, err := pipeline.BuildFiles(fsys, nil)
	if err != pipeline.ErrInvalid || files != nil || !res.Diagnostics.HasErrors() {
		t.Errorf("BuildFiles of a broken site: %d files, err %v, diagnostics %v", len(files), err, res.Diagnostics)
	}
}

// overlay reads the files top holds from top, everything else (folders
// too) from base.
type overlay struct {
	base fs.FS
	top  fstest.MapFS
}

func (o overlay) Open(name string) (fs.File, error) {
	if _, ok := o.top[name]; ok {
		return o.top.Open(name)
	}
	return o.base.Open(name)
}

// BenchmarkBuildSample builds the sample site to disk, as rapor build does.
func BenchmarkBuildSample(b *testing.B) {
	src := os.DirFS(filepath.Join("..", ".."))
	out := filepath.Join(b.TempDir(), "public")
	for b.Loop() {
		if _, err := pipeline.Build(context.Background(), src, out); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildFilesSample builds the sample site into memory, as rapor
// serve does on every edit.
func BenchmarkBuildFilesSample(b *testing.B) {
	src := os.DirFS(filepath.Join("..", ".."))
	for b.Loop() {
		if _, _, err := pipeline.BuildFiles(src, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BuildPreview gives Build's files too, its share cards drawn when asked
// for; a second preview takes the first one's cards, drawn or not.
func TestBuildPreviewSameAsBuild(t *testing.T) {
	onDisk := sampleSite(t)
	src := os.DirFS(filepath.Join("..", ".."))
	first, res, err := pipeline.BuildPreview(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Count(strings.Join(slices.Collect(maps.Keys(onDisk)), "\n"), ".html"); res.Pages > want {
		t.Errorf("BuildPreview counts %d pages, Build wrote %d HTML files", res.Pages, want)
	}
	second, _, err := pipeline.BuildPreview(src, first)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range []*pipeline.Preview{first, second} {
		for name, want := range onDisk {
			got, ok, err := p.Get(name)
			if !ok || err != nil || !bytes.Equal(got, want) {
				t.Errorf("preview %d: %s differs from Build's (found %v, %v)", i+1, name, ok, err)
			}
		}
		if _, ok, _ := p.Get("no/such/file.html"); ok {
			t.Errorf("preview %d has a file Build did not write", i+1)
		}
		all, err := p.All()
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != len(onDisk) {
			t.Errorf("preview %d makes %d files, Build wrote %d", i+1, len(all), len(onDisk))
		}
	}
}
