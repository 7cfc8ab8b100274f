// Package sitefs opens a site folder as an fs.FS that reads nothing from
// outside it. A link inside the site is followed only where it stays in
// the site folder and is relative; a link that leaves the folder, an
// absolute link, a dangling link and a file that is not a regular file
// or a folder (a named pipe, a device, a socket) are refused with an
// error that says which and how to fix it. Opening never blocks on a
// named pipe.
//
// The stages read the site through this FS, so that a pull request
// built by a CI runner cannot publish the runner's files through a link
// (themes/<name>/static/, the echarts file, data/ and content/ alike).
package sitefs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
)

// FS is a site folder opened with os.Root. It is an fs.StatFS and an
// fs.ReadLinkFS.
type FS struct {
	root *os.Root
}

// Open opens the site folder dir. Close it when done.
func Open(dir string) (*FS, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &FS{root: root}, nil
}

// Close closes the folder.
func (f *FS) Close() error { return f.root.Close() }

// Open opens the file or folder name (slash-separated, relative to the
// site folder) for reading.
func (f *FS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	file, err := f.root.OpenFile(name, os.O_RDONLY|nonBlocking, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: f.explain(name, err)}
	}
	info, err := file.Stat()
	if err != nil {
		file.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	if err := checkMode(info.Mode()); err != nil {
		file.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return file, nil
}

// Stat describes the file or folder name, following links that stay in
// the site folder.
func (f *FS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	info, err := f.root.Stat(name)
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: f.explain(name, err)}
	}
	return info, nil
}

// Lstat describes name without following it if it is a link.
func (f *FS) Lstat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "lstat", Path: name, Err: fs.ErrInvalid}
	}
	info, err := f.root.Lstat(name)
	if err != nil {
		return nil, &fs.PathError{Op: "lstat", Path: name, Err: f.explain(name, err)}
	}
	return info, nil
}

// ReadLink returns what the link name points at, as written.
func (f *FS) ReadLink(name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	target, err := f.root.Readlink(name)
	if err != nil {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: f.explain(name, err)}
	}
	return target, nil
}

// NotRegularError is the error for a file that is neither a regular
// file nor a folder.
type NotRegularError struct{ Mode fs.FileMode }

func (e *NotRegularError) Error() string {
	return fmt.Sprintf("is %s, not a regular file: Rapor reads only regular files; replace it with a file or remove it", kindOf(e.Mode))
}

// LinkError is the error for a link Rapor does not follow.
type LinkError struct {
	Link   string // the link, relative to the site folder
	Target string // what it points at, as written in the link
	Reason string // "outside", "absolute" or "dangling"
}

func (e *LinkError) Error() string {
	at := ""
	if e.Link != "" {
		at = e.Link + " "
	}
	switch e.Reason {
	case "absolute":
		return fmt.Sprintf("%sis a link to the absolute path %q: Rapor follows only relative links that stay inside the site folder; copy the file into the site, or make the link relative", at, e.Target)
	case "dangling":
		return fmt.Sprintf("%sis a link to %q, which does not exist: point the link at an existing file, or remove it", at, e.Target)
	}
	return fmt.Sprintf("%sis a link to %q, outside the site folder: Rapor reads nothing from outside the site; copy the file into the site instead", at, e.Target)
}

// checkMode refuses what is neither a regular file nor a folder.
func checkMode(m fs.FileMode) error {
	if m.IsRegular() || m.IsDir() {
		return nil
	}
	return &NotRegularError{Mode: m}
}

func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeIrregular != 0:
		return "an irregular file"
	}
	return "not a regular file"
}

// explain turns the error of opening name into a LinkError where a link
// on the way is why: one that leaves the folder, is absolute or dangles.
// Other errors are returned as they are, without their path.
func (f *FS) explain(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	dir := "."
	for _, part := range strings.Split(name, "/") {
		p := path.Join(dir, part)
		info, lerr := f.root.Lstat(p)
		if lerr != nil {
			return err
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			if le := f.checkLink(dir, p); le != nil {
				return le
			}
		}
		dir = p
	}
	return err
}

// checkLink says why the link p, in the folder dir, cannot be followed;
// nil when it can (the problem is elsewhere).
func (f *FS) checkLink(dir, p string) error {
	target, err := f.root.Readlink(p)
	if err != nil {
		return nil
	}
	switch {
	case path.IsAbs(target) || strings.HasPrefix(target, `\`) || len(target) > 1 && target[1] == ':':
		return &LinkError{Link: p, Target: target, Reason: "absolute"}
	case escapes(path.Join(dir, target)):
		return &LinkError{Link: p, Target: target, Reason: "outside"}
	}
	if _, err := f.root.Stat(p); errors.Is(err, fs.ErrNotExist) {
		return &LinkError{Link: p, Target: target, Reason: "dangling"}
	}
	return nil
}

// escapes reports whether a cleaned relative path leaves its folder.
func escapes(p string) bool { return p == ".." || strings.HasPrefix(p, "../") }

var (
	_ fs.StatFS     = (*FS)(nil)
	_ fs.ReadLinkFS = (*FS)(nil)
)

// Problem describes why the file name could not be opened when a link or
// the kind of file is why, in words to follow name in a message ("name:
// is a link to …"); ok is false for other errors (a missing file, no
// permission), which the caller words itself.
func Problem(name string, err error) (text string, ok bool) {
	if le, isLink := errors.AsType[*LinkError](err); isLink {
		if le.Link == name {
			short := *le
			short.Link = ""
			return short.Error(), true
		}
		return le.Error(), true
	}
	if nr, isMode := errors.AsType[*NotRegularError](err); isMode {
		return nr.Error(), true
	}
	return "", false
}
