package data

import (
	"bytes"
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// loadContent reads the front matter of every content/**/*.md file.
func (l *loader) loadContent() {
	var names []string
	err := fs.WalkDir(l.fsys, ContentDir, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(name, ".md") {
			names = append(names, name)
		}
		return nil
	})
	if err != nil && !isNotExist(err) {
		l.report(ContentDir).errorf(Pos{}, "cannot list content files: %v", unwrapPath(err))
	}
	slices.Sort(names)
	urls := map[string]*Page{}
	for _, name := range names {
		p := l.readPage(name)
		if p == nil {
			continue
		}
		key := p.Lang + " " + p.Rel
		if first, dup := urls[key]; dup {
			l.report(name).errorf(Pos{Line: 1, Col: 1}, "this page has the same address as content/%s (language %q); rename one of them", first.Path, p.Lang)
			continue
		}
		urls[key] = p
		if !p.Draft {
			l.ds.Pages = append(l.ds.Pages, p)
		}
	}
}

// readPage reads one Markdown file's front matter; nil when unusable.
func (l *loader) readPage(name string) *Page {
	src, ok := l.read(name, true)
	if !ok {
		return nil
	}
	r := l.report(name)
	front, body, bodyLine, ok := splitFrontMatter(src)
	if !ok {
		r.errorf(Pos{Line: 1, Col: 1}, "a content file starts with TOML front matter between two +++ lines, such as:\n+++\ntitle = \"Judul\"\n+++")
		return nil
	}
	t := parseTOML(r, front, 1, l.opts.Cache)
	if t == nil {
		return nil
	}
	p := &Page{Path: strings.TrimPrefix(name, ContentDir+"/"), Body: body, BodyLine: bodyLine}
	l.readFrontMatter(t, p)
	if !l.placePage(r, t, p) {
		return nil
	}
	if today := l.opts.Today; p.Section == NewsSection && !p.Draft && p.Date != nil && !today.IsZero() && p.Date.After(today) {
		t.f.warnf(t.valuePos("date"), "date %s is after today, %s: the article is published with it, first in the news and the feed; check the date, or set draft = true until the day comes",
			p.Date, today)
	}
	return p
}

func (l *loader) readFrontMatter(t *table, p *Page) {
	p.Title = t.reqStr("title", `title = "Judul halaman"`)
	p.Date = t.date("date")
	codes, pos := t.strList("entities")
	for i, code := range codes {
		e := l.ds.entities[code]
		switch {
		case e == nil && l.unchecked(EntitiesFile):
		case e == nil:
			t.f.errorf(pos[i], "entity %q is not the code of any body in %s%s", code, EntitiesFile, l.codeHint(code))
		case slices.Contains(p.Entities, e):
			t.f.errorf(pos[i], "entity %q is listed twice", code)
		default:
			p.Entities = append(p.Entities, e)
		}
	}
	p.Summary = t.str("summary")
	p.Draft = t.boolean("draft")
	p.Lang = t.str("lang")
	if v, ok := t.get("params"); ok {
		if m, ok := v.(map[string]any); ok {
			p.Params = m
		} else {
			t.wrongType("params", "a table: [params]", v)
		}
	}
	t.done()
}

// placePage decides a page's language, address and section, reporting
// file names that cannot be addresses and addresses the site needs.
func (l *loader) placePage(r report, t *table, p *Page) bool {
	langs := l.ds.Site.Languages
	rel := strings.TrimSuffix(p.Path, ".md")
	segs := strings.Split(rel, "/")
	folderLang := ""
	if len(segs) > 1 && slices.Contains(langs[1:], segs[0]) {
		folderLang, segs = segs[0], segs[1:]
	}
	switch {
	case p.Lang == "" && folderLang != "":
		p.Lang = folderLang
	case p.Lang == "":
		p.Lang = langs[0]
	case folderLang != "" && p.Lang != folderLang:
		t.valueErrorf("lang", "lang %q contradicts the folder content/%s/; remove lang or move the file", p.Lang, folderLang)
		return false
	case !slices.Contains(langs, p.Lang):
		t.valueErrorf("lang", "lang %q is not one of the site's languages %q", p.Lang, langs)
		return false
	}
	for _, s := range segs {
		if !ValidSlug(s) {
			r.errorf(Pos{Line: 1, Col: 1}, "the name %q cannot be used in an address; rename it to %q (lower-case letters a–z, digits and single dashes)", s, orExample(DefaultSlug(s), "halaman"))
			return false
		}
	}
	p.Rel = strings.Join(segs, "/")
	p.Slug = segs[len(segs)-1]
	if segs[0] == NewsSection {
		if len(segs) != 2 {
			r.errorf(Pos{Line: 1, Col: 1}, "news articles live directly in content/%s/ (or content/<lang>/%s/); move this file there", NewsSection, NewsSection)
			return false
		}
		p.Section = NewsSection
		if p.Date == nil && !t.has("date") {
			r.errorf(t.pos(), "a news article needs a date; add date = 2024-02-29")
		}
		return true
	}
	return l.checkPageAddress(r, segs)
}

// checkPageAddress reports a page whose address belongs to a generated page.
func (l *loader) checkPageAddress(r report, segs []string) bool {
	first := segs[0]
	taken := ""
	switch {
	case yearPattern.MatchString(first):
		taken = "the pages of a year"
	case l.ds.kinds[first] != nil:
		taken = "the pages of kind " + first
	case slices.Contains(reservedSegments, first) || slices.Contains(l.ds.Site.Languages, first):
		taken = "the site's own pages"
	case first == "index" && len(segs) == 1:
		taken = "the home page"
	}
	if taken == "" {
		return true
	}
	r.errorf(Pos{Line: 1, Col: 1}, "the address /%s/ is used by %s; rename this file or move it into another folder", path.Join(segs...), taken)
	return false
}

// splitFrontMatter splits "+++\n…\n+++\n" from the body. It returns the
// front matter, the body and the body's first line.
func splitFrontMatter(src []byte) (front, body []byte, bodyLine int, ok bool) {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	rest, ok := cutLine(src, "+++")
	if !ok {
		return nil, nil, 0, false
	}
	line := 2
	for off := 0; off <= len(rest); {
		next := bytes.IndexByte(rest[off:], '\n')
		end := len(rest)
		if next >= 0 {
			end = off + next
		}
		if string(bytes.TrimRight(rest[off:end], "\r \t")) == "+++" {
			body := rest[min(end+1, len(rest)):]
			return rest[:off], body, line + 1, true
		}
		if next < 0 {
			break
		}
		off, line = end+1, line+1
	}
	return nil, nil, 0, false
}

// cutLine removes a first line equal to want (ignoring trailing spaces).
func cutLine(src []byte, want string) ([]byte, bool) {
	i := bytes.IndexByte(src, '\n')
	if i < 0 || string(bytes.TrimRight(src[:i], "\r \t")) != want {
		return nil, false
	}
	return src[i+1:], true
}

func isNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }
