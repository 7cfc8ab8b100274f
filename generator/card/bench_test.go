package card

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	xdraw "image/draw"
	"image/png"
	"testing"
)

// benchCards are cards of different bodies, as a build draws them.
func benchCards() []Card {
	names := []string{"Lebong", "Kepulauan Siau Tagulandang Biaro", "Administrasi Kepulauan Seribu", "Bengkulu Utara", "Kota Baru", "Kotawaringin Timur", "Pegunungan Bintang", "Tanjungpinang"}
	colors := []color.RGBA{{0x1b, 0x7f, 0x3b, 0xff}, {0xf2, 0xc2, 0x00, 0xff}, {0xc6, 0x28, 0x28, 0xff}}
	var cs []Card
	for i, n := range names {
		c := lebong()
		c.Name = n
		c.Color = colors[i%len(colors)]
		c.Score = fmt.Sprintf("%d,%02d", 40+i*7, i*13%100)
		cs = append(cs, c)
	}
	return cs
}

// BenchmarkPNG draws cards one after another; B/card is the mean size.
func BenchmarkPNG(b *testing.B) {
	cs := benchCards()
	b.ReportAllocs()
	total := 0
	i := 0
	for b.Loop() {
		p, err := cs[i%len(cs)].PNG()
		if err != nil {
			b.Fatal(err)
		}
		total += len(p)
		i++
	}
	b.ReportMetric(float64(total)/float64(i), "B/card")
}

// BenchmarkPNGParallel draws cards on every CPU at once, as a build does.
func BenchmarkPNGParallel(b *testing.B) {
	cs := benchCards()
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := cs[i%len(cs)].PNG(); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
}

// BenchmarkEncode compares the package's own encoder with image/png,
// paletted and RGBA, on the same drawing.
func BenchmarkEncode(b *testing.B) {
	fs, err := getFaces()
	if err != nil {
		b.Fatal(err)
	}
	defer putFaces(fs)
	c := lebong()
	pal := paletteFor(c.Color)
	cv := newCanvas(pal.bg)
	defer cv.release()
	(&drawer{cv: cv, fs: fs, pal: pal}).draw(c)
	b.Run("paletted/encodePNG", func(b *testing.B) {
		var p []byte
		for b.Loop() {
			p = cv.encode()
		}
		b.ReportMetric(float64(len(p)), "B/card")
	})
	paletted, _ := png.Decode(bytes.NewReader(cv.encode()))
	rgba := image.NewRGBA(paletted.Bounds())
	xdraw.Draw(rgba, rgba.Rect, paletted, image.Point{}, xdraw.Src)
	for _, bc := range []struct {
		name string
		img  image.Image
		lvl  png.CompressionLevel
	}{
		{"paletted/BestSpeed", paletted, png.BestSpeed},
		{"paletted/Default", paletted, png.DefaultCompression},
		{"rgba/BestSpeed", rgba, png.BestSpeed},
		{"rgba/Default", rgba, png.DefaultCompression},
	} {
		b.Run(bc.name, func(b *testing.B) {
			enc := png.Encoder{CompressionLevel: bc.lvl, BufferPool: &pngBuffers{}}
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := enc.Encode(&buf, bc.img); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "B/card")
		})
	}
}

// pngBuffers lets an image/png encoder reuse its buffers, as the
// package did when it encoded with image/png.
type pngBuffers struct{ b *png.EncoderBuffer }

func (p *pngBuffers) Get() *png.EncoderBuffer  { return p.b }
func (p *pngBuffers) Put(b *png.EncoderBuffer) { p.b = b }

// BenchmarkDraw is the drawing alone, without encoding.
func BenchmarkDraw(b *testing.B) {
	cs := benchCards()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		fs, _ := getFaces()
		c := cs[i%len(cs)]
		pal := paletteFor(c.Color)
		cv := newCanvas(pal.bg)
		(&drawer{cv: cv, fs: fs, pal: pal}).draw(c)
		cv.release()
		putFaces(fs)
		i++
	}
}
