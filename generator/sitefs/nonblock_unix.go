//go:build unix

package sitefs

import "syscall"

// nonBlocking opens a named pipe without waiting for a writer, so that
// Open can refuse it instead of hanging.
const nonBlocking = syscall.O_NONBLOCK
