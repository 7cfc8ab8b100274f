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
func publishFiles(t testing.TB, out string, files map[string]string) (publish.Counts, []string) {
	t.Helper()
	return publishWith(t, out, func(s publish.Sink) error {
		for p, b := range files {
			if err := s.Emit(p, []byte(b)); err != nil {
				return err
			}
		}
		return nil
	})
}

// publishWith publishes into out as one build what produce emits.
func publishWith(t testing.TB, out string, produce func(publish.Sink) error) (publish.Counts, []string) {
	t.Helper()
	o, err := publish.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	if err := o.Publish(context.Background(), "", produce); err != nil {
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

// A keyed file is made only where the previous build did not make the
// file at its path with the same key, or the file was changed since.
func TestEmitKeyed(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	build := func(key, content string) (made bool, c publish.Counts) {
		t.Helper()
		c, _ = publishWith(t, out, func(s publish.Sink) error {
			if err := s.Emit("data/rapor.json", []byte("{}")); err != nil {
				return err
			}
			return s.EmitKeyed("a/index.html", key, func() ([]byte, error) {
				made = true
				return []byte(content), nil
			})
		})
		return made, c
	}
	page := filepath.Join(out, "a", "index.html")
	manifest := filepath.Join(filepath.Dir(out), ".public.rapor-manifest")
	steps := []struct {
		name, key, content string
		spoil              func()
		made               bool
		want               string
	}{
		{name: "first build", key: "k1", content: "one", made: true, want: "one"},
		{name: "same key", key: "k1", content: "not made", want: "one"},
		{name: "another key", key: "k2", content: "two", made: true, want: "two"},
		{name: "the file edited since", key: "k2", content: "two", made: true, want: "two",
			spoil: func() { os.WriteFile(page, []byte("spoilt"), 0o644) }},
		{name: "the file removed", key: "k2", content: "two", made: true, want: "two",
			spoil: func() { os.Remove(page) }},
		{name: "no key", key: "", content: "two", made: true, want: "two"},
		{name: "a key again", key: "k3", content: "three", made: true, want: "three"},
		{name: "a manifest of version 3, without keys", key: "k3", content: "three", made: true, want: "three",
			spoil: func() {
				b, err := os.ReadFile(manifest)
				if err != nil {
					t.Fatal(err)
				}
				var lines []string
				for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
					if f := strings.Split(line, "\t"); i >= 3 && len(f) == 5 {
						line = strings.Join(append(f[:3:3], f[4]), "\t")
					}
					lines = append(lines, line)
				}
				lines[0] = "rapor manifest 3"
				os.WriteFile(manifest, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
			}},
		{name: "the key kept from a build that made the same bytes", key: "k3", content: "not made", want: "three"},
	}
	for _, s := range steps {
		if s.spoil != nil {
			s.spoil()
		}
		made, c := build(s.key, s.content)
		if made != s.made {
			t.Errorf("%s: made %v, want %v", s.name, made, s.made)
		}
		if got := tree(t, out)["a/index.html"]; got != s.want {
			t.Errorf("%s: the page holds %q, want %q", s.name, got, s.want)
		}
		if wantUnmade := map[bool]int{true: 0, false: 1}[s.made]; c.Unmade != wantUnmade || c.Pages != 1 {
			t.Errorf("%s: %d pages, %d kept by their key; want 1 and %d", s.name, c.Pages, c.Unmade, wantUnmade)
		}
	}
}
