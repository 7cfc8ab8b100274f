//go:build !unix

package sitefs

// nonBlocking is not needed where named pipes are not files.
const nonBlocking = 0
