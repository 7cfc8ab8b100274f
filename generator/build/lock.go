package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
)

// lockOutput keeps two builds from publishing into one output at once: a
// rebuild moves files into the output one by one, and two of them at once
// could leave a mix of both. The lock is a file beside the output,
// .public.rapor-lock, holding the process id of the build that holds it;
// a lock whose process has ended is taken over. Where the lock cannot be
// made (the output's parent cannot be written), the build goes on
// without one. The returned function releases the lock.
func lockOutput(out string) (unlock func(), err error) {
	name := filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".rapor-lock")
	for range 2 {
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			_, werr := f.WriteString(strconv.Itoa(os.Getpid()) + "\n")
			if cerr := f.Close(); werr == nil {
				werr = cerr
			}
			if werr != nil {
				os.Remove(name)
				return func() {}, nil
			}
			return func() { os.Remove(name) }, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return func() {}, nil
		}
		b, rerr := os.ReadFile(name)
		pid, perr := strconv.Atoi(strings.TrimSpace(string(b)))
		if rerr == nil && perr == nil && alive(pid) {
			return nil, fmt.Errorf("another build (process %d) is publishing into %s; wait for it to end, or remove %s if no build is running", pid, out, name)
		}
		os.Remove(name) // a build that ended without removing it
	}
	return nil, fmt.Errorf("could not take the lock %s; remove it if no build is running", name)
}

// alive reports whether the process pid may still run.
func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	if runtime.GOOS == "windows" {
		return true // FindProcess finds only running processes there
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
