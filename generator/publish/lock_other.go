//go:build !unix && !windows

package publish

import "os"

// lockFile is not available where the system has no file locks: the
// build then refuses to publish rather than risk two publishers.
func lockFile(f *os.File) (bool, error) { return false, errNoLock }
