//go:build unix

package importer

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A named pipe named like a CSV file made rapor import wait forever for
// a writer; it is refused as not a regular file.
func TestInputNotRegular(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rekap.csv")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	_, err := ReadFile(path, "")
	if err == nil || !strings.Contains(err.Error(), "is not a regular file") || !errors.Is(err, ErrInput) {
		t.Fatalf("ReadFile = %v, want it refused as not a regular file", err)
	}
}
