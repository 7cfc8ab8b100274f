package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/rapor-publik/rapor/generator/export"
)

// publish writes files into a new folder beside out, then swaps it in.
func publish(ctx context.Context, out string, files []file) (err error) {
	out, err = filepath.Abs(out)
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if err := checkOutput(out); err != nil {
		return err
	}
	parent, base := filepath.Dir(out), filepath.Base(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("create output parent: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".new-")
	if err != nil {
		return fmt.Errorf("create temporary output: %w", err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("build interrupted: %w", err)
		}
		if err := writeFile(tmp, f); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("build interrupted: %w", err)
	}
	return swap(tmp, out)
}

func writeFile(root string, f file) error {
	name := filepath.Join(root, filepath.FromSlash(f.path))
	if !strings.HasPrefix(name, root+string(filepath.Separator)) {
		return fmt.Errorf("write %s: path leaves the output folder", f.path)
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return fmt.Errorf("write %s: %w", f.path, err)
	}
	if err := os.WriteFile(name, f.data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", f.path, err)
	}
	return nil
}

// checkOutput refuses to replace a folder that Rapor did not write: an
// existing output must be empty or hold a previous build's export.
func checkOutput(out string) error {
	info, err := os.Stat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if !info.IsDir() {
		return fmt.Errorf("output %s is a file, not a folder; choose another -o", out)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(export.JSONName))); err != nil {
		return fmt.Errorf("output %s holds files that Rapor did not write (it has no %s); empty it or choose another -o", out, export.JSONName)
	}
	return nil
}

// swap replaces out with tmp: out is renamed aside, tmp renamed into its
// place, and the old output removed. If the second rename fails the old
// output is put back.
func swap(tmp, out string) error {
	old := ""
	if _, err := os.Lstat(out); err == nil {
		old = tmp + ".old"
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("publish: move old output aside: %w", err)
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			if rerr := os.Rename(old, out); rerr != nil {
				return fmt.Errorf("publish: %w (and the old output could not be restored from %s: %v)", err, old, rerr)
			}
		}
		return fmt.Errorf("publish: %w", err)
	}
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return &CleanupError{Path: old, Err: err}
		}
	}
	return nil
}

// CleanupError says that the new output was published but the previous
// one, moved aside, could not be removed.
type CleanupError struct {
	Path string
	Err  error
}

func (e *CleanupError) Error() string {
	return fmt.Sprintf("published, but the previous output %s could not be removed: %v", e.Path, e.Err)
}

func (e *CleanupError) Unwrap() error { return e.Err }
