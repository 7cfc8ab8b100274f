// Package narrative writes the news-style text of a body's page for one
// year: a headline and lead paragraphs, as a regional news report would,
// in Indonesian (lang.ID) and in English (lang.EN; any other language
// gets the English text).
//
// Input: a score.Result, the score.Scores it belongs to (for histories
// and the years' scales), a lang.Lang, and optionally Options naming the
// publisher. Output: a Story, plain text (the templates escape it; no
// HTML, no Markdown). Pure functions: no I/O, no clock.
//
// The story has up to three paragraphs: the score, its change and the
// ranks; the grade, a change of methodology, a streak and the body's best
// or worst year; the service units.
//
// Rules:
//   - Numbers are written by lang: "92,00" / "92.00". Ranks and ranking
//     sizes are digits ("peringkat 3 dari 10", "3rd of 10"); counts in
//     running prose up to ten are words ("tiga tahun berturut-turut",
//     "six service units").
//   - A local government is "Pemerintah Kabupaten Lebong" / "the Lebong
//     Regency government" at first mention, then by its short name:
//     "Lebong", or its full name where another body or a province shares
//     the name ("Kota Tangerang", "Kota Bengkulu").
//   - Only official ranks (score.Rank.Official) are presented as ranks,
//     and rank changes compare official ranks only. A published rank is
//     attributed to the announcement. Where a province rank is not
//     official, the computed one is given only as a rank among the bodies
//     with data and said not to be official; a national rank over part of
//     the bodies is not told. Ties are named for computed ranks.
//   - The score change is told against the previous result, named by its
//     year, also across a change of scale (both run 0–100); years of the
//     data in between without a result are named.
//   - Grades are compared only within one scale. Across a change of scale
//     the text says the methodology changed and that the grades cannot be
//     compared. Streaks are counted by zone, which both scales share.
//   - Like-unit ranks cover the units with data only and say so; they are
//     told only where the ranking holds units of more than one body.
//   - Illustrative results say so in the headline and the lead.
package narrative
