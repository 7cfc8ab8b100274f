package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"

	"github.com/rapor-publik/rapor/generator/assemble"
	"github.com/rapor-publik/rapor/generator/site"
)

// siteFiles writes the feed, the sitemap and robots.txt.
func (r *Renderer) siteFiles(s *site.Site) ([]File, error) {
	var out []File
	for _, l := range s.Languages {
		feed, err := r.feed(s, l)
		if err != nil {
			return nil, err
		}
		out = append(out, File{Path: strings.TrimPrefix(l.Prefix+"/feed.xml", "/"), Data: feed})
	}
	sitemaps, err := sitemapFiles(s)
	if err != nil {
		return nil, err
	}
	out = append(out, sitemaps...)
	if name, b, ok := r.asm.MapFile(); ok {
		out = append(out, File{Path: name, Data: b})
	}
	robots := fmt.Sprintf("User-agent: *\nAllow: /\n\nSitemap: %s\n", assemble.Absolute(s.Data.Site.BaseURL, "/sitemap.xml"))
	out = append(out, File{Path: "robots.txt", Data: []byte(robots)})
	return out, nil
}

// rss is an RSS 2.0 feed of the news of one language edition.
type rss struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Atom    string     `xml:"xmlns:atom,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title       string    `xml:"title"`
	Link        string    `xml:"link"`
	Self        rssLink   `xml:"atom:link"`
	Description string    `xml:"description"`
	Language    string    `xml:"language"`
	Copyright   string    `xml:"copyright,omitempty"`
	LastBuild   string    `xml:"lastBuildDate,omitempty"`
	Items       []rssItem `xml:"item"`
}

type rssLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
}

type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	PubDate     string `xml:"pubDate"`
	Description string `xml:"description,omitempty"`
}

// rfc822 is the date format of RSS.
const rfc822 = "Mon, 02 Jan 2006 15:04:05 -0700"

func (r *Renderer) feed(s *site.Site, l *site.Language) ([]byte, error) {
	base := s.Data.Site.BaseURL
	f := rss{Version: "2.0", Atom: "http://www.w3.org/2005/Atom", Channel: rssChannel{
		Title:       s.Data.Site.Title + " — " + r.words.T(l.Code, "nav.news"),
		Link:        assemble.Absolute(base, site.NewsURL(l)),
		Self:        rssLink{Href: assemble.Absolute(base, l.Prefix+"/feed.xml"), Rel: "self", Type: "application/rss+xml"},
		Description: r.words.T(l.Code, "feed.description"),
		Language:    l.Code,
	}}
	// The data's licence and last update; both from the source, so the
	// feed is the same for the same site.
	if cfg := s.Data.Site; cfg.Licence != "" {
		f.Channel.Copyright = r.words.T(l.Code, "feed.copyright", "licence", cfg.Licence)
		if cfg.Owner != "" {
			f.Channel.Copyright = r.words.T(l.Code, "feed.copyright_owner", "licence", cfg.Licence, "owner", cfg.Owner)
		}
	}
	if u := s.Data.Site.Updated; !u.IsZero() {
		f.Channel.LastBuild = u.Time().Format(rfc822)
	}
	for _, p := range s.Pages {
		if p.Lang != l || p.Kind != site.News {
			continue
		}
		link := assemble.Absolute(base, p.URL)
		f.Channel.Items = append(f.Channel.Items, rssItem{
			Title: p.Article.Title, Link: link, GUID: link,
			PubDate: p.Article.Date.Time().Format(rfc822), Description: p.Article.Summary,
		})
	}
	return marshalXML(f)
}

type urlset struct {
	XMLName xml.Name `xml:"urlset"`
	NS      string   `xml:"xmlns,attr"`
	XHTML   string   `xml:"xmlns:xhtml,attr"`
	URLs    []sitemapURL
}

type sitemapURL struct {
	XMLName xml.Name       `xml:"url"`
	Loc     string         `xml:"loc"`
	Links   []sitemapAlter `xml:"xhtml:link"`
}

type sitemapAlter struct {
	Rel      string `xml:"rel,attr"`
	Hreflang string `xml:"hreflang,attr"`
	Href     string `xml:"href,attr"`
}

// sitemapLimit is the most URLs one sitemap may list (the protocol's
// limit); a variable for tests.
var sitemapLimit = 50_000

type sitemapIndex struct {
	XMLName  xml.Name `xml:"sitemapindex"`
	NS       string   `xml:"xmlns,attr"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

// sitemapFiles lists every page but the 404 pages, with its
// translations, in sitemap.xml; past sitemapLimit URLs, sitemap.xml is an
// index of sitemap-1.xml, sitemap-2.xml… of at most that many each.
func sitemapFiles(s *site.Site) ([]File, error) {
	base := s.Data.Site.BaseURL
	var urls []sitemapURL
	for _, p := range s.Pages {
		if p.Kind == site.NotFound {
			continue
		}
		u := sitemapURL{Loc: assemble.Absolute(base, p.URL)}
		if len(p.Alternates) > 0 {
			for _, a := range append([]*site.Page{p}, p.Alternates...) {
				u.Links = append(u.Links, sitemapAlter{Rel: "alternate", Hreflang: a.Lang.Code, Href: assemble.Absolute(base, a.URL)})
			}
		}
		urls = append(urls, u)
	}
	set := func(urls []sitemapURL) ([]byte, error) {
		return marshalXML(urlset{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", XHTML: "http://www.w3.org/1999/xhtml", URLs: urls})
	}
	if len(urls) <= sitemapLimit {
		b, err := set(urls)
		return []File{{Path: "sitemap.xml", Data: b}}, err
	}
	var out []File
	index := sitemapIndex{NS: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	for i := 0; i < len(urls); i += sitemapLimit {
		name := fmt.Sprintf("sitemap-%d.xml", i/sitemapLimit+1)
		b, err := set(urls[i:min(i+sitemapLimit, len(urls))])
		if err != nil {
			return nil, err
		}
		out = append(out, File{Path: name, Data: b})
		index.Sitemaps = append(index.Sitemaps, struct {
			Loc string `xml:"loc"`
		}{assemble.Absolute(base, "/"+name)})
	}
	b, err := marshalXML(index)
	return append([]File{{Path: "sitemap.xml", Data: b}}, out...), err
}

func marshalXML(v any) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", " ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}
