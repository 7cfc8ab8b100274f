package publish

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// lockOutput keeps two builds from publishing into one output at once.
// The lock is the file .public.rapor-lock beside the output, locked with
// the operating system's file lock (see lockFile): the kernel releases it
// when the build's process ends, however it ends, so a lock is never
// stale and is never taken over. The file also holds the process id of
// the build that holds it, for the message a second build prints.
//
// Where no file can be made beside the output (its parent is read-only:
// a mount point, say), the output folder itself is locked. The returned
// function releases the lock.
func lockOutput(out string) (unlock func(), err error) {
	name := lockPath(out)
	for range 100 {
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			if dir, derr := os.Open(out); derr == nil {
				return lockDir(dir, out)
			}
			return nil, fmt.Errorf("lock: %w", err)
		}
		held, err := lockFile(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", name, err)
		}
		if !held {
			owner := readOwner(f)
			f.Close()
			return nil, busyError(out, owner)
		}
		// A build that released the lock may have removed the file after
		// this one opened it: the lock is then on a file nobody else can
		// find, and the next build would take a new one. Lock again.
		if !sameFile(f, name) {
			f.Close()
			continue
		}
		if err := f.Truncate(0); err == nil {
			f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
		}
		return func() {
			os.Remove(name) // while still held, so no other build holds this file
			f.Close()
		}, nil
	}
	return nil, fmt.Errorf("could not take the lock %s; try again", name)
}

// lockDir locks the output folder itself.
func lockDir(dir *os.File, out string) (func(), error) {
	held, err := lockFile(dir)
	if err != nil || !held {
		dir.Close()
		if err != nil {
			return nil, fmt.Errorf("lock %s: %w", out, err)
		}
		return nil, busyError(out, 0)
	}
	return func() { dir.Close() }, nil
}

// lockPath names the lock of the output folder out.
func lockPath(out string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".rapor-lock")
}

func busyError(out string, owner int) error {
	if owner > 0 {
		return fmt.Errorf("another build (process %d) is publishing into %s; wait for it to end", owner, out)
	}
	return fmt.Errorf("another build is publishing into %s; wait for it to end", out)
}

// readOwner reads the process id a lock file holds; 0 if it holds none.
func readOwner(f *os.File) int {
	b := make([]byte, 32)
	n, _ := f.ReadAt(b, 0)
	pid, err := strconv.Atoi(strings.TrimSpace(string(b[:n])))
	if err != nil {
		return 0
	}
	return pid
}

// sameFile reports whether the open file f is still the file at name.
func sameFile(f *os.File, name string) bool {
	a, err := f.Stat()
	if err != nil {
		return false
	}
	b, err := os.Stat(name)
	return err == nil && os.SameFile(a, b)
}

var errNoLock = errors.New("file locks are not available here")
