// Package narrative writes the news-style text of a body's page for one
// year: a headline and lead paragraphs, as a regional news report would,
// in Indonesian (lang.ID) and in English (lang.EN; any other language
// gets the English text).
//
// Input: a score.Result, the score.Scores it belongs to (for histories
// and the years' scales), a lang.Lang, and optionally Options naming the
// publisher and the theme's words. The sentence templates are the
// theme's words under "story." (themes/default/i18n/*.toml), so that a
// site retunes its prose without code; this package chooses which
// sentences a story has and fills them, with a small vocabulary of its
// own (number and ordinal words, zones, lists, scale descriptions). Output: a Story of sentences, each plain text (the templates
// escape it; no HTML, no Markdown) with the results whose figures it uses
// (Ref), so that a page can mark every claim with its sources and notes.
// Pure functions: no I/O, no clock.
//
// The story has up to three paragraphs: the score (or that none was
// published), its change and the official ranks; the grade and its flags,
// a change of methodology, how many bodies were assessed, a streak and
// the body's best or worst score; the service units.
//
// Rules — every claim is one the data license:
//   - Numbers are written by lang: "92,00" / "92.00". Ranks in prose are
//     "peringkat ke-3" / "3rd", in headlines "Peringkat 3"; counts in
//     running prose up to ten are words ("empat hasil", "six service
//     units").
//   - A local government is "Pemerintah Kabupaten Lebong" / "the Lebong
//     Regency government" at first mention, then by its short name:
//     "Lebong", or its full name where another body or a province shares
//     the name ("Kota Tangerang", "Kota Bengkulu").
//   - Figures are attributed to the result's sources: their outlets and
//     whom they quote ("Menurut Krakatau Radio, mengutip Bupati
//     Pandeglang"), else their titles; later sentences say "sumber yang
//     sama". A published rank without a source is "peringkat yang
//     diumumkan", never an official announcement.
//   - Only official ranks (score.Rank.Official: computed over a complete
//     scope, or published) are told; a rank over part of the bodies is
//     never told, not even qualified. Rank moves compare with the official
//     rank of the previous assessment (with or without a score), named by
//     its year. A count of bodies assessed is not put in the mouth of a
//     published rank's source. Ties are named for computed ranks.
//   - A result without a score says so ("tetapi nilainya tidak
//     diumumkan"), with its grade if it gives one. The score change is
//     told against the last earlier score, named by its year, also across
//     a change of scale (both run 0–100); results in between without a
//     score, and years of the data without a result, are named.
//   - "First", streaks and best or worst scores are facts about this
//     site's data and say so ("Ini hasil pertama Lebong dalam data situs
//     ini"); the data may lack years and results.
//   - Grades are compared only within one scale. Across a change of scale
//     the text says the methodology changed and that the grades cannot be
//     compared. A grade the publisher gives with the result is not said to
//     follow from the score. Streaks are counted by zone.
//   - Fewer bodies assessed than in the most recent earlier year with a
//     count is told from both counts.
//   - Units are not ranked against like units: the data rarely hold them
//     all.
//   - Illustrative results say so in the headline and the lead.
package narrative
