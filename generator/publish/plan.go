package publish

import (
	"fmt"
	"path"
	"slices"
	"strings"
)

// A plan says what becomes of each file and folder of the previous
// output. Only what the previous build wrote, as its manifest lists, is
// Rapor's: a file of it the build no longer makes is stale and goes;
// anything else (.git/, CNAME, .htaccess) is foreign and stays. Without
// a manifest, only the files at paths the build writes are taken for
// Rapor's, and every other file stays.
type plan struct {
	foreign   []listed // foreign files, links and folders, folders first
	stale     []string // Rapor's files the build no longer makes
	staleDirs []string // Rapor's folders left empty, deepest first
	unowned   []string // files kept for want of a manifest
	conflicts []string // foreign files in the way of the build
}

// maxListed is how many paths a message names before it counts the rest.
const maxListed = 10

// plan sorts the previous output's entries.
func (w *writer) plan() (*plan, error) {
	entries, err := w.listing.wait()
	if err != nil {
		return nil, fmt.Errorf("list the previous output: %w", err)
	}
	need := map[string]bool{} // folders the new site has
	for p := range w.emitted {
		addParents(need, p)
	}
	ownedDirs := need
	if w.old != nil {
		ownedDirs = map[string]bool{}
		for p := range w.old {
			addParents(ownedDirs, p)
		}
	}
	pl := &plan{}
	stays := map[string]bool{} // folders that keep something
	var dirs []string
	for _, e := range entries {
		_, emitted := w.emitted[e.rel]
		switch {
		case e.dir() && ownedDirs[e.rel]:
			dirs = append(dirs, e.rel)
			continue
		case emitted && (e.dir() || w.old != nil && !w.old.has(e.rel)):
			pl.conflicts = append(pl.conflicts, e.rel)
		case emitted:
			addParents(stays, e.rel)
			continue
		case !e.dir() && w.owns(e.rel):
			pl.stale = append(pl.stale, e.rel)
			continue
		case !e.dir() && need[e.rel], w.blocked(e.rel):
			pl.conflicts = append(pl.conflicts, e.rel)
		default:
			pl.foreign = append(pl.foreign, e)
			if !e.dir() && w.old == nil {
				pl.unowned = append(pl.unowned, e.rel)
			}
		}
		addParents(stays, e.rel)
		stays[e.rel] = true
	}
	for _, d := range slices.Backward(dirs) {
		if !need[d] && !stays[d] {
			pl.staleDirs = append(pl.staleDirs, d)
		}
	}
	if len(pl.conflicts) > 0 {
		return nil, fmt.Errorf("the output holds %s that Rapor did not write where this build writes: %s; move %s away, or delete %s if stale",
			count(len(pl.conflicts), "file", "files"), listPaths(pl.conflicts), them(len(pl.conflicts)), them(len(pl.conflicts)))
	}
	return pl, nil
}

// owns reports whether the file at p of the previous output is Rapor's.
func (w *writer) owns(p string) bool {
	if w.old != nil {
		return w.old.has(p)
	}
	_, ok := w.emitted[p]
	return ok
}

// blocked reports whether a folder above p is a file of the new site.
func (w *writer) blocked(p string) bool {
	for d := path.Dir(p); d != "."; d = path.Dir(d) {
		if _, ok := w.emitted[d]; ok {
			return true
		}
	}
	return false
}

// addParents adds the folders above the slash path p to set.
func addParents(set map[string]bool, p string) {
	for d := path.Dir(p); d != "." && !set[d]; d = path.Dir(d) {
		set[d] = true
	}
}

// unownedNote tells what a build without a manifest kept.
func (pl *plan) unownedNote() string {
	if len(pl.unowned) == 0 {
		return ""
	}
	return fmt.Sprintf("kept %s that this build does not make, because no manifest of an earlier build says Rapor wrote %s: %s; delete %s by hand if stale",
		count(len(pl.unowned), "file", "files"), them(len(pl.unowned)), listPaths(pl.unowned), them(len(pl.unowned)))
}

func listPaths(paths []string) string {
	if len(paths) <= maxListed {
		return strings.Join(paths, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(paths[:maxListed], ", "), len(paths)-maxListed)
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func them(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}
