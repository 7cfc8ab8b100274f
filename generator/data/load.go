package data

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/rapor-publik/rapor/generator/sitefs"
)

// Source file names, relative to the site folder.
const (
	SiteFile     = "data/site.toml"
	EntitiesFile = "data/entities.toml"
	ScalesFile   = "data/scales.toml"
	YearsGlob    = "data/years/*.toml"
	ContentDir   = "content"
)

// Load reads and validates the site source in fsys. The diagnostics are
// sorted by file and position; the dataset is complete only when they hold
// no error.
func Load(fsys fs.FS) (*Dataset, Diagnostics) { return LoadWith(fsys, Options{}) }

// LoadWith is Load with options: the checks that need today's date, and
// a cache of parsed documents.
func LoadWith(fsys fs.FS, opts Options) (*Dataset, Diagnostics) {
	defer opts.Cache.endLoad()
	l := &loader{
		opts:    opts,
		fsys:    fsys,
		slugPos: map[*Entity]Pos{},
		unread:  map[string]*unread{},
		ds: &Dataset{
			kinds:     map[string]*Kind{},
			unitTypes: map[string]*UnitType{},
			entities:  map[string]*Entity{},
			scales:    map[string]*Scale{},
		},
	}
	l.loadSite()
	l.loadEntities()
	l.loadScales()
	l.loadYears()
	l.ds.Site.Updated = updated(l.ds.Years)
	l.loadContent()
	l.loadMaps()
	l.checkStrays()
	l.noteUnchecked()
	l.diags.Sort()
	return l.ds, l.diags
}

type loader struct {
	opts    Options
	fsys    fs.FS
	ds      *Dataset
	diags   Diagnostics
	slugPos map[*Entity]Pos // where each body's slug comes from
	// unread holds entities.toml and scales.toml when they could not be
	// read, with the references to them left unchecked (see unchecked).
	unread map[string]*unread
}

// unread is a file the others refer to that could not be read: where its
// problem is, and how many references to it were not checked.
type unread struct {
	at        Pos
	unchecked int
}

func (l *loader) report(file string) report { return report{file: file, diags: &l.diags} }

// read returns a file's bytes, reporting it when it cannot be read.
// A file over its size limit is reported and not read.
func (l *loader) read(name string, required bool) ([]byte, bool) {
	if size := statSize(l.fsys, name); size > 0 && !checkSize(l.report(name), size) {
		return nil, false
	}
	b, err := fs.ReadFile(l.fsys, name)
	problem, refused := sitefs.Problem(name, err)
	switch {
	case err == nil:
		return b, checkSize(l.report(name), int64(len(b))) // it may have grown
	case refused:
		l.report(name).errorf(Pos{}, "%s", problem)
	case errors.Is(err, fs.ErrNotExist) && !required:
		return nil, false
	case errors.Is(err, fs.ErrNotExist):
		l.report(name).errorf(Pos{}, "file not found; every site needs %s (see the README for its format)", name)
	default:
		l.report(name).errorf(Pos{}, "cannot read: %v", unwrapPath(err))
	}
	return nil, false
}

// parse reads and parses a required TOML file; nil when it is missing or
// not valid TOML (the problem is reported).
func (l *loader) parse(name string) *table {
	b, ok := l.read(name, true)
	var t *table
	if ok {
		t = parseTOML(l.report(name), b, 0, l.opts.Cache)
	}
	if t == nil {
		u := &unread{}
		for _, d := range l.diags {
			if d.File == name {
				u.at = d.Pos
			}
		}
		l.unread[name] = u
	}
	return t
}

// unchecked reports whether file, which others refer to, could not be
// read: a name the others take from it is then not reported as unknown,
// which would only follow from that, but counted.
func (l *loader) unchecked(file string) bool {
	u, ok := l.unread[file]
	if ok {
		u.unchecked++
	}
	return ok
}

// noteUnchecked tells, in a file that could not be read, how many of the
// references to it were not checked.
func (l *loader) noteUnchecked() {
	for _, file := range []string{EntitiesFile, ScalesFile} {
		if u := l.unread[file]; u != nil && u.unchecked > 0 {
			l.report(file).warnf(u.at, "%d references to this file in year files and pages were not checked, since it could not be read; run rapor check again once it is fixed", u.unchecked)
		}
	}
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// updated is the latest date the years give: an announcement, or a
// source's publication.
func updated(ys []*Year) Date {
	var last Date
	see := func(d *Date) {
		if d != nil && d.After(last) {
			last = *d
		}
	}
	for _, y := range ys {
		see(y.Announced)
		for _, src := range y.Sources {
			see(src.Published)
		}
	}
	return last
}
