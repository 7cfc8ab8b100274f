package card

import (
	"encoding/binary"
	"slices"
)

// A bitWriter packs bits into bytes the DEFLATE way: the first bit into
// a byte's lowest bit.
type bitWriter struct {
	out []byte
	acc uint64 // bits not yet in out, the first in the lowest bit
	n   uint   // the number of bits in acc, fewer than 32
}

// bits writes the n low bits of v; n is at most 32.
func (w *bitWriter) bits(v uint64, n uint) {
	w.acc |= v << w.n
	w.n += n
	if w.n >= 32 {
		w.out = binary.LittleEndian.AppendUint32(w.out, uint32(w.acc))
		w.acc >>= 32
		w.n -= 32
	}
}

// flush writes the bits left, padded with zeros to a whole byte.
func (w *bitWriter) flush() {
	for ; w.n > 0; w.n -= min(w.n, 8) {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
	}
	w.acc = 0
}

// A packed code is a Huffman code and any extra bits after it, in the
// low 32 bits, and their number of bits from bit 32.
type packed uint64

func pack(code uint16, bits uint8, extra, nExtra uint) packed {
	return packed(uint(code)|extra<<bits) | packed(uint(bits)+nExtra)<<32
}

func (w *bitWriter) code(p packed) { w.bits(uint64(p&0xffffffff), uint(p>>32)) }

// block writes the tokens as one final block with dynamic Huffman
// codes (RFC 1951, 3.2.7). One block serves the whole picture: the
// background's matches and the glyphs' literals are spread over it.
func (d *deflater) block() {
	d.lit.build(d.litFreq[:], 15)
	d.dist.build(d.distFreq[:], 15)
	nlit := len(d.litFreq)
	for nlit > 257 && d.lit.bits[nlit-1] == 0 {
		nlit--
	}
	ndist := len(d.distFreq)
	for ndist > 1 && d.dist.bits[ndist-1] == 0 {
		ndist--
	}
	d.codeLengths(nlit, ndist)
	d.cl.build(d.clFreq[:], 7)
	ncl := len(clOrder)
	for ncl > 4 && d.cl.bits[clOrder[ncl-1]] == 0 {
		ncl--
	}
	w := &d.w
	w.bits(1, 1) // BFINAL: the last block
	w.bits(2, 2) // BTYPE: dynamic Huffman codes
	w.bits(uint64(nlit-257), 5)
	w.bits(uint64(ndist-1), 5)
	w.bits(uint64(ncl-4), 4)
	for _, s := range clOrder[:ncl] {
		w.bits(uint64(d.cl.bits[s]), 3)
	}
	for _, t := range d.clTokens {
		s, extra := t&0xff, uint(t>>8)
		w.code(pack(d.cl.code[s], d.cl.bits[s], extra, uint(clExtra[s])))
	}
	d.writeTokens()
}

// clExtra is the number of extra bits of each code-length symbol.
var clExtra = [19]uint8{16: 2, 17: 3, 18: 7}

// codeLengths run-length encodes the lengths of the literal/length and
// distance codes, as one sequence, into clTokens (a symbol, and its
// extra bits from bit 8), and counts clFreq.
func (d *deflater) codeLengths(nlit, ndist int) {
	lens := append(append(d.seq[:0], d.lit.bits[:nlit]...), d.dist.bits[:ndist]...)
	d.seq = lens
	d.clTokens = d.clTokens[:0]
	d.clFreq = [19]uint32{}
	emit := func(sym, extra int) {
		d.clTokens = append(d.clTokens, uint16(sym|extra<<8))
		d.clFreq[sym]++
	}
	for i := 0; i < len(lens); {
		v := int(lens[i])
		run := 1
		for i+run < len(lens) && int(lens[i+run]) == v {
			run++
		}
		i += run
		switch {
		case v == 0:
			for ; run >= 11; run -= min(run, 138) {
				emit(18, min(run, 138)-11) // 11 to 138 zeros
			}
			if run >= 3 {
				emit(17, run-3) // 3 to 10 zeros
				run = 0
			}
		default:
			emit(v, 0)
			for run--; run >= 3; run -= min(run, 6) {
				emit(16, min(run, 6)-3) // the last length 3 to 6 more times
			}
		}
		for ; run > 0; run-- {
			emit(v, 0)
		}
	}
}

// writeTokens writes the tokens and the end of the block. It is the
// loop that runs once per token, and it takes no branch: both of a
// token's codes and their extra bits are packed beforehand, a
// literal's distance code is empty, and eight bytes are stored after
// each token whether or not they are all written yet.
func (d *deflater) writeTokens() {
	var litLen [256 + maxMatch - minMatch + 1]packed
	for i := range 256 {
		litLen[i] = pack(d.lit.code[i], d.lit.bits[i], 0, 0)
	}
	for n := range maxMatch - minMatch + 1 {
		c := lengthCode[n]
		s := 257 + int(c)
		litLen[256+n] = pack(d.lit.code[s], d.lit.bits[s], uint(n+minMatch-int(lengthBase[c])), uint(lengthExtra[c]))
	}
	var dist [noDist + 1]packed // dist[noDist] is the literals' empty code
	var shift [noDist + 1]uint8 // where a token's extra bits go
	for i := range noDist {
		dist[i] = pack(d.dist.code[i], d.dist.bits[i], 0, uint(distExtra[i]))
		shift[i] = d.dist.bits[i]
	}

	w := &d.w
	for w.n >= 8 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.n -= 8
	}
	// A token is at most 15+5 bits of length and 15+13 of distance: with
	// the bits left over from the token before, fewer than seven bytes.
	out := slices.Grow(w.out, 7*len(d.tokens)+16)
	pos := len(out)
	out = out[:cap(out)]
	acc, n := w.acc, w.n
	for _, t := range d.tokens {
		p := litLen[t>>16&0x1ff]
		acc |= uint64(p&0xffffffff) << n
		n += uint(p >> 32)
		dc := t >> 25
		p = dist[dc] | packed(t&0xffff)<<shift[dc]
		acc |= uint64(p&0xffffffff) << n
		n += uint(p >> 32)
		binary.LittleEndian.PutUint64(out[pos:], acc)
		pos += int(n / 8)
		acc >>= n &^ 7
		n %= 8
	}
	w.out, w.acc, w.n = out[:pos], acc, n
	w.code(pack(d.lit.code[endBlock], d.lit.bits[endBlock], 0, 0))
}
