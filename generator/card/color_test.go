package card

import (
	"fmt"
	"image/color"
	"testing"
)

func rgb(s string) color.RGBA {
	var c color.RGBA
	if _, err := fmt.Sscanf(s, "#%02x%02x%02x", &c.R, &c.G, &c.B); err != nil {
		panic(err)
	}
	c.A = 0xff
	return c
}

func TestContrast(t *testing.T) {
	for _, s := range []string{"#1b7f3b", "#f2c200", "#c62828", "#000000", "#ffffff", "#808080", "#2e7d32", "#f9a825", "#1565c0", "#777777"} {
		bg := rgb(s)
		fg := textOn(bg)
		if r := contrast(fg, bg); r < 4.5 {
			t.Errorf("text %v on %s: contrast %.2f, want at least 4.5", fg, s, r)
		}
	}
	// Black or white suffices for any colour.
	for r := 0; r < 256; r += 15 {
		for g := 0; g < 256; g += 15 {
			for b := 0; b < 256; b += 15 {
				bg := color.RGBA{uint8(r), uint8(g), uint8(b), 0xff}
				if c := contrast(textOn(bg), bg); c < 4.5 {
					t.Fatalf("text %v on %v: contrast %.2f, want at least 4.5", textOn(bg), bg, c)
				}
			}
		}
	}
	// The card's own text colours on white and on the palest and the
	// darkest tint.
	for _, grade := range []color.RGBA{white, black, rgb("#f2c200"), rgb("#1b7f3b")} {
		p := paletteFor(grade)
		for _, ink := range []color.RGBA{inkDark, inkBody, inkSoft} {
			for _, bg := range []color.RGBA{p.bg, p.tint} {
				if c := contrast(ink, bg); c < 4.5 {
					t.Errorf("text %v on %v: contrast %.2f, want at least 4.5", ink, bg, c)
				}
			}
		}
	}
}

// TestBadgeText checks that the grade is drawn in the colour textOn
// chooses: black text on yellow puts black pixels on the card.
func TestBadgeText(t *testing.T) {
	c := longName() // yellow
	n := 0
	for _, p := range pixels(decode(t, draw(t, c))) {
		if p == black {
			n++
		}
	}
	if n < 300 {
		t.Errorf("%d black pixels on a yellow card, want the grade in black", n)
	}
}
