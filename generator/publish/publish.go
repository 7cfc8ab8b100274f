package publish

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/rapor-publik/rapor/generator/export"
)

// Sink takes the files of a build: staged for an output folder, or kept
// in memory (Memory). Its methods are safe for concurrent use.
type Sink interface {
	// Emit publishes the file at the slash path p.
	Emit(p string, data []byte) error
	// EmitDrawn publishes a file whose path names its content (a share
	// card): taken from the previous build where that has the file, else
	// drawn.
	EmitDrawn(p string, draw func() ([]byte, error)) error
	// EmitKeyed publishes the file that make makes, whose bytes depend
	// on nothing but key (a page's fingerprint, render.File.Key): where
	// the previous build made its file at p with the same key, and the
	// file is still as that build left it, the file is kept and make is
	// not called. An empty key always makes the file.
	EmitKeyed(p, key string, make func() ([]byte, error)) error
}

// Output is an output folder whose lock a build holds.
type Output struct {
	path   string // absolute, links resolved
	unlock func()
	st     stats
	// The previous build's manifest and the fingerprint of its input,
	// read once (previous).
	old      manifest
	oldInput string
	oldRead  bool
}

// previous reads the manifest of the previous build on the output, once:
// Unchanged and Publish both need it.
func (o *Output) previous() (manifest, string) {
	if !o.oldRead {
		o.old, o.oldInput = readManifest(manifestPath(o.path), treeID(o.path))
		o.oldRead = true
	}
	return o.old, o.oldInput
}

// Counts says what a build published.
type Counts struct {
	Files, Pages, Written int // Written: files written; the others were kept from the previous output
	// Unmade: pages kept from the previous output by their key, without
	// being made again (Sink.EmitKeyed).
	Unmade int
	Bytes  int64
}

// Open takes the lock of the output folder out and recovers what an
// interrupted build left there (see recoverOutput), so that a build that
// goes no further (its source has errors) still leaves the output whole.
// Close releases the lock.
func Open(out string) (*Output, error) {
	o := &Output{}
	out, err := filepath.Abs(out)
	if err != nil {
		return o, untouched(fmt.Errorf("output: %w", err))
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return o, untouched(fmt.Errorf("create output parent: %w", err))
	}
	if info, err := os.Lstat(out); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		if out, err = filepath.EvalSymlinks(out); err != nil {
			return o, untouched(fmt.Errorf("output: %w", err))
		}
	}
	unlock, err := lockOutput(out)
	if err != nil {
		return o, untouched(err)
	}
	notes, err := recoverOutput(out)
	o.st.notes = append(o.st.notes, notes...)
	if err != nil {
		unlock()
		return o, &Error{State: Unknown, Err: err}
	}
	o.path, o.unlock = out, unlock
	return o, nil
}

// Close releases the output's lock.
func (o *Output) Close() {
	if o.unlock != nil {
		o.unlock()
		o.unlock = nil
	}
}

// Notes are what publishing has to tell the user: files it kept, an
// interrupted build it recovered, a folder it could not remove. Open's
// notes are there even when it failed.
func (o *Output) Notes() []string { return o.st.notes }

// Unchanged reports whether the output is the build of input already:
// the previous build recorded the same fingerprint of its input (not
// ""), and every file it wrote is still as it wrote it (size and time,
// as the manifest says). Then a build of input would publish the very
// same files, and need not run: Counts says what the output holds.
func (o *Output) Unchanged(input string) bool {
	if input == "" || o.path == "" {
		return false
	}
	m, recorded := o.previous()
	if m == nil || recorded != input {
		return false
	}
	var c stats
	for p, e := range m {
		name, err := inside(o.path, p)
		if err != nil || !e.matches(name) {
			return false
		}
		c.files.Add(1)
		c.bytes.Add(e.size)
		if strings.HasSuffix(p, ".html") {
			c.pages.Add(1)
		}
	}
	o.st.files.Store(c.files.Load())
	o.st.bytes.Store(c.bytes.Load())
	o.st.pages.Store(c.pages.Load())
	o.st.written.Store(0)
	return true
}

// Counts says what the last Publish published.
func (o *Output) Counts() Counts {
	return Counts{Files: int(o.st.files.Load()), Pages: int(o.st.pages.Load()), Written: int(o.st.written.Load()), Unmade: int(o.st.unmade.Load()), Bytes: o.st.bytes.Load()}
}

// Publish lets produce render a build through a Sink, then publishes it,
// recording input (a fingerprint of everything the build read, or "")
// for Unchanged. It publishes it
// into the output, so that it holds, at every instant, the complete previous
// build or the complete new one.
//
// The new site is staged as a whole folder beside out: changed files
// written, unchanged ones hard-linked from the previous output (so they
// keep their modification time, and upload tools that compare size and
// time skip them), and every file of out that Rapor did not write
// (.git/, CNAME, .htaccess) linked in too. The staged folder and out are
// then swapped in one step (see swap.go). An output that is a mount
// point cannot be swapped: it is updated in place under a journal, and
// the next build finishes or undoes an update cut short (see inplace.go).
// Before anything else, every build on an output recovers what an
// interrupted one left (see recoverOutput).
//
// Which files Rapor wrote is told by the manifest of the previous build
// (see manifest): only those are Rapor's to remove.
func (o *Output) Publish(ctx context.Context, input string, produce func(Sink) error) (err error) {
	out, st := o.path, &o.st
	if err := checkOutput(out); err != nil {
		return untouched(err)
	}
	old, _ := o.previous()
	w, err := newWriter(ctx, out, st, old, input)
	if err != nil {
		return untouched(err)
	}
	defer func() {
		if r := recover(); r != nil {
			panic(r) // killed, or a bug: leave everything to recoverOutput
		}
		w.stop()
		var pe *Error
		if errors.As(err, &pe) && pe.State == Unknown && w.inPlace {
			return // its journal tells the next build what to undo
		}
		if rerr := os.RemoveAll(w.root); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
			st.notes = append(st.notes, fmt.Sprintf("the temporary folder %s could not be removed (%v); the next build removes it", w.root, rerr))
		}
	}()
	if err := produce(w); err != nil {
		return untouched(err)
	}
	if err := ctx.Err(); err != nil {
		return untouched(fmt.Errorf("build interrupted: %w", err))
	}
	if w.inPlace {
		return w.commitInPlace()
	}
	return w.commitSwap()
}

// State says what a failed build left in its output.
type State int

const (
	// Untouched: the output is the previous build, byte for byte; the
	// build did not change it.
	Untouched State = iota
	// Restored: the build began to update the output in place, failed,
	// and put every file back as it was.
	Restored
	// Unknown: the build could not finish or undo its update; the next
	// build on the output does, before anything else.
	Unknown
)

// Error is a build that failed while publishing, with what it left in
// the output.
type Error struct {
	State State
	Err   error
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// untouched wraps an error that came before the output was changed.
func untouched(err error) error {
	var pe *Error
	if err == nil || errors.As(err, &pe) {
		return err
	}
	return &Error{State: Untouched, Err: err}
}

// stats counts what a build published, and the notes it has for the
// user.
type stats struct {
	files, pages, written, bytes atomic.Int64
	unmade                       atomic.Int64 // pages kept by their key, not made (EmitKeyed)
	notes                        []string     // written by publish's goroutine only
}

// stagingPrefix begins the name of the folder an update in place stages
// its files in, inside the output.
const stagingPrefix = ".rapor-staging-"

// besideName names a file or folder kept beside the output folder out:
// hidden, and named after it, so that several outputs share a parent.
func besideName(out, suffix string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+suffix)
}

// inside joins a slash path to root, refusing one that leaves it or
// that a journal line could not hold.
func inside(root, p string) (string, error) {
	name := filepath.Join(root, filepath.FromSlash(p))
	if !strings.HasPrefix(name, root+string(filepath.Separator)) {
		return "", fmt.Errorf("write %s: path leaves the output folder", p)
	}
	if strings.ContainsAny(p, "\t\n\r") {
		return "", fmt.Errorf("write %q: a path with a tab or line break", p)
	}
	return name, nil
}

// checkOutput refuses to replace a folder that Rapor did not write: an
// existing output must hold a previous build's export, or nothing but
// files a host or a tool keeps there (hidden files such as .git/ and
// .nojekyll, CNAME, _headers, _redirects), which the build keeps.
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
	if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(export.JSONName))); err == nil {
		return nil
	}
	for _, e := range entries {
		if !hostFile(e.Name()) {
			return fmt.Errorf("output %s holds files that Rapor did not write (it has no %s); empty it or choose another -o", out, export.JSONName)
		}
	}
	return nil
}

// hostFile reports whether a name at the top of an output is one that
// hosts and tools keep beside a site, not a page.
func hostFile(name string) bool {
	switch name {
	case "CNAME", "_headers", "_redirects":
		return true
	}
	return strings.HasPrefix(name, ".")
}
