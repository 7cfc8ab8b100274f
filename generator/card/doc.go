// Package card draws the share cards of the site: a 1200×630 PNG per
// assessed body and per body-year, which a page names as its og:image
// and twitter:image, so that a link shared on social media or in a chat
// shows the body, its score, its grade and its ranks.
//
// Input: a Card of already-localised strings (the caller formats numbers
// and chooses the words) and the grade's colour. Output: the PNG's bytes
// (Card.PNG) and a content hash for its file name (Card.Key), so that a
// build redraws only the cards that changed:
//
//	file := "cards/" + c.Key() + ".png"
//	if _, err := fs.Stat(out, file); err != nil {
//		b, err := c.PNG() // and write b to file
//	}
//
// Rules:
//   - Deterministic: the same Card gives byte-identical bytes and the
//     same Key. Key covers every field and Version; bump Version whenever
//     the drawing changes, so that cards drawn before are replaced.
//   - Nothing is drawn in the 60 px margin but the accent bar along the
//     top edge. A long name wraps to two lines and then shrinks; any line
//     that still does not fit ends in an ellipsis. Text is clipped to its
//     box as a last resort.
//   - Any Unicode text draws without error; runes the Go fonts lack show
//     as the font's missing-glyph box. Control characters become spaces;
//     invisible format characters are dropped.
//   - Text on the grade colour is black or white, whichever contrasts
//     more (at least 4.5:1 for any colour); other text is dark grey on
//     white or on a light tint of the grade colour (at least 4.5:1).
//   - A missing score or grade is left out, and the rest fills the space.
//   - PNG is safe for concurrent use. The fonts (the Go fonts, embedded
//     by golang.org/x/image, BSD licence) are parsed once. Their faces,
//     which are not safe for concurrent use, come in sets, one set to a
//     goroutine at a time; a set keeps the masks of the glyphs it drew,
//     at a quarter-pixel horizontal precision, for the cards after.
//
// Cards are drawn on a paletted image (the card's few colours, and 15
// antialiasing steps from each text colour to the surface under it);
// the same card as RGBA takes twice the bytes and eight times as long
// to encode with image/png. The package writes the PNG itself (png.go):
// a card is mostly long runs of one colour and rows that repeat the row
// above, so its DEFLATE compressor looks for those two kinds of match
// only, codes them in one block of dynamic Huffman codes, and sums the
// Adler-32 checksum a row at a time. A card encodes in about 0.45 ms,
// where image/png at BestSpeed takes 1.45 ms, and its file, about
// 29 KB, is a little smaller: by 1% in BenchmarkEncode, by 0.7% over
// the 264 cards of TestEncodeSize.
package card
