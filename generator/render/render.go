package render

import (
	"bytes"
	"fmt"
	"io/fs"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/yuin/goldmark"

	"github.com/rapor-publik/rapor/generator/site"
)

// File is one output file.
type File struct {
	Path string // slash-separated, relative to the output folder
	Data []byte
}

// Options says how to render.
type Options struct {
	Theme *Theme
	// ECharts is the chart library's script: its address relative to the
	// site root ("assets/vendor/echarts.min.js") or an absolute URL, with
	// its Subresource Integrity hash.
	ECharts, EChartsIntegrity string
}

// Renderer renders the pages of one site.
type Renderer struct {
	opts  Options
	words *words
	md    goldmark.Markdown
	site  *site.Site
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
	r.site = s
	if err := r.pages(s.Pages, emit); err != nil {
		return err
	}
	extra, err := r.siteFiles(s)
	if err != nil {
		return err
	}
	static, err := r.staticFiles()
	if err != nil {
		return err
	}
	for _, f := range append(extra, static...) {
		if err := emit(f); err != nil {
			return err
		}
	}
	return r.words.err()
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
				b, err := r.page(p)
				if err == nil {
					err = emit(File{Path: p.OutputPath(), Data: b})
				} else {
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

// page renders one page with its kind's layout inside the base layout.
func (r *Renderer) page(p *site.Page) ([]byte, error) {
	c, err := r.context(p)
	if err != nil {
		return nil, err
	}
	t := r.opts.Theme.layout.Lookup(string(p.Kind))
	if t == nil {
		return nil, fmt.Errorf("the theme has no layout %s.html", p.Kind)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, c); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// staticFiles copies the theme's static/ folder to assets/.
func (r *Renderer) staticFiles() ([]File, error) {
	var out []File
	for _, name := range r.opts.Theme.static {
		b, err := fs.ReadFile(r.opts.Theme.files, name)
		if err != nil {
			return nil, fmt.Errorf("theme: %w", err)
		}
		out = append(out, File{Path: "assets/" + strings.TrimPrefix(name, "static/"), Data: b})
	}
	return out, nil
}
