// Package search makes the index of the search box that every page
// carries: a body (province, kabupaten, kota, ministry…) found by name as
// the reader types, in the browser, from a static file.
//
// Input: a site.Site and one of its languages. Output: that language's
// index, search/<lang>.json in the output folder (Path), holding every
// body with a page of its own (site.Site.HasPage) and nothing else.
//
// # Format
//
// Compact JSON, arrays rather than objects:
//
//	{"v":1,
//	 "kinds":[["Provinsi",1,"provinsi/",["provinsi","province","prov","pemprov","propinsi"]], …],
//	 "bodies":[[0,"Bengkulu","bengkulu"],[1,"Lebong","lebong",0], …]}
//
// A kind is [label, before, folder, aliases]: the label in the index's
// language; before is 1 where the label is written before the name
// ("Kabupaten Lebong") and 0 where after ("Lebong Regency"); folder is the
// address of the kind's pages relative to the site root, with the
// language's prefix ("en/kabupaten/"); aliases are the normalised words
// that name the kind in a query (its labels in every language and the
// usual Indonesian abbreviations). Kinds are in the order entities.toml
// declares them. A body is [kind, name, slug, province]: kind indexes
// "kinds", name is as in entities.toml (without the label), the body's
// page is folder + slug + "/" relative to the site root, and province,
// left out for bodies of no province, indexes "bodies". Bodies are in
// registry order. Links are relative to the site root, so the theme's
// script resolves them against the root the page names (data-root).
//
// # Normalisation
//
// Names and queries are compared as words of lower-case ASCII letters and
// digits. The rules, the same in Go (Words, Key) and in the theme's
// static/js/search.js, and tested on both sides against
// testdata/cases.json:
//
//  1. The text is lower-cased (Unicode lower case).
//  2. a–z and 0–9 are kept. Combining marks (U+0300–U+036F) are dropped
//     without breaking a word. A letter of Latin-1 Supplement or Latin
//     Extended-A (U+00C0–U+017F) becomes its base letter or letters:
//     é → e, ñ → n, ß → ss, æ → ae, ł → l (the table latin).
//  3. Every other character (spaces, punctuation, other scripts)
//     separates words. "Kep. Siau-Tagulandang" → kep siau tagulandang.
//  4. A text's key is its words joined without spaces, so that
//     "muko muko", "Muko-Muko" and "Mukomuko" are all mukomuko.
//
// # Matching and ranking
//
// A query's words may begin or end with a kind's alias ("kab lebong",
// "Kota Bengkulu", "Lebong Regency"; the longest alias wins, a prefix
// before a suffix): the words left over are the rest, which may be empty
// ("kota" alone lists the kota). A body's name key matches a key k:
//
//	0  exactly          (the key is k)
//	1  at its start     (the key starts with k)
//	2  at a word start  (k starts at the start of a word of the name)
//	3  anywhere         (the key contains k)
//
// Each body gets the best of: the whole query's key (penalty 0); where the
// query names a kind, the rest's key, with penalty 0 for bodies of that
// kind and 1 for others (an empty rest matches bodies of that kind only,
// at 1). Results are ordered by penalty, match, kind order, name key,
// name, then registry order, and the first Limit are shown: a kind named
// in the query comes first, "kota bengkulu" gives Kota Bengkulu before
// Provinsi Bengkulu, and "bengkulu" gives both (provinsi first, by kind
// order) before Bengkulu Selatan, Tengah and Utara.
//
// # Size
//
// The national fixture (591 bodies) gives about 22 KB, 7 KB
// gzip-compressed; a test keeps it under 60 KB. A village-size site
// (84,353 bodies) gives 3.8 MB, about 950 KB compressed: workable on a
// desktop, heavy on a phone. Such a site would keep the small kinds in
// this file and split the big ones (kinds with a province group of their
// own, such as desa) into shards by the first two letters of each word
// of their names, fetched once a query has two letters.
package search
