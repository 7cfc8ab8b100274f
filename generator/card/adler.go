package card

import (
	"bytes"
	"encoding/binary"
)

// adlerMod is the modulus of Adler-32's two sums.
const adlerMod = 65521

// adler is the Adler-32 checksum (RFC 1950) of the stream that a
// PNG's zlib data compresses: each row of a picture behind a filter
// byte 0.
//
// hash/adler32 adds one byte at a time, and took 0.2 ms a card, a
// third of the encoding. Over n bytes from sums (s1, s2), Adler-32 adds
// Σb to s1 and n·s1 + Σ(n−k)·b_k to s2, so it is enough to know those
// two sums per row: for a row of one colour they are a formula, for a
// row equal to the row above they are that row's, and other rows are
// summed sixteen bytes at a time. Two in five of a card's rows are of
// one colour.
type adler struct {
	s1, s2        uint64
	sum, weighted uint64 // Σb and Σ(n−k)·b_k of the last row
}

func newAdler() adler { return adler{s1: 1} }

// row adds a filter byte 0 and the pixels px; above is the row added
// before, or nil.
func (a *adler) row(px, above []byte) {
	w := uint64(len(px))
	switch {
	case above != nil && bytes.Equal(px, above):
		// The sums are the last row's.
	case len(px) > 0 && bytes.Equal(px[1:], px[:w-1]):
		v := uint64(px[0])
		a.sum, a.weighted = w*v, v*w*(w+1)/2
	default:
		a.sum, a.weighted = rowSums(px)
	}
	// The filter byte adds nothing to s1, and s1 once more to s2.
	a.s2 = (a.s2 + (w+1)*a.s1 + a.weighted) % adlerMod
	a.s1 = (a.s1 + a.sum) % adlerMod
}

func (a *adler) sum32() uint32 { return uint32(a.s2<<16 | a.s1) }

// rowSums is Σb and Σ(n−k)·b_k over the n bytes b_k of r. Eight bytes
// in a uint64 are split into their even and odd bytes, one to a 16-bit
// lane; a product with a constant whose lanes are weights then sums
// the weighted lanes into the top lane. No lane overflows: the largest
// weighted sum of sixteen bytes is 255·136.
func rowSums(r []byte) (sum, weighted uint64) {
	const (
		bytes01 = 0x00ff00ff00ff00ff // the even bytes of a uint64
		ones    = 0x0001000100010001
		// The weights 16 − k of the first eight bytes k, as multipliers of
		// their even and odd bytes, then 8 − k of the second eight.
		w1e, w1o = 0x0010000e000c000a, 0x000f000d000b0009
		w2e, w2o = 0x0008000600040002, 0x0007000500030001
	)
	for len(r) >= 16 {
		x, y := binary.LittleEndian.Uint64(r), binary.LittleEndian.Uint64(r[8:])
		xe, xo := x&bytes01, x>>8&bytes01
		ye, yo := y&bytes01, y>>8&bytes01
		weighted += 16*sum + (xe*w1e+xo*w1o+ye*w2e+yo*w2o)>>48
		sum += (xe + xo + ye + yo) * ones >> 48
		r = r[16:]
	}
	for _, b := range r {
		sum += uint64(b)
		weighted += sum
	}
	return sum, weighted
}
