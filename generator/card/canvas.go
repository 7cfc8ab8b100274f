package card

import (
	"image"
	"image/color"
	"math"
	"sync"

	"golang.org/x/image/math/fixed"
)

// Width and Height are the size of a card in pixels, the size Facebook,
// LinkedIn and X recommend for a link's image.
const (
	Width  = 1200
	Height = 630
)

// steps is the number of antialiasing steps from a surface (step 0) to
// the ink drawn on it (step steps); 15 colours lie between.
const steps = 16

// A ramp is the run of palette colours from a surface to an ink.
type ramp struct {
	idx [steps + 1]uint8 // palette index per step
}

// canvas is a paletted image whose palette grows as colours are used:
// solid colours, and a ramp per pair of ink and surface that text or a
// rounded corner is drawn with. Drawing composites coverage per pixel by
// looking the pixel's palette index up: a pixel on a ramp's surface or
// part-way along the ramp moves further along it.
type canvas struct {
	img    image.Paletted
	pal    []color.RGBA
	ramps  []ramp
	rampOf [256]uint8 // 1 + the ramp of a palette index between its ends, or 0
	stepOf [256]uint8 // the step of that index along its ramp
}

var canvasPool = sync.Pool{New: func() any {
	c := &canvas{}
	c.img.Pix = make([]uint8, Width*Height)
	c.img.Stride = Width
	c.img.Rect = image.Rect(0, 0, Width, Height)
	return c
}}

// newCanvas returns a canvas filled with the background colour bg.
func newCanvas(bg color.RGBA) *canvas {
	c := canvasPool.Get().(*canvas)
	c.pal = c.pal[:0]
	c.ramps = c.ramps[:0]
	c.rampOf = [256]uint8{}
	clear(c.img.Pix)
	c.solid(bg) // index 0
	return c
}

func (c *canvas) release() { canvasPool.Put(c) }

// solid returns the palette index of colour col, adding it if new.
func (c *canvas) solid(col color.RGBA) uint8 {
	col.A = 255
	for i, p := range c.pal {
		if p == col && c.rampOf[i] == 0 {
			return uint8(i)
		}
	}
	if len(c.pal) == 256 {
		return c.nearest(col)
	}
	c.pal = append(c.pal, col)
	return uint8(len(c.pal) - 1)
}

// nearest is the palette index closest to col; used only if a layout
// ever asks for more colours than a palette holds.
func (c *canvas) nearest(col color.RGBA) uint8 {
	best, bestD := 0, math.MaxInt
	for i, p := range c.pal {
		dr, dg, db := int(p.R)-int(col.R), int(p.G)-int(col.G), int(p.B)-int(col.B)
		if d := dr*dr + dg*dg + db*db; d < bestD {
			best, bestD = i, d
		}
	}
	return uint8(best)
}

// ramp returns the id of the ramp from surface to ink, adding it if new.
func (c *canvas) ramp(ink, surface color.RGBA) int {
	r := ramp{}
	r.idx[0], r.idx[steps] = c.solid(surface), c.solid(ink)
	for id, old := range c.ramps {
		if old.idx[0] == r.idx[0] && old.idx[steps] == r.idx[steps] {
			return id
		}
	}
	id := len(c.ramps)
	for s := 1; s < steps; s++ {
		col := mix(c.pal[r.idx[steps]], c.pal[r.idx[0]], float64(s)/steps)
		if len(c.pal) == 256 {
			r.idx[s] = c.nearest(col)
			continue
		}
		r.idx[s] = uint8(len(c.pal))
		c.rampOf[len(c.pal)] = uint8(id + 1)
		c.stepOf[len(c.pal)] = uint8(s)
		c.pal = append(c.pal, col)
	}
	c.ramps = append(c.ramps, r)
	return id
}

// fill paints rectangle r with the solid colour of palette index i.
func (c *canvas) fill(r image.Rectangle, i uint8) {
	r = r.Intersect(c.img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := c.img.Pix[y*Width+r.Min.X : y*Width+r.Max.X]
		for x := range row {
			row[x] = i
		}
	}
}

// cover moves the pixel at offset o along ramp r by coverage a (0–255):
// a pixel on the ramp already, at step s0, ends at s0 + s − s0·s/steps,
// as if drawn over; a pixel of any other colour is treated as surface.
func (c *canvas) cover(o int, r *ramp, id int, a uint8) {
	s := (int(a)*steps + 127) / 255
	if s == 0 {
		return
	}
	p := c.img.Pix[o]
	s0 := 0
	switch {
	case p == r.idx[steps]:
		return
	case int(c.rampOf[p]) == id+1:
		s0 = int(c.stepOf[p])
	}
	c.img.Pix[o] = r.idx[s0+s-s0*s/steps]
}

// mask composites glyph g onto the canvas along ramp id with its
// dot's pixel at (x, y), clipped to clip.
func (c *canvas) mask(g *glyph, x, y int, id int, clip image.Rectangle) {
	r := &c.ramps[id]
	dr := g.rect.Add(image.Pt(x, y))
	vis := dr.Intersect(clip).Intersect(c.img.Rect)
	stride := dr.Dx()
	for py := vis.Min.Y; py < vis.Max.Y; py++ {
		row := g.pix[(py-dr.Min.Y)*stride:]
		for px := vis.Min.X; px < vis.Max.X; px++ {
			if a := row[px-dr.Min.X]; a != 0 {
				c.cover(py*Width+px, r, id, a)
			}
		}
	}
}

// text draws s with face f along ramp id, its baseline starting at
// (x, y), clipped to clip.
func (c *canvas) text(f *face, x, y int, s string, id int, clip image.Rectangle) {
	dot := fixed.I(x)
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			dot += f.Kern(prev, r)
		}
		px := dot.Floor()
		phase := (int(dot-fixed.I(px))*phases + 32) / 64
		if phase == phases {
			px, phase = px+1, 0
		}
		c.mask(f.glyph(r, uint8(phase)), px, y, id, clip)
		dot += f.adv(r)
		prev = r
	}
}

// roundRect fills r with the ink of ramp id, its corners rounded with
// radius rad and antialiased against the ramp's surface.
func (c *canvas) roundRect(r image.Rectangle, rad int, id int) {
	rad = min(rad, r.Dx()/2, r.Dy()/2)
	ink := c.ramps[id].idx[steps]
	c.fill(image.Rect(r.Min.X+rad, r.Min.Y, r.Max.X-rad, r.Max.Y), ink)
	c.fill(image.Rect(r.Min.X, r.Min.Y+rad, r.Min.X+rad, r.Max.Y-rad), ink)
	c.fill(image.Rect(r.Max.X-rad, r.Min.Y+rad, r.Max.X, r.Max.Y-rad), ink)
	fr := float64(rad)
	for dy := range rad {
		for dx := range rad {
			// Coverage of the pixel whose centre is (dx+½, dy+½) from the
			// corner, by a quarter disc centred at (rad, rad).
			ex, ey := fr-float64(dx)-0.5, fr-float64(dy)-0.5
			a := clamp01(fr - math.Sqrt(ex*ex+ey*ey) + 0.5)
			if a == 0 {
				continue
			}
			v := uint8(a*255 + 0.5)
			for _, p := range [4]image.Point{
				{r.Min.X + dx, r.Min.Y + dy},
				{r.Max.X - 1 - dx, r.Min.Y + dy},
				{r.Min.X + dx, r.Max.Y - 1 - dy},
				{r.Max.X - 1 - dx, r.Max.Y - 1 - dy},
			} {
				if p.In(c.img.Rect) {
					c.cover(p.Y*Width+p.X, &c.ramps[id], id, v)
				}
			}
		}
	}
}

// encode returns the canvas as a PNG; see encodePNG.
func (c *canvas) encode() []byte {
	return encodePNG(c.img.Pix, Width, Height, c.img.Stride, c.pal)
}

func clamp01(v float64) float64 { return max(0, min(1, v)) }
