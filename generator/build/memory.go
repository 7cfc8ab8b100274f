package build

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/rapor-publik/rapor/generator/data"
)

// Files is a built site held in memory: each output file's bytes by its
// slash path in the output folder ("kabupaten/lebong/index.html").
type Files map[string][]byte

// BuildFiles checks the site and renders it into memory, writing nothing.
// It gives the same files as Build. Share cards that prev (a previous
// build, or nil) holds are taken from it.
func BuildFiles(src fs.FS, prev Files) (Files, Result, error) {
	m := &memory{files: Files{}, prev: prev}
	res, err := m.build(src, data.Options{})
	if err != nil {
		return nil, res, err
	}
	return m.files, res, nil
}

// Preview is a build for a preview server: the files, and the share
// cards, drawn only when asked for. Its Get is safe for concurrent use.
type Preview struct {
	mu    sync.Mutex
	files Files
	draws map[string]func() ([]byte, error)
}

// BuildPreview checks the site and renders it into memory, leaving its
// share cards to be drawn when Get asks for them; cards prev (nil for
// none) has drawn or could draw are taken from it.
func BuildPreview(src fs.FS, prev *Preview) (*Preview, Result, error) {
	return BuildPreviewWith(src, prev, data.Options{})
}

// BuildPreviewWith is BuildPreview with the loader's options (such as
// today's date, for news dated after it).
func BuildPreviewWith(src fs.FS, prev *Preview, opts data.Options) (*Preview, Result, error) {
	m := &memory{files: Files{}, draws: map[string]func() ([]byte, error){}}
	if prev != nil {
		m.prev, m.prevDraws = prev.cards()
	}
	res, err := m.build(src, opts)
	if err != nil {
		return nil, res, err
	}
	return &Preview{files: m.files, draws: m.draws}, res, nil
}

// cards copies the share cards of a preview, drawn and not, so that a
// new build can take them while the old one is still served.
func (p *Preview) cards() (Files, map[string]func() ([]byte, error)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	drawn := Files{}
	for name, b := range p.files {
		if strings.HasPrefix(path.Base(name), "card-") {
			drawn[name] = b
		}
	}
	draws := make(map[string]func() ([]byte, error), len(p.draws))
	for name, d := range p.draws {
		draws[name] = d
	}
	return drawn, draws
}

// Get returns a file of the build, drawing it the first time when it is a
// share card.
func (p *Preview) Get(name string) ([]byte, bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if b, ok := p.files[name]; ok {
		return b, true, nil
	}
	draw, ok := p.draws[name]
	if !ok {
		return nil, false, nil
	}
	b, err := draw()
	if err != nil {
		return nil, true, err
	}
	p.files[name] = b
	delete(p.draws, name)
	return b, true, nil
}

// Has reports whether the build has a file, drawn or not.
func (p *Preview) Has(name string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.files[name]
	_, lazy := p.draws[name]
	return ok || lazy
}

// memory collects emitted files; its methods are safe for concurrent use.
type memory struct {
	mu        sync.Mutex
	files     Files
	prev      Files
	draws     map[string]func() ([]byte, error) // nil: draw at once
	prevDraws map[string]func() ([]byte, error)
}

func (m *memory) build(src fs.FS, opts data.Options) (Result, error) {
	ds, scores, diags := CheckWith(src, opts)
	res := Result{Diagnostics: diags}
	if diags.HasErrors() {
		return res, ErrInvalid
	}
	if err := renderAll(src, ds, scores, m, &Progress{}); err != nil {
		return res, err
	}
	for p, b := range m.files {
		res.Files++
		res.Written++
		res.Bytes += int64(len(b))
		if strings.HasSuffix(p, ".html") {
			res.Pages++
		}
	}
	res.Files += len(m.draws)
	return res, nil
}

func (m *memory) emit(p string, data []byte) error {
	return m.put(p, func() { m.files[p] = data })
}

// put claims a path, refusing one that leaves the output or was emitted
// before, and stores its file with store, under the lock.
func (m *memory) put(p string, store func()) error {
	if !fs.ValidPath(p) || p != path.Clean(p) {
		return fmt.Errorf("output path %q leaves the output folder", p)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	_, lazy := m.draws[p]
	if _, ok := m.files[p]; ok || lazy {
		return fmt.Errorf("two files would be written to %s", p)
	}
	store()
	return nil
}

// emitDrawn takes a file from the previous build where it has it (its
// path names its content), else draws it, or, for a preview, keeps the
// drawing for later.
func (m *memory) emitDrawn(p string, draw func() ([]byte, error)) error {
	if b, ok := m.prev[p]; ok {
		return m.emit(p, b)
	}
	if m.draws == nil {
		b, err := draw()
		if err != nil {
			return fmt.Errorf("draw %s: %w", p, err)
		}
		return m.emit(p, b)
	}
	if d, ok := m.prevDraws[p]; ok {
		draw = d
	}
	return m.put(p, func() { m.draws[p] = draw })
}
