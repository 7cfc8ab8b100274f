package pipeline_test

import (
	"context"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/pipeline"
)

// siteFS returns testdata/site.txtar with the files of override replacing
// or adding to it; a file whose whole content is "(removed)" is removed.
func siteFS(t testing.TB, override string) fstest.MapFS {
	t.Helper()
	return sitetest.TxtarFS(t, "testdata/site.txtar", override)
}

// A site that differs from the base in one score, to tell its output apart.
const changed = `
-- data/years/2023.toml --
year = 2023
scale = "opini-2022"

[[result]]
entity = "17.07"
score = 93.50

[[result]]
entity = "17.71"
score = 84.20
`

// A site with errors in two files.
const broken = `
-- data/years/2023.toml --
year = 2023
scale = "opini-2022"

[[result]]
entity = "17.07"
score = 120.5

[[result]]
entity = "17.99"
score = 84.20
-- data/years/2022.toml --
year = 2022
scale = "zona-2015"
colour = "merah"

[[result]]
entity = "17.07"
score = 84.22
`

// readTree returns every file under dir by slash-separated path, and
// every folder as its path with a final slash.
func readTree(t testing.TB, dir string) map[string]string {
	t.Helper()
	tree := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path == dir {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			tree[rel+"/"] = ""
			return nil
		}
		b, err := os.ReadFile(path)
		tree[rel] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// names lists a folder's entries, hidden ones too.
func names(t testing.TB, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// mustBuild builds site into out and fails the test on any error.
func mustBuild(t testing.TB, site fs.FS, out string) pipeline.Result {
	t.Helper()
	res, err := pipeline.Build(context.Background(), site, out)
	if err != nil {
		t.Fatalf("Build: %v\n%v", err, res.Diagnostics)
	}
	return res
}

// checkUntouched checks that the output holds want and that nothing is
// left beside it but the output and, where Rapor built it, its manifest.
func checkUntouched(t *testing.T, out string, want map[string]string, built bool) {
	t.Helper()
	if diff := cmp.Diff(want, readTree(t, out)); diff != "" {
		t.Errorf("output changed (-want +got):\n%s", diff)
	}
	beside := []string{filepath.Base(out)}
	if built {
		beside = append([]string{"." + filepath.Base(out) + ".rapor-manifest"}, beside...)
	}
	if diff := cmp.Diff(beside, names(t, filepath.Dir(out))); diff != "" {
		t.Errorf("beside the output (-want +got):\n%s", diff)
	}
}

func TestBuild(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	res := mustBuild(t, siteFS(t, ""), out)

	if len(res.Diagnostics) > 0 {
		t.Errorf("Diagnostics = %v, want none", res.Diagnostics)
	}
	tree := readTree(t, out)
	var size int64
	for _, b := range tree {
		size += int64(len(b))
	}
	// Every page of the spec in both languages, the theme's assets and the export.
	wantPaths := []string{
		"2022/", "2022/index.html", "2023/", "2023/index.html", "404.html", "assets/", "assets/css/", "assets/css/print.css", "assets/css/rapor.css", "assets/favicon.svg", "assets/js/", "assets/js/copy.js", "assets/js/embed-host.js", "assets/js/embed.js", "assets/js/rapor.js", "assets/js/search.js", "assets/vendor/", "assets/vendor/echarts.min.js", "berita/", "berita/index.html", "data/", "data/2022.csv", "data/2023.csv", "data/index.html", "data/rapor.json", "embed/", "embed/kabupaten/", "embed/kabupaten/lebong/", "embed/kabupaten/lebong/rank-trend/", "embed/kabupaten/lebong/rank-trend/index.html", "embed/kabupaten/lebong/score-trend/", "embed/kabupaten/lebong/score-trend/index.html", "embed/kota/", "embed/kota/bengkulu/", "embed/kota/bengkulu/rank-trend/", "embed/kota/bengkulu/rank-trend/index.html", "embed/kota/bengkulu/score-trend/", "embed/kota/bengkulu/score-trend/index.html", "embed/provinsi/", "embed/provinsi/bengkulu/", "embed/provinsi/bengkulu/average-bengkulu/", "embed/provinsi/bengkulu/average-bengkulu/index.html", "embed/provinsi/bengkulu/scores-bengkulu-kabupaten/", "embed/provinsi/bengkulu/scores-bengkulu-kabupaten/index.html", "en/", "en/2022/", "en/2022/index.html", "en/2023/", "en/2023/index.html", "en/404.html", "en/berita/", "en/berita/index.html", "en/data/", "en/data/index.html", "en/embed/", "en/embed/kabupaten/", "en/embed/kabupaten/lebong/", "en/embed/kabupaten/lebong/rank-trend/", "en/embed/kabupaten/lebong/rank-trend/index.html", "en/embed/kabupaten/lebong/score-trend/", "en/embed/kabupaten/lebong/score-trend/index.html", "en/embed/kota/", "en/embed/kota/bengkulu/", "en/embed/kota/bengkulu/rank-trend/", "en/embed/kota/bengkulu/rank-trend/index.html", "en/embed/kota/bengkulu/score-trend/", "en/embed/kota/bengkulu/score-trend/index.html", "en/embed/provinsi/", "en/embed/provinsi/bengkulu/", "en/embed/provinsi/bengkulu/average-bengkulu/", "en/embed/provinsi/bengkulu/average-bengkulu/index.html", "en/embed/provinsi/bengkulu/scores-bengkulu-kabupaten/", "en/embed/provinsi/bengkulu/scores-bengkulu-kabupaten/index.html", "en/feed.xml", "en/index.html", "en/kabupaten/", "en/kabupaten/lebong/", "en/kabupaten/lebong/2022/", "en/kabupaten/lebong/2022/index.html", "en/kabupaten/lebong/2023/", "en/kabupaten/lebong/2023/index.html", "en/kabupaten/lebong/index.html", "en/kota/", "en/kota/bengkulu/", "en/kota/bengkulu/2022/", "en/kota/bengkulu/2022/index.html", "en/kota/bengkulu/2023/", "en/kota/bengkulu/2023/index.html", "en/kota/bengkulu/index.html", "en/metodologi/", "en/metodologi/index.html", "en/provinsi/", "en/provinsi/bengkulu/", "en/provinsi/bengkulu/index.html", "feed.xml", "index.html", "kabupaten/", "kabupaten/lebong/", "kabupaten/lebong/2022/", "kabupaten/lebong/2022/card-d27a5b71419311e7.png", "kabupaten/lebong/2022/index.html", "kabupaten/lebong/2023/", "kabupaten/lebong/2023/card-d5a4c690599152d8.png", "kabupaten/lebong/2023/index.html", "kabupaten/lebong/index.html", "kabupaten/lebong/lebong.csv", "kota/", "kota/bengkulu/", "kota/bengkulu/2022/", "kota/bengkulu/2022/card-baaa64f89891dd6a.png", "kota/bengkulu/2022/index.html", "kota/bengkulu/2023/", "kota/bengkulu/2023/card-d1b23b02c81948b6.png", "kota/bengkulu/2023/index.html", "kota/bengkulu/bengkulu.csv", "kota/bengkulu/index.html", "metodologi/", "metodologi/index.html", "provinsi/", "provinsi/bengkulu/", "provinsi/bengkulu/index.html", "robots.txt", "search/", "search/en.json", "search/id.json", "sitemap.xml",
	}
	if diff := cmp.Diff(wantPaths, slices.Sorted(maps.Keys(tree))); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	files := 0
	for _, p := range wantPaths {
		if !strings.HasSuffix(p, "/") {
			files++
		}
	}
	if res.Files != files || res.Bytes != size {
		t.Errorf("Result = %d files, %d bytes; want %d files, %d bytes", res.Files, res.Bytes, files, size)
	}

	want := `year,code,name,kind,province,score,grade,rank_national,of_national,rank_province,of_province,score_change,rank_national_change,illustrative,reported_national_rank,reported_national_of,reported_province_rank,reported_province_of,assessed_national,national_complete,province_complete,flags,sources
2023,17.07,Lebong,kabupaten,17,92.00,A,1,1,1,2,7.78,0,false,,,,,,true,true,,https://example.org/a
2023,17.71,Bengkulu,kota,17,84.20,E,1,1,2,2,-2.30,0,false,,,,,,true,true,,
`
	if diff := cmp.Diff(want, tree["data/2023.csv"]); diff != "" {
		t.Errorf("data/2023.csv (-want +got):\n%s", diff)
	}
	if !strings.Contains(tree["data/rapor.json"], `"format": "rapor-export/2"`) {
		t.Errorf("data/rapor.json does not name its format:\n%s", tree["data/rapor.json"])
	}
}

func TestBuildDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	mustBuild(t, siteFS(t, ""), a)
	first := readTree(t, a)
	mustBuild(t, siteFS(t, ""), b)
	if diff := cmp.Diff(first, readTree(t, b)); diff != "" {
		t.Errorf("second build into another folder (-want +got):\n%s", diff)
	}
	mustBuild(t, siteFS(t, ""), a)
	if diff := cmp.Diff(first, readTree(t, a)); diff != "" {
		t.Errorf("rebuild into the same folder (-want +got):\n%s", diff)
	}
}

func TestBuildCancelled(t *testing.T) {
	for _, previous := range []bool{true, false} {
		name := "no previous output"
		if previous {
			name = "previous output"
		}
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			want := map[string]string{}
			if previous {
				mustBuild(t, siteFS(t, ""), out)
				want = readTree(t, out)
			}
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			_, err := pipeline.Build(ctx, siteFS(t, changed), out)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("Build with a cancelled context: err = %v, want context.Canceled", err)
			}
			if !previous {
				if _, err := os.Lstat(out); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("the output exists after a cancelled first build (err = %v)", err)
				}
				if got := names(t, filepath.Dir(out)); len(got) > 0 {
					t.Errorf("left beside the output: %q", got)
				}
				return
			}
			checkUntouched(t, out, want, true)
		})
	}
}

func TestBuildInvalid(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	mustBuild(t, siteFS(t, ""), out)
	want := readTree(t, out)

	res, err := pipeline.Build(context.Background(), siteFS(t, broken), out)
	if !errors.Is(err, pipeline.ErrInvalid) {
		t.Fatalf("Build of a site with errors: err = %v, want ErrInvalid", err)
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	wantDiags := []string{
		`data/years/2022.toml:3:1: unknown key "colour" in the top level (known keys: year, scale, title, announced, illustrative, assessed, assessed_source, distribution, distribution_source, source, result)`,
		`data/years/2023.toml:6:9: score 120.5 is outside 0–100`,
		`data/years/2023.toml:9:10: entity "17.99" is not the code of any body in data/entities.toml; did you mean "17.07"?`,
	}
	if diff := cmp.Diff(wantDiags, got); diff != "" {
		t.Errorf("Diagnostics (-want +got):\n%s", diff)
	}
	if res.Files != 0 || res.Bytes != 0 {
		t.Errorf("Result = %d files, %d bytes; want none", res.Files, res.Bytes)
	}
	checkUntouched(t, out, want, true)
}

func TestBuildWarnings(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	res := mustBuild(t, siteFS(t, `
-- data/years/2023.toml --
year = 2023
scale = "opini-2022"

[[result]]
entity = "17.07"
score = 92.00

[[result.unit]]
name = "Puskesmas Tunas Harapan"
score = 90.00

[[result.unit]]
name = "Dinas Kependudukan"
score = 88.00
`), out)
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	want := []string{"data/years/2023.toml:6:9: warning: score 92.00 differs by 3.00 from 89.00, the mean of its 2 units; check both figures"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Diagnostics (-want +got):\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(out, "data", "2023.csv")); err != nil {
		t.Errorf("a build with warnings only wrote no CSV: %v", err)
	}
}

// TestBuildOutput covers what may be where the output goes: Rapor
// replaces a folder it wrote, and refuses any other.
func TestBuildOutput(t *testing.T) {
	previous := map[string]string{
		"data/":           "",
		"data/2019.csv":   "year\n", // a year since removed from the source
		"data/rapor.json": "{}\n",
		"index.html":      "<h1>old</h1>\n",
	}
	tests := []struct {
		name    string
		before  map[string]string // nil: no output; "": the output is a file
		wantErr string            // "": the build replaces the output
		kept    []string          // files of before the build keeps
	}{
		{name: "missing"},
		{name: "empty folder", before: map[string]string{}},
		// Without a manifest, no file is known to be Rapor's but those it
		// writes again: the others are kept, and the build says so.
		{name: "previous build", before: previous, kept: []string{"data/2019.csv"}},
		{
			name:   "hidden files and CNAME",
			before: map[string]string{".git/": "", ".git/HEAD": "ref: refs/heads/gh-pages\n", "CNAME": "rapor.example.id\n"},
			kept:   []string{".git/", ".git/HEAD", "CNAME"},
		},
		{
			name:    "foreign folder",
			before:  map[string]string{"index.html": "<h1>Situs lama</h1>\n"},
			wantErr: "holds files that Rapor did not write (it has no data/rapor.json)",
		},
		{
			name:    "foreign folder with data",
			before:  map[string]string{"data/": "", "data/2023.csv": "x\n"},
			wantErr: "holds files that Rapor did not write",
		},
		{
			name:    "file",
			before:  map[string]string{"": "%PDF-1.4\n"},
			wantErr: "is a file, not a folder",
		},
	}
	want := readTreeOf(t, siteFS(t, ""))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			writeTree(t, out, tt.before)

			res, err := pipeline.Build(context.Background(), siteFS(t, ""), out)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Build: %v", err)
				}
				want := maps.Clone(want)
				for _, p := range tt.kept {
					want[p] = tt.before[p]
				}
				checkUntouched(t, out, want, true)
				if tt.before["data/rapor.json"] != "" && (len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "kept 1 file that this build does not make") || !strings.Contains(res.Notes[0], ": data/2019.csv;")) {
					t.Errorf("notes = %q, want one naming data/2019.csv", res.Notes)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("Build: err = %v, want one saying %q", err, tt.wantErr)
			}
			if errors.Is(err, pipeline.ErrInvalid) {
				t.Errorf("Build: err = %v is ErrInvalid; the site has no errors", err)
			}
			if content, ok := tt.before[""]; ok {
				b, err := os.ReadFile(out)
				if err != nil || string(b) != content {
					t.Errorf("the file at the output = %q, %v; want %q", b, err, content)
				}
				if diff := cmp.Diff([]string{"public"}, names(t, filepath.Dir(out))); diff != "" {
					t.Errorf("beside the output (-want +got):\n%s", diff)
				}
				return
			}
			checkUntouched(t, out, tt.before, false)
		})
	}
}

// readTreeOf builds site into a fresh folder and returns its files.
func readTreeOf(t *testing.T, site fs.FS) map[string]string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	mustBuild(t, site, out)
	return readTree(t, out)
}

// writeTree writes files as readTree returns them; nil writes nothing, and
// a file named "" is written at dir itself.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	if files == nil {
		return
	}
	if content, ok := files[""]; ok {
		if err := os.WriteFile(dir, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBuildNestedOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "a", "b", "public")
	mustBuild(t, siteFS(t, ""), out)
	if diff := cmp.Diff(readTreeOf(t, siteFS(t, "")), readTree(t, out)); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name       string
		override   string
		wantScores bool
		wantDiags  int
	}{
		{name: "valid", wantScores: true},
		{name: "errors", override: broken, wantDiags: 3},
		{name: "missing settings", override: "-- data/site.toml --\n(removed)\n", wantDiags: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, scores, diags := pipeline.Check(siteFS(t, tt.override))
			if tt.wantScores && ds == nil {
				t.Error("Check returned no dataset")
			}
			if got := scores != nil; got != tt.wantScores {
				t.Errorf("Check returned scores: %v, want %v", got, tt.wantScores)
			}
			if len(diags) != tt.wantDiags || diags.HasErrors() != (tt.wantDiags > 0) {
				t.Errorf("Check diagnostics:\n%v\nwant %d errors", diags, tt.wantDiags)
			}
		})
	}
}

// A rebuild rewrites only the files whose bytes changed: the others keep
// their modification time, so that sync tools upload only the change.
func TestIncrementalRebuild(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	first := mustBuild(t, siteFS(t, ""), out)
	if first.Written != first.Files {
		t.Errorf("first build wrote %d of %d files", first.Written, first.Files)
	}
	past := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	setTimes := func() {
		err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				err = os.Chtimes(p, past, past)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	setTimes()
	same := mustBuild(t, siteFS(t, ""), out)
	if same.Written != 0 {
		t.Errorf("rebuilding the same site wrote %d files, want 0", same.Written)
	}

	setTimes()
	before := readTree(t, out)
	res := mustBuild(t, siteFS(t, changed), out)
	after := readTree(t, out)
	var changedFiles []string
	for name, data := range after {
		if strings.HasSuffix(name, "/") {
			continue
		}
		info, err := os.Stat(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		kept := info.ModTime().Equal(past)
		if data == before[name] && !kept {
			t.Errorf("%s is unchanged but was rewritten", name)
		}
		if data != before[name] {
			changedFiles = append(changedFiles, name)
			if kept {
				t.Errorf("%s changed but keeps its old time", name)
			}
		}
	}
	if res.Written != len(changedFiles) || len(changedFiles) == 0 {
		t.Errorf("Written = %d; %d files changed: %v", res.Written, len(changedFiles), changedFiles)
	}
	if !slices.Contains(changedFiles, "data/2023.csv") || slices.Contains(changedFiles, "assets/css/rapor.css") {
		t.Errorf("changed files: %v", changedFiles)
	}
}
