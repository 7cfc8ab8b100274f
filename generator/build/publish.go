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
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/rapor-publik/rapor/generator/export"
)

// publish lets produce render a build through a sink, then publishes it
// into out. Files are first written into a temporary folder; out is
// changed only after produce succeeded, so a build that fails or is
// interrupted while rendering leaves it as it was.
//
// Without a previous output, the temporary folder, made beside out, is
// renamed to out. With one, the temporary folder is made inside it (so
// that its files move by rename even where out is a mount point) and
// only the files whose bytes changed are staged there; they are then
// moved into place one by one, and files the build no longer makes are
// removed. An unchanged file is not touched at all, so it keeps its
// modification time and upload tools that compare size and time (rsync,
// aws s3 sync) skip it. Whether a file changed is told by its content
// hash in the manifest of the previous build (see manifest), without
// reading the file back, or by reading it where the manifest is missing
// or the file's size or time no longer match it. An output that is a
// symbolic link to a folder is updated in that folder.
func publish(ctx context.Context, out string, st *stats, produce func(sink) error) (err error) {
	out, err = filepath.Abs(out)
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	if err := checkOutput(out); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return fmt.Errorf("create output parent: %w", err)
	}
	unlock, err := lockOutput(out)
	if err != nil {
		return err
	}
	defer unlock()
	mpath := manifestPath(out)
	w := &writer{ctx: ctx, prev: out, stats: st, emitted: map[string]*fileState{}, dirs: map[string]*madeDir{}}
	where, pattern := filepath.Dir(out), "."+filepath.Base(out)+".new-"
	if _, err := os.Lstat(out); err == nil {
		if w.prev, err = filepath.EvalSymlinks(out); err != nil {
			return fmt.Errorf("output: %w", err)
		}
		w.update, w.old = true, readManifest(mpath)
		where, pattern = w.prev, stagingPrefix
	}
	if w.root, err = os.MkdirTemp(where, pattern); err != nil {
		return fmt.Errorf("create temporary output: %w", err)
	}
	if w.update {
		// The previous output is listed while the pages render: at the
		// village scale the walk takes a core for tens of seconds.
		lctx, stop := context.WithCancel(ctx)
		defer stop()
		w.listing = listOutput(lctx, w.prev, w.root)
	}
	defer func() {
		if rerr := os.RemoveAll(w.root); rerr != nil && err == nil {
			err = &CleanupError{Path: w.root, Err: rerr}
		}
	}()
	if err := os.Chmod(w.root, 0o755); err != nil {
		return err
	}
	if err := produce(w); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("build interrupted: %w", err)
	}
	if !w.update {
		if err := os.Rename(w.root, out); err != nil {
			return fmt.Errorf("publish: %w", err)
		}
	} else if err := w.commit(); err != nil {
		return err
	}
	// Without a manifest the next build compares every file: slower, not
	// wrong. A folder where it cannot be written (the parent of a mount
	// point, say) does not fail the build.
	_ = writeManifest(mpath, w.emitted)
	return nil
}

// stagingPrefix begins the name of the temporary folder a rebuild stages
// its changed files in, inside the output.
const stagingPrefix = ".rapor-staging-"

// stats counts what a build published.
type stats struct {
	files, pages, written, bytes atomic.Int64
}

// writer stages the files of a build in root. When a previous output
// prev exists (update), only files that differ from it are staged. Its
// methods are safe for concurrent use.
type writer struct {
	ctx        context.Context
	root, prev string
	update     bool
	old        manifest // the previous build's, or nil
	*stats
	mu      sync.Mutex
	emitted map[string]*fileState // every file emitted, by path
	dirs    map[string]*madeDir   // folders made in root
	listing *listing              // the previous output's files and folders
	staged  atomic.Int64          // files staged by a rebuild, to name the next
}

// fileState is what the writer knows of one emitted file: its manifest
// entry once published, and whether it was staged.
type fileState struct {
	entry  manifestEntry
	staged bool
	tmp    string // where a rebuild staged it, flat in the staging folder
}

func (w *writer) emit(p string, data []byte) error {
	f, err := w.start(p, int64(len(data)))
	if err != nil {
		return err
	}
	if strings.HasSuffix(p, ".html") {
		w.pages.Add(1)
	}
	sum := contentHash(data)
	if w.update {
		target := filepath.Join(w.prev, filepath.FromSlash(p))
		if e, ok := w.old[p]; ok && e.hash == sum && e.size == int64(len(data)) && e.matches(target) {
			f.entry = e
			return nil
		}
		if e, ok := sameContent(target, data); ok {
			e.hash = sum
			f.entry = e
			return nil
		}
	}
	return w.stage(p, f, data, sum)
}

// stage writes a changed or new file into the temporary folder: at its
// path in a first build's new tree; in a rebuild, under a number, flat,
// so that staging makes no folders and a commit has none to remove
// (after a theme change, most of the site is staged).
func (w *writer) stage(p string, f *fileState, data []byte, sum [hashSize]byte) error {
	var name string
	if w.update {
		f.tmp = strconv.FormatInt(w.staged.Add(1), 36)
		name = filepath.Join(w.root, f.tmp)
	} else {
		if err := w.makeDir(path.Dir(p)); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
		name = filepath.Join(w.root, filepath.FromSlash(p))
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
func (w *writer) emitDrawn(p string, draw func() ([]byte, error)) error {
	if err := w.ctx.Err(); err != nil {
		return fmt.Errorf("build interrupted: %w", err)
	}
	if w.update {
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
			f.entry = e
			return nil
		}
	}
	data, err := draw()
	if err != nil {
		return fmt.Errorf("draw %s: %w", p, err)
	}
	return w.emit(p, data)
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

// makeDir makes a folder of the temporary output, and its parents, each
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

// madeDir makes one output folder once.
type madeDir struct {
	once sync.Once
	err  error
}

// commit brings the previous output up to date: it removes what the
// build no longer makes, then moves the staged files in. The manifest is
// removed first, so that a commit cut short (the machine stopped) is
// followed by a build that compares every file again.
func (w *writer) commit() error {
	if err := os.Remove(manifestPath(w.prev)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("publish: %w", err)
	}
	kept, err := w.removeStale()
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	var staged []string
	for p, f := range w.emitted {
		if f.staged {
			staged = append(staged, p)
		}
	}
	slices.Sort(staged)
	made := map[string]bool{".": true}
	for _, dir := range kept {
		made[dir] = true
	}
	for _, p := range staged {
		if dir := path.Dir(p); !made[dir] {
			if err := os.MkdirAll(filepath.Join(w.prev, filepath.FromSlash(dir)), 0o755); err != nil {
				return fmt.Errorf("publish %s: %w", p, err)
			}
			made[dir] = true
		}
	}
	return w.moveIn(staged)
}

// moveIn renames the staged files into place, several at a time: each
// rename waits on the disk, and after a theme change there are hundreds
// of thousands.
func (w *writer) moveIn(staged []string) error {
	var next atomic.Int64
	var failed atomic.Pointer[error]
	var wg sync.WaitGroup
	for range min(renamers, len(staged)) {
		wg.Go(func() {
			for failed.Load() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(staged) {
					return
				}
				p := staged[i]
				from := filepath.Join(w.root, w.emitted[p].tmp)
				if err := os.Rename(from, filepath.Join(w.prev, filepath.FromSlash(p))); err != nil {
					err = fmt.Errorf("publish %s: %w", p, err)
					failed.CompareAndSwap(nil, &err)
				}
			}
		})
	}
	wg.Wait()
	if err := failed.Load(); err != nil {
		return *err
	}
	return nil
}

// renamers is how many renames a commit runs at once.
const renamers = 8

// removeStale removes from the previous output every file and folder the
// build does not make, and anything standing where the build needs a
// folder or a file of the other type. It returns the folders it kept.
func (w *writer) removeStale() (kept []string, err error) {
	dirs := map[string]bool{".": true}
	for p := range w.emitted {
		for d := path.Dir(p); !dirs[d]; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	entries, err := w.listing.wait()
	if err != nil {
		return nil, err
	}
	removed := "\x00" // the last folder removed, with a final slash
	for _, e := range entries {
		if strings.HasPrefix(e.rel, removed) {
			continue // went with its folder
		}
		name := filepath.Join(w.prev, filepath.FromSlash(e.rel))
		if e.dir {
			if dirs[e.rel] {
				kept = append(kept, e.rel)
				continue
			}
			if err := os.RemoveAll(name); err != nil {
				return nil, err
			}
			removed = e.rel + "/"
			continue
		}
		if _, ok := w.emitted[e.rel]; ok && !dirs[e.rel] {
			continue
		}
		if err := os.Remove(name); err != nil {
			return nil, err
		}
	}
	return kept, nil
}

// listing is a folder's files and folders, listed in the background.
type listing struct {
	entries []listed
	err     error
	done    chan struct{}
}

// listed is a file or folder of a listing: its slash path relative to the
// folder listed. A folder comes before what it holds.
type listed struct {
	rel string
	dir bool
}

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
			if name == skip {
				return fs.SkipDir
			}
			rel, err := filepath.Rel(out, name)
			if err != nil {
				return err
			}
			l.entries = append(l.entries, listed{rel: filepath.ToSlash(rel), dir: d.IsDir()})
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

// inside joins a slash path to root, refusing one that leaves it.
func inside(root, p string) (string, error) {
	name := filepath.Join(root, filepath.FromSlash(p))
	if !strings.HasPrefix(name, root+string(filepath.Separator)) {
		return "", fmt.Errorf("write %s: path leaves the output folder", p)
	}
	return name, nil
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

// CleanupError says that the new output was published but a temporary
// folder could not be removed.
type CleanupError struct {
	Path string
	Err  error
}

func (e *CleanupError) Error() string {
	return fmt.Sprintf("published, but the temporary folder %s could not be removed: %v", e.Path, e.Err)
}

func (e *CleanupError) Unwrap() error { return e.Err }
