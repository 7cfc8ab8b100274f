package card

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var samples = flag.String("samples", "", "write sample cards as PNG files into this directory")

func lebong() Card {
	return Card{
		Site:       "Rapor Pelayanan Publik",
		Kicker:     "Kabupaten · Provinsi Bengkulu",
		Name:       "Lebong",
		Period:     "2023",
		ScoreLabel: "Nilai kepatuhan",
		Score:      "92,00",
		Grade:      "A",
		GradeLabel: "Kualitas Tertinggi",
		Color:      color.RGBA{0x1b, 0x7f, 0x3b, 0xff},
		Lines: []string{
			"Peringkat 3 dari 10 di Provinsi Bengkulu",
			"Peringkat 41 dari 416 kabupaten",
			"Naik 7,78 poin dari 2022",
		},
		Footer: "Sumber: Ombudsman RI · rapor-publik.github.io/rapor",
	}
}

func longName() Card {
	c := lebong()
	c.Kicker = "Kabupaten · Provinsi Sulawesi Utara"
	c.Name = "Kepulauan Siau Tagulandang Biaro"
	c.Period = "2015–2024"
	c.Score = "58,31"
	c.Grade = "C"
	c.GradeLabel = "Kualitas Sedang"
	c.Color = color.RGBA{0xf2, 0xc2, 0x00, 0xff}
	c.Lines = []string{"Peringkat 12 dari 15 di Provinsi Sulawesi Utara", "Turun 4,02 poin dari 2023"}
	return c
}

func decode(t testing.TB, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	return img
}

func draw(t testing.TB, c Card) []byte {
	t.Helper()
	b, err := c.PNG()
	if err != nil {
		t.Fatalf("PNG(%q): %v", c.Name, err)
	}
	return b
}

// TestSamples writes cards to look at: go test -run Samples -samples /tmp
func TestSamples(t *testing.T) {
	if *samples == "" {
		t.Skip("no -samples directory")
	}
	all := cards()
	all["sample"] = lebong()
	for name, c := range all {
		file := filepath.Join(*samples, "card-"+strings.ReplaceAll(name, " ", "-")+".png")
		if err := os.WriteFile(file, draw(t, c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// cards is a set of cards that exercise the layout: every field long,
// short or empty, names in other scripts, and odd bytes.
func cards() map[string]Card {
	m := map[string]Card{"lebong": lebong(), "long": longName(), "empty": {}}
	add := func(name string, edit func(*Card)) {
		c := lebong()
		edit(&c)
		m[name] = c
	}
	add("non-latin", func(c *Card) { c.Name = "Kabupaten 東京 Ñandú ‘Fakfak’" })
	add("very long name", func(c *Card) { c.Name = strings.Repeat("Administrasi Kepulauan Seribu ", 6) })
	add("one long word", func(c *Card) { c.Name = strings.Repeat("Tagulandang", 12) })
	add("scripts", func(c *Card) {
		c.Name = "مدينة 서울 Ελλάδα Москва ქართული 🇮🇩😀 e\u0301\u0301\u0301"
	})
	add("odd bytes", func(c *Card) { c.Name = "Lebong\xff\xfe\x00\t\n\u202e\u200bBaru"; c.Kicker = "\x1b[31m" })
	add("no score", func(c *Card) { c.Score = "" })
	add("no grade", func(c *Card) { c.Grade, c.GradeLabel, c.Color = "", "", color.RGBA{} })
	add("label only", func(c *Card) { c.Grade = "" })
	add("nothing scored", func(c *Card) { c.Score, c.Grade, c.GradeLabel = "", "", "" })
	add("everything long", func(c *Card) {
		long := strings.Repeat("Kualitas Tertinggi Sekali ", 8)
		c.Site, c.Kicker, c.Period, c.ScoreLabel, c.Score = long, long, long, long, strings.Repeat("100,00", 10)
		c.Grade, c.GradeLabel, c.Footer = strings.Repeat("Hijau", 10), long, long
		c.Lines = []string{long, long, long, long, long}
	})
	add("black", func(c *Card) { c.Color = color.RGBA{A: 0xff} })
	add("white", func(c *Card) { c.Color = color.RGBA{0xff, 0xff, 0xff, 0xff} })
	return m
}

func TestPNGSize(t *testing.T) {
	for name, c := range cards() {
		t.Run(name, func(t *testing.T) {
			b := draw(t, c)
			if got := decode(t, b).Bounds(); got != image.Rect(0, 0, Width, Height) {
				t.Errorf("bounds = %v, want %v", got, image.Rect(0, 0, Width, Height))
			}
			if len(b) > 40<<10 {
				t.Errorf("PNG is %d bytes, want at most %d", len(b), 40<<10)
			}
		})
	}
}

// pixels is the colours of img's pixels, row by row.
func pixels(img image.Image) []color.RGBA {
	r := img.Bounds()
	px := make([]color.RGBA, 0, r.Dx()*r.Dy())
	if p, ok := img.(*image.Paletted); ok {
		pal := make([]color.RGBA, len(p.Palette))
		for i, c := range p.Palette {
			pal[i] = color.RGBAModel.Convert(c).(color.RGBA)
		}
		for _, i := range p.Pix {
			px = append(px, pal[i])
		}
		return px
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			px = append(px, color.RGBAModel.Convert(img.At(x, y)).(color.RGBA))
		}
	}
	return px
}

// differing counts the pixels that differ between two images.
func differing(a, b image.Image) int {
	pa, pb := pixels(a), pixels(b)
	n := 0
	for i := range pa {
		if pa[i] != pb[i] {
			n++
		}
	}
	return n
}

func TestPNGDiffers(t *testing.T) {
	a := decode(t, draw(t, lebong()))
	other := lebong()
	other.Name, other.Kicker = "Bengkulu Utara", "Kabupaten · Provinsi Bengkulu"
	other.Score = "71,50"
	if n := differing(a, decode(t, draw(t, other))); n < 5000 {
		t.Errorf("cards of two bodies differ in %d pixels, want at least 5000", n)
	}
	same := decode(t, draw(t, lebong()))
	if n := differing(a, same); n != 0 {
		t.Errorf("two draws of one card differ in %d pixels", n)
	}
}

func TestDeterministic(t *testing.T) {
	for name, c := range cards() {
		t.Run(name, func(t *testing.T) {
			c2 := c
			c2.Lines = append([]string(nil), c.Lines...)
			if !bytes.Equal(draw(t, c), draw(t, c2)) {
				t.Error("two draws of one card differ")
			}
			if c.Key() != c2.Key() {
				t.Errorf("Key = %s, then %s", c.Key(), c2.Key())
			}
		})
	}
}

func TestKey(t *testing.T) {
	base := lebong()
	key := base.Key()
	if len(key) != 16 || strings.Trim(key, "0123456789abcdef") != "" {
		t.Fatalf("Key = %q, want 16 lower-case hex digits", key)
	}
	tests := []struct {
		field string
		edit  func(*Card)
	}{
		{"Site", func(c *Card) { c.Site += "." }},
		{"Kicker", func(c *Card) { c.Kicker = "Kota · Provinsi Bengkulu" }},
		{"Name", func(c *Card) { c.Name = "lebong" }},
		{"Period", func(c *Card) { c.Period = "2024" }},
		{"ScoreLabel", func(c *Card) { c.ScoreLabel = "Compliance score" }},
		{"Score", func(c *Card) { c.Score = "92.00" }},
		{"Grade", func(c *Card) { c.Grade = "B" }},
		{"GradeLabel", func(c *Card) { c.GradeLabel = "" }},
		{"Color.R", func(c *Card) { c.Color.R++ }},
		{"Color.G", func(c *Card) { c.Color.G++ }},
		{"Color.B", func(c *Card) { c.Color.B++ }},
		{"Color.A", func(c *Card) { c.Color.A-- }},
		{"Lines[0]", func(c *Card) { c.Lines[0] = "Peringkat 4 dari 10 di Provinsi Bengkulu" }},
		{"Lines[2]", func(c *Card) { c.Lines[2] += " " }},
		{"Lines order", func(c *Card) { c.Lines[0], c.Lines[1] = c.Lines[1], c.Lines[0] }},
		{"Lines fewer", func(c *Card) { c.Lines = c.Lines[:2] }},
		{"Lines more", func(c *Card) { c.Lines = append(c.Lines, "") }},
		{"Footer", func(c *Card) { c.Footer = "" }},
		{"Site into Kicker", func(c *Card) { c.Site, c.Kicker = c.Site+c.Kicker, "" }},
		{"Lines joined", func(c *Card) { c.Lines = []string{strings.Join(c.Lines, "")} }},
	}
	seen := map[string]string{key: "base"}
	for _, tt := range tests {
		c := lebong()
		tt.edit(&c)
		got := c.Key()
		if prev, ok := seen[got]; ok {
			t.Errorf("after changing %s, Key = %s, the key of %s", tt.field, got, prev)
		}
		seen[got] = tt.field
	}
}

func TestConcurrent(t *testing.T) {
	all := cards()
	names := []string{"lebong", "long", "non-latin", "scripts", "no score", "everything long"}
	want := map[string][]byte{}
	for _, name := range names {
		want[name] = draw(t, all[name])
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range names {
				name := names[(i+g)%len(names)]
				got, err := all[name].PNG()
				if err != nil {
					t.Errorf("goroutine %d, %s: %v", g, name, err)
					return
				}
				if !bytes.Equal(got, want[name]) {
					t.Errorf("goroutine %d, %s: bytes differ from a lone draw", g, name)
				}
			}
		})
	}
	wg.Wait()
}

// TestGlyphCache checks that cached glyphs draw the same pixels as
// glyphs drawn afresh.
func TestGlyphCache(t *testing.T) {
	for name, c := range cards() {
		warm := draw(t, c)
		fonts, err := parsedFonts()
		if err != nil {
			t.Fatal(err)
		}
		fs := &faces{fonts: fonts, m: make(map[faceKey]*face)}
		pal := paletteFor(c.Color)
		cv := newCanvas(pal.bg)
		(&drawer{cv: cv, fs: fs, pal: pal}).draw(c)
		cold := cv.encode()
		cv.release()
		if !bytes.Equal(warm, cold) {
			t.Errorf("%s: a card drawn with cached glyphs differs from one drawn with fresh faces", name)
		}
	}
}
