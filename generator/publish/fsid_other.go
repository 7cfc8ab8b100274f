//go:build !unix

package publish

// treeID cannot name a folder here; manifests then carry no identity and
// the swap journal tells which folder is which (see recoverOutput).
func treeID(dir string) string { return "" }

// sameDevice is assumed here: a rename that crosses devices fails, and
// the build then says so.
func sameDevice(a, b string) bool { return true }

// isReadOnly reports whether err says the file system is read-only.
func isReadOnly(err error) bool { return false }
