//go:build !linux && !darwin

package publish

// exchange is not available here: publishing swaps the folders with two
// renames and a journal instead (see swapByRenames).
func exchange(a, b string) error { return errNoExchange }
