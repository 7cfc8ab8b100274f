package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPathsAreEscaped: a file name of the site, and an output folder,
// holding escape sequences reach the terminal escaped.
func TestPathsAreEscaped(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"data", "content"} {
		if err := os.CopyFS(filepath.Join(dir, sub), os.DirFS(filepath.Join("..", "..", sub))); err != nil {
			t.Fatal(err)
		}
	}
	name := "\x1b[2J\rx\u202e.txt"
	if err := os.WriteFile(filepath.Join(dir, "data", "years", name), []byte("x"), 0o644); err != nil {
		t.Skipf("this file system takes no such name: %v", err)
	}
	out := filepath.Join(t.TempDir(), "public\x1b[31m")
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"build", "-s", dir, "-o", out}, &stdout, &stderr)
	all := stdout.String() + stderr.String()
	if code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, all)
	}
	if strings.ContainsAny(all, "\x1b\r\u202e") {
		t.Errorf("raw control characters in the output:\n%q", all)
	}
	for _, want := range []string{`data/years/\x1b[2J\rx\u202e.txt: warning: `, `public\x1b[31m: `} {
		if !strings.Contains(all, want) {
			t.Errorf("output lacks %q:\n%s", want, all)
		}
	}
}
