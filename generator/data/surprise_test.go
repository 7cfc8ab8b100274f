package data_test

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/rapor-publik/rapor/generator/data"
)

// surpriseCase is input that was once taken silently, or read as more
// than it says: the change to the base site, and the one diagnostic it
// must now produce in the file at fault.
type surpriseCase struct {
	name     string
	override string
	want     string // "file:line:col: " (and "warning: ") prefix; a file name alone: none in that file; "": none at all
	words    string // must appear in its message
	not      string // must appear in no message
}

func TestSurprises(t *testing.T) {
	site := func(baseURL string) string {
		return "-- data/site.toml --\ntitle = \"a\"\nbase_url = \"" + baseURL + "\"\n"
	}
	// entity registers a second provinsi body after Bengkulu (17): its
	// code is on line 9, its name on line 10.
	entity := func(code, name string) string {
		return "-- data/entities.toml --\n[[kind]]\nid = \"provinsi\"\nlabel = \"P\"\n" +
			"[[entity]]\ncode = \"17\"\nname = \"Bengkulu\"\nkind = \"provinsi\"\n" +
			"[[entity]]\ncode = " + code + "\nname = " + name + "\nkind = \"provinsi\"\n"
	}
	tests := []surpriseCase{
		// Text that the CSV export writes as it is.
		{"name starting with =", entity(`"18"`, `'=HYPERLINK("https://x.example/","klik")'`),
			"data/entities.toml:10:8: ", `name "=HYPERLINK(\"https://x.example/\",\"klik\")" starts with "=", and a spreadsheet opening the CSV export`, ""},
		{"name starting with +", entity(`"18"`, `"+62 Bengkulu"`), "data/entities.toml:10:8: ", `starts with "+"`, ""},
		{"name starting with -", entity(`"18"`, `"-1+1"`), "data/entities.toml:10:8: ", `starts with "-"`, ""},
		{"name starting with @", entity(`"18"`, `"@SUM(1)"`), "data/entities.toml:10:8: ", `starts with "@"`, ""},
		{"name starting with a tab", entity(`"18"`, `"\t=1"`), "data/entities.toml:10:8: ", "starts with a tab", ""},
		{"name starting with a carriage return", entity(`"18"`, `"\r=1"`), "data/entities.toml:10:8: ", "starts with a carriage return", ""},
		{"dash inside a name", entity(`"18"`, `"Bengkulu-Utara"`), "data/entities.toml", "", ""},
		{"code starting with =", entity(`"=18"`, `"Utara"`), "data/entities.toml:9:8: ", `code "=18" starts with "="`, ""},
		{"code starting with -", entity(`"-18"`, `"Utara"`), "data/entities.toml:9:8: ", `code "-18" starts with "-"`, ""},
		{"grade id starting with =", "-- data/scales.toml --\n[[scale]]\nid = \"opini-2022\"\nname = \"S\"\n[[scale.grade]]\nid = \"=A\"\nlabel = \"A\"\nmin = 0\n",
			"data/scales.toml:5:6: ", `grade id "=A" starts with "="`, ""},
		// A year without results
		{"year file with a header only", "-- data/years/2026.toml --\nyear = 2026\nscale = \"opini-2022\"\n[[source]]\nid = \"a\"\ntitle = \"t\"\n",
			"data/years/2026.toml:1:8: warning: ", "2026 has no results (no [[result]] in data/years/2026.toml), so the site leaves it out", ""},
		{"two files of a year without results", "-- data/years/2026.toml --\nyear = 2026\nscale = \"opini-2022\"\n-- data/years/2026-b.toml --\nyear = 2026\nscale = \"opini-2022\"\n",
			"data/years/2026-b.toml:1:8: warning: ", "(no [[result]] in any of its 2 files)", ""},
		{"year whose results all fail", "-- data/years/2026.toml --\nyear = 2026\nscale = \"opini-2022\"\n[[result]]\nentity = \"99\"\nscore = 1\n",
			"data/years/2026.toml:4:10: ", `entity "99" is not the code`, ""},
		// Files that are not read
		{"year file named .TOML", "-- data/years/2024.TOML --\nyear = 2024\n",
			"data/years/2024.TOML: ", "this year file is not read: year files end in .toml, in lower case; rename it to 2024.toml", ""},
		{"year file in a folder", "-- data/years/2024/bengkulu.toml --\nyear = 2024\n",
			"data/years/2024/bengkulu.toml: ", "year files live directly in data/years/, not in a folder of it; move it to data/years/2024-bengkulu.toml", ""},
		{"other file among the year files", "-- data/years/catatan.txt --\nx\n",
			"data/years/catatan.txt: warning: ", "this file is not read", ""},
		{"page named .MD", "-- content/tentang.MD --\n+++\ntitle = \"T\"\n+++\n",
			"content/tentang.MD: ", "this page is not built: pages end in .md, in lower case; rename it to tentang.md", ""},
		{"HTML file in content", "-- content/berita/lama.html --\n<p>x</p>\n",
			"content/berita/lama.html: warning: ", "neither read nor published", ""},
		{"hidden files and backups are let be", "-- content/.DS_Store --\nx\n-- content/metodologi.md~ --\nx\n-- data/years/.2023.toml.swp --\nx\n-- data/years/.git/x --\nx\n", "", "", ""},
		// Unit types
		{"unit type with a dot-dot", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\n[[result.unit]]\nname = \"A\"\ntype = \"..\"\nscore = 90\n",
			"data/years/2023.toml:7:8: ", `type ".." must be a tag of lower-case letters a–z, digits and single dashes, such as "puskesmas"`, ""},
		{"unit type with a slash", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\n[[result.unit]]\nname = \"A\"\ntype = \"a/b\"\nscore = 90\n",
			"data/years/2023.toml:7:8: ", `type "a/b" must be a tag`, ""},
		{"unit type in capitals", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\n[[result.unit]]\nname = \"A\"\ntype = \"Puskesmas\"\nscore = 90\n",
			"data/years/2023.toml:7:8: ", `such as "puskesmas"`, ""},
		// Codes
		{"code with a space", entity(`"17 07"`, `"Utara"`), "data/entities.toml:9:8: ", `code "17 07" has a space; write codes without spaces`, ""},
		{"code with a trailing space", entity(`"18 "`, `"Utara"`), "data/entities.toml:9:8: ", "has a space", ""},
		{"code with a no-break space", entity(`"18\u00a0"`, `"Utara"`), "data/entities.toml:9:8: ", "has a space", ""},
		{"code with a tab", entity(`"\t18"`, `"Utara"`), "data/entities.toml:9:8: ", "control character", ""},
		{"code with letters and dots", entity(`"K.01"`, `"Utara"`), "data/entities.toml", "", ""},

		// base_url
		{"password in base_url", site("https://editor:s3cret@rapor.example.org/"),
			"data/site.toml:2:12: ", `base_url "https://…@rapor.example.org/" holds a user name or password`, "s3cret"},
		{"user name in base_url", site("https://editor@rapor.example.org/rapor/"),
			"data/site.toml:2:12: ", "remove it", "editor"},
		{"password in a base_url that is no address", site("https:editor:s3cret@rapor.example.org"),
			"data/site.toml:2:12: ", "user name or password", "s3cret"},
		{"@ in the path is no password", site("https://rapor.example.org/@rapor/"), "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, siteFS(t, tt.override)) })
	}
}

func (tt surpriseCase) check(t *testing.T, fsys fs.FS) {
	t.Helper()
	_, diags := data.Load(fsys)
	file, _, _ := strings.Cut(tt.want, ":")
	var got []string
	for _, d := range diags {
		if tt.not != "" && strings.Contains(d.String(), tt.not) {
			t.Errorf("a message holds %q: %s", tt.not, d)
		}
		if file == "" || d.File == file {
			got = append(got, d.String())
		}
	}
	if !strings.Contains(tt.want, ": ") {
		if len(got) > 0 {
			t.Fatalf("want no diagnostic, got:\n%s", strings.Join(got, "\n"))
		}
		return
	}
	if len(got) != 1 {
		t.Fatalf("want 1 diagnostic at %s, got %d:\n%s", tt.want, len(got), strings.Join(got, "\n"))
	}
	if !strings.HasPrefix(got[0], tt.want) || !strings.Contains(got[0], tt.words) {
		t.Errorf("got  %s\nwant %s… %s", got[0], tt.want, tt.words)
	}
}

// A year without results is no year of the site: not the latest, and no
// gap in the bodies' records.
func TestYearWithoutResultsLeftOut(t *testing.T) {
	ds, diags := data.Load(siteFS(t, "-- data/years/2026.toml --\nyear = 2026\nscale = \"opini-2022\"\n"))
	if diags.HasErrors() {
		t.Fatalf("errors:\n%v", diags)
	}
	for _, y := range ds.Years {
		if y.Year == 2026 {
			t.Fatalf("2026 is a year of the dataset, with %d results", len(y.Results))
		}
	}
}

// A news article dated after the day given as today is a warning at its
// date.
func TestNewsFromTheFuture(t *testing.T) {
	const article = "-- content/berita/lebong.md --\n+++\ntitle = \"Lebong\"\ndate = 2024-03-01\n%s+++\n"
	day := func(y int, m time.Month, d int) data.Date { return data.Date{Year: y, Month: m, Day: d} }
	tests := []struct {
		name  string
		today data.Date
		more  string
		want  string
	}{
		{"dated tomorrow", day(2024, 2, 29), "",
			"content/berita/lebong.md:3:8: warning: date 2024-03-01 is after today, 2024-02-29: the article is published with it, first in the news and the feed; check the date, or set draft = true until the day comes"},
		{"dated a year on", day(2023, 3, 1), "", "content/berita/lebong.md:3:8: warning: date 2024-03-01 is after today, 2023-03-01"},
		{"dated today", day(2024, 3, 1), "", ""},
		{"dated before", day(2025, 1, 1), "", ""},
		{"a draft", day(2024, 2, 1), "draft = true\n", ""},
		{"no today given", data.Date{}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := data.LoadWith(siteFS(t, fmt.Sprintf(article, tt.more)), data.Options{Today: tt.today})
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("want no diagnostic, got:\n%s", strings.Join(got, "\n"))
			case tt.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tt.want)):
				t.Errorf("got:\n%s\nwant one diagnostic starting\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}
