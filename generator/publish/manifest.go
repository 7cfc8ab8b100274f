package publish

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

// manifestHeader is the first line of a manifest file; the second names
// the folder it describes ("tree " and its device and inode, see
// treeID), so that a manifest is never taken for that of the folder it
// was swapped with; the third ("input " and a hash, or nothing after the
// space) is the fingerprint of everything the build read (see
// Output.Unchanged); each other line is a file: hash, size, time in
// nanoseconds, the key it was made with (Sink.EmitKeyed; empty for
// none) and slash path, tab-separated. Manifests of versions 1 (without
// the folder's name), 2 (without the input) and 3 (without keys) are
// still read.
const (
	manifestHeader   = "rapor manifest 4"
	manifestHeaderV3 = "rapor manifest 3"
	manifestHeaderV2 = "rapor manifest 2"
	manifestHeaderV1 = "rapor manifest 1"
)

type manifestEntry struct {
	hash  [hashSize]byte
	size  int64
	mtime int64  // Unix nanoseconds
	key   string // what made the file (Sink.EmitKeyed), "" for none
}

// manifestPath names the manifest of the output folder out.
func manifestPath(out string) string { return besideName(out, ".rapor-manifest") }

// has reports whether the manifest lists the file p.
func (m manifest) has(p string) bool {
	_, ok := m[p]
	return ok
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

// readManifest reads the manifest file of the folder tree (see treeID);
// one that is missing, malformed or of another folder gives nil. input is
// the fingerprint of the build's input it records, "" for none.
func readManifest(name, tree string) (m manifest, input string) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, ""
	}
	header, rest, ok := bytes.Cut(b, []byte{'\n'})
	keyed := string(header) == manifestHeader
	switch {
	case ok && (keyed || string(header) == manifestHeaderV3 || string(header) == manifestHeaderV2):
		var id []byte
		id, rest, ok = bytes.Cut(rest, []byte{'\n'})
		if !ok || string(id) != "tree "+tree {
			return nil, ""
		}
		if string(header) != manifestHeaderV2 {
			var in []byte
			in, rest, ok = bytes.Cut(rest, []byte{'\n'})
			if !ok || !bytes.HasPrefix(in, []byte("input ")) {
				return nil, ""
			}
			input = string(in[len("input "):])
		}
	case ok && string(header) == manifestHeaderV1:
	default:
		return nil, ""
	}
	m = make(manifest, bytes.Count(rest, []byte{'\n'}))
	for len(rest) > 0 {
		var line []byte
		line, rest, ok = bytes.Cut(rest, []byte{'\n'})
		if !ok {
			return nil, ""
		}
		p, e, ok := parseManifestLine(string(line), keyed)
		if !ok {
			return nil, ""
		}
		m[p] = e
	}
	return m, input
}

func parseManifestLine(line string, keyed bool) (string, manifestEntry, bool) {
	n := 4
	if keyed {
		n = 5
	}
	f := strings.SplitN(line, "\t", n)
	if len(f) != n || len(f[0]) != 2*hashSize || f[n-1] == "" {
		return "", manifestEntry{}, false
	}
	var e manifestEntry
	if keyed {
		e.key = f[3]
		f[3] = f[4]
	}
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

// writeManifest writes the manifest of the build whose files are files,
// staged in the folder tree (see treeID), with the fingerprint of its
// input, through a temporary file renamed into place.
func writeManifest(name string, files map[string]*fileState, tree, input string) error {
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
	bw.WriteString(manifestHeader + "\ntree " + tree + "\ninput " + input + "\n")
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
		bw.WriteString(e.key)
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
