package render

import (
	"bytes"
	"fmt"
	"github.com/rapor-publik/rapor/generator/assemble"
	"html/template"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/yuin/goldmark"

	"github.com/rapor-publik/rapor/generator/site"
	"github.com/rapor-publik/rapor/generator/theme"
)

// File is one output file.
type File struct {
	Path string // slash-separated, relative to the output folder
	Data []byte
	Page bool // one of the site's pages (not an embed, feed or asset)
	// Draw makes Data, for a file costly to make whose path names its
	// content (a share card): the build calls it only when the previous
	// output lacks the file.
	Draw func() ([]byte, error)
	// Make makes Data, for a page rendered from a View, and Key is the
	// View's fingerprint with the site key ("" where there is none): the
	// build calls Make only when the previous output's file at Path was
	// not made with the same Key.
	Make func() ([]byte, error)
	Key  string
}

// Options says how to render.
type Options struct {
	Theme *theme.Theme
	// ECharts is the chart library's script: its address relative to the
	// site root ("assets/vendor/echarts.min.js") or an absolute URL, with
	// its Subresource Integrity hash.
	ECharts, EChartsIntegrity string
	// Salt names the program that renders (a hash of the executable),
	// for the pages' keys (SiteKey); "" renders every page on every
	// build.
	Salt string
}

// Renderer renders the pages of one site.
type Renderer struct {
	opts  Options
	words *words
	md    goldmark.Markdown
	site  *site.Site
	// shared holds the shared partials rendered for this site, by
	// sharedKey (Context.Shared).
	shared *sync.Map
	// maps holds the maps' regions rendered for this site, by Map.Key.
	maps *sync.Map
	// asm makes the Views of the site's pages.
	asm *assemble.Assembler
	// siteKey is SiteKey, for the site rendered.
	siteKey string
}

// NewRenderer prepares rendering with a theme; Words gives the theme's
// translations to site.New.
func NewRenderer(opts Options, unsafeHTML bool) *Renderer {
	return &Renderer{opts: opts, words: &words{th: opts.Theme}, md: newMarkdown(unsafeHTML)}
}

// Words translates the theme's keys.
func (r *Renderer) Words(lang, key string, args ...string) string {
	return r.words.T(lang, key, args...)
}

// Render renders every page of s, then the feed, sitemap, robots.txt
// and the theme's static files, and hands each file to emit as soon as
// it is made. emit is called from several goroutines at once.
func (r *Renderer) Render(s *site.Site, emit func(File) error) error {
	r.use(s)
	if err := r.pages(s.Pages, emit); err != nil {
		return err
	}
	files, err := r.SiteFiles(s)
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := emit(f); err != nil {
			return err
		}
	}
	return r.words.err()
}

// Page renders one page of s, as Render would: its HTML, its share card
// (to be drawn) and the embed pages of its charts. Use must have made s
// the site rendered. Safe for concurrent use.
func (r *Renderer) Page(p *site.Page) ([]File, error) {
	files, err := r.page(p)
	for i := range files {
		if f := &files[i]; err == nil && f.Make != nil {
			f.Data, err = f.Make()
			f.Make = nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("render %s: %w", p.URL, err)
	}
	return files, r.words.err()
}

// PagePlan is Page with the files of a page with a View left to make:
// their Make makes them (see File.Key).
func (r *Renderer) PagePlan(p *site.Page) ([]File, error) {
	files, err := r.page(p)
	if err != nil {
		return nil, fmt.Errorf("render %s: %w", p.URL, err)
	}
	return files, nil
}

// WordsErr is the error of a word a layout asked for that the theme lacks.
func (r *Renderer) WordsErr() error { return r.words.err() }

// SiteFiles renders what Render makes besides the pages: the feed, the
// sitemap, robots.txt (Feeds) and the theme's static files (Static).
func (r *Renderer) SiteFiles(s *site.Site) ([]File, error) {
	extra, err := r.Feeds(s)
	if err != nil {
		return nil, err
	}
	static, err := r.Static()
	if err != nil {
		return nil, err
	}
	return append(extra, static...), nil
}

// Feeds renders the feed of each language, the sitemap and robots.txt.
func (r *Renderer) Feeds(s *site.Site) ([]File, error) { return r.siteFiles(s) }

// Static is the theme's static files, published under assets/.
func (r *Renderer) Static() ([]File, error) { return r.staticFiles() }

// Use makes s the site rendered by Page, forgetting what was rendered
// for another.
func (r *Renderer) Use(s *site.Site) { r.use(s) }

// use makes s the site rendered, forgetting what was rendered for another.
func (r *Renderer) use(s *site.Site) {
	r.site = s
	r.shared = new(sync.Map)
	r.maps = new(sync.Map)
	r.asm = assemble.New(s, assemble.Options{
		Words:    r.words.T,
		Markdown: func(b []byte) (template.HTML, error) { return markdown(r.md, b) },
		ECharts:  r.opts.ECharts, EChartsIntegrity: r.opts.EChartsIntegrity,
		Shared: r.sharedPartial,
	})
	r.siteKey = r.makeSiteKey(s)
}

// pages renders pages on every core, handing each to emit; it stops at
// the first error.
func (r *Renderer) pages(pages []*site.Page, emit func(File) error) error {
	errs := make([]error, len(pages))
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(pages)) {
		wg.Go(func() {
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= len(pages) {
					return
				}
				p := pages[i]
				files, err := r.page(p)
				for _, f := range files {
					if err != nil {
						break
					}
					err = emit(f)
				}
				if err != nil {
					err = fmt.Errorf("render %s: %w", p.URL, err)
				}
				if err != nil {
					errs[i] = err
					failed.Store(true)
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// page plans one page, and the embed page of each of its charts where it
// is a body's or a province's page: their files' Make renders each View
// with its kind's layout.
func (r *Renderer) page(p *site.Page) ([]File, error) {
	pg, err := r.asm.Page(p)
	if err != nil {
		return nil, err
	}
	f, err := r.viewFile(pg.View, true)
	if err != nil {
		return nil, err
	}
	files := []File{f}
	if cf := pg.Card; cf != nil {
		files = append(files, File{Path: cf.Path, Draw: cf.Draw})
	}
	for _, e := range pg.Embeds {
		f, err := r.viewFile(e, false)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// buffers hold pages as they are executed. A page is then copied out at
// its size: growing a new buffer by doubling for each of half a million
// pages cost more than the copy.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// staticFiles copies the theme's static/ folder to assets/.
func (r *Renderer) staticFiles() ([]File, error) {
	var out []File
	for _, name := range r.opts.Theme.Static() {
		b, err := r.opts.Theme.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("theme: %w", err)
		}
		out = append(out, File{Path: "assets/" + strings.TrimPrefix(name, "static/"), Data: b})
	}
	return out, nil
}
