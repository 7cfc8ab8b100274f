package card

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestEncodeRandom round-trips random pictures: noise, runs, repeated
// rows, one colour, every colour, and a few very rare colours, from
// 1×1 to larger than a card.
func TestEncodeRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	sizes := []image.Point{{1, 1}, {1, 9}, {9, 1}, {2, 2}, {3, 5}, {16, 16}, {255, 3}, {258, 2}, {300, 40}, {Width, Height}, {1301, 700}}
	kinds := []string{"noise", "runs", "rows", "one", "every", "rare"}
	for _, sz := range sizes {
		for _, kind := range kinds {
			for _, colours := range []int{1, 2, 16, 17, 255, 256} {
				if sz.X*sz.Y > 100_000 && colours != 2 && colours != 256 {
					continue // the slow ones
				}
				stride := sz.X + r.IntN(3)
				pix := randomPicture(r, kind, sz.X, sz.Y, stride, colours)
				pal := randomPalette(r, colours)
				name := fmt.Sprintf("%s %dx%d %d colours", kind, sz.X, sz.Y, colours)
				checkPNG(t, name, encodePNG(pix, sz.X, sz.Y, stride, pal), pix, sz.X, sz.Y, stride, pal)
			}
		}
	}
}

// TestEncodeWide checks a picture whose rows are too long for a match
// to copy the row above.
func TestEncodeWide(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	w, h := maxDist+10, 3
	pix := randomPicture(r, "rows", w, h, w, 4)
	pal := randomPalette(r, 4)
	checkPNG(t, "wide", encodePNG(pix, w, h, w, pal), pix, w, h, w, pal)
}

func FuzzEncodePNG(f *testing.F) {
	f.Add(uint8(3), uint8(2), []byte{0, 0, 0, 1, 1, 1})
	f.Add(uint8(40), uint8(9), bytes.Repeat([]byte{5, 5, 5, 5, 7}, 80))
	f.Add(uint8(1), uint8(1), []byte{255})
	f.Fuzz(func(t *testing.T, w, h uint8, data []byte) {
		if w == 0 || h == 0 || len(data) == 0 {
			return
		}
		pix := make([]uint8, int(w)*int(h))
		colours := 1
		for i := range pix {
			pix[i] = data[i%len(data)]
			colours = max(colours, int(pix[i])+1)
		}
		pal := randomPalette(rand.New(rand.NewPCG(uint64(w), uint64(h))), colours)
		checkPNG(t, "fuzz", encodePNG(pix, int(w), int(h), int(w), pal), pix, int(w), int(h), int(w), pal)
	})
}

// randomPicture makes a w×h picture of the kind named, rows stride
// bytes apart, with palette indices below colours.
func randomPicture(r *rand.Rand, kind string, w, h, stride, colours int) []uint8 {
	pix := make([]uint8, stride*h)
	idx := func() uint8 { return uint8(r.IntN(colours)) }
	switch kind {
	case "noise":
		for i := range pix {
			pix[i] = idx()
		}
	case "runs":
		for i := 0; i < len(pix); {
			v, n := idx(), 1+r.IntN(400)
			for ; n > 0 && i < len(pix); n, i = n-1, i+1 {
				pix[i] = v
			}
		}
	case "rows":
		// Rows of runs and noise, each repeated a few times.
		for y := 0; y < h; {
			row := pix[y*stride : y*stride+w]
			for x := range row {
				if x == 0 || r.IntN(8) == 0 {
					row[x] = idx()
				} else {
					row[x] = row[x-1]
				}
			}
			for n := r.IntN(5); n > 0 && y+1 < h; n-- {
				y++
				copy(pix[y*stride:], row)
			}
			y++
		}
	case "one":
		v := idx()
		for i := range pix {
			pix[i] = v
		}
	case "every":
		for i := range pix {
			pix[i] = uint8((i + i/stride) % colours)
		}
	case "rare":
		// Index k about half as often as k−1: deep Huffman trees.
		for i := range pix {
			k := 0
			for k+1 < colours && r.IntN(2) == 0 {
				k++
			}
			pix[i] = uint8(k)
		}
	default:
		panic("unknown kind " + kind)
	}
	return pix
}

func randomPalette(r *rand.Rand, n int) []color.RGBA {
	pal := make([]color.RGBA, n)
	for i := range pal {
		v := r.Uint32()
		pal[i] = color.RGBA{uint8(v), uint8(v >> 8), uint8(v >> 16), 0xff}
	}
	return pal
}

// checkPNG checks b, the PNG of the w×h picture pix with palette pal:
// image/png decodes it to pal and pix; its chunks are IHDR, PLTE, IDAT
// and IEND, each with the right CRC; and its zlib stream, which
// compress/zlib checks against its Adler-32, inflates to pix's rows,
// each behind filter byte 0.
func checkPNG(t *testing.T, name string, b []byte, pix []uint8, w, h, stride int, pal []color.RGBA) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: image/png: %v", name, err)
	}
	p, ok := img.(*image.Paletted)
	if !ok {
		t.Fatalf("%s: image/png decodes a %T, want *image.Paletted", name, img)
	}
	if p.Rect != image.Rect(0, 0, w, h) {
		t.Fatalf("%s: bounds %v, want %v", name, p.Rect, image.Rect(0, 0, w, h))
	}
	if len(p.Palette) != len(pal) {
		t.Fatalf("%s: %d colours, want %d", name, len(p.Palette), len(pal))
	}
	for i, c := range p.Palette {
		if got := color.RGBAModel.Convert(c).(color.RGBA); got != pal[i] {
			t.Fatalf("%s: colour %d = %v, want %v", name, i, got, pal[i])
		}
	}
	rows := make([]byte, 0, h*(w+1))
	for y := range h {
		row := pix[y*stride : y*stride+w]
		if got := p.Pix[y*p.Stride : y*p.Stride+w]; !bytes.Equal(got, row) {
			t.Fatalf("%s: row %d differs", name, y)
		}
		rows = append(append(rows, 0), row...)
	}

	if !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("%s: no PNG signature", name)
	}
	var types []string
	var idat []byte
	for rest := b[8:]; len(rest) > 0; {
		if len(rest) < 12 {
			t.Fatalf("%s: %d bytes after the last chunk", name, len(rest))
		}
		n := int(binary.BigEndian.Uint32(rest))
		typ, data := string(rest[4:8]), rest[8:8+n]
		if got, want := binary.BigEndian.Uint32(rest[8+n:]), crc32.ChecksumIEEE(rest[4:8+n]); got != want {
			t.Errorf("%s: %s chunk's CRC is %08x, want %08x", name, typ, got, want)
		}
		switch typ {
		case "IHDR":
			want := binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, uint32(w)), uint32(h))
			want = append(want, 8, 3, 0, 0, 0)
			if !bytes.Equal(data, want) {
				t.Errorf("%s: IHDR % x, want % x", name, data, want)
			}
		case "PLTE":
			var want []byte
			for _, c := range pal {
				want = append(want, c.R, c.G, c.B)
			}
			if !bytes.Equal(data, want) {
				t.Errorf("%s: PLTE differs from the palette", name)
			}
		case "IDAT":
			idat = append(idat, data...)
		}
		types = append(types, typ)
		rest = rest[12+n:]
	}
	if want := []string{"IHDR", "PLTE", "IDAT", "IEND"}; !slices.Equal(types, want) {
		t.Errorf("%s: chunks %q, want %q", name, types, want)
	}
	zr, err := zlib.NewReader(bytes.NewReader(idat))
	if err != nil {
		t.Fatalf("%s: zlib: %v", name, err)
	}
	var got bytes.Buffer
	got.Grow(len(rows) + bytes.MinRead)
	if _, err := got.ReadFrom(zr); err != nil {
		t.Fatalf("%s: zlib: %v", name, err)
	}
	if !bytes.Equal(got.Bytes(), rows) {
		t.Fatalf("%s: the zlib stream inflates to %d bytes, not the %d of the filtered rows", name, got.Len(), len(rows))
	}
	if want := adler32.Checksum(rows); binary.BigEndian.Uint32(idat[len(idat)-4:]) != want {
		t.Errorf("%s: Adler-32 %08x, want %08x", name, binary.BigEndian.Uint32(idat[len(idat)-4:]), want)
	}
}
