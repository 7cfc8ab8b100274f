package pipeline

import (
	"io/fs"
	"path"
	"strings"
	"sync"

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

// Preview is a build for a preview server: the files, and the share
// cards, drawn only when asked for. Its Get is safe for concurrent use.
type Preview struct {
	mu    sync.Mutex
	files Files
	draws map[string]publish.Draw
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
	var m *publish.Memory
	if prev != nil {
		m = publish.NewMemory(prev.cards())
	} else {
		m = publish.NewMemory(nil, nil, true)
	}
	res, err := buildInto(m, src, opts)
	if err != nil {
		return nil, res, err
	}
	return &Preview{files: m.Files(), draws: m.Drawings()}, res, nil
}

// cards copies the share cards of a preview, drawn and not, so that a
// new build can take them while the old one is still served.
func (p *Preview) cards() (Files, map[string]publish.Draw, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	drawn := Files{}
	for name, b := range p.files {
		if strings.HasPrefix(path.Base(name), "card-") {
			drawn[name] = b
		}
	}
	draws := make(map[string]publish.Draw, len(p.draws))
	for name, d := range p.draws {
		draws[name] = d
	}
	return drawn, draws, true
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
