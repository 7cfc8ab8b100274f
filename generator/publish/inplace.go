package publish

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// An update in place publishes into an output that cannot be swapped (a
// mount point). Its staging folder, inside the output, holds the changed
// files under numbers, and a journal of every step the update takes.
// Each step keeps what it replaces or removes in the staging folder, so
// that the update can be undone at any point; undo tells from what is
// where how far the update went, so it can itself be cut short and run
// again. A marker file says the update is complete; a build that finds a
// journal without it undoes the update before anything else.
//
// The steps, in order:
//
//	X n p   remove the stale file p (moved to o<n>)
//	Y d     remove the stale, now empty folder d
//	D d     make the folder d
//	R n p   replace p by n (p linked to o<n> first)
//	A n p   add n at p
type step struct {
	kind byte
	n    string // the staged file's name, or the backup's number
	path string // slash path in the output
}

const (
	journalName   = "journal"
	committedName = "committed"
	newManifest   = "manifest"
	journalHeader = "rapor journal 1"
	journalEnd    = "end"
)

// commitInPlace runs an update in place.
func (w *writer) commitInPlace() error {
	pl, err := w.plan()
	if err != nil {
		return untouched(err)
	}
	steps := w.steps(pl)
	if err := fault("journal"); err != nil {
		return untouched(fmt.Errorf("publish: %w", err))
	}
	if err := writeManifest(filepath.Join(w.root, newManifest), w.emitted, treeID(w.out), w.input); err != nil {
		return untouched(err)
	}
	if err := writeSynced(filepath.Join(w.root, journalName), encodeJournal(steps)); err != nil {
		return untouched(fmt.Errorf("publish: %w", err))
	}
	for _, s := range steps {
		err := fault(fmt.Sprintf("%c %s", s.kind, s.path))
		if err == nil {
			err = apply(w.out, w.root, s)
		}
		if err != nil {
			return w.undo(steps, fmt.Errorf("publish %s: %w", s.path, err))
		}
	}
	err = fault("mark committed")
	if err == nil {
		err = writeSynced(filepath.Join(w.root, committedName), nil)
	}
	if err != nil {
		// Complete but unmarked: the next build would undo it. Undo it now.
		return w.undo(steps, fmt.Errorf("publish: %w", err))
	}
	if note := pl.unownedNote(); note != "" {
		w.notes = append(w.notes, note)
	}
	finishInPlace(w.out, w.root)
	return nil
}

// undo undoes an update in place that failed with err, and says what
// it left.
func (w *writer) undo(steps []step, err error) error {
	if uerr := undo(w.out, w.root, steps); uerr != nil {
		return &Error{State: Unknown, Err: fmt.Errorf("%w; undoing the update failed too (%v): the next build on %s undoes it", err, uerr, w.out)}
	}
	return &Error{State: Restored, Err: err}
}

// steps lists the steps of an update in place, in the order they run.
func (w *writer) steps(pl *plan) []step {
	var steps []step
	n := 0
	backup := func() string { n++; return "-" + strconv.Itoa(n) } // no staged name (base 36) has a dash
	for _, p := range pl.stale {
		steps = append(steps, step{'X', backup(), p})
	}
	for _, d := range pl.staleDirs {
		steps = append(steps, step{'Y', "", d})
	}
	var staged []string
	for p, f := range w.emitted {
		if f.staged {
			staged = append(staged, p)
		}
	}
	slices.Sort(staged)
	exists := func(p string) bool {
		_, err := os.Lstat(filepath.Join(w.out, filepath.FromSlash(p)))
		return err == nil
	}
	staleSet := map[string]bool{}
	for _, p := range pl.stale {
		staleSet[p] = true
	}
	for _, d := range pl.staleDirs {
		staleSet[d] = true
	}
	made := map[string]bool{}
	for _, p := range staged {
		var dirs []string
		for d := path.Dir(p); d != "." && !made[d]; d = path.Dir(d) {
			made[d] = true
			if staleSet[d] || !exists(d) {
				dirs = append(dirs, d)
			}
		}
		for _, d := range slices.Backward(dirs) {
			steps = append(steps, step{'D', "", d})
		}
	}
	for _, p := range staged {
		kind := byte('A')
		if exists(p) && !staleSet[p] {
			kind = 'R'
		}
		steps = append(steps, step{kind, w.emitted[p].tmp, p})
	}
	return steps
}

// apply takes one step of an update in place.
func apply(out, root string, s step) error {
	at := filepath.Join(out, filepath.FromSlash(s.path))
	switch s.kind {
	case 'X':
		return os.Rename(at, filepath.Join(root, "o"+s.n))
	case 'Y':
		return os.Remove(at)
	case 'D':
		return os.Mkdir(at, 0o755)
	case 'R':
		backup := filepath.Join(root, "o"+s.n)
		if err := os.Link(at, backup); err != nil {
			if err := copyFile(at, backup); err != nil {
				return err
			}
		}
		return os.Rename(filepath.Join(root, s.n), at)
	case 'A':
		return os.Rename(filepath.Join(root, s.n), at)
	}
	return fmt.Errorf("unknown step %q", s.kind)
}

// undo puts the output back as it was before the steps, from wherever
// they stopped. It looks at what is where, so it can run again after it
// was itself cut short.
func undo(out, root string, steps []step) error {
	var errs []error
	has := func(name string) bool { _, err := os.Lstat(name); return err == nil }
	for _, s := range slices.Backward(steps) {
		if err := fault(fmt.Sprintf("undo %c %s", s.kind, s.path)); err != nil {
			errs = append(errs, err)
			continue
		}
		at := filepath.Join(out, filepath.FromSlash(s.path))
		staged, backup := filepath.Join(root, s.n), filepath.Join(root, "o"+s.n)
		var err error
		switch s.kind {
		case 'A':
			if !has(staged) && has(at) {
				err = os.Rename(at, staged)
			}
		case 'R':
			if has(backup) && !has(staged) {
				err = os.Rename(backup, at)
			}
		case 'D':
			if info, lerr := os.Lstat(at); lerr == nil && info.IsDir() {
				err = os.Remove(at)
			}
		case 'Y':
			err = os.MkdirAll(at, 0o755)
		case 'X':
			if has(backup) {
				err = os.Rename(backup, at)
			}
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("undo %s: %w", s.path, err))
		}
	}
	return errors.Join(errs...)
}

// finishInPlace completes a marked update: the new manifest beside the
// output, the staging folder and its backups removed.
func finishInPlace(out, root string) {
	err := fault("install manifest")
	if err == nil {
		err = moveFile(filepath.Join(root, newManifest), manifestPath(out))
	}
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		// Beside a mount point Rapor may not write: no manifest then, as
		// the previous one no longer describes the output.
		os.Remove(manifestPath(out))
	}
	// Without its journal the staging folder is a leftover, whatever of
	// it remains: the journal goes first, so that no later build takes
	// a half-removed folder for an update to undo.
	if err := fault("remove journal"); err != nil {
		return
	}
	if err := os.Remove(filepath.Join(root, journalName)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return
	}
	syncDir(root)
	if err := fault("remove staging"); err != nil {
		return
	}
	os.RemoveAll(root)
}

func encodeJournal(steps []step) []byte {
	var b bytes.Buffer
	b.WriteString(journalHeader + "\n")
	for _, s := range steps {
		fmt.Fprintf(&b, "%c\t%s\t%s\n", s.kind, s.n, s.path)
	}
	b.WriteString(journalEnd + "\n")
	return b.Bytes()
}

// readJournal reads a journal; complete is false where it was cut short
// while being written (then no step was taken).
func readJournal(name string) (steps []step, complete bool, err error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	if !sc.Scan() || sc.Text() != journalHeader {
		return nil, false, sc.Err()
	}
	for sc.Scan() {
		line := sc.Text()
		if line == journalEnd {
			return steps, true, nil
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 || len(f[0]) != 1 || !strings.Contains("XYDRA", f[0]) {
			return nil, false, fmt.Errorf("%s: malformed line %q", name, line)
		}
		steps = append(steps, step{f[0][0], f[1], f[2]})
	}
	return nil, false, sc.Err()
}

// moveFile moves a file, across file systems too (from inside a mount
// point to beside it): copied to a temporary file beside to, renamed.
func moveFile(from, to string) error {
	if err := os.Rename(from, to); err == nil || errors.Is(err, fs.ErrNotExist) {
		return err
	}
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	tmp := to + ".new-move"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, to); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Remove(from)
}
