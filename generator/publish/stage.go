package publish

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/rapor-publik/rapor/generator/internal/faults"
)

// writer stages the files of a build in root. Where a previous output
// prev exists, a file whose bytes it already holds is not written: in a
// swap it is linked from prev, in place it is left where it is. Its
// methods are safe for concurrent use.
type writer struct {
	ctx     context.Context
	out     string // the output folder
	root    string // the staging folder
	prev    string // out, where it exists; "" for a first build
	inPlace bool   // staged flat inside out, moved in under a journal
	old     manifest
	input   string // the fingerprint of the build's input, for the manifest
	*stats
	mu      sync.Mutex
	emitted map[string]*fileState // every file emitted, by path
	dirs    map[string]*madeDir   // folders made in root
	listing *listing              // prev's files and folders
	staged  atomic.Int64          // files staged in place, to name the next
	stop    context.CancelFunc
}

// fileState is what the writer knows of one emitted file: its manifest
// entry, and whether it was staged.
type fileState struct {
	entry  manifestEntry
	staged bool
	tmp    string // where an update in place staged it, flat in root
}

// newWriter makes the staging folder for a build into out: beside it,
// or inside it where out is a mount point or its parent is read-only.
// old is the previous build's manifest (nil for none).
func newWriter(ctx context.Context, out string, st *stats, old manifest, input string) (*writer, error) {
	w := &writer{ctx: ctx, out: out, stats: st, input: input, emitted: map[string]*fileState{}, dirs: map[string]*madeDir{}, stop: func() {}}
	if info, err := os.Stat(out); err == nil && info.IsDir() {
		w.prev, w.old = out, old
		w.inPlace = faults.ForceInPlace || isMountPoint(out)
	}
	var err error
	if !w.inPlace {
		w.root, err = os.MkdirTemp(filepath.Dir(out), "."+filepath.Base(out)+".new-")
		if err != nil && w.prev != "" && (errors.Is(err, fs.ErrPermission) || isReadOnly(err)) {
			w.inPlace = true
		}
	}
	if w.inPlace {
		w.root, err = os.MkdirTemp(out, stagingPrefix)
	}
	if err != nil {
		return nil, fmt.Errorf("create temporary output: %w", err)
	}
	if err := os.Chmod(w.root, 0o755); err != nil {
		os.Remove(w.root)
		return nil, err
	}
	if w.prev != "" {
		// The previous output is listed while the pages render: at the
		// village scale the walk takes a core for tens of seconds.
		lctx, stop := context.WithCancel(ctx)
		w.stop = stop
		w.listing = listOutput(lctx, w.prev, w.root)
	}
	return w, nil
}

func (w *writer) Emit(p string, data []byte) error { return w.emit(p, "", data) }

// EmitKeyed keeps the previous output's file where its manifest says it
// was made with key and it is still the file the manifest lists; else it
// makes the file and stages it.
func (w *writer) EmitKeyed(p, key string, make func() ([]byte, error)) error {
	if w.prev != "" && key != "" {
		if e, ok := w.old[p]; ok && e.key == key && e.matches(filepath.Join(w.prev, filepath.FromSlash(p))) {
			f, err := w.start(p, e.size)
			if err != nil {
				return err
			}
			if strings.HasSuffix(p, ".html") {
				w.pages.Add(1)
				w.unmade.Add(1)
			}
			return w.keep(p, f, e)
		}
	}
	if err := w.ctx.Err(); err != nil {
		return fmt.Errorf("build interrupted: %w", err)
	}
	data, err := make()
	if err != nil {
		return err
	}
	return w.emit(p, key, data)
}

// emit publishes a file made with key ("" for none).
func (w *writer) emit(p, key string, data []byte) error {
	f, err := w.start(p, int64(len(data)))
	if err != nil {
		return err
	}
	if strings.HasSuffix(p, ".html") {
		w.pages.Add(1)
	}
	sum := contentHash(data)
	if w.prev != "" {
		target := filepath.Join(w.prev, filepath.FromSlash(p))
		if e, ok := w.old[p]; ok && e.hash == sum && e.size == int64(len(data)) && e.matches(target) {
			e.key = key
			return w.keep(p, f, e)
		}
		if e, ok := sameContent(target, data); ok {
			e.hash, e.key = sum, key
			return w.keep(p, f, e)
		}
	}
	if err := w.stage(p, f, data, sum); err != nil {
		return err
	}
	f.entry.key = key
	return nil
}

// keep takes the previous output's file at p, which holds the bytes of
// the entry e, into the new site: linked into a swap's staged folder,
// left where it is in place.
func (w *writer) keep(p string, f *fileState, e manifestEntry) error {
	f.entry = e
	if w.inPlace {
		return nil
	}
	if err := w.link(p, "link "); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	return nil
}

// link links the previous output's file or link at p into the staged
// folder, at the same path. Where the file system has no hard links, a
// regular file is copied with its time. step names it for fault.
func (w *writer) link(p, step string) error {
	if err := w.makeDir(path.Dir(p)); err != nil {
		return err
	}
	from := filepath.Join(w.prev, filepath.FromSlash(p))
	to := filepath.Join(w.root, filepath.FromSlash(p))
	if err := fault(step + p); err != nil {
		return err
	}
	if err := os.Link(from, to); err != nil {
		return copyFile(from, to)
	}
	return nil
}

// copyFile copies a regular file, with its permissions and time.
func copyFile(from, to string) error {
	info, err := os.Lstat(from)
	if err != nil {
		return err
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s cannot be linked, and is not a regular file to copy", from)
	}
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, info.Mode().Perm())
	if err != nil {
		return err
	}
	_, err = io.Copy(dst, src)
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chtimes(to, info.ModTime(), info.ModTime())
	}
	return err
}

// stage writes a changed or new file into the staging folder: at its
// path in a swap; in place, under a number, flat, so that staging makes
// no folders and a commit has none to remove (after a theme change, most
// of the site is staged).
func (w *writer) stage(p string, f *fileState, data []byte, sum [hashSize]byte) error {
	var name string
	if w.inPlace {
		f.tmp = "n" + strconv.FormatInt(w.staged.Add(1), 36) // apart from the backups, o…
		name = filepath.Join(w.root, f.tmp)
	} else {
		if err := w.makeDir(path.Dir(p)); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
		name = filepath.Join(w.root, filepath.FromSlash(p))
	}
	if err := fault("write " + p); err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	e, err := writeFile(name, data)
	if err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	e.hash = sum
	f.entry, f.staged = e, true
	w.written.Add(1)
	return nil
}

// writeFile writes a new file and returns its size and time.
func writeFile(name string, data []byte) (manifestEntry, error) {
	fh, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return manifestEntry{}, err
	}
	_, err = fh.Write(data)
	var info fs.FileInfo
	if err == nil {
		info, err = fh.Stat()
	}
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return manifestEntry{}, err
	}
	return entryOf(info), nil
}

// emitDrawn keeps the file of the previous output where it has it: its
// path names its content. Otherwise it draws the file and stages it.
func (w *writer) EmitDrawn(p string, draw func() ([]byte, error)) error {
	if err := w.ctx.Err(); err != nil {
		return fmt.Errorf("build interrupted: %w", err)
	}
	if w.prev != "" {
		target := filepath.Join(w.prev, filepath.FromSlash(p))
		if info, err := os.Lstat(target); err == nil && info.Mode().IsRegular() {
			f, err := w.start(p, info.Size())
			if err != nil {
				return err
			}
			e, ok := w.old[p]
			if !ok || !e.matches(target) {
				if e, err = hashFile(target); err != nil {
					return fmt.Errorf("read %s: %w", p, err)
				}
			}
			return w.keep(p, f, e)
		}
	}
	data, err := draw()
	if err != nil {
		return fmt.Errorf("draw %s: %w", p, err)
	}
	return w.Emit(p, data)
}

// start claims an output path for a file of size bytes and counts it.
func (w *writer) start(p string, size int64) (*fileState, error) {
	if err := w.ctx.Err(); err != nil {
		return nil, fmt.Errorf("build interrupted: %w", err)
	}
	if _, err := inside(w.root, p); err != nil {
		return nil, err
	}
	f := &fileState{}
	w.mu.Lock()
	_, dup := w.emitted[p]
	if !dup {
		w.emitted[p] = f
	}
	w.mu.Unlock()
	if dup {
		// A content page and a generated page on one address, say.
		return nil, fmt.Errorf("two files would be written to %s", p)
	}
	w.files.Add(1)
	w.bytes.Add(size)
	return f, nil
}

// makeDir makes a folder of the staging folder, and its parents, each
// once, outside the lock, so that workers do not wait on each other's
// system calls.
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

// madeDir makes one staged folder once.
type madeDir struct {
	once sync.Once
	err  error
}

// listing is a folder's files and folders, listed in the background.
type listing struct {
	entries []listed
	err     error
	done    chan struct{}
}

// listed is a file, link or folder of a listing: its slash path relative
// to the folder listed, and its type. A folder comes before what it
// holds.
type listed struct {
	rel  string
	mode fs.FileMode // type bits only
}

func (e listed) dir() bool { return e.mode.IsDir() }

// listOutput starts listing the folder out, leaving out the folder skip.
func listOutput(ctx context.Context, out, skip string) *listing {
	l := &listing{done: make(chan struct{})}
	go func() {
		defer close(l.done)
		l.err = filepath.WalkDir(out, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if name == out {
				return nil
			}
			if name == skip {
				return fs.SkipDir
			}
			rel, err := filepath.Rel(out, name)
			if err != nil {
				return err
			}
			l.entries = append(l.entries, listed{rel: filepath.ToSlash(rel), mode: d.Type()})
			return nil
		})
	}()
	return l
}

// wait waits for the listing to end.
func (l *listing) wait() ([]listed, error) {
	<-l.done
	return l.entries, l.err
}

// sameContent reports whether the regular file name holds exactly data,
// with its size and time.
func sameContent(name string, data []byte) (manifestEntry, bool) {
	info, err := os.Lstat(name)
	if err != nil || !info.Mode().IsRegular() || info.Size() != int64(len(data)) {
		return manifestEntry{}, false
	}
	b, err := os.ReadFile(name)
	if err != nil || !bytes.Equal(b, data) {
		return manifestEntry{}, false
	}
	return entryOf(info), true
}

// hashFile reads a regular file's content hash, size and time.
func hashFile(name string) (manifestEntry, error) {
	info, err := os.Lstat(name)
	if err != nil {
		return manifestEntry{}, err
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return manifestEntry{}, err
	}
	e := entryOf(info)
	e.hash = contentHash(b)
	return e, nil
}
