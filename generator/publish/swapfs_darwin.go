package publish

import (
	"errors"

	"golang.org/x/sys/unix"

	"github.com/rapor-publik/rapor/generator/internal/faults"
)

// exchange swaps the folders a and b in one step, so that every reader
// sees either both before or both after; errNoExchange where the file
// system cannot.
func exchange(a, b string) error {
	if faults.NoExchange {
		return errNoExchange
	}
	err := unix.RenamexNp(a, b, unix.RENAME_SWAP)
	if errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOTSUP) {
		return errNoExchange
	}
	return err
}
