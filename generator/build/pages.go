package build

import (
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/render"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
	"github.com/rapor-publik/rapor/themes"
)

// vendoredECharts is where a self-hosted chart library is published.
const vendoredECharts = "assets/vendor/echarts.min.js"

// renderPages renders the site's pages with its theme.
func renderPages(src fs.FS, ds *data.Dataset, s *score.Scores) ([]file, error) {
	var own fs.FS
	if sub, err := fs.Sub(src, "themes/"+ds.Site.Theme); err == nil {
		if _, err := fs.Stat(sub, "."); err == nil {
			own = sub
		}
	}
	if own == nil && ds.Site.Theme != "default" {
		return nil, fmt.Errorf("theme %q: the folder themes/%s does not exist", ds.Site.Theme, ds.Site.Theme)
	}
	th, err := render.LoadTheme(own, themes.Default(), ds.Site.Languages)
	if err != nil {
		return nil, err
	}
	opts := render.Options{Theme: th, ECharts: chart.CDNURL, EChartsIntegrity: chart.CDNIntegrity}
	var files []file
	if ds.Site.ECharts != "cdn" {
		b, err := fs.ReadFile(src, ds.Site.ECharts)
		if err != nil {
			return nil, fmt.Errorf("echarts: %w", err)
		}
		sum := sha512.Sum384(b)
		opts.ECharts, opts.EChartsIntegrity = vendoredECharts, "sha384-"+base64.StdEncoding.EncodeToString(sum[:])
		files = append(files, file{vendoredECharts, b})
	}
	r := render.NewRenderer(opts, ds.Site.UnsafeHTML)
	st := site.New(ds, s, r.Words)
	out, err := r.Render(st)
	if err != nil {
		return nil, err
	}
	for _, f := range out {
		files = append(files, file{f.Path, f.Data})
	}
	return files, checkUnique(files)
}

// checkUnique reports two files written to one path: a content page and
// a generated page, say.
func checkUnique(files []file) error {
	seen := make(map[string]bool, len(files))
	var errs []error
	for _, f := range files {
		if seen[f.path] {
			errs = append(errs, fmt.Errorf("two files would be written to %s", f.path))
		}
		seen[f.path] = true
	}
	return errors.Join(errs...)
}
