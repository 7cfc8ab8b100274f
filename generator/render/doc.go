// Package render turns the site's pages into files: HTML through the
// theme's html/template layouts, Markdown through goldmark, and the feed,
// sitemap and robots.txt.
//
// Input: a site.Site, whose pages' Views package assemble makes, and the
// theme (package theme: the embedded default theme with a site's own
// themes/<name>/ files over it). Output: files (paths and bytes, or how
// to make them with the key that names their content: File.Key) in a
// fixed order.
//
// Rules: every value from the data reaches a page through html/template,
// so it is escaped for its context; chart options go into pages as JSON
// data, never as script; every link is relative, so the output works from
// any folder or sub-path (base_url serves only canonical links, the feed
// and the sitemap). Templates are parsed once.
package render
