package pipeline

import (
	"io/fs"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/publish"
)

// Files is a built site held in memory: each output file's bytes by its
// slash path in the output folder ("kabupaten/lebong/index.html").
type Files = publish.Files

// BuildFiles checks the site and renders it into memory, writing nothing.
// It gives the same files as Build. Share cards that prev (a previous
// build, or nil) holds are taken from it.
func BuildFiles(src fs.FS, prev Files) (Files, Result, error) {
	m := publish.NewMemory(prev, nil, false)
	res, err := buildInto(m, src, data.Options{})
	if err != nil {
		return nil, res, err
	}
	return m.Files(), res, nil
}

// buildInto checks the site and renders it into the memory sink m.
func buildInto(m *publish.Memory, src fs.FS, opts data.Options) (Result, error) {
	ds, scores, diags := CheckWith(src, opts)
	res := Result{Diagnostics: diags}
	if diags.HasErrors() {
		return res, ErrInvalid
	}
	if err := renderAll(src, ds, scores, m, &Progress{}); err != nil {
		return res, err
	}
	for p, b := range m.Files() {
		res.Files++
		res.Written++
		res.Bytes += int64(len(b))
		if strings.HasSuffix(p, ".html") {
			res.Pages++
		}
	}
	res.Files += len(m.Drawings())
	res.Rendered = res.Pages
	return res, nil
}
