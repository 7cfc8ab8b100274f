package card

import (
	"encoding/binary"
	"hash/crc32"
	"image/color"
	"sync"
)

// pngEncoder writes paletted pictures as PNG (ISO/IEC 15948) with its
// own DEFLATE compressor, made for the canvas; see deflater. It keeps
// its buffers between pictures, so an encoder is for one goroutine at
// a time.
type pngEncoder struct {
	idat []byte // the zlib stream
	z    deflater
}

var pngEncoders = sync.Pool{New: func() any { return new(pngEncoder) }}

// encodePNG returns the PNG of the w×h picture pix, one palette index
// per byte and rows stride bytes apart, with palette pal (1 to 256
// opaque colours).
func encodePNG(pix []uint8, w, h, stride int, pal []color.RGBA) []byte {
	e := pngEncoders.Get().(*pngEncoder)
	defer pngEncoders.Put(e)
	e.idat = e.z.zlib(e.idat[:0], pix, w, h, stride)

	out := make([]byte, 0, 8+(12+13)+(12+3*len(pal))+(12+len(e.idat))+12)
	out = append(out, "\x89PNG\r\n\x1a\n"...)
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8] = 8 // bits per index
	ihdr[9] = 3 // colour type: paletted
	// ihdr[10:13]: compression method deflate, adaptive filtering, no interlace.
	out = chunk(out, "IHDR", ihdr[:])
	plte := make([]byte, 0, 3*len(pal))
	for _, c := range pal {
		plte = append(plte, c.R, c.G, c.B)
	}
	out = chunk(out, "PLTE", plte)
	out = chunk(out, "IDAT", e.idat)
	return chunk(out, "IEND", nil)
}

// chunk appends a PNG chunk: its length, type, data and the CRC of its
// type and data.
func chunk(out []byte, typ string, data []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(data)))
	start := len(out)
	out = append(out, typ...)
	out = append(out, data...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[start:]))
}
