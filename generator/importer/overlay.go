package importer

import (
	"errors"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing/fstest"
)

// Overlay returns base with the file name (slash-separated) replaced by
// content, or added; a nil content hides the file. Load sees the site as
// it will be once the file is written, before anything is.
func Overlay(base fs.FS, name string, content []byte) fs.FS {
	o := &overlay{base: base, name: name}
	if content != nil {
		o.file = fstest.MapFS{name: &fstest.MapFile{Data: content, Mode: 0o644}}
	}
	return o
}

type overlay struct {
	base fs.FS
	name string
	file fstest.MapFS // holds name; nil when it is hidden
}

func (o *overlay) Open(name string) (fs.File, error) {
	switch name {
	case o.name:
		if o.file == nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
		}
		return o.file.Open(name)
	case path.Dir(o.name):
		f, err := o.base.Open(name)
		if errors.Is(err, fs.ErrNotExist) && o.file != nil {
			return o.file.Open(name) // a folder holding only the file
		}
		if err != nil {
			return nil, err
		}
		entries, err := o.ReadDir(name)
		if err != nil {
			f.Close()
			return nil, err
		}
		return &overlayDir{File: f, name: name, entries: entries}, nil
	}
	return o.base.Open(name)
}

func (o *overlay) Stat(name string) (fs.FileInfo, error) {
	if name != o.name {
		return fs.Stat(o.base, name)
	}
	if o.file == nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
	}
	return fs.Stat(o.file, name)
}

// ReadDir lists a folder of base, with the overlaid file in its folder;
// that folder exists even where base does not have it.
func (o *overlay) ReadDir(dir string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(o.base, dir)
	if dir != path.Dir(o.name) {
		return entries, err
	}
	if err != nil && (!errors.Is(err, fs.ErrNotExist) || o.file == nil) {
		return entries, err
	}
	base := path.Base(o.name)
	entries = slices.DeleteFunc(entries, func(e fs.DirEntry) bool { return e.Name() == base })
	if o.file != nil {
		info, err := fs.Stat(o.file, o.name)
		if err != nil {
			return nil, err
		}
		entries = append(entries, fs.FileInfoToDirEntry(info))
		slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	}
	return entries, nil
}

// overlayDir is the folder of the overlaid file, opened.
type overlayDir struct {
	fs.File // the base's folder, for Stat and Close
	name    string
	entries []fs.DirEntry
	read    int
}

func (d *overlayDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.name, Err: errors.New("is a directory")}
}

// ReadDir reads the folder's entries as fs.ReadDirFile says.
func (d *overlayDir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.read:]
	if n <= 0 {
		d.read = len(d.entries)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(rest))
	d.read += n
	return rest[:n], nil
}
