//go:build unix

package sitefs_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rapor-publik/rapor/generator/sitefs"
)

// site makes a site folder beside a folder of outside files, with links
// of every kind.
func site(t *testing.T) (*sitefs.FS, string) {
	t.Helper()
	top := t.TempDir()
	dir := filepath.Join(top, "site")
	for _, d := range []string{"site/data/years", "site/themes/own/static", "outside"} {
		if err := os.MkdirAll(filepath.Join(top, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		"site/data/years/2023.toml": "year = 2023\n",
		"site/notes.txt":            "kept inside\n",
		"outside/secret":            "root:x:0:0\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(top, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"site/themes/own/static/secret": "../../../../outside/secret",
		"site/themes/own/static/abs":    filepath.Join(top, "outside/secret"),
		"site/themes/own/static/notes":  "../../../notes.txt",
		"site/data/years/2025.toml":     "2021.toml",
		"site/etc":                      "../outside",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(top, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "data/years/2024.toml"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	f, err := sitefs.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, dir
}

func TestLinksInsideAreFollowed(t *testing.T) {
	f, _ := site(t)
	b, err := fs.ReadFile(f, "themes/own/static/notes")
	if err != nil || string(b) != "kept inside\n" {
		t.Fatalf("ReadFile(a link inside) = %q, %v", b, err)
	}
}

// A site without links that leave it behaves as an fs.FS should.
func TestFS(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "data/years"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "data/years/2023.toml"), []byte("year = 2023\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("years/2023.toml", filepath.Join(dir, "data/latest.toml")); err != nil {
		t.Fatal(err)
	}
	f, err := sitefs.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := fstest.TestFS(f, "data/years/2023.toml", "data/latest.toml"); err != nil {
		t.Fatal(err)
	}
}

func TestRefused(t *testing.T) {
	f, _ := site(t)
	tests := []struct {
		name, want string
		target     any
	}{
		{"themes/own/static/secret", `themes/own/static/secret is a link to "../../../../outside/secret", outside the site folder`, new(*sitefs.LinkError)},
		{"themes/own/static/abs", "is a link to the absolute path", new(*sitefs.LinkError)},
		{"etc/secret", `etc is a link to "../outside", outside the site folder`, new(*sitefs.LinkError)},
		{"data/years/2025.toml", `data/years/2025.toml is a link to "2021.toml", which does not exist`, new(*sitefs.LinkError)},
		{"data/years/2024.toml", "is a named pipe (FIFO), not a regular file", new(*sitefs.NotRegularError)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				_, err := fs.ReadFile(f, tt.name)
				done <- err
			}()
			var err error
			select {
			case err = <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("reading blocked")
			}
			if err == nil {
				t.Fatal("read, want an error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to say %q", err, tt.want)
			}
			switch target := tt.target.(type) {
			case **sitefs.LinkError:
				if !errors.As(err, target) {
					t.Errorf("err = %T, want a LinkError", err)
				}
			case **sitefs.NotRegularError:
				if !errors.As(err, target) {
					t.Errorf("err = %T, want a NotRegularError", err)
				}
			}
			if errors.Is(err, fs.ErrNotExist) {
				t.Errorf("err = %v is taken for a missing file", err)
			}
		})
	}
}

// A link to a FIFO, a missing file: neither is a link problem, and the
// second is a missing file.
func TestMissing(t *testing.T) {
	f, _ := site(t)
	if _, err := fs.ReadFile(f, "data/years/2022.toml"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("err = %v, want a missing file", err)
	}
	if _, err := f.Open("../outside/secret"); !errors.Is(err, fs.ErrInvalid) {
		t.Errorf("Open(..) err = %v, want ErrInvalid", err)
	}
}

func TestProblem(t *testing.T) {
	f, _ := site(t)
	_, err := fs.ReadFile(f, "data/years/2025.toml")
	if got, ok := sitefs.Problem("data/years/2025.toml", err); !ok || !strings.HasPrefix(got, `is a link to "2021.toml", which does not exist`) {
		t.Errorf("Problem(the link itself) = %q, %v", got, ok)
	}
	_, err = fs.ReadFile(f, "etc/secret")
	if got, ok := sitefs.Problem("etc/secret", err); !ok || !strings.HasPrefix(got, `etc is a link to "../outside"`) {
		t.Errorf("Problem(a file through a link) = %q, %v", got, ok)
	}
	_, err = fs.ReadFile(f, "data/years/2022.toml")
	if got, ok := sitefs.Problem("data/years/2022.toml", err); ok {
		t.Errorf("Problem(a missing file) = %q, want none", got)
	}
}
