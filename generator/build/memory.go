package build

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
)

// Files is a built site held in memory: each output file's bytes by its
// slash path in the output folder ("kabupaten/lebong/index.html").
type Files map[string][]byte

// BuildFiles checks the site and renders it into memory, writing nothing:
// what a preview server serves. It gives the same files as Build.
func BuildFiles(src fs.FS) (Files, Result, error) {
	ds, scores, diags := Check(src)
	res := Result{Diagnostics: diags}
	if diags.HasErrors() {
		return nil, res, ErrInvalid
	}
	m := &memory{files: Files{}}
	if err := renderAll(src, ds, scores, m.emit, &Progress{}); err != nil {
		return nil, res, err
	}
	for p, b := range m.files {
		res.Files++
		res.Written++
		res.Bytes += int64(len(b))
		if strings.HasSuffix(p, ".html") {
			res.Pages++
		}
	}
	return m.files, res, nil
}

// memory collects emitted files; its emit is safe for concurrent use.
type memory struct {
	mu    sync.Mutex
	files Files
}

func (m *memory) emit(p string, data []byte) error {
	if !fs.ValidPath(p) || p != path.Clean(p) {
		return fmt.Errorf("output path %q leaves the output folder", p)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.files[p]; ok {
		return fmt.Errorf("two files would be written to %s", p)
	}
	m.files[p] = data
	return nil
}
