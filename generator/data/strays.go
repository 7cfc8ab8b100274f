package data

import (
	"io/fs"
	"path"
	"strings"
)

// YearsDir is the folder of the year files.
const YearsDir = "data/years"

// checkStrays reports the files under data/years/ and content/ that
// Load does not read, and that an editor most likely meant it to: a year
// file in a subfolder or named .TOML, a page named .MD (errors), and any
// other file there (a warning: it is neither read nor published).
// Hidden files and folders and editors' backups (ending in ~) are let be;
// what is not a plain file or folder is not this check's business.
func (l *loader) checkStrays() {
	l.walkStrays(YearsDir, func(name string, top bool) {
		r, ext := l.report(name), path.Ext(name)
		switch {
		case top && ext == ".toml":
		case strings.EqualFold(ext, ".toml") && top:
			r.errorf(Pos{}, "this year file is not read: year files end in .toml, in lower case; rename it to %s", strings.TrimSuffix(path.Base(name), ext)+".toml")
		case strings.EqualFold(ext, ".toml"):
			flat := strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(name, YearsDir+"/"), ext), "/", "-") + ".toml"
			r.errorf(Pos{}, "this year file is not read: year files live directly in %s/, not in a folder of it; move it to %s/%s", YearsDir, YearsDir, flat)
		default:
			r.warnf(Pos{}, "this file is not read: %s/ holds year files, which end in .toml; move it out of %s/", YearsDir, YearsDir)
		}
	})
	l.walkStrays(ContentDir, func(name string, _ bool) {
		r, ext := l.report(name), path.Ext(name)
		switch {
		case ext == ".md":
		case strings.EqualFold(ext, ".md"):
			r.errorf(Pos{}, "this page is not built: pages end in .md, in lower case; rename it to %s", strings.TrimSuffix(path.Base(name), ext)+".md")
		default:
			r.warnf(Pos{}, "this file is neither read nor published: %s/ holds pages, which end in .md; rename it to end in .md if it is a page, or move it out of %s/", ContentDir, ContentDir)
		}
	})
}

// walkStrays calls check for every plain file under dir that is not
// hidden or a backup; top tells whether it lies directly in dir. A
// missing dir has no files.
func (l *loader) walkStrays(dir string, check func(name string, top bool)) {
	fs.WalkDir(l.fsys, dir, func(name string, d fs.DirEntry, err error) error {
		base := path.Base(name)
		switch {
		case err != nil || name == dir:
			return nil // reported where the files are read
		case strings.HasPrefix(base, "."):
			if d.IsDir() {
				return fs.SkipDir
			}
		case strings.HasSuffix(base, "~"):
		case d.Type().IsRegular():
			check(name, path.Dir(name) == dir)
		}
		return nil
	})
}
