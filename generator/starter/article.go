package starter

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/rapor-publik/rapor/generator/data"
)

// maxSlug is the longest slug made from a title, in bytes; a longer one is
// cut at a dash.
const maxSlug = 60

// Article describes a new news article.
type Article struct {
	Title    string
	Date     time.Time
	Lang     string         // "" for the site's first language
	Entities []*data.Entity // the bodies it is listed under
}

// ArticleSlug returns the address name of an article: its date and the
// slug of its title, cut to maxSlug at a dash.
func ArticleSlug(title string, date time.Time) (string, error) {
	slug := data.DefaultSlug(title)
	if slug == "" {
		return "", fmt.Errorf("the title %q has no letters or digits a–z, 0–9 to make an address from; write it in Latin letters", title)
	}
	if len(slug) > maxSlug {
		cut := strings.LastIndexByte(slug[:maxSlug+1], '-')
		if cut <= 0 {
			cut = maxSlug
		}
		slug = slug[:cut]
	}
	return date.Format(time.DateOnly) + "-" + slug, nil
}

// NewArticle writes a news article into the site in dir and returns its
// path relative to dir. It never replaces an existing file.
func NewArticle(dir string, site data.Site, a Article) (string, error) {
	slug, err := ArticleSlug(a.Title, a.Date)
	if err != nil {
		return "", err
	}
	folder := data.NewsSection
	if a.Lang != "" && len(site.Languages) > 0 && a.Lang != site.Languages[0] {
		folder = path.Join(a.Lang, data.NewsSection)
	}
	rel := path.Join("content", folder, slug+".md")
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return "", err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("%s already exists; give the article another title or edit that file", rel)
	}
	if err != nil {
		return "", err
	}
	_, werr := f.Write(a.frontMatter())
	if err := errors.Join(werr, f.Close()); err != nil {
		os.Remove(p)
		return "", err
	}
	return rel, nil
}

func (a Article) frontMatter() []byte {
	var b strings.Builder
	b.WriteString("+++\n")
	fmt.Fprintf(&b, "title = %s\n", data.TOMLString(a.Title))
	fmt.Fprintf(&b, "date = %s\n", a.Date.Format(time.DateOnly))
	if len(a.Entities) > 0 {
		codes := make([]string, len(a.Entities))
		names := make([]string, len(a.Entities))
		for i, e := range a.Entities {
			codes[i] = data.TOMLString(e.Code)
			names[i] = e.Kind.Label + " " + e.Name
		}
		fmt.Fprintf(&b, "entities = [%s]  # %s\n", strings.Join(codes, ", "), oneLine(strings.Join(names, ", ")))
	}
	b.WriteString("# summary = \"Satu kalimat ringkasan untuk daftar berita dan pratinjau tautan.\"\n")
	b.WriteString("+++\n\n")
	return []byte(b.String())
}

// oneLine keeps text from ending a TOML comment early.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// FindEntity returns the body an argument names: its code ("17.07"), or
// its slug or name when only one body has it ("lebong", "Lebong").
func FindEntity(entities []*data.Entity, arg string) (*data.Entity, error) {
	key := data.DefaultSlug(arg)
	var found []*data.Entity
	for _, e := range entities {
		if e.Code == arg {
			return e, nil
		}
		if key != "" && (e.Slug == key || data.DefaultSlug(e.Name) == key) {
			found = append(found, e)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return nil, fmt.Errorf("no body %q in data/entities.toml; give its code, such as 17.07", arg)
	}
	names := make([]string, len(found))
	for i, e := range found {
		names[i] = fmt.Sprintf("%s %s (%s)", e.Kind.Label, e.Name, e.Code)
	}
	return nil, fmt.Errorf("%q names %s; give the code of the one you mean", arg, strings.Join(names, " and "))
}
