// Package sitetest builds small in-memory sites for the tests of the
// stages after loading: a registry, scales and results given as TOML
// snippets, loaded and scored.
package sitetest

import (
	"encoding/json"
	"fmt"
	"github.com/rapor-publik/rapor/generator/theme"
	"github.com/rapor-publik/rapor/themes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

// Kinds declares provinsi, kabupaten and kota (both regional) with their
// English labels: the start of most test registries.
const Kinds = `
[[kind]]
id = "provinsi"
label = "Provinsi"
label_en = "Province"
[[kind]]
id = "kabupaten"
label = "Kabupaten"
label_en = "Regency"
regional = true
[[kind]]
id = "kota"
label = "Kota"
label_en = "City"
regional = true
`

// Opini2025 declares the 2025 scale as the sample does: grades given with
// each result (grades_from = "result"), no zones, and the "Tanpa
// Maladministrasi" flag.
const Opini2025 = `
[[scale]]
id = "opini-2025"
name = "Opini Ombudsman (2025–)"
grades_from = "result"
[[scale.grade]]
id = "tertinggi"
label = "Kualitas Tertinggi"
[[scale.grade]]
id = "tinggi"
label = "Kualitas Tinggi"
[[scale.grade]]
id = "sedang"
label = "Kualitas Sedang"
[[scale.flag]]
id = "tanpa-maladministrasi"
label = "Tanpa Maladministrasi"
label_en = "Without Maladministration"
`

// Site is a test site without results.
type Site struct {
	Entities string // data/entities.toml
	Scales   string // data/scales.toml
	// Scale names the scale of a year.
	Scale func(year int) string
}

// Years maps a year to its results, each the body of a [[result]] table
// (see Res). A string starting with "year:" is a line of the year's
// header instead, such as "year:illustrative = true".
type Years map[int][]string

// FS is the site with the results of ys.
func (s Site) FS(ys Years) fstest.MapFS {
	fsys := fstest.MapFS{
		"data/site.toml":     {Data: []byte("title = \"T\"\nbase_url = \"https://t.example/\"\n")},
		"data/entities.toml": {Data: []byte(s.Entities)},
		"data/scales.toml":   {Data: []byte(s.Scales)},
	}
	for y, results := range ys {
		var head, body strings.Builder
		fmt.Fprintf(&head, "year = %d\nscale = %q\n", y, s.Scale(y))
		for _, r := range results {
			if line, ok := strings.CutPrefix(r, "year:"); ok {
				fmt.Fprintln(&head, line)
				continue
			}
			fmt.Fprintf(&body, "\n[[result]]\n%s\n", r)
		}
		fsys[fmt.Sprintf("data/years/%d.toml", y)] = &fstest.MapFile{Data: []byte(head.String() + body.String())}
	}
	return fsys
}

// Compute loads the site with the results of ys and scores it; the load
// must have no errors. It returns the load's and the scorer's warnings.
func (s Site) Compute(t testing.TB, ys Years) (*score.Scores, data.Diagnostics) {
	t.Helper()
	ds, diags := data.Load(s.FS(ys))
	if diags.HasErrors() {
		t.Fatalf("test data do not load:\n%v", diags)
	}
	scores, warnings := score.Compute(ds)
	return scores, append(diags, warnings...)
}

// Res is a result: Res("17.01", "92", `reported = { province_rank = 3 }`);
// an empty score is left out (the units' mean is then the score).
func Res(code, score string, more ...string) string {
	head := fmt.Sprintf("entity = %q", code)
	if score != "" {
		head += "\nscore = " + score
	}
	return strings.Join(append([]string{head}, more...), "\n")
}

// Unit is a [[result.unit]] table to pass to Res; typ may be empty.
func Unit(name, typ, score string) string {
	if typ != "" {
		typ = fmt.Sprintf("\ntype = %q", typ)
	}
	return fmt.Sprintf("[[result.unit]]\nname = %q%s\nscore = %s", name, typ, score)
}

// Find returns the result of a body in a year, failing the test if
// there is none.
func Find(t testing.TB, s *score.Scores, year int, code string) *score.Result {
	t.Helper()
	for _, y := range s.Years {
		if y.Year != year {
			continue
		}
		if i := slices.IndexFunc(y.Results, func(r *score.Result) bool { return r.Entity.Code == code }); i >= 0 {
			return y.Results[i]
		}
	}
	t.Fatalf("no result for %s in %d", code, year)
	return nil
}

// CopySample copies the sample site's data/ and content/ from the
// repository at root into a new temporary folder and returns the folder.
func CopySample(t testing.TB, root string) string {
	t.Helper()
	dir := t.TempDir()
	for _, top := range []string{"data", "content"} {
		CopyTree(t, filepath.Join(root, top), filepath.Join(dir, top))
	}
	return dir
}

// CopyTree copies the folder src to dst, which it creates, keeping each
// file's permissions and modification time.
func CopyTree(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(to, b, info.Mode().Perm()); err != nil {
			return err
		}
		return os.Chtimes(to, info.ModTime(), info.ModTime())
	})
	if err != nil {
		t.Fatalf("copy %s: %v", src, err)
	}
}

// Replace edits a file as an editor would: the first old in it becomes
// new. The file must hold old.
func Replace(t testing.TB, path, old, new string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%s does not hold %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// SearchCases are generator/search/testdata/cases.json: the table the Go
// search and the theme's search.js (in Chromium) are both tested against.
type SearchCases struct {
	Normalize [][2]string `json:"normalize"`
	Queries   []struct {
		Q     string            `json:"q"`
		First []string          `json:"first"`
		Count *int              `json:"count"`
		Label map[string]string `json:"label"`
	} `json:"queries"`
}

// ReadSearchCases reads the search cases from the repository at root.
func ReadSearchCases(t testing.TB, root string) SearchCases {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, "generator", "search", "testdata", "cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var c SearchCases
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatalf("cases.json: %v", err)
	}
	return c
}

// TxtarFS reads the txtar archive base (a test site) into a file system,
// with the files of the archive text override replacing or adding to its
// files; a file whose whole content is "(removed)" is removed.
func TxtarFS(t testing.TB, base, override string) fstest.MapFS {
	t.Helper()
	b, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, f := range txtar.Parse(b).Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	for _, f := range txtar.Parse([]byte(override)).Files {
		if strings.TrimSpace(string(f.Data)) == "(removed)" {
			delete(fsys, f.Name)
			continue
		}
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

// Sample loads and scores the sample site at root (the repository) with
// the default theme, failing t on any error of its data or theme.
func Sample(t testing.TB, root string) (*data.Dataset, *score.Scores, *theme.Theme) {
	t.Helper()
	ds, diags := data.Load(os.DirFS(root))
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	s, _ := score.Compute(ds)
	th, err := theme.Load(nil, themes.Default(), ds.Site.Languages)
	if err != nil {
		t.Fatal(err)
	}
	return ds, s, th
}
