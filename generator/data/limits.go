package data

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/rapor-publik/rapor/generator/data/tomlpos"
)

// Every file is measured before it is parsed, so that no input makes a
// build, a check or the preview work without end: BurntSushi/toml takes
// time quadratic in the depth of nesting (8,000 levels, 32 KB, take ten
// seconds) and memory about ninety times a file's size.

// MaxDepth is how deeply TOML may nest arrays, inline tables and dotted
// keys; a site's data needs three or four levels.
const MaxDepth = 32

// The size limits, each several times the largest file of its kind in
// the village fixture (every desa of Indonesia: generator/fixture):
// entities.toml there is 9.7 MB, a year file 0.44 MB (4.3 MB if a
// year's 84,353 desa results were one file), site.toml and scales.toml
// under 1 KB; the sample site's longest page is 8 KB.
const (
	maxEntities = 40_000_000
	maxYear     = 16_000_000
	maxSmall    = 1_000_000 // site.toml, scales.toml, a theme's i18n file
	maxPage     = 4_000_000 // a content page, front matter and body
)

// SizeLimit returns how many bytes the site file name may hold, and what
// to do with a file over it.
func SizeLimit(name string) (limit int64, hint string) {
	switch {
	case name == EntitiesFile:
		return maxEntities, "the list of every desa in Indonesia is a quarter of that; check that this is the site's list of bodies"
	case path.Dir(name) == YearsDir:
		return maxYear, "split the year's results into several files, such as data/years/2024-jawa.toml and data/years/2024-sumatra.toml: the files of a year are read as one"
	case strings.HasSuffix(name, ".md"):
		return maxPage, "split the page into several pages"
	default:
		return maxSmall, "this file holds settings, a few lines; check that it is the right file"
	}
}

// checkSize reports a file over its size limit; false when it is.
func checkSize(r report, size int64) bool {
	limit, hint := SizeLimit(r.file)
	if size <= limit {
		return true
	}
	have, most := sizeText(size), sizeText(limit)
	if have == most {
		have = fmt.Sprintf("%d bytes", size)
		most = fmt.Sprintf("%d bytes (%s)", limit, most)
	}
	r.errorf(Pos{Line: 1, Col: 1}, "the file is %s, more than the %s a file of its kind may hold, and is not read; %s", have, most, hint)
	return false
}

// statSize is a file's size as fs.Stat gives it; -1 when unknown.
func statSize(fsys fs.FS, name string) int64 {
	info, err := fs.Stat(fsys, name)
	if err != nil || !info.Mode().IsRegular() {
		return -1
	}
	return info.Size()
}

// sizeText writes a size in bytes as people read it: 512 bytes, 1.5 MB
// (a million bytes, as file managers count).
func sizeText(n int64) string {
	switch {
	case n < 1_000:
		return fmt.Sprintf("%d bytes", n)
	case n < 1_000_000:
		return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/1e3), ".0") + " KB"
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", float64(n)/1e6), ".0") + " MB"
}

// checkDepth reports TOML nested deeper than MaxDepth; false when it is.
func (f *tomlFile) checkDepth(src []byte) bool {
	at, deep := tomlpos.TooDeep(src, MaxDepth)
	if deep {
		f.errorf(f.shift(Pos(at)), "this value is nested more than %d levels deep (arrays, inline tables and dotted keys), and the file is not read; a site's data needs three or four: close the brackets you opened, or write the inner tables as [table] sections", MaxDepth)
	}
	return !deep
}

// CheckTOML checks that src, the TOML text of the site file name, is
// within the size and depth limits, before anything parses it: nil when
// it is, else the problem at its place.
func CheckTOML(name string, src []byte) Diagnostics {
	var ds Diagnostics
	r := report{file: name, diags: &ds}
	if checkSize(r, int64(len(src))) {
		(&tomlFile{report: r}).checkDepth(src)
	}
	return ds
}
