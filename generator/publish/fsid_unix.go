//go:build unix

package publish

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// treeID names a folder by its device and inode: the folder a manifest
// describes, told apart from the one it was swapped with. "" where it
// cannot be read.
func treeID(dir string) string {
	info, err := os.Stat(dir)
	if err != nil {
		return ""
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%d:%d", st.Dev, st.Ino)
}

// sameDevice reports whether the folders a and b are on one file system,
// so that a file moves between them with a rename. An output that is a
// mount point is not on its parent's.
func sameDevice(a, b string) bool {
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	if err1 != nil || err2 != nil {
		return false
	}
	sa, ok1 := ia.Sys().(*syscall.Stat_t)
	sb, ok2 := ib.Sys().(*syscall.Stat_t)
	return ok1 && ok2 && sa.Dev == sb.Dev
}

// isReadOnly reports whether err says the file system is read-only.
func isReadOnly(err error) bool { return errors.Is(err, syscall.EROFS) }
