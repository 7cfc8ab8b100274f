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
// So far: every page's links (Links) and head links (Head). The rest of each page's View
// still comes from render.Context's methods, and moves here kind by kind.
//
// Rules: links are relative to the page, so that the output works from
// any folder or sub-path, except on the 404 page, which hosts serve at
// any address: its links start from base_url's path. Absolute addresses
// (canonical links, the feed, the sitemap) are base_url joined with the
// site-absolute address.
package assemble
