// Package site decides which pages the site has: their addresses, their
// languages, their titles and breadcrumbs, and what each one shows.
//
// Input: the dataset and its scores. Output: a Site, the list of pages in
// every language, each with the scored objects it presents. Pure: no I/O.
//
// Rules (URLs are stable: journalists link to them):
//
//	/                        home: the latest year at a glance
//	/<year>/                 a year's rankings
//	/<kind>/<slug>/          a body across the years; for provinsi bodies
//	                         the province page (its own results and the
//	                         rankings of its kabupaten/kota)
//	/<kind>/<slug>/<year>/   a body in one year: the citable page
//	/berita/ /berita/<slug>/ news
//	/<page>/                 content pages
//	/data/                   downloads
//	/en/…                    the same in the other languages
//
// A body with no result gets no page of its own; a province page exists
// when the province or one of its bodies has a result. News and content
// pages not written in a language are still given that language's
// address, showing the original with a notice.
package site
