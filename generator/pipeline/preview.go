package pipeline

import (
	"github.com/rapor-publik/rapor/generator/assemble"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/export"
	"github.com/rapor-publik/rapor/generator/publish"
	"github.com/rapor-publik/rapor/generator/render"
	"github.com/rapor-publik/rapor/generator/search"
	"github.com/rapor-publik/rapor/generator/site"
)

// Preview is a build for a preview server that renders on request: the
// site is checked, scored and its pages planned when it is made, and a
// file is made when Get first asks for it: a page with its share card
// and the embed pages of its charts, or one group of the other files
// (the theme's files, feed and sitemap; the search indexes; the
// export). A share card is drawn when it is asked for. Every file is the
// one Build writes, byte for byte. Its methods are safe for concurrent
// use.
type Preview struct {
	mu    sync.Mutex
	sr    *siteRender
	out   *publish.Memory
	pages map[string]*site.Page // by output path; also embed folders and page folders, for what a page makes
	done  map[*site.Page]bool
	// groups make the files that are no page's, each once.
	groups []*group
}

// group is a set of files made together.
type group struct {
	owns func(name string) bool
	make func(out publish.Sink) error
	done bool
}

// BuildPreview checks the site and plans its preview (see Preview); share
// cards prev (nil for none) has drawn or could draw are taken from it.
func BuildPreview(src fs.FS, prev *Preview) (*Preview, Result, error) {
	return BuildPreviewWith(src, prev, data.Options{})
}

// BuildPreviewWith is BuildPreview with the loader's options (such as
// today's date, for news dated after it).
func BuildPreviewWith(src fs.FS, prev *Preview, opts data.Options) (*Preview, Result, error) {
	ds, scores, diags := CheckWith(src, opts)
	res := Result{Diagnostics: diags}
	if diags.HasErrors() {
		return nil, res, ErrInvalid
	}
	sr, err := prepareRender(src, ds, scores)
	if err != nil {
		return nil, res, err
	}
	p := &Preview{sr: sr, pages: map[string]*site.Page{}, done: map[*site.Page]bool{}}
	if prev != nil {
		p.out = publish.NewMemory(prev.cards())
		p.out.TakeKeyed(prev.keyed())
	} else {
		p.out = publish.NewMemory(nil, nil, true)
	}
	for _, pg := range sr.st.Pages {
		out := pg.OutputPath()
		p.pages[out] = pg
		if dir, ok := strings.CutSuffix(out, "index.html"); ok && dir != "" {
			p.pages[dir] = pg // its share card lies in its folder
		}
		if assemble.Embeddable(pg) {
			p.pages[embedFolder(pg)] = pg
		}
	}
	indexes, exported := map[string]bool{}, map[string]bool{export.JSONName: true}
	for _, l := range sr.st.Languages {
		indexes[search.Path(l.Code)] = true
	}
	for _, y := range scores.Years {
		exported[export.CSVName(y.Year)] = true
	}
	for _, e := range ds.Entities {
		if scores.History(e) != nil {
			exported[export.HistoryName(e)] = true
		}
	}
	p.groups = []*group{
		{owns: func(name string) bool { return indexes[name] },
			make: func(out publish.Sink) error { return emitSearch(sr.st, out.Emit) }},
		{owns: func(name string) bool { return exported[name] },
			make: func(out publish.Sink) error { return exportAll(ds, scores, out.Emit) }},
		{owns: func(name string) bool { return strings.HasPrefix(name, "assets/") },
			make: func(out publish.Sink) error {
				if sr.echarts != nil {
					if err := out.Emit(vendoredECharts, sr.echarts); err != nil {
						return err
					}
				}
				files, err := sr.r.Static()
				return emitFiles(out, files, err)
			}},
		{owns: func(string) bool { return true },
			make: func(out publish.Sink) error {
				files, err := sr.r.Feeds(sr.st)
				return emitFiles(out, files, err)
			}},
	}
	res.Pages = len(sr.st.Pages)
	return p, res, nil
}

// emitFiles hands rendered files to a sink, unless err.
func emitFiles(out publish.Sink, files []render.File, err error) error {
	for _, f := range files {
		if err == nil {
			err = emitFile(out, f)
		}
	}
	return err
}

// embedFolder is the folder of a page's embed pages, by output path
// ("embed/kabupaten/lebong/").
func embedFolder(pg *site.Page) string {
	u := site.EmbedURL(pg.Lang, pg.Entity, "x") // "/embed/kabupaten/lebong/x/"
	return strings.TrimPrefix(path.Dir(strings.TrimSuffix(u, "/")), "/") + "/"
}

// Get returns a file of the build, making it the first time.
func (p *Preview) Get(name string) ([]byte, bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.make(name); err != nil {
		return nil, true, err
	}
	if b, ok := p.out.Files()[name]; ok {
		return b, true, nil
	}
	draw, ok := p.out.Drawings()[name]
	if !ok {
		return nil, false, nil
	}
	b, err := draw()
	if err != nil {
		return nil, true, err
	}
	p.out.Drawn(name, b)
	return b, true, nil
}

// Has reports whether the build has a file, drawn or not.
func (p *Preview) Has(name string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.make(name) != nil {
		return true // it is there; Get tells its error
	}
	_, ok := p.out.Files()[name]
	_, lazy := p.out.Drawings()[name]
	return ok || lazy
}

// All makes every file of the build and returns them, share cards drawn:
// what Build would write.
func (p *Preview) All() (Files, error) {
	p.mu.Lock()
	for _, pg := range p.sr.st.Pages {
		if err := p.render(pg); err != nil {
			p.mu.Unlock()
			return nil, err
		}
	}
	for _, g := range p.groups {
		if err := p.produce(g); err != nil {
			p.mu.Unlock()
			return nil, err
		}
	}
	var names []string
	for name := range p.out.Drawings() {
		names = append(names, name)
	}
	p.mu.Unlock()
	for _, name := range names {
		if _, _, err := p.Get(name); err != nil {
			return nil, err
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	all := make(Files, len(p.out.Files()))
	for name, b := range p.out.Files() {
		all[name] = b
	}
	return all, nil
}

// make makes the file name where it is not made yet: the page that makes
// it, else the group that does. p.mu is held.
func (p *Preview) make(name string) error {
	if p.has(name) {
		return nil
	}
	// The page itself, or the page whose folder (or embed folder) holds it.
	for key := name; ; {
		if pg, ok := p.pages[key]; ok && !p.done[pg] {
			if err := p.render(pg); err != nil {
				return err
			}
			if p.has(name) {
				return nil
			}
		}
		dir := path.Dir(strings.TrimSuffix(key, "/"))
		if dir == "." {
			break
		}
		key = dir + "/"
	}
	for _, g := range p.groups {
		if g.owns(name) {
			if err := p.produce(g); err != nil || p.has(name) {
				return err
			}
		}
	}
	return nil
}

func (p *Preview) has(name string) bool {
	_, ok := p.out.Files()[name]
	_, lazy := p.out.Drawings()[name]
	return ok || lazy
}

// render renders a page, once.
func (p *Preview) render(pg *site.Page) error {
	if p.done[pg] {
		return nil
	}
	p.done[pg] = true
	files, err := p.sr.r.PagePlan(pg)
	if err = emitFiles(p.out, files, err); err != nil {
		return err
	}
	return p.sr.r.WordsErr()
}

// keyed are the pages the preview rendered, with their keys, for the next
// preview to take where their keys are the same (publish.Memory.TakeKeyed).
func (p *Preview) keyed() (Files, map[string]string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.Keyed()
}

// produce makes a group, once.
func (p *Preview) produce(g *group) error {
	if g.done {
		return nil
	}
	g.done = true
	return g.make(p.out)
}

// cards copies the share cards of a preview, drawn and not, so that a
// new build can take them while the old one is still served.
func (p *Preview) cards() (Files, map[string]publish.Draw, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	drawn := Files{}
	for name, b := range p.out.Files() {
		if strings.HasPrefix(path.Base(name), "card-") {
			drawn[name] = b
		}
	}
	draws := make(map[string]publish.Draw, len(p.out.Drawings()))
	for name, d := range p.out.Drawings() {
		draws[name] = d
	}
	return drawn, draws, true
}
