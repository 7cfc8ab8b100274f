//go:build !linux

package publish

import "path/filepath"

// isMountPoint reports whether the folder dir is a mount point, which
// cannot be swapped or renamed: here, whether it is on another device
// than its parent.
func isMountPoint(dir string) bool { return !sameDevice(dir, filepath.Dir(dir)) }
