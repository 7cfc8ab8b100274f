package publish_test

import (
	"context"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/publish"
)

// The transaction on its own, with files made up for it: package pipeline's
// tests publish whole sites through it, with faults injected at every
// step (TestPublishFaults).

// publishFiles publishes files into out as one build.
func publishFiles(t *testing.T, out string, files map[string]string) (publish.Counts, []string) {
	t.Helper()
	o, err := publish.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	err = o.Publish(context.Background(), "", func(s publish.Sink) error {
		for p, b := range files {
			if err := s.Emit(p, []byte(b)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return o.Counts(), o.Notes()
}

func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		got[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestRebuild(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	first := map[string]string{
		"data/rapor.json":             "{}",
		"index.html":                  "<p>1</p>",
		"kabupaten/lebong/index.html": "<p>Lebong</p>",
		"kabupaten/kaur/index.html":   "<p>Kaur</p>",
	}
	c, _ := publishFiles(t, out, first)
	if want := (publish.Counts{Files: 4, Pages: 3, Written: 4, Bytes: 34}); c != want {
		t.Errorf("first build: %+v, want %+v", c, want)
	}
	// What a host or a tool keeps there.
	for p, b := range map[string]string{".git/HEAD": "ref: refs/heads/gh-pages\n", "CNAME": "rapor.example.id\n"} {
		os.MkdirAll(filepath.Dir(filepath.Join(out, p)), 0o755)
		if err := os.WriteFile(filepath.Join(out, p), []byte(b), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	second := maps.Clone(first)
	second["index.html"] = "<p>2</p>"
	delete(second, "kabupaten/kaur/index.html")
	c, _ = publishFiles(t, out, second)
	if c.Files != 3 || c.Written != 1 {
		t.Errorf("rebuild: %+v, want 3 files, 1 written", c)
	}
	want := maps.Clone(second)
	want[".git/HEAD"], want["CNAME"] = "ref: refs/heads/gh-pages\n", "rapor.example.id\n"
	if diff := cmp.Diff(want, tree(t, out)); diff != "" {
		t.Errorf("the output after the rebuild (-want +got):\n%s", diff)
	}
}

// A second Open of an output whose lock is held is refused at once.
func TestOpenHeld(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	o, err := publish.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	_, err = publish.Open(out)
	var pe *publish.Error
	if !errors.As(err, &pe) || pe.State != publish.Untouched || !strings.Contains(err.Error(), "another build") {
		t.Fatalf("second Open: %v, want it refused, the output untouched", err)
	}
}

// Memory keeps files, refuses a path twice or one leaving the output,
// and draws a file once asked for where lazy.
func TestMemory(t *testing.T) {
	m := publish.NewMemory(publish.Files{"card-a.png": []byte("old")}, nil, true)
	drawn := 0
	draw := func() ([]byte, error) { drawn++; return []byte("new"), nil }
	for _, err := range []error{
		m.Emit("a.html", []byte("a")),
		m.EmitDrawn("card-a.png", draw),
		m.EmitDrawn("card-b.png", draw),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := m.Emit("a.html", nil); err == nil {
		t.Error("a path emitted twice was taken")
	}
	if err := m.Emit("../a.html", nil); err == nil {
		t.Error("a path leaving the output was taken")
	}
	if got := string(m.Files()["card-a.png"]); got != "old" {
		t.Errorf("card-a.png = %q, want the previous build's", got)
	}
	if _, ok := m.Drawings()["card-b.png"]; !ok || drawn != 0 {
		t.Errorf("card-b.png was drawn %d times, or not kept for later", drawn)
	}
}
