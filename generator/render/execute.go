package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/rapor-publik/rapor/generator/chart"
	"html/template"
	"strings"

	"github.com/rapor-publik/rapor/generator/assemble"
	"github.com/rapor-publik/rapor/generator/site"
)

// finishCharts makes the figure and the embed code of the View's charts,
// once: a page and its embed pages share them, and a page's files are
// made one after another.
func (r *Renderer) finishCharts(v *assemble.View) error {
	charts := v.Charts
	if v.Embed != nil {
		charts = append(charts, v.Embed.Chart)
	}
	for _, vc := range charts {
		if vc.Figure != "" {
			continue
		}
		var b bytes.Buffer
		fig := chartFigure{Chart: vc.Chart, Data: v.T("chart.data"), Interactive: v.T("chart.interactive"), Sources: vc.Sources}
		if err := r.opts.Theme.Layouts().ExecuteTemplate(&b, "partials/chart-figure", fig); err != nil {
			return err
		}
		vc.Figure = template.HTML(b.String()) // html/template's escaped output
		if vc.Snippet != nil {
			b.Reset()
			if err := r.opts.Theme.Layouts().ExecuteTemplate(&b, "partials/embed-snippet", vc.Snippet); err != nil {
				return err
			}
			vc.Embed = strings.TrimSpace(b.String())
		}
	}
	return nil
}

// finishMap renders the regions of the View's map, and its legend and
// table, once for all the pages that share them (assemble.Map.Key).
func (r *Renderer) finishMap(v *assemble.View) error {
	m := v.Map
	if m == nil || m.Shapes != "" {
		return nil
	}
	var err error
	if m.Shapes, err = r.mapPart(m, "partials/map-regions"); err != nil {
		return err
	}
	m.Details, err = r.mapPart(m, "partials/map-details")
	return err
}

func (r *Renderer) mapPart(m *assemble.Map, partial string) (template.HTML, error) {
	key := m.Key + "\x00" + partial
	if h, ok := r.maps.Load(key); ok {
		return h.(template.HTML), nil
	}
	var b bytes.Buffer
	if err := r.opts.Theme.Layouts().ExecuteTemplate(&b, partial, m); err != nil {
		return "", err
	}
	h, _ := r.maps.LoadOrStore(key, template.HTML(b.String())) // html/template's escaped output
	return h.(template.HTML), nil
}

// executeView renders a View with its kind's layout.
func (r *Renderer) executeView(v *assemble.View) ([]byte, error) {
	if err := r.finishCharts(v); err != nil {
		return nil, err
	}
	if err := r.finishMap(v); err != nil {
		return nil, err
	}
	t := r.opts.Theme.Layouts().Lookup(string(v.Page.Kind))
	if t == nil {
		return nil, fmt.Errorf("the theme has no layout %s.html", v.Page.Kind)
	}
	b := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(b)
	b.Reset()
	if err := t.Execute(b, v); err != nil {
		return nil, err
	}
	return bytes.Clone(b.Bytes()), nil
}

// viewFile is the file of a View: made only when asked for, and keyed by
// the View's fingerprint with the site key, so that a build can keep the
// file of a previous build with the same key instead of making it.
func (r *Renderer) viewFile(v *assemble.View, page bool) (File, error) {
	f := File{Path: strings.TrimPrefix(v.Page.URL, "/"), Page: page}
	if strings.HasSuffix(f.Path, "/") || f.Path == "" {
		f.Path += "index.html"
	}
	f.Make = func() ([]byte, error) { return r.executeView(v) }
	if r.siteKey == "" {
		return f, nil
	}
	fp, err := v.Fingerprint()
	if err != nil {
		return File{}, err
	}
	sum := sha256.Sum256([]byte(r.siteKey + "\n" + fp))
	f.Key = hex.EncodeToString(sum[:16])
	return f, nil
}

// SiteKey is a hash of everything a View's page reads besides its View:
// the theme's files and words, the site's settings, what the shared
// partials show (each language's links and the latest year), the chart
// library, and Options.Salt, which names the program. "" where the
// Options give no Salt: then no page is keyed, and every one is made.
func (r *Renderer) SiteKey() string { return r.siteKey }

func (r *Renderer) makeSiteKey(s *site.Site) string {
	if r.opts.Salt == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "rapor site key 1\nsalt %s\ntheme %s\necharts %q %q\n", r.opts.Salt, r.opts.Theme.Sum(), r.opts.ECharts, r.opts.EChartsIntegrity)
	enc := json.NewEncoder(h)
	if err := enc.Encode(s.Data.Site); err != nil {
		return ""
	}
	if s.Latest != nil {
		fmt.Fprintf(h, "latest %d\n", s.Latest.Year)
	}
	for _, l := range s.Languages {
		fmt.Fprintf(h, "language %q %q %v\n", l.Code, l.Prefix, l.Default)
		if err := enc.Encode(assemble.LanguageLinks(s, l, func(t string) string { return t })); err != nil {
			return ""
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// chartFigure is the data of the partial "chart-figure".
type chartFigure struct {
	Chart *chart.Chart
	Data  string // the summary of the table: "Data grafik"
	// Interactive is the label of the button that makes the chart
	// interactive: "Grafik interaktif".
	Interactive string
	// Sources names the sources of the figures drawn, so that the chart
	// names them on its page and embedded elsewhere.
	Sources string
}
