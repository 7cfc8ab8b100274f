package build

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A manifest lists the files of a published build with their content
// hash, size and modification time. It lets the next build tell an
// unchanged file without reading it back: a file whose size and time are
// still those of the manifest holds the bytes the manifest hashed.
//
// It is kept beside the output folder, not in it, so that it is never
// uploaded with the site: public/ has .public.rapor-manifest. A missing or
// unreadable manifest only makes the next build slower: it then compares
// every file's bytes.
type manifest map[string]manifestEntry

// hashSize is the length of a content hash: the first 128 bits of SHA-256.
const hashSize = 16

// manifestHeader is the first line of a manifest file; each other line is
// a file: hash, size, time in nanoseconds and slash path, tab-separated.
const manifestHeader = "rapor manifest 1"

type manifestEntry struct {
	hash  [hashSize]byte
	size  int64
	mtime int64 // Unix nanoseconds
}

// manifestPath names the manifest of the output folder out.
func manifestPath(out string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".rapor-manifest")
}

func contentHash(data []byte) [hashSize]byte {
	sum := sha256.Sum256(data)
	return [hashSize]byte(sum[:hashSize])
}

func entryOf(info fs.FileInfo) manifestEntry {
	return manifestEntry{size: info.Size(), mtime: info.ModTime().UnixNano()}
}

// matches reports whether the file name is still the regular file of
// the entry's size and time.
func (e manifestEntry) matches(name string) bool {
	info, err := os.Lstat(name)
	return err == nil && info.Mode().IsRegular() && info.Size() == e.size && info.ModTime().UnixNano() == e.mtime
}

// readManifest reads a manifest file; one that is missing or malformed
// gives nil.
func readManifest(name string) manifest {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil
	}
	header, rest, ok := bytes.Cut(b, []byte{'\n'})
	if !ok || string(header) != manifestHeader {
		return nil
	}
	m := make(manifest, bytes.Count(rest, []byte{'\n'}))
	for len(rest) > 0 {
		var line []byte
		line, rest, ok = bytes.Cut(rest, []byte{'\n'})
		if !ok {
			return nil
		}
		p, e, ok := parseManifestLine(string(line))
		if !ok {
			return nil
		}
		m[p] = e
	}
	return m
}

func parseManifestLine(line string) (string, manifestEntry, bool) {
	f := strings.SplitN(line, "\t", 4)
	if len(f) != 4 || len(f[0]) != 2*hashSize || f[3] == "" {
		return "", manifestEntry{}, false
	}
	var e manifestEntry
	if _, err := hex.Decode(e.hash[:], []byte(f[0])); err != nil {
		return "", manifestEntry{}, false
	}
	var err1, err2 error
	e.size, err1 = strconv.ParseInt(f[1], 10, 64)
	e.mtime, err2 = strconv.ParseInt(f[2], 10, 64)
	if err1 != nil || err2 != nil {
		return "", manifestEntry{}, false
	}
	return f[3], e, true
}

// writeManifest writes the manifest of a published build, through a
// temporary file renamed into place.
func writeManifest(name string, files map[string]*fileState) error {
	paths := make([]string, 0, len(files))
	for p := range files {
		if !strings.ContainsAny(p, "\t\n") {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	tmp, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+".new-")
	if err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	bw := bufio.NewWriterSize(tmp, 1<<16)
	bw.WriteString(manifestHeader + "\n")
	var num []byte
	for _, p := range paths {
		e := files[p].entry
		var h [2 * hashSize]byte
		hex.Encode(h[:], e.hash[:])
		bw.Write(h[:])
		num = strconv.AppendInt(append(num[:0], '\t'), e.size, 10)
		num = strconv.AppendInt(append(num, '\t'), e.mtime, 10)
		bw.Write(num)
		bw.WriteByte('\t')
		bw.WriteString(p)
		bw.WriteByte('\n')
	}
	err = bw.Flush()
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	return nil
}
