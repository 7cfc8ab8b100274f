package pipeline_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var update = flag.Bool("update", false, "rewrite the golden pages in testdata/pages/")

// built is a built site read back: every file by its slash path.
type built map[string][]byte

// buildTo builds fsys into a fresh folder and reads every file back.
func buildTo(t testing.TB, fsys fs.FS) (string, built) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	mustBuild(t, fsys, out)
	files := built{}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(out, p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out, files
}

// pages lists the HTML files, sorted.
func (b built) pages() []string {
	var out []string
	for name := range b {
		if strings.HasSuffix(name, ".html") {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// page parses one HTML file, failing the test if it is missing.
func (b built) page(t testing.TB, name string) *html.Node {
	t.Helper()
	data, ok := b[name]
	if !ok {
		t.Fatalf("%s was not built", name)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// walk calls fn for every element of a document.
func walk(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// text is the text content of a node, with runs of white space made one
// space: what a reader sees.
func text(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// checkLinks checks that every relative link and asset of every page
// resolves to a built file, and every #fragment to an id on its page.
func checkLinks(t *testing.T, b built) (links int) {
	t.Helper()
	ids := map[string]map[string]bool{}
	docs := map[string]*html.Node{}
	for _, name := range b.pages() {
		doc := b.page(t, name)
		docs[name] = doc
		ids[name] = map[string]bool{}
		walk(doc, func(n *html.Node) {
			if id, ok := attr(n, "id"); ok {
				if ids[name][id] {
					t.Errorf("%s: id %q is not unique", name, id)
				}
				ids[name][id] = true
			}
		})
	}
	for _, name := range b.pages() {
		if name == "404.html" || strings.HasSuffix(name, "/404.html") {
			continue // its links are absolute, from base_url: it is served at any address
		}
		walk(docs[name], func(n *html.Node) {
			for _, key := range []string{"href", "src"} {
				ref, ok := attr(n, key)
				if !ok {
					continue
				}
				u, err := url.Parse(ref)
				if err != nil {
					t.Errorf("%s: %s=%q: %v", name, key, ref, err)
					continue
				}
				if u.Scheme != "" || u.Host != "" {
					continue // external: sources, canonical links, the CDN
				}
				if strings.HasPrefix(ref, "/") {
					t.Errorf("%s: %s=%q is site-absolute; links must be relative", name, key, ref)
					continue
				}
				links++
				target := name
				if u.Path != "" {
					target = path.Join(path.Dir(name), u.Path)
					if strings.HasSuffix(u.Path, "/") {
						target = path.Join(target, "index.html")
					}
					if _, ok := b[target]; !ok {
						t.Errorf("%s: %s=%q leads to %s, which was not built", name, key, ref, target)
						continue
					}
				}
				if u.Fragment != "" && ids[target] != nil && !ids[target][u.Fragment] {
					t.Errorf("%s: %s=%q: %s has no id %q", name, key, ref, target, u.Fragment)
				}
			}
		})
	}
	return links
}

// checkSafe checks that a page runs no script but the theme's and the
// chart library, has no event-handler attribute and no javascript: link,
// and that every JSON data block parses.
func checkSafe(t *testing.T, name string, doc *html.Node) {
	t.Helper()
	walk(doc, func(n *html.Node) {
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("%s: <%s %s=%q>: an event handler in the page", name, n.Data, a.Key, a.Val)
			}
			if (a.Key == "href" || a.Key == "src") && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "javascript:") {
				t.Errorf("%s: <%s %s=%q>: a javascript: link", name, n.Data, a.Key, a.Val)
			}
		}
		switch n.DataAtom {
		case atom.Svg:
			// The theme's pictures: charts, maps, the legend's swatches.
			if class, _ := attr(n, "class"); class != "chart-svg" && class != "map-svg" && class != "swatch" {
				t.Errorf("%s: an <svg class=%q> the theme does not write", name, class)
			}
		case atom.Img, atom.Iframe, atom.Object, atom.Embed:
			t.Errorf("%s: an <%s> element the theme does not write", name, n.Data)
		case atom.Script:
			typ, _ := attr(n, "type")
			src, hasSrc := attr(n, "src")
			switch {
			case typ == "application/json" || typ == "application/ld+json":
				var v any
				if err := json.Unmarshal([]byte(raw(n)), &v); err != nil {
					t.Errorf("%s: script #%s does not hold JSON: %v", name, must(attr(n, "id")), err)
				}
			case hasSrc && (strings.HasSuffix(src, "assets/js/rapor.js") || strings.HasSuffix(src, "assets/js/embed.js") ||
				strings.HasSuffix(src, "assets/js/search.js") || strings.HasSuffix(src, "assets/js/copy.js")):
			default:
				t.Errorf("%s: a script the theme does not write: %s", name, html.UnescapeString(renderNode(n)))
			}
		}
	})
}

// raw is the text inside a script element, as the browser reads it.
func raw(n *html.Node) string {
	if n.FirstChild == nil {
		return ""
	}
	return n.FirstChild.Data
}

func must(s string, _ bool) string { return s }

func renderNode(n *html.Node) string {
	var b strings.Builder
	_ = html.Render(&b, n)
	return b.String()
}

// find returns the first element matching fn, or nil.
func find(doc *html.Node, fn func(*html.Node) bool) *html.Node {
	var found *html.Node
	walk(doc, func(n *html.Node) {
		if found == nil && fn(n) {
			found = n
		}
	})
	return found
}

// byTag finds the first element of a tag.
func byTag(doc *html.Node, a atom.Atom) *html.Node {
	return find(doc, func(n *html.Node) bool { return n.DataAtom == a })
}
