package data

import (
	"cmp"
	"fmt"
	"io/fs"
	"net/url"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// yearFile is one data/years/*.toml file before the files of its year are
// merged.
type yearFile struct {
	t            *table
	name         string
	year         int
	scale        *Scale
	title        string
	announced    *Date
	illustrative bool
	sources      []*Source
	results      []*yearResult
	assessed     []*Assessed // in file order
	// assessedSource is the id in assessed_source, resolved when the
	// year's sources are merged.
	assessedSource     string
	distribution       *Distribution
	distributionSource string
}

// yearResult is a result with the citations still to resolve.
type yearResult struct {
	*Result
	t         *table
	sourceIDs []string
	sourcePos []Pos
}

// loadYears reads every data/years/*.toml and merges the files of a year.
func (l *loader) loadYears() {
	names, err := fs.Glob(l.fsys, YearsGlob)
	if err != nil {
		l.report(YearsGlob).errorf(Pos{}, "cannot list year files: %v", err)
		return
	}
	sort.Strings(names)
	// Parsing, the costly part, runs on every core; each file reports
	// into its own list, added to the site's at the end.
	parsed := make([]struct {
		t     *table
		diags Diagnostics
	}, len(names))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(names); i = int(next.Add(1) - 1) {
				fl := &loader{fsys: l.fsys}
				if b, ok := fl.read(names[i], true); ok {
					parsed[i].t = parseTOML(report{file: names[i], diags: &parsed[i].diags}, b, 0, l.opts.Cache)
				}
				parsed[i].diags = append(parsed[i].diags, fl.diags...)
			}
		})
	}
	wg.Wait()
	byYear := map[int][]*yearFile{}
	for i, name := range names {
		if f := l.readYearFile(name, parsed[i].t); f != nil {
			byYear[f.year] = append(byYear[f.year], f)
		}
	}
	years := make([]int, 0, len(byYear))
	for y := range byYear {
		years = append(years, y)
	}
	slices.Sort(years)
	for _, y := range years {
		if merged := l.mergeYear(byYear[y]); len(merged.Results) > 0 {
			l.ds.Years = append(l.ds.Years, merged)
		} else {
			l.warnNoResults(byYear[y])
		}
	}
	// The year files' tables report into these lists, also while merged.
	for _, p := range parsed {
		l.diags = append(l.diags, p.diags...)
	}
}

// warnNoResults tells that a year whose files hold no [[result]] is left
// out of the site: it would otherwise be the latest year, shown empty on
// the home page. Where its files have results that failed, those errors
// say enough.
func (l *loader) warnNoResults(files []*yearFile) {
	for _, f := range files {
		if f.t.has("result") {
			return
		}
	}
	f := files[0]
	where := f.name
	if len(files) > 1 {
		where = fmt.Sprintf("any of its %d files", len(files))
	}
	f.t.f.warnf(f.t.valuePos("year"), "%d has no results (no [[result]] in %s), so the site leaves it out: no page for %d, and the home page shows the latest year with results; add its results, or leave the file out until they are published",
		f.year, where, f.year)
}

// readYearFile reads the parsed year file name (nil when it could not be
// read or parsed); nil when it has no usable year.
func (l *loader) readYearFile(name string, t *table) *yearFile {
	if t == nil {
		return nil
	}
	f := &yearFile{t: t, name: name}
	year, ok := t.integer("year")
	switch {
	case !t.has("year"):
		t.f.errorf(Pos{Line: 1, Col: 1}, "the file does not say its year; add year = 2024 at the top")
	case ok && (year < 1000 || year > 9999):
		t.valueErrorf("year", "year %d must have four digits, such as 2024", year)
		ok = false
	}
	if id := t.reqStr("scale", `scale = "opini-2022"`); id != "" {
		if f.scale = l.ds.scales[id]; f.scale == nil && !l.unchecked(ScalesFile) {
			t.valueErrorf("scale", "scale %q is not declared in %s%s", id, ScalesFile, didYouMean(id, l.scaleIDs()))
		}
	}
	f.title = t.str("title")
	f.announced = t.date("announced")
	f.illustrative = t.boolean("illustrative")
	if at := t.sub("assessed", "assessed"); at != nil {
		f.assessed = l.readAssessed(at, name)
	}
	f.assessedSource = t.str("assessed_source")
	if f.assessedSource != "" && !t.has("assessed") {
		t.valueErrorf("assessed_source", "assessed_source names the source of assessed, but this file gives no assessed; add assessed = { kabupaten = 416 } or remove assessed_source")
	}
	if dt := t.sub("distribution", "distribution"); dt != nil {
		f.distribution = readDistribution(dt, f.scale, name, t.valuePos("distribution"))
	}
	f.distributionSource = t.str("distribution_source")
	if f.distributionSource != "" && !t.has("distribution") {
		t.valueErrorf("distribution_source", "distribution_source names the source of distribution, but this file gives no distribution; add distribution = { A = 337, B = 157 } or remove distribution_source")
	}
	for _, st := range t.tables("source", "[[source]]") {
		f.sources = append(f.sources, readSource(st, name))
	}
	for _, rt := range t.tables("result", "[[result]]") {
		if r := l.readResult(rt, f); r != nil {
			f.results = append(f.results, r)
		}
	}
	t.done()
	if !ok {
		return nil
	}
	f.year = year
	return f
}

func readSource(t *table, file string) *Source {
	s := &Source{File: file}
	s.ID = t.reqStr("id", `id = "radarbengkulu-868"`)
	s.Pos = t.keyPos("id")
	s.Title = t.reqStr("title", `title = "Judul artikel"`)
	s.URL = t.str("url")
	switch {
	case t.has("url") && strings.TrimSpace(s.URL) == "":
		if _, isStr := t.m["url"].(string); isStr {
			t.valueErrorf("url", "url is empty; leave it out when the source has no address, or write it like \"https://example.org/artikel\"")
		}
	case s.URL != "" && !webAddress(s.URL):
		t.valueErrorf("url", "url %q must be a full http or https address, such as \"https://example.org/artikel\"", s.URL)
	}
	s.Published = t.date("published")
	s.Outlet = optionalText(t, "outlet", `outlet = "Krakatau Radio"`)
	s.Quoting = optionalText(t, "quoting", `quoting = "Bupati Pandeglang"`)
	t.done()
	return s
}

// optionalText reads an optional string that, where given, is not blank.
func optionalText(t *table, k, example string) string {
	s := t.str(k)
	if _, isStr := t.m[k].(string); isStr && strings.TrimSpace(s) == "" {
		t.valueErrorf(k, "%s is empty; leave it out or write it like %s", k, example)
	}
	return s
}

// keysInOrder are the table's keys in the file's order, so that
// messages come in reading order.
func (t *table) keysInOrder() []string {
	keys := make([]string, 0, len(t.m))
	for k := range t.m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		pa, pb := t.keyPos(a), t.keyPos(b)
		return cmp.Or(cmp.Compare(pa.Line, pb.Line), cmp.Compare(pa.Col, pb.Col), strings.Compare(a, b))
	})
	return keys
}

// readAssessed reads assessed = { kind = count, … }, in file order.
func (l *loader) readAssessed(t *table, file string) []*Assessed {
	var out []*Assessed
	for _, k := range t.keysInOrder() {
		n, ok := t.integer(k)
		kind := l.ds.kinds[k]
		switch {
		case kind == nil && l.unchecked(EntitiesFile):
		case kind == nil:
			t.errorf(k, "assessed names kind %q, which is not declared in %s%s; its keys are kind ids, such as kabupaten = 416",
				k, EntitiesFile, didYouMean(k, l.kindIDs()))
		case ok && n < 1:
			t.valueErrorf(k, "assessed %s = %d must be 1 or more: the number of bodies of kind %q assessed that year", k, n, k)
		case ok:
			out = append(out, &Assessed{Kind: kind, Count: n, File: file, Pos: t.valuePos(k)})
		}
	}
	return out
}

// readDistribution reads distribution = { grade = count, … }: how many
// bodies got each grade of the year's scale, as published.
func readDistribution(t *table, scale *Scale, file string, pos Pos) *Distribution {
	d := &Distribution{File: file, Pos: pos}
	for _, k := range t.keysInOrder() {
		n, ok := t.integer(k)
		var g *Grade
		if scale != nil {
			g = scale.GradeByID(k)
		}
		switch {
		case scale == nil:
		case g == nil:
			t.errorf(k, "distribution names grade %q, which scale %q does not have; its keys are the scale's grade ids: %s",
				k, scale.ID, strings.Join(gradeIDs(scale), ", "))
		case ok && n < 0:
			t.valueErrorf(k, "distribution %s = %d must be 0 or more: the number of bodies that got grade %q that year", k, n, k)
		case ok:
			d.Counts = append(d.Counts, GradeCount{Grade: g, Count: n})
		}
	}
	slices.SortFunc(d.Counts, func(a, b GradeCount) int { return cmp.Compare(a.Grade.Index, b.Grade.Index) })
	return d
}

func gradeIDs(s *Scale) []string {
	ids := make([]string, len(s.Grades))
	for i, g := range s.Grades {
		ids[i] = g.ID
	}
	return ids
}

func webAddress(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// mergeYear merges the files of one year, reporting what they disagree on
// and what they give twice.
func (l *loader) mergeYear(files []*yearFile) *Year {
	first := files[0]
	y := &Year{Year: first.year, Scale: first.scale, sources: map[string]*Source{}}
	var titleFrom, announcedFrom *yearFile
	for _, f := range files {
		y.Files = append(y.Files, f.name)
		if f != first && f.scale != nil && first.scale != nil && f.scale != first.scale {
			f.t.valueErrorf("scale", "scale %q differs from %q given for %d in %s:%d; all files of a year use one scale",
				f.scale.ID, first.scale.ID, y.Year, first.name, first.t.valuePos("scale").Line)
		}
		if f.title != "" {
			if titleFrom == nil {
				y.Title, titleFrom = f.title, f
			} else if f.title != y.Title {
				f.t.valueErrorf("title", "title differs from the one given for %d in %s:%d; give it once, or the same in every file of the year",
					y.Year, titleFrom.name, titleFrom.t.valuePos("title").Line)
			}
		}
		if f.announced != nil {
			if announcedFrom == nil {
				y.Announced, announcedFrom = f.announced, f
			} else if *f.announced != *y.Announced {
				f.t.valueErrorf("announced", "announced %s differs from %s given for %d in %s:%d",
					f.announced, y.Announced, y.Year, announcedFrom.name, announcedFrom.t.valuePos("announced").Line)
			}
		}
		l.mergeSources(y, f)
	}
	for _, f := range files {
		l.mergeAssessed(y, f)
		l.mergeDistribution(y, f)
	}
	seen := map[*Entity]*Result{}
	for _, f := range files {
		for _, r := range f.results {
			l.addResult(y, seen, r)
		}
	}
	l.checkAssessed(y)
	l.checkDistribution(y)
	return y
}

// mergeDistribution takes a file's published distribution of grades, with
// its distribution_source; the files of a year that give one must give
// the same.
func (l *loader) mergeDistribution(y *Year, f *yearFile) {
	d := f.distribution
	if d == nil {
		return
	}
	if id := f.distributionSource; id != "" {
		if d.Source = y.sources[id]; d.Source == nil {
			f.t.valueErrorf("distribution_source", "distribution_source %q is not declared in any [[source]] of %d%s", id, y.Year, didYouMean(id, sourceIDs(y)))
		}
	}
	switch prev := y.Distribution; {
	case prev == nil:
		y.Distribution = d
	case !slices.Equal(prev.Counts, d.Counts):
		l.report(f.name).errorf(d.Pos, "distribution differs from the one given for %d in %s:%d; a year has one published distribution: give it once, or the same in every file",
			y.Year, prev.File, prev.Pos.Line)
	case prev.Source == nil:
		prev.Source = d.Source
	}
}

// checkDistribution reports a grade that more of the year's results have
// than its published distribution says got it.
func (l *loader) checkDistribution(y *Year) {
	d := y.Distribution
	if d == nil || y.Scale == nil {
		return
	}
	have := map[*Grade]int{}
	for _, r := range y.Results {
		g := r.Grade
		if r.HasScore && !y.Scale.GivenGrades {
			g = y.Scale.Grade(r.Score)
		}
		if g != nil {
			have[g]++
		}
	}
	for _, c := range d.Counts {
		if n := have[c.Grade]; n > c.Count {
			l.report(d.File).errorf(d.Pos, "distribution %s = %d, but %d has %d results with grade %q; correct the count, or check the results",
				c.Grade.ID, c.Count, y.Year, n, c.Grade.ID)
		}
	}
}

// mergeAssessed adds a file's counts of bodies assessed to its year,
// with the file's assessed_source; files of a year must agree on a kind's
// count.
func (l *loader) mergeAssessed(y *Year, f *yearFile) {
	var src *Source
	if id := f.assessedSource; id != "" {
		if src = y.sources[id]; src == nil {
			f.t.valueErrorf("assessed_source", "assessed_source %q is not declared in any [[source]] of %d%s", id, y.Year, didYouMean(id, sourceIDs(y)))
		}
	}
	for _, a := range f.assessed {
		a.Source = src
		prev := y.AssessedCount(a.Kind)
		switch {
		case prev == nil:
			y.Assessed = append(y.Assessed, a)
		case prev.Count != a.Count:
			l.report(f.name).errorf(a.Pos, "assessed %s = %d differs from %d given for %d in %s:%d; a year has one count per kind",
				a.Kind.ID, a.Count, prev.Count, y.Year, prev.File, prev.Pos.Line)
		case prev.Source == nil:
			prev.Source = src
		}
	}
	slices.SortStableFunc(y.Assessed, func(a, b *Assessed) int { return cmp.Compare(a.Kind.Index, b.Kind.Index) })
}

// checkAssessed reports a year with more results of a kind than its
// count of bodies assessed says.
func (l *loader) checkAssessed(y *Year) {
	for _, a := range y.Assessed {
		n := 0
		for _, r := range y.Results {
			if r.Entity.Kind == a.Kind {
				n++
			}
		}
		if n > a.Count {
			l.report(a.File).errorf(a.Pos, "assessed %s = %d, but %d has %d results of kind %q; correct the count, or check the results",
				a.Kind.ID, a.Count, y.Year, n, a.Kind.ID)
		}
	}
}

func (l *loader) mergeSources(y *Year, f *yearFile) {
	for _, s := range f.sources {
		if s.ID == "" {
			continue
		}
		if prev, dup := y.sources[s.ID]; dup {
			l.report(f.name).errorf(s.Pos, "source %q is declared twice for %d (first in %s:%d); give each source its own id",
				s.ID, y.Year, prev.File, prev.Pos.Line)
			continue
		}
		y.sources[s.ID] = s
		y.Sources = append(y.Sources, s)
	}
}

// addResult adds a result to its year once its citations resolve.
func (l *loader) addResult(y *Year, seen map[*Entity]*Result, r *yearResult) {
	if r.Entity == nil {
		return
	}
	if prev, dup := seen[r.Entity]; dup {
		r.t.valueErrorf("entity", "%s has two results for %d (first in %s:%d); keep one",
			r.Entity.Name, y.Year, prev.File, prev.Pos.Line)
		return
	}
	seen[r.Entity] = r.Result
	for i, id := range r.sourceIDs {
		s := y.sources[id]
		switch {
		case s == nil:
			r.t.f.errorf(r.sourcePos[i], "source %q is not declared in any [[source]] of %d%s", id, y.Year, didYouMean(id, sourceIDs(y)))
		case slices.Contains(r.Sources, s):
			r.t.f.errorf(r.sourcePos[i], "source %q is cited twice", id)
		default:
			r.Sources = append(r.Sources, s)
		}
	}
	y.Results = append(y.Results, r.Result)
}

func sourceIDs(y *Year) []string {
	ids := make([]string, len(y.Sources))
	for i, s := range y.Sources {
		ids[i] = s.ID
	}
	return ids
}

func (l *loader) scaleIDs() []string {
	ids := make([]string, len(l.ds.Scales))
	for i, s := range l.ds.Scales {
		ids[i] = s.ID
	}
	return ids
}
