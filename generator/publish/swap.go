package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// commitSwap publishes a staged folder by swapping it with the output.
// It links in what of the previous output is not Rapor's, writes the
// new manifest beside, then swaps the two folders in one step (or, where
// the file system cannot, with two renames under a journal); the
// previous site, now in the staged folder's place, is removed after.
func (w *writer) commitSwap() error {
	if w.prev != "" {
		pl, err := w.plan()
		if err != nil {
			return untouched(err)
		}
		if err := w.carry(pl.foreign); err != nil {
			return untouched(err)
		}
		if note := pl.unownedNote(); note != "" {
			w.notes = append(w.notes, note)
		}
	}
	mpath := manifestPath(w.out)
	next := mpath + ".next"
	if err := fault("manifest"); err != nil {
		return untouched(fmt.Errorf("manifest: %w", err))
	}
	if err := writeManifest(next, w.emitted, treeID(w.root), w.input); err != nil {
		// The next build then compares every file: slower, not wrong.
		w.notes = append(w.notes, fmt.Sprintf("no manifest was written (%v); the next build compares every file", err))
	}
	if err := fault("swap"); err != nil {
		os.Remove(next)
		return untouched(fmt.Errorf("publish: %w", err))
	}
	if err := w.swap(); err != nil {
		os.Remove(next)
		return err
	}
	// Published. What follows only tidies up; the next build finishes it
	// if this one is cut short.
	if err := fault("install manifest"); err == nil {
		if err := os.Rename(next, mpath); err != nil && !errors.Is(err, fs.ErrNotExist) {
			os.Remove(mpath)
		}
	}
	if err := fault("remove previous"); err == nil {
		os.RemoveAll(w.root)
	}
	return nil
}

// swap puts the staged folder in the output's place.
func (w *writer) swap() error {
	if w.prev == "" {
		if err := os.Rename(w.root, w.out); err != nil {
			return untouched(fmt.Errorf("publish: %w", err))
		}
		return nil
	}
	err := exchange(w.root, w.out)
	if errors.Is(err, errNoExchange) {
		return w.swapByRenames()
	}
	if err != nil {
		return untouched(fmt.Errorf("publish: %w", err))
	}
	return nil
}

// swapByRenames swaps the staged folder and the output with two
// renames: the output aside, the staged folder in. Between the two the
// output is missing; a journal beside it says so, and the next build
// (recoverOutput) finishes the swap if this one is cut short there.
func (w *writer) swapByRenames() error {
	journal := swapJournal(w.out)
	aside := w.root + ".old"
	if err := writeSynced(journal, []byte(swapHeader+"\n"+filepath.Base(w.root)+"\n"+filepath.Base(aside)+"\n")); err != nil {
		return untouched(fmt.Errorf("publish: %w", err))
	}
	if err := fault("move previous aside"); err != nil {
		os.Remove(journal)
		return untouched(fmt.Errorf("publish: %w", err))
	}
	if err := os.Rename(w.out, aside); err != nil {
		os.Remove(journal)
		return untouched(fmt.Errorf("publish: %w", err))
	}
	err := fault("move new in")
	if err == nil {
		err = os.Rename(w.root, w.out)
	}
	if err != nil {
		if rerr := os.Rename(aside, w.out); rerr != nil {
			return &Error{State: Unknown, Err: fmt.Errorf("publish: %w; and the previous output, moved to %s, could not be moved back: %v", err, aside, rerr)}
		}
		os.Remove(journal)
		return &Error{State: Restored, Err: fmt.Errorf("publish: %w", err)}
	}
	w.root = aside // removed with the staging folder
	if err := fault("remove swap journal"); err == nil {
		os.Remove(journal)
	}
	return nil
}

const swapHeader = "rapor swap 1"

// swapJournal names the journal of a swap by renames into out.
func swapJournal(out string) string { return besideName(out, ".rapor-swap") }

// carry links the foreign files, links and folders of the previous
// output into the staged folder.
func (w *writer) carry(foreign []listed) error {
	for _, e := range foreign {
		if e.dir() {
			if err := w.makeDir(e.rel); err != nil {
				return fmt.Errorf("keep %s: %w", e.rel, err)
			}
			if info, err := os.Stat(filepath.Join(w.prev, filepath.FromSlash(e.rel))); err == nil {
				os.Chmod(filepath.Join(w.root, filepath.FromSlash(e.rel)), info.Mode().Perm())
			}
			continue
		}
		if e.mode&fs.ModeSymlink != 0 {
			if err := w.copyLink(e.rel); err != nil {
				return fmt.Errorf("keep %s: %w", e.rel, err)
			}
			continue
		}
		if err := w.link(e.rel, "keep "); err != nil {
			return fmt.Errorf("keep %s: %w", e.rel, err)
		}
	}
	return nil
}

// writeSynced writes a small file and flushes it and its folder to disk.
func writeSynced(name string, data []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		syncDir(filepath.Dir(name))
	}
	return err
}

// syncDir flushes a folder's entries to disk, where the system can.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// copyLink makes in the staged folder the symbolic link the previous
// output has at p, to the same target.
func (w *writer) copyLink(p string) error {
	target, err := os.Readlink(filepath.Join(w.prev, filepath.FromSlash(p)))
	if err != nil {
		return err
	}
	if err := w.makeDir(path.Dir(p)); err != nil {
		return err
	}
	return os.Symlink(target, filepath.Join(w.root, filepath.FromSlash(p)))
}
