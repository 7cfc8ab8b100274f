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

// renderPages renders the site's pages with its theme.
func renderPages(src fs.FS, ds *data.Dataset, s *score.Scores, out publish.Sink, p *Progress) error {
	emit := out.Emit
	th, err := theme.ForSite(src, &ds.Site)
	if err != nil {
		return err
	}
	opts := render.Options{Theme: th, ECharts: chart.CDNURL, EChartsIntegrity: chart.CDNIntegrity}
	if ds.Site.ECharts != "cdn" {
		var b []byte
		if ds.Site.ECharts == "theme" {
			b, err = th.ReadFile(themeECharts)
		} else {
			b, err = fs.ReadFile(src, ds.Site.ECharts)
		}
		if err != nil {
			return fmt.Errorf("echarts: %w", err)
		}
		sum := sha512.Sum384(b)
		opts.ECharts, opts.EChartsIntegrity = vendoredECharts, "sha384-"+base64.StdEncoding.EncodeToString(sum[:])
		if err := emit(vendoredECharts, b); err != nil {
			return err
		}
	}
	r := render.NewRenderer(opts, ds.Site.UnsafeHTML)
	st := site.New(ds, s, r.Words)
	p.Total.Store(int64(len(st.Pages)))
	err = r.Render(st, func(f render.File) error {
		if f.Page {
			p.Pages.Add(1)
		}
		if f.Draw != nil {
			return out.EmitDrawn(f.Path, f.Draw)
		}
		return emit(f.Path, f.Data)
	})
	if err != nil {
		return err
	}
	return emitSearch(st, emit)
}
