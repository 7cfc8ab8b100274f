// Package assemble decides what each page shows, as plain data: every
// link already made, relative to the page. It is the stage between the
// site's plan of pages (package site) and the layouts that print them
// (package render): a layout reads fields of what assemble made and
// calls nothing but a theme word or an asset's name.
//
// Input: the site and one of its pages. Output: values with no pointer
// into the dataset, which can be compared, hashed and tested as they are.
// Pure: no I/O.
//
// Every page's View (view.go) is made by Assembler.Page, in
// view_build.go, from a Context (context.go): the page's story, facts,
// rankings, history, charts (their series, not yet their ECharts
// options), share card, structured data, sources and notes, numbered as
// the page cites them (refs.go), each in its own file. Package render
// executes a layout on a View and fingerprints it to keep unchanged
// pages (render.File.Key).
//
// Rules: links are relative to the page, so that the output works from
// any folder or sub-path, except on the 404 page, which hosts serve at
// any address: its links start from base_url's path. Absolute addresses
// (canonical links, the feed, the sitemap) are base_url joined with the
// site-absolute address.
package assemble
