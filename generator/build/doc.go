// Package build runs the pipeline from a site folder to a published
// output folder: load and validate, score, write the export, publish.
//
// Input: an fs.FS of the site source and the output folder's path.
// Output: the output folder, holding the new site, or the previous one.
//
// Rules: at every instant the output is the complete previous build or
// the complete new one. The new site is staged in a folder beside the
// output (unchanged files hard-linked from it) and the two folders are
// swapped in one step (swap.go); an output that is a mount point (a
// bind mount too: mount_linux.go) is updated in place under a journal of
// undoable steps (inplace.go). Every build first takes the output's lock
// (lock.go, the kernel's file lock) and finishes or undoes what an
// interrupted build left (recover.go). Only files the previous build's
// manifest lists (manifest.go) are Rapor's to remove (plan.go); every
// other file of the output stays. The same input gives byte-identical
// output: no timestamps, no map order.
package build
