package chart

import (
	"math"
	"strconv"
	"strings"
)

// Picture is a chart drawn at build time: plain shapes in a viewBox of
// Width × Height, which the theme's partials/chart-svg writes as an
// inline <svg role="img"> with Title and Desc (a one-sentence summary),
// readable at first paint without script. Coordinates are written with
// one decimal; every colour comes from the chart package (grade colours
// and the Okabe–Ito series colours), every text from the data or the
// theme's words.
type Picture struct {
	ID            string // the chart's id: the svg's title and desc are ID-t, ID-d
	Width, Height int
	Title, Desc   string
	Grid          string // the grid lines, one path
	Breaks        string // the methodology breaks, one dashed path
	Bars          []Bar
	Paths         []Path // the lines of a line chart, a segment between gaps each
	Dots          []Dot  // the points of a line chart, and marks of results without a value
	Texts         []Text // tick labels, category labels, value labels, legend
	Legend        []Dot  // a legend's symbols, beside Texts of class "legend"
}

// Bar is a bar, filled with Color; Title is its tooltip.
type Bar struct {
	X, Y, W, H string
	Color      string
	Title      string
}

// Path is a line through points.
type Path struct {
	D     string
	Color string
}

// Dot is a point: a circle of radius R at X, Y where D is empty, else
// the shape D (a square, triangle, diamond). Hollow dots are outlined
// only: published ranks, results without a value.
type Dot struct {
	X, Y, R string
	D       string
	Color   string
	Hollow  bool
	Title   string
}

// Text is a label. Anchor is "" (start), "middle" or "end"; Class
// "tick", "label", "value", "note", "legend" or "break".
type Text struct {
	X, Y   string
	Anchor string
	Class  string
	Text   string
}

// Sizes of a picture, in viewBox units: about CSS pixels on a phone.
const (
	picWidth   = 360
	lineTop    = 18
	lineBottom = 34 // x labels
	lineLeft   = 36 // y tick labels
	lineRight  = 14
	linePlot   = 160 // the plot's height
	noteLine   = 13  // a second line under an x label
	legendRow  = 18
	hbarRow    = 34
	hbarBar    = 13
	maxName    = 48 // characters of a bar's name before it is cut (the table has it whole)
)

// line adds a straight line to a path: "M36 18H346" (horizontal) or
// "M36 18V178" (vertical).
func line(d *strings.Builder, x1, y1, x2, y2 float64) {
	d.WriteString("M" + num(x1) + " " + num(y1))
	switch {
	case y1 == y2:
		d.WriteString("H" + num(x2))
	case x1 == x2:
		d.WriteString("V" + num(y2))
	default:
		d.WriteString("L" + num(x2) + " " + num(y2))
	}
}

// num writes a coordinate with at most one decimal: "12", "12.5".
func num(v float64) string {
	s := strconv.FormatFloat(math.Round(v*10)/10, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0")
}

// cut shortens a name for a label, at a word where it can.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	head := string(r[:n-1])
	if i := strings.LastIndexByte(head, ' '); i > n/2 {
		head = head[:i]
	}
	return strings.TrimRight(head, " ,") + "…"
}

// shape is the path of a symbol of size r at x, y; "" for a circle.
func shape(symbol string, x, y, r float64) string {
	p := func(pts ...float64) string {
		var b strings.Builder
		for i := 0; i+1 < len(pts); i += 2 {
			if i == 0 {
				b.WriteByte('M')
			} else {
				b.WriteByte('L')
			}
			b.WriteString(num(pts[i]) + " " + num(pts[i+1]))
		}
		b.WriteByte('Z')
		return b.String()
	}
	switch strings.TrimPrefix(symbol, "empty") {
	case "rect", "Rect":
		return p(x-r, y-r, x+r, y-r, x+r, y+r, x-r, y+r)
	case "triangle", "Triangle":
		return p(x, y-r*1.2, x+r*1.1, y+r*0.8, x-r*1.1, y+r*0.8)
	case "diamond", "Diamond":
		return p(x, y-r*1.3, x+r, y, x, y+r*1.3, x-r, y)
	}
	return ""
}

// ticks are the values of a value axis from lo to hi: five on 0–100, and
// whole numbers at a round step on a count (from 0) or rank (from 1)
// axis, always with lo.
func ticks(lo, hi float64, whole bool) []float64 {
	if !whole {
		return []float64{0, 25, 50, 75, 100}
	}
	step := 1.0
	for _, s := range []float64{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000} {
		step = s
		if (hi-lo)/s <= 5 {
			break
		}
	}
	out := []float64{lo}
	for v := math.Floor(lo/step)*step + step; v <= hi+1e-9; v += step {
		if v-out[len(out)-1] >= step*0.75 {
			out = append(out, v)
		}
	}
	return out
}
