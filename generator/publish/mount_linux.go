package publish

import (
	"path/filepath"

	"golang.org/x/sys/unix"
)

// isMountPoint reports whether the folder dir is a mount point, which
// cannot be swapped or renamed. A bind mount of a folder of the same
// file system (mount --bind, a container's volume) shares its device with
// its parent, so the mount ids tell; the devices where statx cannot.
func isMountPoint(dir string) bool {
	id, ok := mountID(dir)
	parent, pok := mountID(filepath.Dir(dir))
	if ok && pok {
		return id != parent
	}
	return !sameDevice(dir, filepath.Dir(dir))
}

func mountID(dir string) (uint64, bool) {
	var st unix.Statx_t
	if err := unix.Statx(unix.AT_FDCWD, dir, 0, unix.STATX_MNT_ID, &st); err != nil || st.Mask&unix.STATX_MNT_ID == 0 {
		return 0, false
	}
	return st.Mnt_id, true
}
