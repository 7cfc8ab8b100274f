package pipeline_test

import (
	"bytes"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/rapor-publik/rapor/generator/pipeline"
)

// The repository's own sample site, built once for the tests that read it.
var sample struct{ files built }

func sampleSite(t *testing.T) built {
	t.Helper()
	if sample.files == nil {
		_, sample.files = buildTo(t, os.DirFS(filepath.Join("..", "..")))
	}
	return sample.files
}

// Every URL of the spec exists in both languages.
func TestSampleURLs(t *testing.T) {
	b := sampleSite(t)
	for _, name := range []string{"feed.xml", "sitemap.xml", "robots.txt", "404.html", "data/rapor.json", "data/2023.csv",
		"assets/css/rapor.css", "assets/js/rapor.js", "en/feed.xml"} {
		if _, ok := b[name]; !ok {
			t.Errorf("%s was not built", name)
		}
	}
	pages := []string{"", "2019/", "2021/", "2022/", "2023/", "2024/", "provinsi/bengkulu/", "provinsi/banten/",
		"kabupaten/lebong/", "kabupaten/lebong/2021/", "kabupaten/lebong/2023/", "kabupaten/pandeglang/2024/",
		"kota/bengkulu/", "berita/", "berita/2024-02-29-lebong-naik-ke-peringkat-tiga/", "metodologi/", "data/"}
	for _, prefix := range []string{"", "en/"} {
		for _, p := range pages {
			if _, ok := b[prefix+p+"index.html"]; !ok {
				t.Errorf("/%s%s was not built", prefix, p)
			}
		}
		if _, ok := b[prefix+"404.html"]; !ok {
			t.Errorf("/%s404.html was not built", prefix)
		}
	}
	// A body without any result has no page: Kabupaten Aceh Besar.
	if _, ok := b["kabupaten/aceh-besar/index.html"]; ok {
		t.Error("a body without results has a page")
	}
}

// The Lebong 2023 page states the published figures: 92,00, rank 3 of 10
// in Bengkulu, up from 5th; in English with a decimal point.
func TestSampleLebong2023(t *testing.T) {
	b := sampleSite(t)
	for _, c := range []struct {
		page string
		want []string
	}{
		{"kabupaten/lebong/2023/index.html", []string{
			"Pemerintah Kabupaten Lebong meraih nilai 92,00",
			"naik 7,78 poin dari 84,22 pada 2022",
			"peringkat ketiga dari sepuluh kabupaten/kota se-Bengkulu, naik dari peringkat kelima pada 2022",
			"Kutip halaman ini",
			"https://rapor-publik.github.io/rapor/kabupaten/lebong/2023/",
		}},
		{"en/kabupaten/lebong/2023/index.html", []string{"92.00", "Lebong Regency", "3 of 10"}},
	} {
		got := text(b.page(t, c.page))
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s does not say %q; it says:\n%s", c.page, w, got)
			}
		}
	}
	doc := b.page(t, "kabupaten/lebong/2023/index.html")
	if h := byTag(doc, atom.Html); h == nil || must(attr(h, "lang")) != "id" {
		t.Error(`kabupaten/lebong/2023/ is not <html lang="id">`)
	}
	if h := byTag(b.page(t, "en/kabupaten/lebong/2023/index.html"), atom.Html); must(attr(h, "lang")) != "en" {
		t.Error(`en/kabupaten/lebong/2023/ is not <html lang="en">`)
	}
}

// Every internal link and asset resolves, and every page is safe.
func TestSampleLinks(t *testing.T) {
	b := sampleSite(t)
	if n := checkLinks(t, b); n < 1000 {
		t.Errorf("only %d internal links checked; the sample site has thousands", n)
	}
	for _, name := range b.pages() {
		checkSafe(t, name, b.page(t, name))
	}
}

// Pages stay light: a body page under 60 KB, all CSS under 15 KB.
func TestSampleSizes(t *testing.T) {
	b := sampleSite(t)
	css := 0
	for name, data := range b {
		if strings.HasSuffix(name, ".css") {
			css += len(data)
		}
		if strings.Count(name, "/") >= 2 && strings.HasSuffix(name, "/index.html") &&
			(strings.HasPrefix(name, "kabupaten/") || strings.HasPrefix(name, "kota/") || strings.HasPrefix(name, "en/kabupaten/")) &&
			len(data) > 60_000 {
			t.Errorf("%s is %d bytes; a body page must stay under 60 KB", name, len(data))
		}
	}
	if css > 15_000 {
		t.Errorf("the CSS is %d bytes; it must stay under 15 KB", css)
	}
}

// Two builds of the same input are byte-identical, pages included.
func TestIdenticalBuilds(t *testing.T) {
	_, first := buildTo(t, siteFS(t, hostile))
	_, second := buildTo(t, siteFS(t, hostile))
	if len(first) != len(second) {
		t.Fatalf("%d files, then %d", len(first), len(second))
	}
	for name, data := range first {
		if !bytes.Equal(data, second[name]) {
			t.Errorf("%s differs between two builds", name)
		}
	}
}

// Names, titles and Markdown written to break out of their context.
const (
	xss1 = `</script><img src=x onerror=alert(1)>`
	xss2 = `"><svg onload=alert(2)>`
	tmpl = `{{.}}`
)

const hostile = `
-- data/site.toml --
title = "Rapor {{.}} </script><img src=x onerror=alert(1)>"
base_url = "https://rapor.example.org/"
languages = ["id", "en"]
publisher = "\"><svg onload=alert(2)>"
-- data/entities.toml --
[[kind]]
id = "provinsi"
label = "Provinsi"
label_en = "Province"

[[kind]]
id = "kabupaten"
label = "Kabupaten </script><img src=x onerror=alert(1)>"
label_en = "{{.}} Regency"
regional = true

[[kind]]
id = "kota"
label = "Kota"
regional = true

[[entity]]
code = "17"
name = "Bengkulu \"><svg onload=alert(2)>"
kind = "provinsi"
slug = "bengkulu"

[[entity]]
code = "17.07"
name = "Lebong </script><img src=x onerror=alert(1)>"
kind = "kabupaten"
province = "17"
slug = "lebong"

[[entity]]
code = "17.71"
name = "{{.}}"
kind = "kota"
province = "17"
slug = "bengkulu"
-- data/years/2023.toml --
year = 2023
scale = "opini-2022"
title = "Penilaian </script><img src=x onerror=alert(1)>"

[[source]]
id = "radar"
title = "Sumber \"><svg onload=alert(2)>"
url = "https://example.org/a?b=\"><svg onload=alert(2)>"

[[result]]
entity = "17.07"
score = 92.00
sources = ["radar"]
note = "Catatan <img src=x onerror=alert(7)> <script>alert(5)</script> [tautan](javascript:alert(6))"

[[result.unit]]
name = "</script><img src=x onerror=alert(1)>"
type = "dukcapil"
score = 92.00

[[result.unit]]
name = "{{.}} \"><svg onload=alert(2)>"
score = 92.00

[[result]]
entity = "17.71"
score = 84.20
-- content/berita/serangan.md --
+++
title = "Berita </script><img src=x onerror=alert(1)>"
date = 2024-02-29
entities = ["17.07", "17.71"]
summary = "\"><svg onload=alert(2)>"
+++
Teks <script>alert(3)</script> dan <img src=x onerror=alert(4)>.

[tautan](javascript:alert(8)) {{.}}

| a | b |
|---|---|
| </script> | "><svg onload=alert(2)> |
`

// Hostile names and titles come out as text on every page and in the
// chart data: no element, attribute or script of theirs reaches a page.
func TestHostileNames(t *testing.T) {
	_, b := buildTo(t, siteFS(t, hostile))
	pages := b.pages()
	if len(pages) < 20 {
		t.Fatalf("only %d pages built", len(pages))
	}
	seen := map[string]bool{}
	for _, name := range pages {
		doc := b.page(t, name)
		checkSafe(t, name, doc)
		got := text(doc)
		for _, s := range []string{xss1, xss2, tmpl} {
			if strings.Contains(got, s) {
				seen[s] = true
			}
		}
		// The chart data carry the names as JSON strings.
		walk(doc, func(n *html.Node) {
			if n.DataAtom == atom.Script && strings.Contains(raw(n), "onerror=alert(1)") {
				seen["chart"] = true
			}
		})
	}
	for _, s := range []string{xss1, xss2, tmpl, "chart"} {
		if !seen[s] {
			t.Errorf("%q is shown as text on no page: the test does not reach it", s)
		}
	}
	for _, name := range []string{"feed.xml", "en/feed.xml", "sitemap.xml"} {
		if bytes.Contains(b[name], []byte("<img")) || bytes.Contains(b[name], []byte("<svg")) {
			t.Errorf("%s holds unescaped markup", name)
		}
	}
}

// A site's own theme overrides single files of the default theme: a
// stylesheet, one word, one layout; the rest comes from the default.
func TestThemeOverride(t *testing.T) {
	_, b := buildTo(t, siteFS(t, `
-- data/site.toml --
title = "Rapor Uji"
base_url = "https://rapor.example.org/"
languages = ["id", "en"]
theme = "koran"
-- themes/koran/static/css/rapor.css --
body { color: navy; }
-- themes/koran/i18n/id.toml --
"nav.news" = "Kabar"
-- themes/koran/layouts/partials/foot.html --
</main><footer class="koran">{{.T "nav.news"}}</footer></body></html>
`))
	if got := string(b["assets/css/rapor.css"]); got != "body { color: navy; }\n" {
		t.Errorf("assets/css/rapor.css = %q, want the site theme's", got)
	}
	if _, ok := b["assets/js/rapor.js"]; !ok {
		t.Error("the default theme's rapor.js is missing")
	}
	id := string(b["index.html"])
	if !strings.Contains(id, `<footer class="koran">Kabar</footer>`) {
		t.Errorf("index.html lacks the site theme's footer with its word:\n%s", id)
	}
	if !strings.Contains(string(b["en/index.html"]), `<footer class="koran">News</footer>`) {
		t.Error("en/index.html lacks the footer with the default English word")
	}
}

// A site retunes its stories in its theme's words: the "story." keys
// are the sentence templates, filled with the same values.
func TestStoryWords(t *testing.T) {
	_, b := buildTo(t, siteFS(t, `
-- data/site.toml --
title = "Rapor Uji"
base_url = "https://rapor.example.org/"
languages = ["id", "en"]
theme = "koran"
-- themes/koran/i18n/id.toml --
"story.rank_placed" = "Dengan nilai itu {short} menduduki {place}{move}"
-- themes/koran/i18n/en.toml --
"story.rank_placed" = "{short} came {place}{move}"
`))
	for page, want := range map[string]string{
		"kabupaten/lebong/2023/index.html":    "Dengan nilai itu Lebong menduduki peringkat pertama dari dua kabupaten/kota se-Bengkulu, naik dari peringkat kedua pada 2022.",
		"en/kabupaten/lebong/2023/index.html": "Lebong came first of two kabupaten and kota in Bengkulu Province, up from second in 2022.",
	} {
		got := text(b.page(t, page))
		if !strings.Contains(got, want) {
			t.Errorf("%s lacks the site's sentence %q:\n%s", page, want, got)
		}
		if strings.Contains(got, "Nilai itu menempatkan") || strings.Contains(got, "The score placed") {
			t.Errorf("%s still has the default theme's sentence", page)
		}
	}
}

// With echarts set to a file of the site, the build publishes that copy
// and pages load it with its own integrity hash instead of the CDN's.
func TestSelfHostedECharts(t *testing.T) {
	lib := "/* echarts stand-in */\n"
	_, b := buildTo(t, siteFS(t, `
-- data/site.toml --
title = "Rapor Uji"
base_url = "https://rapor.example.org/"
languages = ["id"]
echarts = "node_modules/echarts/dist/echarts.min.js"
-- node_modules/echarts/dist/echarts.min.js --
`+lib))
	if got := string(b["assets/vendor/echarts.min.js"]); got != lib {
		t.Fatalf("assets/vendor/echarts.min.js = %q, want the site's copy", got)
	}
	sum := sha512.Sum384([]byte(lib))
	want := "sha384-" + base64.StdEncoding.EncodeToString(sum[:])
	doc := b.page(t, "kabupaten/lebong/index.html")
	s := find(doc, func(n *html.Node) bool { _, ok := attr(n, "data-echarts"); return ok })
	if s == nil {
		t.Fatal("the body page names no ECharts for rapor.js")
	}
	if src, _ := attr(s, "data-echarts"); src != "../../assets/vendor/echarts.min.js" {
		t.Errorf("data-echarts = %q", src)
	}
	if got, _ := attr(s, "data-echarts-integrity"); got != want {
		t.Errorf("data-echarts-integrity = %q, want %q", got, want)
	}
	if bytes.Contains(b["kabupaten/lebong/index.html"], []byte("cdn.jsdelivr.net")) {
		t.Error("a self-hosted site still loads the CDN")
	}
}

// Two files for one address fail the build, naming it: here a site
// theme's own static/vendor/echarts.min.js and the self-hosted ECharts.
func TestOneFilePerAddress(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	_, err := pipeline.Build(context.Background(), siteFS(t, `
-- data/site.toml --
title = "Rapor Uji"
base_url = "https://rapor.example.org/"
theme = "koran"
echarts = "lib/echarts.min.js"
-- lib/echarts.min.js --
/* echarts */
-- themes/koran/static/vendor/echarts.min.js --
/* another */
`), out)
	if err == nil || !strings.Contains(err.Error(), "two files would be written to assets/vendor/echarts.min.js") {
		t.Errorf("Build: %v", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("the failed build left an output: %v", err)
	}
}

// Kinds ranked in a province group of their own (desa) are listed on
// their province's page, not on the home page, which would otherwise
// list every village of the country.
func TestHomeLeavesOwnGroupKindsToProvinces(t *testing.T) {
	_, b := buildTo(t, siteFS(t, `
-- data/site.toml --
title = "Rapor Uji"
base_url = "https://rapor.example.org/"
-- data/entities.toml --
[[kind]]
id = "provinsi"
label = "Provinsi"
[[kind]]
id = "kabupaten"
label = "Kabupaten"
regional = true
[[kind]]
id = "desa"
label = "Desa"
regional = true
province_group = "desa"

[[entity]]
code = "17"
name = "Bengkulu"
kind = "provinsi"
[[entity]]
code = "17.07"
name = "Lebong"
kind = "kabupaten"
province = "17"
[[entity]]
code = "17.07.01.2001"
name = "Sukamaju"
kind = "desa"
province = "17"
-- data/years/2022.toml --
year = 2022
scale = "zona-2015"
[[result]]
entity = "17.07"
score = 84
[[result]]
entity = "17.07.01.2001"
score = 70
-- data/years/2023.toml --
(removed)
`))
	list := find(b.page(t, "index.html"), func(n *html.Node) bool { c, _ := attr(n, "class"); return c == "provinces" })
	if list == nil {
		t.Fatal("the home page has no list of provinces")
	}
	if got := text(list); !strings.Contains(got, "Kabupaten Lebong") || strings.Contains(got, "Desa Sukamaju") {
		t.Errorf("the home page's province list: %s", got)
	}
	if !strings.Contains(text(b.page(t, "provinsi/bengkulu/index.html")), "Desa Sukamaju") {
		t.Error("the province page does not list its desa")
	}
}

// Each body's history CSV holds, oldest first, exactly its rows of the
// year CSVs, and its page links it.
func TestHistoryCSV(t *testing.T) {
	b := sampleSite(t)
	rows := map[string][]string{} // code → its rows of every year CSV, by year
	for name, data := range b {
		if !strings.HasPrefix(name, "data/") || !strings.HasSuffix(name, ".csv") {
			continue
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n")[1:] {
			code := strings.Split(line, ",")[1]
			rows[code] = append(rows[code], line)
		}
	}
	checked := 0
	for code, lines := range rows {
		slices.Sort(lines) // rows start with the year
		var csvName string
		for name, data := range b {
			if strings.HasSuffix(name, ".csv") && !strings.HasPrefix(name, "data/") && strings.Contains(string(data), "\n"+lines[0]+"\n") {
				csvName = name
			}
		}
		if csvName == "" {
			t.Errorf("no history CSV holds %s's row %q", code, lines[0])
			continue
		}
		got := strings.Split(strings.TrimSpace(string(b[csvName])), "\n")[1:]
		if !slices.Equal(got, lines) {
			t.Errorf("%s:\n%s\nwant the year CSVs' rows:\n%s", csvName, strings.Join(got, "\n"), strings.Join(lines, "\n"))
		}
		page := path.Dir(csvName) + "/index.html"
		if !strings.Contains(string(b[page]), `href="`+path.Base(csvName)+`" download`) {
			t.Errorf("%s does not link %s", page, path.Base(csvName))
		}
		checked++
	}
	if checked < 20 {
		t.Errorf("only %d bodies checked", checked)
	}
}
