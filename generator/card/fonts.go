package card

import (
	"image"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gomedium"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// weight is one of the three Go fonts the cards use.
type weight uint8

const (
	regular weight = iota
	medium
	bold
	numWeights
)

var (
	fontsOnce sync.Once
	fontSet   [numWeights]*opentype.Font
	fontsErr  error
)

// parsedFonts parses the embedded fonts the first time it is called.
// An *opentype.Font is safe for concurrent use; its faces are not.
func parsedFonts() (*[numWeights]*opentype.Font, error) {
	fontsOnce.Do(func() {
		for w, ttf := range [numWeights][]byte{regular: goregular.TTF, medium: gomedium.TTF, bold: gobold.TTF} {
			fontSet[w], fontsErr = opentype.Parse(ttf)
			if fontsErr != nil {
				return
			}
		}
	})
	return &fontSet, fontsErr
}

// faces is one goroutine's set of faces, made on first use per weight
// and pixel size, with their glyphs. Sizes are whole pixels, so a set
// stays small; its glyphs are dropped when they pass glyphBudget bytes.
type faces struct {
	fonts  *[numWeights]*opentype.Font
	m      map[faceKey]*face
	glyphs int   // bytes of cached glyph masks
	err    error // the first error making a face; the card fails with it
}

type faceKey struct {
	w    weight
	size int
}

const glyphBudget = 2 << 20

// freeFaces holds the sets not in use. Unlike a sync.Pool it is not
// emptied by the garbage collector, so the glyphs drawn for one card
// serve the next thousands.
var freeFaces = make(chan *faces, 16)

// getFaces takes a set of faces not in use by another goroutine;
// putFaces gives it back.
func getFaces() (*faces, error) {
	fonts, err := parsedFonts()
	if err != nil {
		return nil, err
	}
	select {
	case fs := <-freeFaces:
		return fs, nil
	default:
		return &faces{fonts: fonts, m: make(map[faceKey]*face)}, nil
	}
}

func putFaces(fs *faces) {
	if fs.err != nil {
		return
	}
	select {
	case freeFaces <- fs:
	default:
	}
}

// face is a font.Face of one weight and size, with its metrics, and the
// advances and masks of the glyphs drawn with it.
type face struct {
	font.Face
	set     *faces
	m       font.Metrics
	advance map[rune]fixed.Int26_6
	glyphs  map[glyphKey]*glyph
}

// phases is how many horizontal sub-pixel positions a glyph is drawn
// at; a dot between them is rounded to the nearest.
const phases = 4

type glyphKey struct {
	r     rune
	phase uint8
}

// glyph is a glyph's alpha mask drawn with its dot at (phase/phases, 0).
type glyph struct {
	rect image.Rectangle // the mask's bounds relative to the dot's pixel
	pix  []uint8         // rect.Dx() bytes a row
}

// face returns the face of weight w at size pixels. Should the font
// package fail to make one, face records the error, which fails the
// card, and returns a fixed face so that the layout can go on.
func (fs *faces) face(w weight, size int) *face {
	k := faceKey{w, size}
	if f, ok := fs.m[k]; ok {
		return f
	}
	var ff font.Face
	ff, err := opentype.NewFace(fs.fonts[w], &opentype.FaceOptions{
		Size:    float64(size),
		DPI:     72,
		Hinting: font.HintingNone,
	})
	if err != nil {
		if fs.err == nil {
			fs.err = err
		}
		ff = basicfont.Face7x13
	}
	f := &face{Face: ff, set: fs, m: ff.Metrics()}
	f.reset()
	fs.m[k] = f
	return f
}

func (f *face) reset() {
	f.advance = make(map[rune]fixed.Int26_6)
	f.glyphs = make(map[glyphKey]*glyph)
}

// width is the advance width of s, kerned, in whole pixels rounded up.
func (f *face) width(s string) int {
	var w fixed.Int26_6
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			w += f.Kern(prev, r)
		}
		w += f.adv(r)
		prev = r
	}
	return w.Ceil()
}

func (f *face) adv(r rune) fixed.Int26_6 {
	a, ok := f.advance[r]
	if !ok {
		a, _ = f.GlyphAdvance(r)
		f.advance[r] = a
	}
	return a
}

// glyph returns the mask of r drawn at sub-pixel phase, from the cache
// or drawn now. A rune the font lacks is its missing-glyph box.
func (f *face) glyph(r rune, phase uint8) *glyph {
	k := glyphKey{r, phase}
	if g, ok := f.glyphs[k]; ok {
		return g
	}
	if f.set.glyphs > glyphBudget {
		for _, other := range f.set.m {
			other.reset()
		}
		f.set.glyphs = 0
	}
	dr, m, mp, _, _ := f.Glyph(fixed.Point26_6{X: fixed.Int26_6(phase) * 64 / phases}, r)
	g := &glyph{}
	if m != nil && !dr.Empty() {
		g.rect = dr
		g.pix = make([]uint8, dr.Dx()*dr.Dy())
		for y := range dr.Dy() {
			for x := range dr.Dx() {
				g.pix[y*dr.Dx()+x] = alphaAt(m, mp.X+x, mp.Y+y)
			}
		}
	}
	f.glyphs[k] = g
	f.set.glyphs += len(g.pix) + 64
	return g
}

func alphaAt(m image.Image, x, y int) uint8 {
	if a, ok := m.(*image.Alpha); ok {
		return a.Pix[a.PixOffset(x, y)]
	}
	_, _, _, a := m.At(x, y).RGBA()
	return uint8(a >> 8)
}
