// Package starter makes new sites and news articles: the files behind
// "rapor new site" and "rapor new article".
//
// Input: a folder, the provinces a site covers (from the Kemendagri list
// embedded here), or an article's title, date and bodies. Output: files
// written into the folder, never over an existing file.
//
// Rules: a new site is ready to build as it is: the kinds of a regional
// site, the named provinces with their kabupaten and kota, the grading
// scales of the Ombudsman assessment, a methodology page in both
// languages, and empty folders for results and news. It is made in a
// temporary folder beside the target and renamed into place, so a failure
// leaves nothing behind.
package starter

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
)

//go:embed site
var siteFiles embed.FS

// Site describes a new site.
type Site struct {
	Provinces []Region // the provinces it covers; at least one
	Title     string   // "" for a title from the provinces
	BaseURL   string   // "" for https://example.org/
}

// Create makes a new site in dir, which must not exist or be empty.
func Create(dir string, s Site) error {
	if len(s.Provinces) == 0 {
		return errors.New("a site needs at least one province")
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s already holds files; give a new or empty folder", dir)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(abs), "."+filepath.Base(abs)+".new-*")
	if err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := s.write(tmp); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	os.Remove(abs) // an empty folder only; a full one was refused above
	if err := os.Rename(tmp, abs); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	return nil
}

// write writes the site's files into dir.
func (s Site) write(dir string) error {
	files := map[string][]byte{
		"data/site.toml":     s.siteTOML(),
		"data/entities.toml": EntitiesTOML(s.Provinces),
		".gitignore":         []byte("/public/\n/.public.*\n"), // the output, its manifest and temporary folders
	}
	err := fs.WalkDir(siteFiles, "site", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := siteFiles.ReadFile(p)
		files[strings.TrimPrefix(p, "site/")] = b
		return err
	})
	if err != nil {
		return err
	}
	for _, folder := range []string{"data/years", "content/berita", "themes"} {
		if err := os.MkdirAll(filepath.Join(dir, folder), 0o755); err != nil {
			return err
		}
	}
	for name, b := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func (s Site) siteTOML() []byte {
	title := s.Title
	if title == "" {
		title = "Rapor Pelayanan Publik"
		if len(s.Provinces) == 1 {
			title += " " + s.Provinces[0].Name
		}
	}
	base := s.BaseURL
	if base == "" {
		base = "https://example.org/"
	}
	var b strings.Builder
	b.WriteString("# Site settings. base_url is the address the site will be published at:\n")
	b.WriteString("# set it before publishing (pages link relatively, so any folder works).\n")
	fmt.Fprintf(&b, "title = %s\n", data.TOMLString(title))
	fmt.Fprintf(&b, "base_url = %s\n", data.TOMLString(base))
	b.WriteString("languages = [\"id\", \"en\"]\n")
	b.WriteString("theme = \"default\"\n")
	b.WriteString("publisher = \"Ombudsman Republik Indonesia\"\n")
	return []byte(b.String())
}
