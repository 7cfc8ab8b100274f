package pipeline_test

import (
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/pipeline"
	"github.com/rapor-publik/rapor/themes"
)

// An edit changes one thing of the test site.
type edit struct {
	name   string
	change func(t *testing.T, site fstest.MapFS)
}

// replace changes the first old in a file of the site to new.
func replace(file, old, new string) func(*testing.T, fstest.MapFS) {
	return func(t *testing.T, site fstest.MapFS) {
		f, ok := site[file]
		if !ok || !strings.Contains(string(f.Data), old) {
			t.Fatalf("the site's %s has no %q", file, old)
		}
		site[file] = &fstest.MapFile{Data: []byte(strings.Replace(string(f.Data), old, new, 1))}
	}
}

// add adds a file to the site, or replaces one.
func add(file, content string) func(*testing.T, fstest.MapFS) {
	return func(t *testing.T, site fstest.MapFS) { site[file] = &fstest.MapFile{Data: []byte(content)} }
}

// appendTo adds text at the end of a file of the site.
func appendTo(file, text string) func(*testing.T, fstest.MapFS) {
	return func(t *testing.T, site fstest.MapFS) {
		f, ok := site[file]
		if !ok {
			t.Fatalf("the site has no %s", file)
		}
		site[file] = &fstest.MapFile{Data: append([]byte(string(f.Data)), text...)}
	}
}

// remove removes a file of the site.
func remove(file string) func(*testing.T, fstest.MapFS) {
	return func(t *testing.T, site fstest.MapFS) {
		if _, ok := site[file]; !ok {
			t.Fatalf("the site has no %s", file)
		}
		delete(site, file)
	}
}

// themeFile adds the site's own copy of a default theme file, changed.
func themeFile(name, old, new string) func(*testing.T, fstest.MapFS) {
	return func(t *testing.T, site fstest.MapFS) {
		b, err := fs.ReadFile(themes.Default(), name)
		if err != nil || !strings.Contains(string(b), old) {
			t.Fatalf("the default theme's %s has no %q (%v)", name, old, err)
		}
		site["themes/default/"+name] = &fstest.MapFile{Data: []byte(strings.Replace(string(b), old, new, 1))}
	}
}

// Single edits of every kind of input a page can show: data, settings,
// content, the theme's words, layouts and files.
var edits = []edit{
	{"a score", replace("data/years/2023.toml", "score = 92.00", "score = 91.00")},
	{"a score across a grade's bound", replace("data/years/2023.toml", "score = 92.00", "score = 80.00")},
	{"a score of the earlier year", replace("data/years/2022.toml", "score = 84.22", "score = 70.10")},
	{"a body's name", replace("data/entities.toml", `name = "Lebong"`, `name = "Lebong Raya"`)},
	{"the province's name", replace("data/entities.toml", `name = "Bengkulu"
kind = "provinsi"`, `name = "Bengkulu Raya"
kind = "provinsi"`)},
	{"a kind's label", replace("data/entities.toml", `label = "Kabupaten"`, `label = "Kab."`)},
	{"a kind's English label", replace("data/entities.toml", `label = "Kota"`, "label = \"Kota\"\nlabel_en = \"City\"")},
	{"a scale's name", replace("data/scales.toml", `name = "Opini"`, `name = "Opini Ombudsman"`)},
	{"a grade's label", replace("data/scales.toml", `label = "Kualitas Tertinggi"`, `label = "Kualitas Paling Tinggi"`)},
	{"a grade's bound", replace("data/scales.toml", "min = 88.0", "min = 93.0")},
	{"a source's title", replace("data/years/2023.toml", `title = "Daftar nilai"`, `title = "Daftar nilai kepatuhan"`)},
	{"a source's address", replace("data/years/2023.toml", `url = "https://example.org/a"`, `url = "https://example.org/b"`)},
	{"a source's date", replace("data/years/2023.toml", `url = "https://example.org/a"`, "url = \"https://example.org/a\"\npublished = 2024-01-05")},
	{"a year's title", replace("data/years/2023.toml", `title = "Penilaian Kepatuhan 2023"`, `title = "Penilaian 2023"`)},
	{"a year's announcement date", replace("data/years/2023.toml", `title = "Penilaian Kepatuhan 2023"`, "title = \"Penilaian Kepatuhan 2023\"\nannounced = 2023-12-14")},
	{"a year marked illustrative", replace("data/years/2022.toml", `scale = "zona-2015"`, "scale = \"zona-2015\"\nillustrative = true")},
	{"counts of bodies assessed", replace("data/years/2023.toml", `title = "Penilaian Kepatuhan 2023"`, "title = \"Penilaian Kepatuhan 2023\"\nassessed = { kabupaten = 9, kota = 1 }")},
	{"a result's note", replace("data/years/2023.toml", "score = 92.00", "score = 92.00\nnote = \"Sumber lain menyebut 92,10.\"")},
	{"a published rank", replace("data/years/2023.toml", "score = 92.00", "score = 92.00\nreported = { province_rank = 1, province_of = 10 }")},
	{"a result known by its grade only", replace("data/years/2023.toml", "score = 84.20", `grade = "E"`)},
	{"a service unit", replace("data/years/2023.toml", "sources = [\"radar\"]", "sources = [\"radar\"]\n\n[[result.unit]]\nname = \"Puskesmas Tunas Harapan\"\ntype = \"puskesmas\"\nscore = 97.59")},
	{"a result removed", replace("data/years/2023.toml", "\n[[result]]\nentity = \"17.71\"\nscore = 84.20\n", "\n")},
	{"a year removed", remove("data/years/2022.toml")},
	{"a year added", add("data/years/2024.toml", "year = 2024\nscale = \"opini-2022\"\n\n[[result]]\nentity = \"17.07\"\nscore = 95.50\n")},
	{"a body added", appendTo("data/entities.toml", "\n[[entity]]\ncode = \"17.01\"\nname = \"Bengkulu Selatan\"\nkind = \"kabupaten\"\nprovince = \"17\"\n")},
	{"the site's title", replace("data/site.toml", `title = "Rapor Uji"`, `title = "Rapor Bengkulu"`)},
	{"the site's address", replace("data/site.toml", `base_url = "https://rapor.example.org/"`, `base_url = "https://rapor.example.org/bengkulu/"`)},
	{"the publisher", replace("data/site.toml", `publisher = "Ombudsman Republik Indonesia"`, `publisher = "Ombudsman RI"`)},
	{"a language fewer", replace("data/site.toml", `languages = ["id", "en"]`, `languages = ["id"]`)},
	{"the chart library from a CDN", replace("data/site.toml", `theme = "default"`, "theme = \"default\"\necharts = \"cdn\"")},
	{"a content page's text", replace("content/metodologi.md", "Isi.", "Isi yang baru.")},
	{"a content page's title", replace("content/metodologi.md", `title = "Metodologi"`, `title = "Cara menilai"`)},
	{"a content page added", add("content/tentang.md", "+++\ntitle = \"Tentang\"\n+++\nSitus ini.\n")},
	{"a news article added", add("content/berita/lebong-naik.md", "+++\ntitle = \"Lebong naik\"\ndate = 2024-01-10\nentities = [\"17.07\"]\n+++\nNilai Lebong naik.\n")},
	{"a theme word", add("themes/default/i18n/id.toml", "\"footer.about\" = \"Dibuat dengan Rapor dari data terbuka.\"\n")},
	{"a theme word in English", add("themes/default/i18n/en.toml", "\"footer.about\" = \"Made with Rapor from open data.\"\n")},
	{"a shared partial of the theme", themeFile("layouts/partials/footer.html", `<footer class="site">`, `<footer class="site situs">`)},
	{"a layout of the theme", themeFile("layouts/body-year.html", "<h1>", `<h1 class="judul">`)},
	{"a static file of the theme", add("themes/default/static/extra.css", "p { margin: 0 }\n")},
	{"the theme's navigation", themeFile("layouts/partials/nav.html", `<a class="brand"`, `<a class="brand merek"`)},
	{"the theme's chart figure", themeFile("layouts/partials/chart-figure.html", `<figcaption>`, `<figcaption class="judul">`)},
	{"the theme's embed code", themeFile("layouts/partials/embed-snippet.html", `loading="lazy"`, `loading="eager"`)},
	{"the theme's sources list", themeFile("layouts/partials/sources.html", `<section class="sources"`, `<section class="sources sumber"`)},
}

// local are edits of one body's figures: a rebuild after one makes only
// the pages that show them, and keeps some without rendering them (the
// test site is small: most of its pages show every body).
var local = map[string]bool{"a score": true, "a source's address": true, "a result's note": true, "a service unit": true, "a published rank": true}

// A rebuild after any single edit publishes exactly what a fresh build of
// the edited site does, byte for byte, and so does a preview rebuilt from
// the previous preview: whatever a rebuild keeps from the previous build
// (unchanged files, share cards named by their content) must be what the
// edited site makes. Each edit must change the output, or it proves
// nothing.
func TestRebuildAfterEdit(t *testing.T) {
	base := siteFS(t, "")
	before := readTreeOf(t, base)
	prevPreview, _, err := pipeline.BuildPreview(base, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(edits) < 30 {
		t.Fatalf("%d kinds of edit; the test wants at least 30", len(edits))
	}
	for _, e := range edits {
		t.Run(e.name, func(t *testing.T) {
			t.Parallel()
			edited := maps.Clone(base)
			e.change(t, edited)
			fresh := readTreeOf(t, edited)
			if cmp.Equal(fresh, before) {
				t.Fatal("the edit changes no file of the output")
			}

			out := filepath.Join(t.TempDir(), "public")
			mustBuild(t, base, out)
			res := mustBuild(t, edited, out)
			if local[e.name] && res.Rendered >= res.Pages {
				t.Errorf("the rebuild rendered all %d pages, want fewer", res.Pages)
			}
			if diff := cmp.Diff(fresh, readTree(t, out)); diff != "" {
				t.Errorf("the rebuild differs from a fresh build (-fresh +rebuild):\n%s", diff)
			}

			files, _, err := pipeline.BuildFiles(edited, nil)
			if err != nil {
				t.Fatal(err)
			}
			// As rapor serve does: the preview before the edit, and the
			// documents it parsed, are the edited preview's to take from.
			cache := data.NewParseCache()
			before, _, err := pipeline.BuildPreviewWith(base, prevPreview, data.Options{Cache: cache})
			if err != nil {
				t.Fatal(err)
			}
			// Every page of it rendered, so that the edited preview can
			// take those whose keys did not change.
			if _, err := before.All(); err != nil {
				t.Fatal(err)
			}
			preview, res, err := pipeline.BuildPreviewWith(edited, before, data.Options{Cache: cache})
			if err != nil {
				t.Fatal(err)
			}
			if _, _, fresh := pipeline.Check(edited); !slices.Equal(res.Diagnostics, fresh) {
				t.Errorf("the preview's diagnostics differ from a check's:\n%v\nthen:\n%v", res.Diagnostics, fresh)
			}
			// Asked for one by one, as a browser does, then all at once.
			for name, want := range files {
				got, ok, err := preview.Get(name)
				if err != nil || !ok {
					t.Errorf("the preview lacks %s (%v)", name, err)
				} else if string(got) != string(want) {
					t.Errorf("the preview's %s differs from a fresh build's", name)
				}
			}
			all, err := preview.All()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(keys(files), keys(all)); diff != "" {
				t.Errorf("the preview's files differ from a fresh build's (-fresh +preview):\n%s", diff)
			}
		})
	}
}

// A rebuild of a site of which nothing changed renders nothing, and
// leaves the output as it is; one whose output was changed or lost a
// file since renders the site again and puts it right.
func TestNothingChanged(t *testing.T) {
	site := siteFS(t, "")
	out := filepath.Join(t.TempDir(), "public")
	first := mustBuild(t, site, out)
	want := readTree(t, out)
	res := mustBuild(t, site, out)
	if res.Rendered != 0 || res.Written != 0 || res.Pages != first.Pages || res.Files != first.Files || res.Bytes != first.Bytes {
		t.Errorf("rebuild of the same site: %+v, want nothing rendered or written and the first build's counts %+v", res, first)
	}
	if diff := cmp.Diff(want, readTree(t, out)); diff != "" {
		t.Errorf("the output changed (-want +got):\n%s", diff)
	}
	for _, spoil := range []struct {
		name string
		do   func(name string) error
	}{
		{"a page edited", func(name string) error { return os.WriteFile(name, []byte("<p>diubah</p>"), 0o644) }},
		{"a page deleted", os.Remove},
	} {
		if err := spoil.do(filepath.Join(out, "kabupaten", "lebong", "index.html")); err != nil {
			t.Fatal(err)
		}
		// The spoilt page is made again; the other pages with a View
		// are kept by their key, and only the others are rendered.
		if res := mustBuild(t, site, out); res.Rendered >= first.Pages/2 || res.Written != 1 {
			t.Errorf("%s: rebuild rendered %d of %d pages and wrote %d files, want fewer than half and 1", spoil.name, res.Rendered, first.Pages, res.Written)
		}
		if diff := cmp.Diff(want, readTree(t, out)); diff != "" {
			t.Errorf("%s: the rebuild did not put the output right (-want +got):\n%s", spoil.name, diff)
		}
	}
}

func keys(files pipeline.Files) []string { return slices.Sorted(maps.Keys(files)) }
