package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/export"
	"github.com/rapor-publik/rapor/generator/score"
)

// ErrInvalid is returned when the source has errors; the diagnostics say
// which.
var ErrInvalid = errors.New("the site has errors")

// Result tells what a build did.
type Result struct {
	Diagnostics data.Diagnostics // errors and warnings, sorted
	Files       int              // files published
	Bytes       int64            // bytes published
	Pages       int              // HTML pages among the files
	Written     int              // files written; the others, unchanged, were kept from the previous output
}

// Check loads, validates and scores the site without writing anything.
func Check(src fs.FS) (*data.Dataset, *score.Scores, data.Diagnostics) {
	ds, diags := data.Load(src)
	if diags.HasErrors() {
		return ds, nil, diags
	}
	scores, warnings := score.Compute(ds)
	diags = append(diags, warnings...)
	diags.Sort()
	return ds, scores, diags
}

// Build checks the site in src and, when it has no errors, publishes it
// into the folder out.
func Build(ctx context.Context, src fs.FS, out string) (Result, error) {
	ds, scores, diags := Check(src)
	res := Result{Diagnostics: diags}
	if diags.HasErrors() {
		return res, ErrInvalid
	}
	files, err := renderAll(src, ds, scores)
	if err != nil {
		return res, err
	}
	for _, f := range files {
		res.Files++
		res.Bytes += int64(len(f.data))
		if strings.HasSuffix(f.path, ".html") {
			res.Pages++
		}
	}
	res.Written, err = publish(ctx, out, files)
	return res, err
}

// file is one output file: a slash-separated path and its bytes.
type file struct {
	path string
	data []byte
}

// renderAll produces every output file, in a fixed order: the pages,
// the theme's files, the chart library and the export.
func renderAll(src fs.FS, ds *data.Dataset, s *score.Scores) ([]file, error) {
	files, err := renderPages(src, ds, s)
	if err != nil {
		return nil, err
	}
	for _, y := range s.Years {
		var b bytes.Buffer
		if err := export.WriteCSV(&b, y); err != nil {
			return nil, fmt.Errorf("export %d: %w", y.Year, err)
		}
		files = append(files, file{export.CSVName(y.Year), b.Bytes()})
	}
	var b bytes.Buffer
	if err := export.WriteJSON(&b, ds, s); err != nil {
		return nil, fmt.Errorf("export json: %w", err)
	}
	files = append(files, file{export.JSONName, b.Bytes()})
	return files, nil
}
