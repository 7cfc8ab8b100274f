// Package publish is the transaction that puts a build's files into an
// output folder, and the Memory sink that keeps them in memory instead.
//
// Input: the output folder's path, and a function that emits the build's
// files into a Sink. Output: the output folder, holding the new build or
// the previous one.
//
// Rules: at every instant the output is the complete previous build or
// the complete new one. The new build is staged in a folder beside the
// output (unchanged files hard-linked from it) and the two folders are
// swapped in one step (swap.go); an output that is a mount point (a bind
// mount too: mount_linux.go) is updated in place under a journal of
// undoable steps (inplace.go). Open takes the output's lock (lock.go, the
// kernel's file lock) and finishes or undoes what an interrupted build
// left (recover.go). Only files the previous build's manifest lists
// (manifest.go) are Rapor's to remove (plan.go); every other file of the
// output stays. A failure says what it left (Error's State). Tests stop
// or fail publishing at each of its steps through package faults.
package publish
