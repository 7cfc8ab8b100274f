package card

import (
	"bytes"
	"encoding/binary"
	"math/bits"
)

// DEFLATE's limits (RFC 1951): matches are 3 to 258 bytes long, and
// copy from at most 32 KiB back.
const (
	minMatch = 3
	maxMatch = 258
	maxDist  = 1 << 15
	endBlock = 256 // the literal/length symbol that ends a block
)

// lengthBase and lengthExtra are the first length of each length
// symbol 257… and its number of extra bits; distBase and distExtra
// likewise for distance symbols.
var (
	lengthBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
)

// lengthCode is the length symbol, less 257, of each match length less 3.
var lengthCode = func() (t [maxMatch - minMatch + 1]uint8) {
	for c := range lengthBase {
		for n := int(lengthBase[c]); n <= maxMatch && (c+1 == len(lengthBase) || n < int(lengthBase[c+1])); n++ {
			t[n-minMatch] = uint8(c)
		}
	}
	return t
}()

// distCode is the distance symbol of distance d, 1 to 32768.
func distCode(d int) int {
	c := 0
	for c+1 < len(distBase) && int(distBase[c+1]) <= d {
		c++
	}
	return c
}

// clOrder is the order in which a dynamic block lists the lengths of
// the code-length code.
var clOrder = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// A token is a literal or a match, laid out so that writing it takes
// no branch: the distance's extra bits (its excess over its symbol's
// base) in bits 0–15; from bit 16, 0–255 for a literal byte and
// 256 + length − 3 for a match; from bit 25, the distance symbol, or
// noDist for a literal, whose code is empty.
type token uint32

const noDist = 30

func literalToken(b byte) token { return token(b)<<16 | noDist<<25 }

// distToken is a match token at distance dist, its length still 0.
func distToken(dist int) token {
	dc := distCode(dist)
	return 256<<16 | token(dc)<<25 | token(dist-int(distBase[dc]))
}

// deflater compresses the filtered rows of a picture. It looks for
// only two kinds of match, which is what makes it fast: a run of the
// byte before (distance 1), and a copy of the row above (distance
// rowLen). A card is mostly long runs of its background and panels,
// and rows of text repeat the row above wherever a glyph has a
// vertical edge; a letter that recurs along a line, which a general
// matcher finds too, is a small part of the picture, and cards come
// out about as small as image/png's at BestSpeed. The deflater's
// buffers are reused from picture to picture.
type deflater struct {
	tokens    []token
	litFreq   [286]uint32
	distFreq  [30]uint32
	clFreq    [19]uint32
	lit, dist huffCode
	cl        huffCode
	clTokens  []uint16 // code-length symbols, and their extra bits from bit 8
	seq       []uint8  // the code lengths that clTokens encode
	band      []byte   // rows behind their filter bytes; see bandRows
	w         bitWriter
}

// bandRows is the number of rows the deflater copies at a time,
// behind their filter bytes, into its buffer to be parsed: few enough
// that they stay in the processor's cache from the copy to the parse,
// rather than a copy of the whole picture (750 KB for a card, and a
// few per cent slower).
const bandRows = 16

// zlib appends to out a zlib stream (RFC 1950) of the w×h picture pix,
// one byte per pixel and rows stride bytes apart, each row behind a
// filter byte 0, and returns it.
func (d *deflater) zlib(out, pix []byte, w, h, stride int) []byte {
	rowLen := w + 1
	up := rowLen
	if up > maxDist {
		up = 0
	}
	row := func(y int) []byte { return pix[y*stride : y*stride+w] }
	d.tokens = d.tokens[:0]
	d.litFreq, d.distFreq = [286]uint32{}, [30]uint32{}
	sum := newAdler()
	for y0 := 0; y0 < h; y0 += bandRows {
		// A band starts with the row above it, which its first row's
		// matches copy; a match is cut at the end of a band, and the
		// next band goes on with a new one.
		band, from := d.band[:0], 0
		if y0 > 0 {
			band = append(append(band, 0), row(y0-1)...)
			from = rowLen
		}
		for y := y0; y < min(h, y0+bandRows); y++ {
			band = append(append(band, 0), row(y)...)
			var above []byte
			if y > 0 {
				above = row(y - 1)
			}
			sum.row(row(y), above)
		}
		d.parse(band, from, up)
		d.band = band
	}
	d.litFreq[endBlock]++
	// CMF 0x78: deflate with a 32 KiB window; FLG 0x01: the fastest
	// level, and CMF·256+FLG divisible by 31.
	d.w = bitWriter{out: append(out, 0x78, 0x01)}
	d.block()
	d.w.flush()
	return binary.BigEndian.AppendUint32(d.w.out, sum.sum32())
}

// parse appends the tokens of s[from:] and counts their symbols; up is
// the distance to the row above, or 0 if it is too far to copy. It
// parses greedily: at each byte the longer of the run and the copy of
// the row above, if either is at least minMatch, else a literal. The
// run wins a tie: its distance needs no extra bits.
func (d *deflater) parse(s []byte, from, up int) {
	runTok, upTok := distToken(1), token(0)
	if up > 0 {
		upTok = distToken(up)
	}
	for i := from; i < len(s); {
		// Most bytes of text start no match, which three bytes tell.
		if up > 0 && i >= up && i+4 <= len(s) {
			b := binary.LittleEndian.Uint32(s[i:])
			if (b^binary.LittleEndian.Uint32(s[i-1:]))&0xffffff != 0 && (b^binary.LittleEndian.Uint32(s[i-up:]))&0xffffff != 0 {
				d.literal(s[i])
				i++
				continue
			}
		}
		// A run is measured to its end at once: the background's runs
		// are thousands of bytes long, and greedy parsing cuts them into
		// matches of maxMatch anyway.
		n := 0
		if i > 0 {
			n = matchLen(s[i:], s[i-1:])
		}
		for n >= maxMatch {
			d.match(runTok, maxMatch)
			i, n = i+maxMatch, n-maxMatch
		}
		if i == len(s) {
			break
		}
		t := runTok
		if up > 0 && i >= up {
			if m := matchLen(s[i:min(i+maxMatch, len(s))], s[i-up:]); m > n {
				t, n = upTok, m
			}
		}
		if n < minMatch {
			d.literal(s[i])
			i++
			continue
		}
		d.match(t, n)
		i += n
	}
}

// literal appends a literal b, and counts it.
func (d *deflater) literal(b byte) {
	d.tokens = append(d.tokens, literalToken(b))
	d.litFreq[b]++
}

// match appends the match t, of length n, and counts its symbols.
func (d *deflater) match(t token, n int) {
	d.tokens = append(d.tokens, t|token(n-minMatch)<<16)
	d.litFreq[257+int(lengthCode[n-minMatch])]++
	d.distFreq[t>>25]++
}

// matchLen is the number of leading bytes in which a equals b, which
// is at least as long; b may overlap a, as a match's source does. It
// compares eight bytes at a time, and once 64 bytes are equal, so that
// the match is likely one of the background's long runs, blocks at a
// time with bytes.Equal, which uses vector instructions.
func matchLen(a, b []byte) int {
	b = b[:len(a)]
	n := 0
	for ; n+8 <= len(a); n += 8 {
		if x := binary.LittleEndian.Uint64(a[n:]) ^ binary.LittleEndian.Uint64(b[n:]); x != 0 {
			return n + bits.TrailingZeros64(x)/8
		}
		if n == 56 {
			n += equalBlocks(a[64:], b[64:])
		}
	}
	for ; n < len(a) && a[n] == b[n]; n++ {
	}
	return n
}

// equalBlocks is the length of the longest prefix of a, in blocks of
// 256 and then 64 bytes, that equals b's.
func equalBlocks(a, b []byte) int {
	n := 0
	for _, size := range [...]int{256, 64} {
		for n+size <= len(a) && bytes.Equal(a[n:n+size], b[n:n+size]) {
			n += size
		}
	}
	return n
}
