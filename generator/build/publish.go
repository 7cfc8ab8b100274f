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
	"strings"
	"sync"
	"sync/atomic"

	"github.com/rapor-publik/rapor/generator/export"
)

// publish makes a new folder beside out, lets produce fill it through
// emit, then swaps it in; on any error the new folder is removed and out
// is left as it was. A file whose bytes are those of the same file in
// the previous output is hard-linked from it instead of written, so it
// keeps its modification time and upload tools that compare size and
// time (rsync, aws s3 sync) skip it.
func publish(ctx context.Context, out string, st *stats, produce func(sink) error) (err error) {
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
	w := &writer{ctx: ctx, root: tmp, prev: out, stats: st, paths: map[string]bool{}, dirs: map[string]*madeDir{}}
	if err := produce(w); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("build interrupted: %w", err)
	}
	return swap(tmp, out)
}

// stats counts what a build published.
type stats struct {
	files, pages, written, bytes atomic.Int64
}

// writer writes the files of a build into root, linking unchanged ones
// from the previous output prev. Its emit is safe for concurrent use.
type writer struct {
	ctx        context.Context
	root, prev string
	*stats
	mu    sync.Mutex
	paths map[string]bool // files emitted
	dirs  map[string]*madeDir
}

func (w *writer) emit(p string, data []byte) error {
	name, err := w.start(p, int64(len(data)))
	if err != nil {
		return err
	}
	if strings.HasSuffix(p, ".html") {
		w.pages.Add(1)
	}
	if old := filepath.Join(w.prev, filepath.FromSlash(p)); sameContent(old, data) {
		if os.Link(old, name) == nil {
			return nil
		}
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	w.written.Add(1)
	return nil
}

// emitDrawn links the file from the previous output where it has it:
// its path names its content. Otherwise it draws the file and writes it.
func (w *writer) emitDrawn(p string, draw func() ([]byte, error)) error {
	if err := w.ctx.Err(); err != nil {
		return fmt.Errorf("build interrupted: %w", err)
	}
	old := filepath.Join(w.prev, filepath.FromSlash(p))
	info, err := os.Lstat(old)
	if err != nil || !info.Mode().IsRegular() {
		data, err := draw()
		if err != nil {
			return fmt.Errorf("draw %s: %w", p, err)
		}
		return w.emit(p, data)
	}
	name, err := w.start(p, info.Size())
	if err != nil {
		return err
	}
	if os.Link(old, name) == nil {
		return nil
	}
	data, err := os.ReadFile(old) // another file system: copy it
	if err == nil {
		err = os.WriteFile(name, data, 0o644)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	w.written.Add(1)
	return nil
}

// start claims an output path for a file of size bytes and counts it;
// it returns the file's name on disk.
func (w *writer) start(p string, size int64) (string, error) {
	if err := w.ctx.Err(); err != nil {
		return "", fmt.Errorf("build interrupted: %w", err)
	}
	name, err := inside(w.root, p)
	if err != nil {
		return "", err
	}
	if err := w.claim(p); err != nil {
		return "", err
	}
	w.files.Add(1)
	w.bytes.Add(size)
	return name, nil
}

// claim records a path, refusing one emitted before (a content page and
// a generated page on one address, say), and makes its folder: once per
// folder, outside the lock, so that workers do not wait on each other's
// system calls.
func (w *writer) claim(p string) error {
	w.mu.Lock()
	if w.paths[p] {
		w.mu.Unlock()
		return fmt.Errorf("two files would be written to %s", p)
	}
	w.paths[p] = true
	w.mu.Unlock()
	if err := w.makeDir(path.Dir(p)); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	return nil
}

// makeDir makes a folder of the output, and its parents, each once.
func (w *writer) makeDir(dir string) error {
	if dir == "." {
		return nil
	}
	w.mu.Lock()
	d := w.dirs[dir]
	if d == nil {
		d = &madeDir{}
		w.dirs[dir] = d
	}
	w.mu.Unlock()
	d.once.Do(func() {
		if d.err = w.makeDir(path.Dir(dir)); d.err == nil {
			d.err = os.Mkdir(filepath.Join(w.root, filepath.FromSlash(dir)), 0o755)
		}
	})
	return d.err
}

// madeDir makes one output folder once.
type madeDir struct {
	once sync.Once
	err  error
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
