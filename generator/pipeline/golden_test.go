package pipeline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// An article for the golden site, naming both bodies.
const goldenNews = `
-- content/berita/lebong-naik.md --
+++
title = "Lebong naik ke peringkat satu"
date = 2024-02-29
entities = ["17.07", "17.71"]
summary = "Lebong meraih nilai 92,00."
+++
Kabupaten Lebong memperoleh nilai **92,00**.

## Rincian

| Tahun | Nilai |
|---|---:|
| 2022 | 84,22 |
| 2023 | 92,00 |
`

// One page of each type, in testdata/pages/, as the default theme writes
// it for the test site. Run with -update after a deliberate change and
// read the diff.
func TestGoldenPages(t *testing.T) {
	_, b := buildTo(t, siteFS(t, goldenNews))
	for _, name := range []string{
		"index.html",
		"2023/index.html",
		"provinsi/bengkulu/index.html",
		"kabupaten/lebong/index.html",
		"kabupaten/lebong/2023/index.html",
		"en/kabupaten/lebong/2023/index.html",
		"berita/index.html",
		"berita/lebong-naik/index.html",
		"metodologi/index.html",
		"data/index.html",
		"404.html",
		"feed.xml",
		"sitemap.xml",
		"robots.txt",
	} {
		got, ok := b[name]
		if !ok {
			t.Errorf("%s was not built", name)
			continue
		}
		checkGolden(t, "pages", name, string(got))
	}
}

// checkGolden compares a built file with its golden copy in
// testdata/<dir>/, or rewrites the copy with -update.
func checkGolden(t *testing.T, dir, name, got string) {
	t.Helper()
	golden := filepath.Join("testdata", dir, strings.ReplaceAll(strings.TrimSuffix(name, "/index.html"), "/", "_")+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update)", err, t.Name())
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs from %s (-want +got):\n%s", name, golden, diff)
	}
}

// The sample site's pages that the published record is hardest on, in
// both languages, in testdata/sample/: Pandeglang 2024 (a move from a
// rank without a score), Lebong 2021 (after a result without a score)
// and Lebong 2023 (from a score with a note). Only <main> is kept: the
// page's facts, story, tables and sources. Run with -update after a
// deliberate change and read the diff.
func TestSampleGoldenPages(t *testing.T) {
	b := sampleSite(t)
	for _, name := range []string{
		"kabupaten/pandeglang/2024/index.html",
		"en/kabupaten/pandeglang/2024/index.html",
		"kabupaten/lebong/2021/index.html",
		"en/kabupaten/lebong/2021/index.html",
		"kabupaten/lebong/2023/index.html",
		"en/kabupaten/lebong/2023/index.html",
	} {
		page, ok := b[name]
		if !ok {
			t.Errorf("%s was not built", name)
			continue
		}
		s := string(page)
		i, j := strings.Index(s, "<main"), strings.Index(s, "</main>")
		if i < 0 || j < i {
			t.Errorf("%s has no <main>", name)
			continue
		}
		checkGolden(t, "sample", name, s[i:j+len("</main>")]+"\n")
	}
}
