package pipeline_test

import (
	"path"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Every chart of every body's and province's page has an embed page: the
// chart and its table, no site chrome, a link back, not indexed; and the
// page offers iframe code for it that loads that embed page and the
// sizing script, with a title for screen readers.
func TestEmbeds(t *testing.T) {
	b := sampleSite(t)
	const base = "https://rapor-publik.github.io/rapor/"
	embeds := 0
	for _, name := range b.pages() {
		p := strings.TrimPrefix(name, "en/")
		segs := strings.Split(p, "/")
		// <kind>/<slug>/index.html: a body's or province's page.
		if len(segs) != 3 || segs[2] != "index.html" || !strings.Contains("kabupaten kota provinsi", segs[0]) {
			continue
		}
		doc := b.page(t, name)
		prefix := strings.TrimSuffix(name, p)
		walk(doc, func(n *html.Node) {
			if n.DataAtom != atom.Figure || !strings.HasPrefix(must(attr(n, "id")), "chart-") {
				return
			}
			chart := strings.TrimPrefix(must(attr(n, "id")), "chart-")
			embedPath := prefix + "embed/" + segs[0] + "/" + segs[1] + "/" + chart + "/"
			embeds++
			checkEmbedPage(t, b, embedPath+"index.html", base+path.Dir(name)+"/")

			area := find(n, func(n *html.Node) bool { return n.DataAtom == atom.Textarea })
			if area == nil {
				t.Errorf("%s: chart %s offers no embed code", name, chart)
				return
			}
			code, err := html.ParseFragment(strings.NewReader(text(area)), &html.Node{Type: html.ElementNode, DataAtom: atom.Body, Data: "body"})
			if err != nil {
				t.Errorf("%s: embed code of %s does not parse: %v", name, chart, err)
				return
			}
			var iframe, script *html.Node
			for _, c := range code {
				switch c.DataAtom {
				case atom.Iframe:
					iframe = c
				case atom.Script:
					script = c
				}
			}
			if iframe == nil || script == nil {
				t.Errorf("%s: embed code of %s lacks the iframe or the script: %s", name, chart, text(area))
				return
			}
			if src := must(attr(iframe, "src")); src != base+embedPath {
				t.Errorf("%s: iframe src %q, want %q", name, src, base+embedPath)
			}
			if title := must(attr(iframe, "title")); !strings.Contains(title, text(find(n, func(n *html.Node) bool { return n.DataAtom == atom.Figcaption }))) {
				t.Errorf("%s: iframe title %q does not name the chart", name, title)
			}
			if _, ok := attr(iframe, "data-rapor-embed"); !ok {
				t.Errorf("%s: iframe lacks data-rapor-embed", name)
			}
			if src := must(attr(script, "src")); src != base+"assets/js/embed-host.js" {
				t.Errorf("%s: embed script %q", name, src)
			}
		})
	}
	if embeds < 40 {
		t.Errorf("only %d embedded charts checked", embeds)
	}
	if _, ok := b["assets/js/embed-host.js"]; !ok {
		t.Error("assets/js/embed-host.js was not built")
	}
	if sitemap := string(b["sitemap.xml"]); strings.Contains(sitemap, "/embed/") {
		t.Error("the sitemap lists embed pages")
	}
}

// checkEmbedPage checks one embed page: one chart with its table, no site
// header or navigation, canonical to its body's page, not indexed, a link
// back, and the sizing script.
func checkEmbedPage(t *testing.T, b built, name, canonical string) {
	t.Helper()
	if _, ok := b[name]; !ok {
		t.Errorf("embed page %s was not built", name)
		return
	}
	doc := b.page(t, name)
	count := func(a atom.Atom) int {
		n := 0
		walk(doc, func(x *html.Node) {
			if x.DataAtom == a {
				n++
			}
		})
		return n
	}
	if count(atom.Figure) != 1 || count(atom.Table) != 1 {
		t.Errorf("%s: %d charts, %d tables; want one of each", name, count(atom.Figure), count(atom.Table))
	}
	if count(atom.Header) != 0 || count(atom.Nav) != 0 || count(atom.Footer) != 0 || count(atom.Textarea) != 0 {
		t.Errorf("%s: site chrome or embed code in an embed page", name)
	}
	var gotCanonical, robots, back string
	scripts := map[string]bool{}
	walk(doc, func(n *html.Node) {
		switch {
		case n.DataAtom == atom.Link && must(attr(n, "rel")) == "canonical":
			gotCanonical = must(attr(n, "href"))
		case n.DataAtom == atom.Meta && must(attr(n, "name")) == "robots":
			robots = must(attr(n, "content"))
		case n.DataAtom == atom.A && must(attr(n, "target")) == "_blank":
			back = must(attr(n, "href"))
		case n.DataAtom == atom.Script && must(attr(n, "src")) != "":
			scripts[path.Base(must(attr(n, "src")))] = true
		}
	})
	if gotCanonical != canonical {
		t.Errorf("%s: canonical %q, want %q", name, gotCanonical, canonical)
	}
	if robots != "noindex" {
		t.Errorf("%s: robots %q, want noindex", name, robots)
	}
	if resolved := path.Join(path.Dir(name), back) + "/"; "https://rapor-publik.github.io/rapor/"+resolved != canonical {
		t.Errorf("%s: link back %q leads to %s, want the body's page", name, back, resolved)
	}
	if !scripts["embed.js"] || !scripts["rapor.js"] {
		t.Errorf("%s: scripts %v, want rapor.js and embed.js", name, scripts)
	}
}
