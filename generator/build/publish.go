package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/rapor-publik/rapor/generator/export"
)

// publish writes files into a new folder beside out, then swaps it in.
// A file whose bytes are those of the same file in the previous output
// is hard-linked from it instead of written, so it keeps its
// modification time and upload tools that compare size and time
// (rsync, aws s3 sync) skip it. It returns how many files it wrote.
func publish(ctx context.Context, out string, files []file) (written int, err error) {
	out, err = filepath.Abs(out)
	if err != nil {
		return 0, fmt.Errorf("output: %w", err)
	}
	if err := checkOutput(out); err != nil {
		return 0, err
	}
	parent, base := filepath.Dir(out), filepath.Base(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return 0, fmt.Errorf("create output parent: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".new-")
	if err != nil {
		return 0, fmt.Errorf("create temporary output: %w", err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return 0, err
	}
	if err := makeDirs(tmp, files); err != nil {
		return 0, err
	}
	w := writer{root: tmp, prev: out}
	if err := w.writeAll(ctx, files); err != nil {
		return 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("build interrupted: %w", err)
	}
	return int(w.written.Load()), swap(tmp, out)
}

// makeDirs creates every folder the files need, each once, parents first.
func makeDirs(root string, files []file) error {
	seen := map[string]bool{}
	var dirs []string
	for _, f := range files {
		for d := path.Dir(f.path); d != "." && !seen[d]; d = path.Dir(d) {
			seen[d] = true
			dirs = append(dirs, d)
		}
	}
	slices.Sort(dirs) // a parent sorts before its children
	for _, d := range dirs {
		name, err := inside(root, d)
		if err != nil {
			return err
		}
		if err := os.Mkdir(name, 0o755); err != nil {
			return fmt.Errorf("write %s: %w", d, err)
		}
	}
	return nil
}

// writer writes files into root on every core, linking unchanged ones
// from the previous output prev.
type writer struct {
	root, prev string
	written    atomic.Int64
}

func (w *writer) writeAll(ctx context.Context, files []file) error {
	errs := make([]error, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	// File system calls wait more than they compute: more workers than cores.
	for range min(4*runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				errs[i] = w.write(files[i])
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("build interrupted: %w", err)
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) write(f file) error {
	name, err := inside(w.root, f.path)
	if err != nil {
		return err
	}
	if old := filepath.Join(w.prev, filepath.FromSlash(f.path)); sameContent(old, f.data) {
		if os.Link(old, name) == nil {
			return nil
		}
	}
	if err := os.WriteFile(name, f.data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", f.path, err)
	}
	w.written.Add(1)
	return nil
}

// inside joins a slash path to root, refusing one that leaves it.
func inside(root, p string) (string, error) {
	name := filepath.Join(root, filepath.FromSlash(p))
	if !strings.HasPrefix(name, root+string(filepath.Separator)) {
		return "", fmt.Errorf("write %s: path leaves the output folder", p)
	}
	return name, nil
}

// sameContent reports whether the regular file name holds exactly data.
func sameContent(name string, data []byte) bool {
	info, err := os.Lstat(name)
	if err != nil || !info.Mode().IsRegular() || info.Size() != int64(len(data)) {
		return false
	}
	b, err := os.ReadFile(name)
	return err == nil && bytes.Equal(b, data)
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
