package build_test

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/rapor-publik/rapor/generator/build"
)

// BuildFiles gives exactly the files Build writes.
func TestBuildFilesSameAsBuild(t *testing.T) {
	onDisk := sampleSite(t)
	files, res, err := build.BuildFiles(os.DirFS(filepath.Join("..", "..")))
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
	files, res, err := build.BuildFiles(fsys)
	if err != build.ErrInvalid || files != nil || !res.Diagnostics.HasErrors() {
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
		if _, err := build.Build(context.Background(), src, out); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildFilesSample builds the sample site into memory, as rapor
// serve does on every edit.
func BenchmarkBuildFilesSample(b *testing.B) {
	src := os.DirFS(filepath.Join("..", ".."))
	for b.Loop() {
		if _, _, err := build.BuildFiles(src); err != nil {
			b.Fatal(err)
		}
	}
}
