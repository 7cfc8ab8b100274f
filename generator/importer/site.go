package importer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

// LoadSite loads, validates and scores a site, as rapor check does.
func LoadSite(fsys fs.FS) (*data.Dataset, data.Diagnostics) {
	ds, diags := data.Load(fsys)
	if diags.HasErrors() {
		return ds, diags
	}
	_, warnings := score.Compute(ds)
	diags = append(diags, warnings...)
	diags.Sort()
	return ds, diags
}

// ChooseScale returns the scale of an imported year: the one named by id
// if given; else the scale the site already uses for that year; else that
// of the latest year before it; else the site's only scale. The error
// says what to give instead.
func ChooseScale(ds *data.Dataset, year int, id string) (*data.Scale, error) {
	var same, before *data.Year
	for _, y := range ds.Years {
		if y.Year == year {
			same = y
		}
		if y.Year < year {
			before = y
		}
	}
	if id != "" {
		s := ds.Scale(id)
		switch {
		case s == nil:
			return nil, fmt.Errorf("scale %q is not declared in %s; it declares %s", id, data.ScalesFile, scaleList(ds))
		case same != nil && same.Scale != s:
			return nil, fmt.Errorf("%d already uses scale %q in %s; all files of a year use one scale: give --scale %s or leave --scale out",
				year, same.Scale.ID, strings.Join(same.Files, ", "), same.Scale.ID)
		}
		return s, nil
	}
	switch {
	case same != nil:
		return same.Scale, nil
	case before != nil:
		return before.Scale, nil
	case len(ds.Scales) == 1:
		return ds.Scales[0], nil
	case len(ds.Scales) == 0:
		return nil, fmt.Errorf("%s declares no scale; add the scale of %d first", data.ScalesFile, year)
	}
	return nil, fmt.Errorf("give the scale of %d with --scale: one of %s", year, scaleList(ds))
}

func scaleList(ds *data.Dataset) string {
	ids := make([]string, len(ds.Scales))
	for i, s := range ds.Scales {
		ids[i] = s.ID
	}
	return strings.Join(ids, ", ")
}

// Validate checks the site base with the import's year file in it, and
// returns that file. before are the diagnostics of base alone: only the
// problems that the new file brings are returned, those in the new file
// at the sheet's cells they come from.
func Validate(base fs.FS, before data.Diagnostics, im *Import) ([]byte, Problems) {
	b, lines := im.encode()
	name := YearFile(im.Year)
	_, after := LoadSite(Overlay(base, name, b))
	old := map[string]int{}
	for _, d := range before {
		old[d.String()]++
	}
	rep := &report{sheet: im.Sheet}
	for _, d := range after {
		if s := d.String(); old[s] > 0 {
			old[s]--
			continue
		}
		if d.File == name && d.Pos.Line >= 1 && d.Pos.Line <= len(lines) && lines[d.Pos.Line-1].row > 0 {
			ref := lines[d.Pos.Line-1]
			rep.add(d.Severity, ref.row, ref.col, d.Message, d.Template)
			continue
		}
		rep.list = append(rep.list, Problem{Severity: d.Severity, Place: placeOf(d), Message: d.Message, elsewhere: true, file: d.File, template: d.Template})
	}
	rep.list.Sort()
	return b, rep.list
}

// placeOf is the file:line:col a diagnostic is at.
func placeOf(d data.Diagnostic) string {
	d.Message, d.Severity = "", data.Error
	return strings.TrimSuffix(d.String(), ": ")
}

// ErrExists is returned by WriteFile when the file exists and may not be
// replaced.
var ErrExists = errors.New("file exists")

// WriteFile writes b to name atomically: into a temporary file in the
// same folder, then renamed. It replaces an existing file only when
// replace is true. The folder is made if needed.
func WriteFile(name string, b []byte, replace bool) (err error) {
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(name)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if replace {
		return os.Rename(tmp.Name(), name)
	}
	// A hard link fails where the file exists, so that a file made since
	// the caller looked is not replaced.
	if err := os.Link(tmp.Name(), name); err == nil || errors.Is(err, fs.ErrExist) {
		os.Remove(tmp.Name())
		if err != nil {
			return fmt.Errorf("%s: %w", name, ErrExists)
		}
		return nil
	}
	// The file system has no hard links.
	if _, err := os.Lstat(name); err == nil {
		return fmt.Errorf("%s: %w", name, ErrExists)
	}
	return os.Rename(tmp.Name(), name)
}
