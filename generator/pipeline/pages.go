package pipeline

import (
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"io/fs"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/publish"
	"github.com/rapor-publik/rapor/generator/render"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
	"github.com/rapor-publik/rapor/generator/theme"
)

// vendoredECharts is where a self-hosted chart library is published.
const vendoredECharts = "assets/vendor/echarts.min.js"

// themeECharts is the theme's own build of the chart library, served
// when site.toml leaves echarts out or says "theme".
const themeECharts = "vendor/echarts.min.js"

// siteRender is the render stage set up for a site: its renderer, with
// the site's theme, and its pages.
type siteRender struct {
	r  *render.Renderer
	st *site.Site
	// echarts is the self-hosted chart library, published at
	// vendoredECharts; nil where pages load it from the CDN.
	echarts []byte
}

// prepareRender loads the site's theme and chart library and plans its
// pages.
func prepareRender(src fs.FS, ds *data.Dataset, s *score.Scores) (*siteRender, error) {
	th, err := theme.ForSite(src, &ds.Site)
	if err != nil {
		return nil, err
	}
	sr := &siteRender{}
	opts := render.Options{Theme: th, ECharts: chart.CDNURL, EChartsIntegrity: chart.CDNIntegrity, Salt: executableHash()}
	if ds.Site.ECharts != "cdn" {
		if ds.Site.ECharts == "theme" {
			sr.echarts, err = th.ReadFile(themeECharts)
		} else {
			sr.echarts, err = fs.ReadFile(src, ds.Site.ECharts)
		}
		if err != nil {
			return nil, fmt.Errorf("echarts: %w", err)
		}
		sum := sha512.Sum384(sr.echarts)
		opts.ECharts, opts.EChartsIntegrity = vendoredECharts, "sha384-"+base64.StdEncoding.EncodeToString(sum[:])
	}
	sr.r = render.NewRenderer(opts, ds.Site.UnsafeHTML)
	sr.st = site.New(ds, s, sr.r.Words)
	sr.r.Use(sr.st)
	return sr, nil
}

// emitFile hands a rendered file to a sink: one to draw (a share card)
// with EmitDrawn.
func emitFile(out publish.Sink, f render.File) error {
	switch {
	case f.Draw != nil:
		return out.EmitDrawn(f.Path, f.Draw)
	case f.Make != nil:
		return out.EmitKeyed(f.Path, f.Key, f.Make)
	}
	return out.Emit(f.Path, f.Data)
}

// assets publishes the chart library and the search indexes.
func (sr *siteRender) assets(emit emitFunc) error {
	if sr.echarts != nil {
		if err := emit(vendoredECharts, sr.echarts); err != nil {
			return err
		}
	}
	return emitSearch(sr.st, emit)
}

// renderPages renders the site's pages with its theme.
func renderPages(src fs.FS, ds *data.Dataset, s *score.Scores, out publish.Sink, p *Progress) error {
	sr, err := prepareRender(src, ds, s)
	if err != nil {
		return err
	}
	p.Total.Store(int64(len(sr.st.Pages)))
	err = sr.r.Render(sr.st, func(f render.File) error {
		if f.Page {
			p.Pages.Add(1)
		}
		return emitFile(out, f)
	})
	if err != nil {
		return err
	}
	return sr.assets(out.Emit)
}
