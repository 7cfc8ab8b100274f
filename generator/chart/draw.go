package chart

import (
	"math"
	"strconv"
	"strings"
)

// plot is what a chart's picture draws, made with the chart from the
// same series as its ECharts option: plain values, hashed into the
// chart's Spec, so that the picture is drawn only for pages that are
// rendered.
type plot struct {
	Kind       string   // "line", "hbar" or "vbar"
	Categories []string // a line's or a vbar's x axis; an hbar's bar names
	Notes      []string // per category, a second line under its label ("tinggi"), or ""
	Muted      []bool   // per category: a year without a result, its label greyed
	Series     []plotSeries
	Min, Max   float64
	Inverse    bool // a rank axis: Min on top
	Whole      bool // whole-number ticks
	// Breaks are the categories before which the methodology changed,
	// marked with a dashed line and BreakLabel.
	Breaks     []int
	BreakLabel string
	Summary    string
}

type plotSeries struct {
	Name   string
	Color  string
	Symbol string
	Points []plotPoint
}

// plotPoint is one value of a series. A point that is not OK is a gap;
// Empty marks a result without a value (a score not published) on the
// axis.
type plotPoint struct {
	OK     bool
	Empty  bool
	Value  float64
	Text   string // the value as the page writes it: "92,00", "3"
	Title  string // the tooltip: "2023: 92,00 (A)"
	Hollow bool   // a published rank
	Color  string // a bar's own colour; "" for the series'
}

// Picture draws the chart at build time (see Picture); nil for a chart
// without one.
func (c *Chart) Picture() *Picture {
	if c.plot == nil {
		return nil
	}
	if c.picture == nil {
		var pic *Picture
		switch c.plot.Kind {
		case "line":
			pic = drawLine(c.plot)
		case "hbar":
			pic = drawHBar(c.plot)
		case "vbar":
			pic = drawVBar(c.plot)
		default:
			return nil
		}
		pic.ID, pic.Title, pic.Desc = c.ID, c.Title, c.plot.Summary
		c.picture = pic
	}
	return c.picture
}

// drawLine draws a line chart over categories: one path per run of
// points without a gap, a dot per point, value labels where there is
// room, the methodology breaks dashed, a mark on the axis for a result
// without a value.
func drawLine(p *plot) *Picture {
	top := float64(lineTop)
	if len(p.Series) > 1 {
		top += legendRow
	}
	notes := false
	for _, n := range p.Notes {
		notes = notes || n != ""
	}
	bottom := top + linePlot
	height := bottom + lineBottom
	if notes {
		height += noteLine
	}
	pic := &Picture{Width: picWidth, Height: int(height)}
	left, right := float64(lineLeft), float64(picWidth-lineRight)
	n := len(p.Categories)
	step := (right - left) / float64(max(n, 1))
	x := func(i int) float64 { return left + (float64(i)+0.5)*step }
	span := p.Max - p.Min
	if span <= 0 {
		span = 1
	}
	y := func(v float64) float64 {
		if p.Inverse {
			return top + (v-p.Min)/span*linePlot
		}
		return top + (p.Max-v)/span*linePlot
	}
	var grid, breaks strings.Builder
	for _, t := range ticks(p.Min, p.Max, p.Whole) {
		ty := y(t)
		line(&grid, left, ty, right, ty)
		pic.Texts = append(pic.Texts, Text{X: num(left - 5), Y: num(ty + 4), Anchor: "end", Class: "tick", Text: tickText(t)})
	}
	pic.Grid = grid.String()
	for i, cat := range p.Categories {
		class := "label"
		if i < len(p.Muted) && p.Muted[i] {
			class = "label muted"
		}
		pic.Texts = append(pic.Texts, Text{X: num(x(i)), Y: num(bottom + 16), Anchor: "middle", Class: class, Text: cat})
		if i < len(p.Notes) && p.Notes[i] != "" {
			pic.Texts = append(pic.Texts, Text{X: num(x(i)), Y: num(bottom + 16 + noteLine), Anchor: "middle", Class: "note", Text: p.Notes[i]})
		}
	}
	for k, at := range p.Breaks {
		bx := left + float64(at)*step
		line(&breaks, bx, top-6, bx, bottom)
		if k == 0 && p.BreakLabel != "" {
			anchor, tx := "", bx+3
			if bx > left+(right-left)*0.6 {
				anchor, tx = "end", bx-3
			}
			pic.Texts = append(pic.Texts, Text{X: num(tx), Y: num(top - 8), Anchor: anchor, Class: "break", Text: p.BreakLabel})
		}
	}
	pic.Breaks = breaks.String()
	for si, s := range p.Series {
		var d []byte
		run := 0 // points in d
		flush := func() {
			if run > 1 { // a lone point between gaps is its dot alone
				pic.Paths = append(pic.Paths, Path{D: string(d), Color: s.Color})
			}
			d, run = nil, 0
		}
		for i, pt := range s.Points {
			if !pt.OK {
				if pt.Empty {
					pic.Dots = append(pic.Dots, Dot{X: num(x(i)), Y: num(bottom), D: shape("diamond", x(i), bottom, 4), Color: s.Color, Hollow: true, Title: pt.Title})
				}
				flush()
				continue
			}
			op := "L"
			if run == 0 {
				op = "M"
			}
			d = append(d, op+num(x(i))+" "+num(y(pt.Value))...)
			run++
		}
		flush()
		labelled := len(p.Series) == 1 && n <= 8
		for i, pt := range s.Points {
			if !pt.OK {
				continue
			}
			px, py := x(i), y(pt.Value)
			pic.Dots = append(pic.Dots, Dot{X: num(px), Y: num(py), R: "4", D: shape(s.Symbol, px, py, 4), Color: s.Color, Hollow: pt.Hollow, Title: pt.Title})
			if labelled || len(p.Series) == 1 && i == lastOK(s.Points) {
				ly := py - 9
				if ly < top+4 && !p.Inverse || p.Inverse && py < top+12 {
					ly = py + 17
				}
				pic.Texts = append(pic.Texts, Text{X: num(px), Y: num(ly), Anchor: "middle", Class: "value", Text: pt.Text})
			}
		}
		if len(p.Series) > 1 {
			lx := left + float64(si)*((right-left)/float64(len(p.Series)))
			pic.Legend = append(pic.Legend, Dot{X: num(lx + 5), Y: num(lineTop - 4), R: "4", D: shape(s.Symbol, lx+5, lineTop-4, 4), Color: s.Color})
			pic.Texts = append(pic.Texts, Text{X: num(lx + 13), Y: num(lineTop), Class: "legend", Text: s.Name})
		}
	}
	return pic
}

func lastOK(pts []plotPoint) int {
	for i := len(pts) - 1; i >= 0; i-- {
		if pts[i].OK {
			return i
		}
	}
	return -1
}

// tickText writes a tick's value, a whole number.
func tickText(v float64) string {
	return strconv.Itoa(int(math.Round(v)))
}

// drawHBar draws horizontal bars on 0–100, one row per bar: its name
// above it (cut to maxName characters; the table has it whole), the bar,
// its value at its end.
func drawHBar(p *plot) *Picture {
	s := p.Series[0]
	rows := len(s.Points)
	axis := math.Max(float64(rows*hbarRow+8), 100) // a chart of one bar is still a chart
	pic := &Picture{Width: picWidth, Height: int(axis) + 18}
	left, right := 0.0, float64(picWidth-46)
	var grid strings.Builder
	for _, t := range []float64{0, 50, 100} {
		tx := left + t/100*(right-left)
		line(&grid, tx, 2, tx, axis)
		anchor := "middle"
		switch t {
		case 0:
			anchor = ""
		case 100:
			anchor = "end"
		}
		pic.Texts = append(pic.Texts, Text{X: num(tx), Y: num(axis + 14), Anchor: anchor, Class: "tick", Text: tickText(t)})
	}
	pic.Grid = grid.String()
	for i, pt := range s.Points {
		ry := float64(i*hbarRow) + 4
		name := ""
		if i < len(p.Categories) {
			name = cut(p.Categories[i], maxName)
		}
		pic.Texts = append(pic.Texts, Text{X: num(left), Y: num(ry + 10), Class: "label", Text: name})
		w := math.Max(pt.Value/100*(right-left), 1)
		color := pt.Color
		if color == "" {
			color = s.Color
		}
		pic.Bars = append(pic.Bars, Bar{X: num(left), Y: num(ry + 14), W: num(w), H: num(hbarBar), Color: color, Title: pt.Title})
		pic.Texts = append(pic.Texts, Text{X: num(left + w + 4), Y: num(ry + 24.5), Class: "value", Text: pt.Text})
	}
	return pic
}

// drawVBar draws vertical bars of counts over categories, each with its
// count above it.
func drawVBar(p *plot) *Picture {
	s := p.Series[0]
	bottom := float64(lineTop + linePlot)
	pic := &Picture{Width: picWidth, Height: int(bottom + lineBottom)}
	left, right := float64(lineLeft), float64(picWidth-lineRight)
	hi := math.Max(p.Max, 1)
	y := func(v float64) float64 { return bottom - v/hi*linePlot }
	var grid strings.Builder
	for _, t := range ticks(0, hi, true) {
		line(&grid, left, y(t), right, y(t))
		pic.Texts = append(pic.Texts, Text{X: num(left - 5), Y: num(y(t) + 4), Anchor: "end", Class: "tick", Text: tickText(t)})
	}
	pic.Grid = grid.String()
	step := (right - left) / float64(max(len(s.Points), 1))
	w := math.Min(step*0.6, 48)
	for i, pt := range s.Points {
		cx := left + (float64(i)+0.5)*step
		h := pt.Value / hi * linePlot
		color := pt.Color
		if color == "" {
			color = s.Color
		}
		if h > 0 {
			pic.Bars = append(pic.Bars, Bar{X: num(cx - w/2), Y: num(bottom - h), W: num(w), H: num(h), Color: color, Title: pt.Title})
		}
		pic.Texts = append(pic.Texts, Text{X: num(cx), Y: num(bottom - h - 5), Anchor: "middle", Class: "value", Text: pt.Text})
		if i < len(p.Categories) {
			pic.Texts = append(pic.Texts, Text{X: num(cx), Y: num(bottom + 16), Anchor: "middle", Class: "label", Text: cut(p.Categories[i], 14)})
		}
	}
	return pic
}
