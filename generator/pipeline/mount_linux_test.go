package pipeline_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/pipeline"
	"github.com/rapor-publik/rapor/generator/publish"
)

// An output that is a bind mount of a folder of the same file system
// shares its device with its parent, and cannot be swapped: a first
// build into it failed with "device or resource busy". It is updated in
// place. Then a file there that cannot be replaced (chattr +i) fails the
// rebuild, and every file is put back. Needs root, to mount.
func TestBindMountOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount(out, out, "", syscall.MS_BIND, ""); err != nil {
		t.Skip("cannot bind-mount here:", err)
	}
	defer syscall.Unmount(out, syscall.MNT_DETACH)
	mustBuild(t, siteFS(t, ""), out)
	want := readTree(t, out)
	if diff := cmp.Diff(readTreeOf(t, siteFS(t, "")), want); diff != "" {
		t.Fatalf("the first build into a bind mount differs from one into a folder (-folder +mount):\n%s", diff)
	}
	mustBuild(t, siteFS(t, changed), out)
	mustBuild(t, siteFS(t, ""), out)
	if diff := cmp.Diff(want, readTree(t, out)); diff != "" {
		t.Fatalf("two rebuilds into a bind mount do not come back to the first (-want +got):\n%s", diff)
	}

	page := filepath.Join(out, "kabupaten", "lebong", "index.html")
	if err := exec.Command("chattr", "+i", page).Run(); err != nil {
		t.Log("no chattr +i here, the rest is left out:", err)
		return
	}
	defer exec.Command("chattr", "-i", page).Run()
	_, err := pipeline.Build(context.Background(), siteFS(t, rebuilt), out)
	var pe *publish.Error
	if !errors.As(err, &pe) || pe.State != publish.Restored {
		t.Fatalf("rebuild over an immutable page: err = %v, want every file put back", err)
	}
	if diff := cmp.Diff(want, readTree(t, out)); diff != "" {
		t.Errorf("the output changed (-want +got):\n%s", diff)
	}
}
