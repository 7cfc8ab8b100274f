package pipeline_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/pipeline"
)

// A rebuild of a smaller site removes what that site no longer makes, and
// only that: what else was put in the output stays, and a file in the
// way of the build (where it makes a folder, or a file) fails it.
func TestRebuildRemovesStale(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	mustBuild(t, siteFS(t, ""), out)
	stray := func(name string, dir bool) {
		t.Helper()
		p := filepath.Join(out, filepath.FromSlash(name))
		if err := os.RemoveAll(p); err != nil {
			t.Fatal(err)
		}
		var err error
		if dir {
			err = os.MkdirAll(filepath.Join(p, "inside"), 0o755)
		} else {
			err = os.WriteFile(p, []byte("stray\n"), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	stray("kabupaten/old.html", false)
	stray("provinsi/jambi", true)
	stray(".rapor-staging-1234", true) // left by a build that was killed

	smaller := "-- data/years/2022.toml --\n(removed)\n"
	res := mustBuild(t, siteFS(t, smaller), out)
	want := readTreeOf(t, siteFS(t, smaller))
	if _, ok := want["2022/index.html"]; ok {
		t.Fatal("the smaller site still has 2022/index.html; the test is wrong")
	}
	want["kabupaten/old.html"] = "stray\n"
	want["provinsi/jambi/"], want["provinsi/jambi/inside/"] = "", ""
	checkUntouched(t, out, want, true)
	if res.Written == 0 || res.Written == res.Files {
		t.Errorf("the rebuild wrote %d of %d files; want only the changed ones", res.Written, res.Files)
	}

	stray("en/metodologi", false) // a file where the build makes a folder
	stray("robots.txt", true)     // a folder where it makes a file
	before := readTree(t, out)
	_, err := pipeline.Build(context.Background(), siteFS(t, ""), out)
	if err == nil || !strings.Contains(err.Error(), "Rapor did not write where this build writes: en/metodologi, robots.txt") {
		t.Errorf("Build: err = %v, want one naming the files in the way", err)
	}
	if diff := cmp.Diff(before, readTree(t, out)); diff != "" {
		t.Errorf("the output changed (-want +got):\n%s", diff)
	}
}

// An output that is a symbolic link is updated in the folder it leads to,
// and stays a link.
func TestRebuildThroughLink(t *testing.T) {
	dir := t.TempDir()
	real, out := filepath.Join(dir, "www"), filepath.Join(dir, "public")
	mustBuild(t, siteFS(t, ""), real)
	if err := os.Symlink(real, out); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	res := mustBuild(t, siteFS(t, changed), out)
	if info, err := os.Lstat(out); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the output is no longer a link (%v, %v)", info, err)
	}
	if diff := cmp.Diff(readTreeOf(t, siteFS(t, changed)), readTree(t, real)); diff != "" {
		t.Errorf("the linked folder (-want +got):\n%s", diff)
	}
	if res.Written == 0 || res.Written == res.Files {
		t.Errorf("the rebuild wrote %d of %d files; want only the changed ones", res.Written, res.Files)
	}
}

// The manifest beside the output lets a rebuild trust, without reading
// it, a file whose size and time are those it lists; a file changed since
// is compared and, where it differs, written again. Without a readable
// manifest every file is compared.
func TestRebuildManifest(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	manifest := filepath.Join(dir, ".public.rapor-manifest")
	mustBuild(t, siteFS(t, ""), out)
	want := readTree(t, out)
	b, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(string(b), "\n"); lines != len(files(want))+3 {
		t.Errorf("the manifest has %d lines for %d files", lines, len(files(want)))
	}

	css := filepath.Join(out, "assets", "css", "rapor.css")
	info, err := os.Stat(css)
	if err != nil {
		t.Fatal(err)
	}
	spoilt := bytes.Repeat([]byte("x"), int(info.Size()))
	spoil := func(mtime time.Time) {
		t.Helper()
		if err := os.WriteFile(css, spoilt, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(css, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}

	spoil(info.ModTime()) // same size and time: trusted
	if res := mustBuild(t, siteFS(t, ""), out); res.Written != 0 {
		t.Errorf("the rebuild wrote %d files, want 0", res.Written)
	}
	if got, _ := os.ReadFile(css); !bytes.Equal(got, spoilt) {
		t.Error("a file whose size and time match the manifest was read back or rewritten")
	}

	spoil(info.ModTime().Add(-time.Hour)) // edited since: compared
	if res := mustBuild(t, siteFS(t, ""), out); res.Written != 1 {
		t.Errorf("the rebuild wrote %d files, want 1", res.Written)
	}
	checkUntouched(t, out, want, true)

	for _, broken := range []string{"", "rapor manifest 1\nnot a line\n", "rapor manifest 9\n"} {
		if err := os.WriteFile(manifest, []byte(broken), 0o644); err != nil {
			t.Fatal(err)
		}
		spoil(info.ModTime())
		if res := mustBuild(t, siteFS(t, ""), out); res.Written != 1 {
			t.Errorf("manifest %q: the rebuild wrote %d files, want 1", broken, res.Written)
		}
		checkUntouched(t, out, want, true)
	}
	if err := os.Remove(manifest); err != nil {
		t.Fatal(err)
	}
	if res := mustBuild(t, siteFS(t, ""), out); res.Written != 0 {
		t.Errorf("without a manifest the rebuild wrote %d files, want 0", res.Written)
	}
	after, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(withoutTimes(b), withoutTimes(after)); diff != "" {
		t.Errorf("the manifest written again differs from the first, times aside (-first +again):\n%s", diff)
	}
}

// files keeps the files of a tree from readTree, leaving its folders.
func files(tree map[string]string) []string {
	var out []string
	for name := range tree {
		if !strings.HasSuffix(name, "/") {
			out = append(out, name)
		}
	}
	return out
}

// withoutTimes gives a manifest's lines without their times, which a
// rewritten file changes.
func withoutTimes(manifest []byte) []string {
	var lines []string
	for line := range strings.Lines(string(manifest)) {
		if strings.HasPrefix(line, "tree ") {
			continue // the folder, new with every swap
		}
		f := strings.Split(line, "\t")
		if len(f) == 5 {
			f[2] = "-"
		}
		lines = append(lines, strings.Join(f, "\t"))
	}
	return lines
}
