package card

import (
	"image"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMargin checks that nothing but the accent bar is drawn in the
// margin: every pixel there is the background, and the bar is all
// accent.
func TestMargin(t *testing.T) {
	for name, c := range cards() {
		t.Run(name, func(t *testing.T) {
			px := pixels(decode(t, draw(t, c)))
			pal := paletteFor(c.Color)
			inner := image.Rect(Margin, Margin, Width-Margin, Height-Margin)
			stray, ink := 0, 0
			for y := range Height {
				for x := range Width {
					got := px[y*Width+x]
					switch p := image.Pt(x, y); {
					case y < accentH:
						if got != pal.accent {
							t.Fatalf("accent bar pixel %v = %v, want %v", p, got, pal.accent)
						}
					case !p.In(inner):
						if got != pal.bg {
							stray++
							if stray <= 5 {
								t.Errorf("margin pixel %v = %v, want the background %v", p, got, pal.bg)
							}
						}
					case got != pal.bg:
						ink++
					}
				}
			}
			if stray > 0 {
				t.Errorf("%d pixels drawn in the margin", stray)
			}
			if c.Name != "" && ink < 2000 {
				t.Errorf("only %d pixels drawn inside the margin", ink)
			}
		})
	}
}

func TestNameBlock(t *testing.T) {
	fs, err := getFaces()
	if err != nil {
		t.Fatal(err)
	}
	defer putFaces(fs)
	d := &drawer{fs: fs}
	const width = 664
	tests := []struct {
		name      string
		lines     int
		atMaxSize bool
	}{
		{"Lebong", 1, true},
		{"Kotawaringin Timur", 1, false},
		{"Kepulauan Siau Tagulandang Biaro", 2, false},
		{"Administrasi Kepulauan Seribu", 2, false},
		{strings.Repeat("Tagulandang", 12), 2, false},
		{strings.Repeat("Kepulauan ", 30), 2, false},
		{"東京", 1, true},
	}
	for _, tt := range tests {
		b := d.nameBlock(tt.name, width, nameMax)
		if len(b.lines) != tt.lines {
			t.Errorf("%q: %d lines %q, want %d", tt.name, len(b.lines), b.lines, tt.lines)
		}
		if got := b.face == fs.face(bold, nameMax); got != tt.atMaxSize {
			t.Errorf("%q: drawn at the largest size = %v, want %v", tt.name, got, tt.atMaxSize)
		}
		for _, l := range b.lines {
			if w := b.face.width(l); w > width {
				t.Errorf("%q: line %q is %d px wide, want at most %d", tt.name, l, w, width)
			}
		}
	}
}

func TestWrap(t *testing.T) {
	fs, err := getFaces()
	if err != nil {
		t.Fatal(err)
	}
	defer putFaces(fs)
	f := fs.face(medium, 24)
	tests := []struct {
		s     string
		width int
		n     int
		want  []string // nil: only check the widths and the count
	}{
		{"Kualitas Tertinggi", 400, 2, []string{"Kualitas Tertinggi"}},
		{"Kualitas Tertinggi", 120, 2, []string{"Kualitas", "Tertinggi"}},
		{"Kualitas Tertinggi Sekali Lagi", 120, 2, nil},
		{strings.Repeat("x", 200), 100, 2, nil},
		{"東京 Ñandú", 10, 3, nil},
		{"", 100, 2, nil},
	}
	for _, tt := range tests {
		got := wrap(f, tt.s, tt.width, tt.n)
		if tt.want != nil && !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %d, %d) = %q, want %q", tt.s, tt.width, tt.n, got, tt.want)
		}
		if len(got) > tt.n {
			t.Errorf("wrap(%q, %d, %d) = %d lines", tt.s, tt.width, tt.n, len(got))
		}
		for _, l := range got {
			// A single rune or an ellipsis may be wider than a tiny width.
			if w := f.width(l); w > tt.width && utf8.RuneCountInString(l) > 1 {
				t.Errorf("wrap(%q, %d, %d): line %q is %d px wide", tt.s, tt.width, tt.n, l, w)
			}
		}
	}
	if got := ellipsize(f, "Peringkat 3 dari 10 di Provinsi Bengkulu", 200); !strings.HasSuffix(got, ellipsis) || f.width(got) > 200 {
		t.Errorf("ellipsize = %q (%d px), want at most 200 px ending in %q", got, f.width(got), ellipsis)
	}
}
