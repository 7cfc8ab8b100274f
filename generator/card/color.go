package card

import (
	"image/color"
	"math"
)

// The card's own colours. Every text colour has a contrast of at least
// 4.5:1 with white and with a tint of any grade colour.
var (
	white   = color.RGBA{0xff, 0xff, 0xff, 0xff}
	black   = color.RGBA{0x00, 0x00, 0x00, 0xff}
	inkDark = color.RGBA{0x11, 0x18, 0x27, 0xff} // name, score, period
	inkBody = color.RGBA{0x37, 0x41, 0x51, 0xff} // lines
	inkSoft = color.RGBA{0x5b, 0x63, 0x70, 0xff} // site, kicker, labels, footer
	rule    = color.RGBA{0xe2, 0xe5, 0xea, 0xff} // the line above the footer
	neutral = color.RGBA{0x47, 0x55, 0x69, 0xff} // the accent of a card without a grade colour
)

// palette is the set of colours one card is drawn with.
type palette struct {
	bg, accent, tint, onAccent color.RGBA
}

// paletteFor derives a card's colours from its grade colour; a colour
// with zero alpha (the zero value) means none, and any other alpha is
// ignored.
func paletteFor(grade color.RGBA) palette {
	accent := neutral
	if grade.A != 0 {
		accent = grade
		accent.A = 255
	}
	return palette{
		bg:       white,
		accent:   accent,
		tint:     mix(accent, white, 0.09),
		onAccent: textOn(accent),
	}
}

// mix is a·t + b·(1−t) per channel, in sRGB as image/draw composites.
func mix(a, b color.RGBA, t float64) color.RGBA {
	ch := func(x, y uint8) uint8 { return uint8(float64(x)*t + float64(y)*(1-t) + 0.5) }
	return color.RGBA{ch(a.R, b.R), ch(a.G, b.G), ch(a.B, b.B), 255}
}

// textOn is black or white, whichever contrasts more with bg. The
// better of the two is never below 4.58:1.
func textOn(bg color.RGBA) color.RGBA {
	if contrast(black, bg) >= contrast(white, bg) {
		return black
	}
	return white
}

// contrast is the WCAG 2 contrast ratio of two colours, 1 to 21.
func contrast(a, b color.RGBA) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is the WCAG 2 relative luminance of c, 0 to 1.
func luminance(c color.RGBA) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}
