package card

import (
	"image"
	"image/color"
	"strings"
)

// Margin is the width of the border, on every side, that no text or
// panel enters; only the accent bar along the top edge lies in it.
const Margin = 60

// The layout, in pixels.
const (
	accentH   = 12 // the accent bar along the top edge
	headSize  = 28 // site title and period
	footSize  = 24
	ruleGap   = 22 // from the rule to the footer's capitals, and to the body
	bodyGap   = 30 // between header and body
	panelW    = 376
	panelPad  = 32
	gutter    = 48 // between the left column and the panel
	kickSize  = 30
	nameMax   = 88
	nameMin   = 40
	lineSize  = 30
	lineMin   = 20
	labelSize = 24
	scoreMax  = 132
	scoreMin  = 56
	badgeH    = 96
	gradeMax  = 64
	gradeMin  = 24
	glabSize  = 24
	glabMin   = 16
	radius    = 18
)

// drawer draws one card on a canvas with one goroutine's faces.
type drawer struct {
	cv  *canvas
	fs  *faces
	pal palette
}

// draw draws the whole card.
func (d *drawer) draw(c Card) {
	d.cv.fill(image.Rect(0, 0, Width, accentH), d.cv.solid(d.pal.accent))
	top := d.header(clean(c.Site), clean(c.Period))
	bottom := d.footer(clean(c.Footer))
	body := image.Rect(Margin, top+bodyGap, Width-Margin, bottom)
	score, grade, glabel := clean(c.Score), clean(c.Grade), clean(c.GradeLabel)
	if score != "" || grade != "" || glabel != "" {
		panel := body
		panel.Min.X = panel.Max.X - panelW
		d.panel(panel, clean(c.ScoreLabel), score, grade, glabel)
		body.Max.X = panel.Min.X - gutter
	}
	var lines []string
	for _, l := range c.Lines {
		if l = clean(l); l != "" && len(lines) < 3 {
			lines = append(lines, l)
		}
	}
	d.column(body, clean(c.Kicker), clean(c.Name), lines)
}

// header draws the site title at the left and the period at the right
// of the top margin's edge, and returns the y below them.
func (d *drawer) header(site, period string) int {
	f, fb := d.fs.face(medium, headSize), d.fs.face(bold, headSize)
	base := Margin + ascent(fb)
	clip := image.Rect(Margin, Margin, Width-Margin, Height-Margin)
	pw := 0
	if period != "" {
		period = ellipsize(fb, period, (Width-2*Margin)/2)
		pw = fb.width(period)
		d.text(fb, Width-Margin-pw, base, period, inkDark, d.pal.bg, clip)
	}
	if site != "" {
		site = ellipsize(f, site, Width-2*Margin-pw-gutter)
		d.text(f, Margin, base, site, inkSoft, d.pal.bg, clip)
	}
	return base + descent(fb)
}

// footer draws the footer on the bottom margin's edge and a rule above
// it, and returns the y above the rule, less a gap.
func (d *drawer) footer(s string) int {
	if s == "" {
		return Height - Margin
	}
	f := d.fs.face(regular, footSize)
	base := Height - Margin - descent(f)
	s = ellipsize(f, s, Width-2*Margin)
	d.text(f, Margin, base, s, inkSoft, d.pal.bg, image.Rect(Margin, Margin, Width-Margin, Height-Margin))
	ruleY := base - capHeight(f) - ruleGap
	d.cv.fill(image.Rect(Margin, ruleY-2, Width-Margin, ruleY), d.cv.solid(rule))
	return ruleY - 2 - ruleGap
}

// text draws s in colour ink on a surface of colour surface.
func (d *drawer) text(f *face, x, base int, s string, ink, surface color.RGBA, clip image.Rectangle) {
	d.cv.text(f, x, base, s, d.cv.ramp(ink, surface), clip)
}

// block is a run of lines in one face, one under the other.
type block struct {
	face  *face
	lines []string
	lead  int // baseline to baseline
}

// height is from the first line's capitals to the last line's baseline.
func (b block) height() int {
	if len(b.lines) == 0 {
		return 0
	}
	return capHeight(b.face) + (len(b.lines)-1)*b.lead
}

// below is how far the last line's descenders hang below its baseline.
func (b block) below() int {
	if len(b.lines) == 0 {
		return 0
	}
	return descent(b.face)
}

// drawAt draws b with its first line's capitals at y and returns the
// last baseline.
func (d *drawer) drawAt(b block, x, y int, ink, surface color.RGBA, clip image.Rectangle) int {
	base := y + capHeight(b.face)
	for i, l := range b.lines {
		if i > 0 {
			base += b.lead
		}
		d.text(b.face, x, base, l, ink, surface, clip)
	}
	return base
}

func ascent(f *face) int    { return f.m.Ascent.Ceil() }
func descent(f *face) int   { return f.m.Descent.Ceil() }
func capHeight(f *face) int { return f.m.CapHeight.Round() }

// lead is the baseline-to-baseline distance of size at spacing per mille.
func lead(size, perMille int) int { return (size*perMille + 500) / 1000 }

// nameBlock lays the name out in at most two lines of the largest size
// up to maxSize that fits width: one line if it fits at three quarters
// of maxSize or more, else two balanced lines if they are bigger, and
// at nameMin wrapped and cut with an ellipsis if nothing fits.
func (d *drawer) nameBlock(name string, width, maxSize int) block {
	words := strings.Fields(name)
	f := d.fs.face(bold, maxSize)
	lines := []string{name}
	size := sizeFor(maxSize, f.width(name), width)
	if size < maxSize*3/4 && len(words) > 1 {
		two, w := balance(f, words)
		if s2 := sizeFor(maxSize, w, width); s2 > size {
			lines, size = two, s2
		}
	}
	size, ok := d.fs.fitSize(bold, min(size, maxSize), nameMin, width, lines...)
	f = d.fs.face(bold, size)
	if !ok {
		lines = wrap(f, name, width, 2)
	}
	return block{face: f, lines: lines, lead: lead(size, 1080)}
}

// oneLine lays s out on one line of weight wt, shrunk from maxSize
// down to minSize to fit width, and cut with an ellipsis below that.
func (d *drawer) oneLine(wt weight, s string, maxSize, minSize, width int) (*face, string) {
	size, ok := d.fs.fitSize(wt, maxSize, minSize, width, s)
	f := d.fs.face(wt, size)
	if !ok {
		s = ellipsize(f, s, width)
	}
	return f, s
}
