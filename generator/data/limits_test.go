package data_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rapor-publik/rapor/generator/data"
)

// TestHostileNestingIsRefusedAtOnce: nesting that BurntSushi/toml would
// parse for minutes (it is quadratic in the depth of inline tables and
// dotted keys) is refused before it is parsed, at its place, in every
// kind of file the loader reads.
func TestHostileNestingIsRefusedAtOnce(t *testing.T) {
	const n = 100_000
	tables := strings.Repeat("{a=", n) + "1" + strings.Repeat("}", n)
	tests := []struct{ name, file, src, want string }{
		{"inline tables in a year file", "data/years/2024.toml",
			"year = 2024\nscale = \"opini-2022\"\nx = " + tables + "\n", "data/years/2024.toml:3:101: "},
		{"dotted key in entities.toml", data.EntitiesFile,
			strings.Repeat("a.", n) + "a = 1\n", "data/entities.toml:1:66: "},
		{"arrays in site.toml", data.SiteFile,
			"title = \"a\"\nlanguages = " + strings.Repeat("[", n) + "\n", "data/site.toml:2:45: "},
		{"inline tables in front matter", "content/x.md",
			"+++\ntitle = \"X\"\nparams = " + tables + "\n+++\nIsi.\n", "content/x.md:3:106: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := siteFS(t, "")
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.src)}
			start := time.Now()
			_, diags := data.Load(fsys)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("Load took %v; want well under a second", d)
			}
			var got []string
			for _, d := range diags {
				if d.File == tt.file && d.Severity == data.Error {
					got = append(got, d.String())
				}
			}
			if len(got) != 1 || !strings.HasPrefix(got[0], tt.want) || !strings.Contains(got[0], "more than 32 levels deep") {
				t.Errorf("got %q\nwant one error starting %q about the depth", got, tt.want)
			}
		})
	}
}

// TestBracketsInStringsAreNotNesting: brackets inside strings and
// comments, and table headers, are no nesting.
func TestBracketsInStringsAreNotNesting(t *testing.T) {
	b := strings.Repeat("[{", 200)
	fsys := siteFS(t, `-- data/years/2023.toml --
year = 2023
scale = "opini-2022"
title = "`+b+`"  # `+b+`

[[source]]
id = "radar"
title = '`+b+`'
url = "https://example.org/a"
note = """
`+b+`\"""
"""

[[result]]
entity = "17.07"
score = 92.00
sources = ["radar"]
note = '''`+b+`'''
`)
	if _, diags := data.Load(fsys); len(diags) > 0 {
		for _, d := range diags {
			if strings.Contains(d.Message, "levels deep") {
				t.Errorf("brackets in strings counted as nesting: %v", d)
			}
		}
	}
}

// TestOversizeFileIsNotRead: a file over its kind's limit is reported
// with its size, the limit and what to do, and is not parsed.
func TestOversizeFileIsNotRead(t *testing.T) {
	limit, _ := data.SizeLimit("data/years/2023.toml")
	src := "year = 2023\nscale = \"opini-2022\"\n" + strings.Repeat("# padding\n", int(limit/10)) + "[[result]]\nentity = \"nowhere\"\nscore = 1\n"
	fsys := siteFS(t, "")
	fsys["data/years/2023.toml"] = &fstest.MapFile{Data: []byte(src)}
	_, diags := data.Load(fsys)
	var got []string
	for _, d := range diags {
		if d.File == "data/years/2023.toml" {
			got = append(got, d.String())
		}
	}
	want := fmt.Sprintf("data/years/2023.toml:1:1: the file is %d bytes, more than the 16000000 bytes (16 MB) a file of its kind may hold, and is not read; split the year's results into several files", len(src))
	if len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("got %q\nwant one error starting %q", got, want)
	}
}

func TestSizeLimits(t *testing.T) {
	for _, tt := range []struct {
		name string
		min  int64
	}{
		// several times the village fixture's largest files
		{data.EntitiesFile, 36_000_000},
		{"data/years/2024-desa-11.toml", 4_000_000},
		{data.ScalesFile, 100_000},
		{data.SiteFile, 100_000},
		{"content/berita/x.md", 1_000_000},
	} {
		if got, hint := data.SizeLimit(tt.name); got < tt.min || hint == "" {
			t.Errorf("SizeLimit(%s) = %d, %q; want at least %d and a hint", tt.name, got, hint, tt.min)
		}
	}
}
