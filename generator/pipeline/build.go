package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sync/atomic"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/export"
	"github.com/rapor-publik/rapor/generator/publish"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/theme"
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
	Rendered    int              // pages rendered: 0 where the output was this build already
	Written     int              // files written; the others, unchanged, were kept from the previous output
	Notes       []string         // what publishing has to tell: files it kept, an interrupted build it recovered
}

// Check loads, validates and scores the site without writing anything,
// and checks its theme as the render stage would load it: a site that
// Check passes starts to render.
func Check(src fs.FS) (*data.Dataset, *score.Scores, data.Diagnostics) {
	return CheckWith(src, data.Options{})
}

// CheckWith is Check with the options of the load (today's date).
func CheckWith(src fs.FS, opts data.Options) (*data.Dataset, *score.Scores, data.Diagnostics) {
	ds, diags := data.LoadWith(src, opts)
	if problems := theme.Check(src, &ds.Site); len(problems) > 0 {
		diags = append(diags, problems...)
		diags.Sort()
	}
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
	return BuildWithProgress(ctx, src, out, nil, data.Options{})
}

// Progress tells, while a build runs, how far it is: Total pages planned
// (0 until the site is planned) and Pages published so far. A caller may
// read it from another goroutine.
type Progress struct {
	Total, Pages atomic.Int64
}

// BuildWithProgress is Build, counting its pages in p (which may be nil),
// with the load's options, which change only the diagnostics.
func BuildWithProgress(ctx context.Context, src fs.FS, out string, p *Progress, opts data.Options) (Result, error) {
	o, err := publish.Open(out)
	if err != nil {
		return Result{Notes: o.Notes()}, err
	}
	defer o.Close()
	ds, scores, diags := CheckWith(src, opts)
	res := Result{Diagnostics: diags, Notes: o.Notes()}
	if diags.HasErrors() {
		return res, ErrInvalid
	}
	if p == nil {
		p = &Progress{}
	}
	input := inputFingerprint(src, &ds.Site)
	if o.Unchanged(input) {
		// The output is this very build already: nothing to render.
		c := o.Counts()
		p.Total.Store(int64(c.Pages))
		p.Pages.Store(int64(c.Pages))
		res.Files, res.Bytes, res.Pages = c.Files, c.Bytes, c.Pages
		return res, nil
	}
	err = o.Publish(ctx, input, func(s publish.Sink) error { return renderAll(src, ds, scores, s, p) })
	c := o.Counts()
	res.Files, res.Bytes, res.Pages, res.Written = c.Files, c.Bytes, c.Pages, c.Written
	res.Rendered = c.Pages - c.Unmade
	res.Notes = o.Notes()
	return res, err
}

// emitFunc publishes one output file; render stages call it from several
// goroutines at once.
type emitFunc func(path string, data []byte) error

// renderAll produces every output file: the pages, the theme's files,
// the chart library and the export. The export is written while the
// pages render.
func renderAll(src fs.FS, ds *data.Dataset, s *score.Scores, out publish.Sink, p *Progress) error {
	exported := make(chan error, 1)
	go func() { exported <- exportAll(ds, s, out.Emit) }()
	err := renderPages(src, ds, s, out, p)
	if eerr := <-exported; err == nil {
		err = eerr
	}
	return err
}

// exportAll writes the export: a CSV per year, a CSV per body with
// results, and the JSON of the whole site.
func exportAll(ds *data.Dataset, s *score.Scores, emit emitFunc) error {
	for _, y := range s.Years {
		var b bytes.Buffer
		if err := export.WriteCSV(&b, y); err != nil {
			return fmt.Errorf("export %d: %w", y.Year, err)
		}
		if err := emit(export.CSVName(y.Year), b.Bytes()); err != nil {
			return err
		}
	}
	for _, e := range ds.Entities {
		h := s.History(e)
		if h == nil {
			continue
		}
		var b bytes.Buffer
		if err := export.WriteHistoryCSV(&b, h); err != nil {
			return fmt.Errorf("export %s: %w", e.Code, err)
		}
		if err := emit(export.HistoryName(e), b.Bytes()); err != nil {
			return err
		}
	}
	var b bytes.Buffer
	if err := export.WriteJSON(&b, ds, s); err != nil {
		return fmt.Errorf("export json: %w", err)
	}
	return emit(export.JSONName, b.Bytes())
}
