package card

import (
	"image"
	"strings"
)

// column draws the left column, centred vertically in box: the kicker,
// the name, and the lines, each after a dot in the accent colour.
func (d *drawer) column(box image.Rectangle, kicker, name string, lines []string) {
	const (
		kickGap = 26 // kicker baseline to name capitals
		lineGap = 34 // name descenders to first line's capitals
		dot     = 10
		indent  = dot + 16
	)
	width := box.Dx()
	clip := image.Rect(box.Min.X, Margin, box.Max.X, Height-Margin)
	var kb, nb, lb block
	if kicker != "" {
		f, s := d.oneLine(medium, kicker, kickSize, lineMin, width)
		kb = block{face: f, lines: []string{s}}
	}
	if len(lines) > 0 {
		size, ok := d.fs.fitSize(regular, lineSize, lineMin, width-indent, lines...)
		f := d.fs.face(regular, size)
		if !ok {
			for i, l := range lines {
				lines[i] = ellipsize(f, l, width-indent)
			}
		}
		lb = block{face: f, lines: lines, lead: lead(size, 1500)}
	}
	var total int
	for maxSize := nameMax; ; maxSize -= 8 {
		if name != "" {
			nb = d.nameBlock(name, width, maxSize)
		}
		total = stack(
			part{kb.height(), kickGap},
			part{nb.height(), nb.below() + lineGap},
			part{lb.height(), lb.below()},
		)
		if total <= box.Dy() || maxSize-8 < nameMin {
			break
		}
	}
	y := box.Min.Y + max(0, box.Dy()-total)/2
	if len(kb.lines) > 0 {
		y = d.drawAt(kb, box.Min.X, y, inkSoft, d.pal.bg, clip) + kickGap
	}
	if len(nb.lines) > 0 {
		y = d.drawAt(nb, box.Min.X, y, inkDark, d.pal.bg, clip) + nb.below() + lineGap
	}
	if len(lb.lines) > 0 {
		dotID := d.cv.ramp(d.pal.accent, d.pal.bg)
		c := capHeight(lb.face)
		for i := range lb.lines {
			top := y + i*lb.lead + (c-dot)/2
			d.cv.roundRect(image.Rect(box.Min.X, top, box.Min.X+dot, top+dot), dot/2, dotID)
		}
		d.drawAt(lb, box.Min.X+indent, y, inkBody, d.pal.bg, clip)
	}
}

// part is one piece of a vertical stack: its height and the gap after
// it, which counts only if a piece follows. (For the last piece the gap
// is what hangs below it, such as descenders.)
type part struct{ h, after int }

// stack is the height of the non-empty parts one under the other.
func stack(parts ...part) int {
	total, last := 0, 0
	for _, p := range parts {
		if p.h == 0 {
			continue
		}
		total += last + p.h
		last = p.after
	}
	return total + last
}

// panel draws, centred vertically in box, a tinted panel as high as
// its content: the score's label, the score, and the grade badge.
func (d *drawer) panel(box image.Rectangle, label, score, grade, glabel string) {
	const (
		labelGap = 20 // label baseline to score capitals
		scoreGap = 30 // score baseline to badge
	)
	width := box.Dx() - 2*panelPad
	var lb, sb block
	if score != "" {
		if label != "" {
			f, s := d.oneLine(medium, label, labelSize, glabMin, width)
			lb = block{face: f, lines: []string{s}}
		}
		f, s := d.oneLine(bold, score, scoreMax, scoreMin, width)
		sb = block{face: f, lines: []string{s}}
	}
	bh := 0
	if grade != "" || glabel != "" {
		bh = badgeH
	}
	h := min(box.Dy(), stack(part{lb.height(), labelGap}, part{sb.height(), scoreGap}, part{bh, 0})+2*panelPad)
	box.Min.Y += (box.Dy() - h) / 2
	box.Max.Y = box.Min.Y + h
	d.cv.roundRect(box, radius, d.cv.ramp(d.pal.tint, d.pal.bg))
	in := box.Inset(panelPad)
	y := in.Min.Y
	if len(lb.lines) > 0 {
		y = d.drawAt(lb, in.Min.X, y, inkSoft, d.pal.tint, box) + labelGap
	}
	if len(sb.lines) > 0 {
		y = d.drawAt(sb, in.Min.X, y, inkDark, d.pal.tint, box) + scoreGap
	}
	if bh > 0 {
		d.badge(image.Rect(in.Min.X, y, in.Max.X, y+bh), grade, glabel)
	}
}

// badge draws the grade on a rounded rectangle of the grade colour,
// its label beside it in up to two lines.
func (d *drawer) badge(r image.Rectangle, grade, glabel string) {
	const pad, gap = 24, 18
	d.cv.roundRect(r, radius-4, d.cv.ramp(d.pal.accent, d.pal.tint))
	in := image.Rect(r.Min.X+pad, r.Min.Y, r.Max.X-pad, r.Max.Y)
	x := in.Min.X
	if grade != "" {
		width := in.Dx()
		if glabel != "" {
			width = in.Dx() * 2 / 5
		}
		f, s := d.oneLine(bold, grade, gradeMax, gradeMin, width)
		d.text(f, x, r.Min.Y+(r.Dy()+capHeight(f))/2, s, d.pal.onAccent, d.pal.accent, in)
		x += f.width(s) + gap
	}
	if glabel == "" || x >= in.Max.X {
		return
	}
	b := d.labelBlock(glabel, in.Max.X-x)
	d.drawAt(b, x, r.Min.Y+(r.Dy()-b.height())/2, d.pal.onAccent, d.pal.accent, in)
}

// labelBlock lays the grade's label out in at most two lines, shrunk
// from glabSize down to glabMin to fit width.
func (d *drawer) labelBlock(s string, width int) block {
	for size := glabSize; ; size-- {
		f := d.fs.face(medium, size)
		lines := wrap(f, s, width, 2)
		if strings.Join(lines, " ") == s || size == glabMin {
			return block{face: f, lines: lines, lead: lead(size, 1200)}
		}
	}
}
