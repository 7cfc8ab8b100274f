package pipeline_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The schema.org vocabulary of the types the site uses: each type's
// properties, its own and inherited (Thing → CreativeWork → Dataset,
// Article → NewsArticle, MediaObject → DataDownload, ItemList →
// BreadcrumbList, Organization → GovernmentOrganization, Place → Country),
// as schema.org defines them. A property outside its type's list is an
// error: a typo, or a property of another type.
var (
	thingProps        = []string{"@type", "name", "description", "url", "image", "identifier", "sameAs", "alternateName", "mainEntityOfPage", "additionalType", "disambiguatingDescription", "subjectOf", "potentialAction"}
	creativeWorkProps = append(slices.Clone(thingProps), "about", "author", "creator", "publisher", "datePublished", "dateModified", "dateCreated", "headline", "inLanguage", "isAccessibleForFree", "keywords", "license", "temporalCoverage", "spatialCoverage", "encodingFormat", "mainEntity", "citation", "isPartOf", "hasPart", "version", "text", "thumbnailUrl", "sourceOrganization", "provider", "funder", "copyrightHolder", "copyrightYear")
	schemaProps       = map[string][]string{
		"BreadcrumbList":         append(slices.Clone(thingProps), "itemListElement", "numberOfItems", "itemListOrder"),
		"ListItem":               append(slices.Clone(thingProps), "item", "position", "nextItem", "previousItem"),
		"Dataset":                append(slices.Clone(creativeWorkProps), "distribution", "variableMeasured", "measurementTechnique", "includedInDataCatalog", "issn"),
		"DataDownload":           append(slices.Clone(creativeWorkProps), "contentUrl", "contentSize", "uploadDate", "embedUrl"),
		"NewsArticle":            append(slices.Clone(creativeWorkProps), "articleBody", "articleSection", "wordCount", "dateline", "printSection"),
		"Organization":           append(slices.Clone(thingProps), "logo", "address", "email", "telephone", "parentOrganization", "department", "areaServed"),
		"GovernmentOrganization": append(slices.Clone(thingProps), "logo", "address", "email", "telephone", "parentOrganization", "department", "areaServed"),
		"Country":                append(slices.Clone(thingProps), "geo", "address", "containedInPlace"),
		"ImageObject":            append(slices.Clone(creativeWorkProps), "contentUrl", "width", "height", "caption"),
	}
	isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
)

// TestStructuredData reads the JSON-LD of every page of the sample site:
// it parses, uses only schema.org types and properties, and holds what
// search engines require: a BreadcrumbList on every page but the 404
// page and embed pages (which are not indexed), a Dataset on the data page and each year page, a NewsArticle on
// each news page.
func TestStructuredData(t *testing.T) {
	b := sampleSite(t)
	const base = "https://rapor-publik.github.io/rapor/"
	for _, name := range b.pages() {
		doc := b.page(t, name)
		var graphs []map[string]any
		walk(doc, func(n *html.Node) {
			if n.DataAtom == atom.Script && must(attr(n, "type")) == "application/ld+json" {
				var g map[string]any
				if n.FirstChild == nil {
					t.Errorf("%s: empty JSON-LD script", name)
					return
				}
				if err := json.Unmarshal([]byte(n.FirstChild.Data), &g); err != nil {
					t.Errorf("%s: JSON-LD does not parse: %v", name, err)
					return
				}
				graphs = append(graphs, g)
			}
		})
		if strings.HasSuffix(name, "404.html") || strings.HasPrefix(strings.TrimPrefix(name, "en/"), "embed/") {
			if len(graphs) != 0 {
				t.Errorf("%s: the 404 page or an embed page has structured data", name)
			}
			continue
		}
		if len(graphs) != 1 {
			t.Errorf("%s: %d JSON-LD scripts, want 1", name, len(graphs))
			continue
		}
		g := graphs[0]
		if g["@context"] != "https://schema.org" {
			t.Errorf("%s: @context %v", name, g["@context"])
		}
		nodes, _ := g["@graph"].([]any)
		types := map[string]int{}
		for _, n := range nodes {
			node, _ := n.(map[string]any)
			typ, _ := node["@type"].(string)
			types[typ]++
			for _, p := range checkNode(node, base) {
				t.Errorf("%s: %s: %s", name, typ, p)
			}
		}
		want := map[string]int{"BreadcrumbList": 1}
		kind := pageKind(name)
		switch kind {
		case "data", "year":
			want["Dataset"] = 1
		case "news":
			want["NewsArticle"] = 1
		}
		if fmt.Sprint(types) != fmt.Sprint(want) {
			t.Errorf("%s (%s page): types %v, want %v", name, kind, types, want)
		}
	}
}

// pageKind tells the kind of a sample page from its path.
func pageKind(name string) string {
	p := strings.TrimPrefix(name, "en/")
	switch {
	case p == "data/index.html":
		return "data"
	case regexp.MustCompile(`^\d{4}/index\.html$`).MatchString(p):
		return "year"
	case strings.HasPrefix(p, "berita/") && p != "berita/index.html":
		return "news"
	}
	return "other"
}

// checkNode checks one node and the nodes inside it against the
// vocabulary and the search engines' requirements.
func checkNode(node map[string]any, base string) []string {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	typ, _ := node["@type"].(string)
	props, ok := schemaProps[typ]
	if !ok {
		return []string{fmt.Sprintf("type %q is not one the site should use", typ)}
	}
	for k, v := range node {
		if !slices.Contains(props, k) {
			bad("%q is not a property of schema.org/%s", k, typ)
		}
		switch val := v.(type) {
		case map[string]any:
			problems = append(problems, checkNode(val, base)...)
		case []any:
			for _, item := range val {
				if m, ok := item.(map[string]any); ok {
					problems = append(problems, checkNode(m, base)...)
				}
			}
		}
	}
	url := func(k string) {
		if s, _ := node[k].(string); !strings.HasPrefix(s, base) {
			bad("%s %q is not an absolute address on the site", k, node[k])
		}
	}
	text := func(k string, minLen, maxLen int) {
		s, _ := node[k].(string)
		if n := len([]rune(s)); n < minLen || n > maxLen {
			bad("%s has %d characters, want %d–%d: %q", k, n, minLen, maxLen, s)
		}
	}
	switch typ {
	case "BreadcrumbList":
		items, _ := node["itemListElement"].([]any)
		if len(items) == 0 {
			bad("no itemListElement")
		}
		for i, it := range items {
			m, _ := it.(map[string]any)
			if m["@type"] != "ListItem" || m["position"] != float64(i+1) {
				bad("item %d: type %v, position %v; want ListItem at %d", i, m["@type"], m["position"], i+1)
			}
		}
	case "ListItem":
		text("name", 1, 200)
		url("item")
	case "Dataset":
		text("name", 1, 200)
		text("description", 50, 5000)
		url("url")
		if node["isAccessibleForFree"] != true {
			bad("isAccessibleForFree is not true")
		}
		if d, _ := node["distribution"].([]any); len(d) == 0 {
			bad("no distribution")
		}
	case "DataDownload":
		url("contentUrl")
		if f, _ := node["encodingFormat"].(string); f != "text/csv" && f != "application/json" {
			bad("encodingFormat %q", f)
		}
	case "NewsArticle":
		text("headline", 1, 110)
		url("url")
		url("mainEntityOfPage")
		for _, k := range []string{"datePublished", "dateModified"} {
			if s, _ := node[k].(string); !isoDate.MatchString(s) {
				bad("%s %q is not an ISO 8601 date", k, s)
			}
		}
		for _, k := range []string{"author", "publisher"} {
			if m, _ := node[k].(map[string]any); m == nil || m["name"] == "" {
				bad("%s has no name", k)
			}
		}
	case "Organization", "GovernmentOrganization":
		text("name", 1, 200)
		if _, ok := node["url"]; ok {
			url("url")
		}
	}
	return problems
}
