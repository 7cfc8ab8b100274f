// Package theme loads a site's theme: its own themes/<name>/ files over
// the embedded default theme (an overlay, file by file), the layouts
// parsed once, the words of every language merged key by key, and the
// static files to publish.
//
// Input: the site folder and its settings (ForSite, Check), or the two
// layers as file systems (Load). Output: a Theme, or every problem of
// every file, each at its place (Errors; Check gives them as data
// diagnostics of the site).
//
// Rules: a site's theme must have every word of the default theme in
// every language; a word's {name} placeholders are filled in one pass,
// so a value from the data is never read as part of the template (Word);
// nothing is read from a theme file over the size and depth limits of
// package data before it is parsed.
package theme
