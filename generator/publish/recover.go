package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// recoverOutput finishes or undoes what an interrupted build left on
// the output folder out, and removes its leftovers. Only a build holding
// the output's lock calls it. It returns notes on what it did.
//
// A swap by renames cut short between its two renames is finished (the
// new site is complete once the swap began); a manifest written for a
// swapped folder is put in place where that folder is the output; an
// update in place without its completion marker is undone, one with it
// is finished; staged folders of builds killed before they published
// are removed.
func recoverOutput(out string) (notes []string, err error) {
	if note, err := recoverSwap(out); err != nil {
		return nil, err
	} else if note != "" {
		notes = append(notes, note)
	}
	mpath := manifestPath(out)
	if next := mpath + ".next"; exists(next) {
		if m, _ := readManifest(next, treeID(out)); m != nil && treeID(out) != "" {
			os.Rename(next, mpath)
		} else {
			os.Remove(next)
		}
	}
	parent := filepath.Dir(out)
	prefix := "." + filepath.Base(out) + ".new-"
	if entries, err := os.ReadDir(parent); err == nil {
		for _, e := range entries {
			name := e.Name()
			if strings.HasPrefix(name, prefix) || strings.HasPrefix(name, filepath.Base(mpath)+".new-") || strings.HasPrefix(name, filepath.Base(mpath)+".next.new-") {
				if err := os.RemoveAll(filepath.Join(parent, name)); err != nil {
					notes = append(notes, fmt.Sprintf("could not remove %s, left by an interrupted build: %v", name, err))
				}
			}
		}
	}
	if info, err := os.Stat(out); err != nil || !info.IsDir() {
		return notes, nil // checkOutput tells
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		return notes, fmt.Errorf("output: %w", err)
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), stagingPrefix) {
			continue
		}
		note, err := recoverInPlace(out, filepath.Join(out, e.Name()))
		if err != nil {
			return notes, err
		}
		if note != "" {
			notes = append(notes, note)
		}
	}
	return notes, nil
}

// recoverInPlace finishes or undoes the update in place whose staging
// folder is root.
func recoverInPlace(out, root string) (string, error) {
	steps, complete, err := readJournal(filepath.Join(root, journalName))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("the journal of an interrupted build in %s cannot be read: %w; restore the output from a backup or build into an empty folder", root, err)
	}
	note := ""
	switch {
	case complete && exists(filepath.Join(root, committedName)):
		finishInPlace(out, root)
		note = "finished publishing the build that was interrupted"
	case complete:
		if err := undo(out, root, steps); err != nil {
			return "", fmt.Errorf("could not undo an interrupted build's update of %s: %w; run the build again", out, err)
		}
		note = "undid an interrupted build's partial update of the output; it is the previous build again"
	}
	if exists(root) {
		if err := os.RemoveAll(root); err != nil {
			return "", fmt.Errorf("could not remove %s, left by an interrupted build: %w", root, err)
		}
	}
	return note, nil
}

// recoverSwap finishes a swap by renames that was cut short.
func recoverSwap(out string) (string, error) {
	journal := swapJournal(out)
	b, err := os.ReadFile(journal)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("the swap journal %s cannot be read: %w", journal, err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) != 3 || lines[0] != swapHeader || strings.ContainsAny(lines[1]+lines[2], `/\`) {
		// Cut short while written: no rename was made.
		os.Remove(journal)
		return "", nil
	}
	parent := filepath.Dir(out)
	staged, aside := filepath.Join(parent, lines[1]), filepath.Join(parent, lines[2])
	note := ""
	if !exists(out) {
		from := staged
		if !exists(staged) {
			from = aside
		}
		if err := os.Rename(from, out); err != nil {
			return "", fmt.Errorf("the output %s is missing after an interrupted build, and %s could not be moved back: %w", out, from, err)
		}
		note = "finished publishing the build that was interrupted"
		if from == aside {
			note = "put back the previous output, which an interrupted build had moved aside"
		}
	}
	os.Remove(journal)
	return note, nil
}

func exists(name string) bool {
	_, err := os.Lstat(name)
	return err == nil
}
