package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	var out, errb bytes.Buffer
	if code := run([]string{"-o", dir}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "591 bodies, 9 years") {
		t.Errorf("stdout = %q", out.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "data", "entities.toml")); err != nil {
		t.Error(err)
	}
	// A folder that is not empty is refused, and nothing is written.
	errb.Reset()
	if code := run([]string{"-o", dir}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "not empty") {
		t.Errorf("second run: exit %d, %q", code, errb.String())
	}
	csv := filepath.Join(t.TempDir(), "desa.csv")
	if err := os.WriteFile(csv, []byte("code,name\n11.01.01.2001,Keude Bakongan\n12.01.01.2001,Sukamaju\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if code := run([]string{"-size", "village", "-desa", csv, "-o", filepath.Join(t.TempDir(), "v")}, &out, &errb); code != 0 ||
		!strings.Contains(out.String(), "593 bodies") {
		t.Errorf("village: exit %d, %q %q", code, out.String(), errb.String())
	}
	for _, args := range [][]string{{"-size", "huge", "-o", dir}, {}, {"-o", dir, "extra"}, {"-size", "village", "-o", dir}, {"-desa", csv, "-o", dir}} {
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("run %v: exit %d, want 2", args, code)
		}
	}
}
