package card

import (
	"hash/adler32"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAdler32 checks the checksum of rows, summed by kind of row, with
// hash/adler32's of the same bytes.
func TestAdler32(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, kind := range []string{"noise", "runs", "rows", "one", "every", "rare"} {
		for _, w := range []int{1, 2, 15, 16, 17, 33, Width, 6000} {
			h := 1 + r.IntN(40)
			pix := randomPicture(r, kind, w, h, w, 256)
			for i := range pix {
				if kind == "one" || r.IntN(3) == 0 {
					pix[i] = 255 - pix[i]%2 // the largest bytes, to catch an overflow
				}
			}
			a := newAdler()
			var rows []byte
			for y := range h {
				row := pix[y*w : (y+1)*w]
				var above []byte
				if y > 0 {
					above = pix[(y-1)*w : y*w]
				}
				a.row(row, above)
				rows = append(append(rows, 0), row...)
			}
			if got, want := a.sum32(), adler32.Checksum(rows); got != want {
				t.Errorf("%s %dx%d: %08x, want %08x", kind, w, h, got, want)
			}
		}
	}
}

// TestHuffmanCode checks codes built for skewed frequencies: no code
// longer than the limit, and a complete prefix code.
func TestHuffmanCode(t *testing.T) {
	fib := make([]uint32, 30)
	fib[0], fib[1] = 1, 1
	for i := 2; i < len(fib); i++ {
		fib[i] = fib[i-1] + fib[i-2]
	}
	tests := []struct {
		name    string
		freq    []uint32
		maxBits int
	}{
		{"fibonacci", fib, 15},
		{"fibonacci 7", fib[:19], 7},
		{"one symbol", []uint32{0, 0, 9, 0}, 15},
		{"symbol 0 alone", []uint32{3, 0}, 15},
		{"two", []uint32{1, 0, 1000000}, 15},
		{"flat", slices.Repeat([]uint32{7}, 286), 15},
		{"gaps", []uint32{5, 0, 0, 1, 0, 300, 2, 0, 2, 1 << 20}, 15},
	}
	for _, tt := range tests {
		var c huffCode
		c.build(tt.freq, tt.maxBits)
		kraft := 0.0
		for s, b := range c.bits {
			if int(b) > tt.maxBits {
				t.Errorf("%s: symbol %d has %d bits, more than %d", tt.name, s, b, tt.maxBits)
			}
			if tt.freq[s] != 0 && b == 0 {
				t.Errorf("%s: symbol %d is used but has no code", tt.name, s)
			}
			if b != 0 {
				kraft += 1 / float64(uint(1)<<b)
			}
		}
		if kraft != 1 {
			t.Errorf("%s: Kraft sum %v, want 1 (a complete code)", tt.name, kraft)
		}
		// No code is a prefix of another; codes are stored reversed, so
		// compare their first bits from the lowest.
		for s, b := range c.bits {
			for s2, b2 := range c.bits {
				if s != s2 && b != 0 && b2 != 0 && b <= b2 && c.code[s] == c.code[s2]&(1<<b-1) {
					t.Errorf("%s: the code of %d is a prefix of the code of %d", tt.name, s, s2)
				}
			}
		}
	}
}
