package chart

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/score"
)

// Chart is one chart: its ECharts option and the same data as a table.
type Chart struct {
	// ID is unique within a page and the same on every build: it comes
	// from the chart's kind and slugs ("chart-score-trend",
	// "chart-scores-bengkulu-kabupaten"), never from names.
	ID    string
	Title string
	// Points is the number of data points drawn: the data items that are
	// neither null nor empty ("-"), over every series.
	Points int
	// Height is the height the chart needs in CSS pixels: horizontal bar
	// charts grow with their bars. The template may pass it on as
	// data-chart-height for the theme's script.
	Height int
	Table  Table

	// The option is made when first asked for (Option), by build from
	// spec: a page kept from the previous build never makes its charts'
	// options, and its fingerprint hashes the spec instead (Spec).
	spec       []any
	build      func() map[string]any
	plot       *plot    // what Picture draws
	picture    *Picture // Picture, once drawn
	option     map[string]any
	optionJSON json.RawMessage // OptionJSON, once made
}

// lazy sets the chart's option to be made by build, which makes it from
// the plain values args alone (and the program itself), and its picture
// to be drawn from p.
func (c *Chart) lazy(p *plot, build func() map[string]any, args ...any) {
	c.plot, c.build, c.spec = p, build, append(args, p)
}

// Option is the ECharts option, made by go-echarts and reduced to plain
// JSON values (maps, slices, strings, float64, bool, nil) with no
// functions. A template writes it with
// <script type="application/json" id="{{.DataID}}">{{.OptionJSON}}</script>
// (or {{.Option}}): html/template's escaping makes names such as
// </script> safe.
func (c *Chart) Option() map[string]any {
	if c.option == nil && c.build != nil {
		c.option = c.build()
	}
	return c.option
}

// Spec is what the option is made from, as JSON: two charts with the same
// spec have the same option.
func (c *Chart) Spec() ([]byte, error) { return json.Marshal(c.spec) }

// DataID is the id of the script element that holds the option.
func (c *Chart) DataID() string { return c.ID + "-data" }

// JSON is the option as compact JSON, as html/template would write it
// before escaping.
func (c *Chart) JSON() ([]byte, error) { return json.Marshal(c.Option()) }

// OptionJSON is the option as JSON, marshalled on first use and kept, so
// that a page and its chart's embed page do not marshal it twice. Being a
// json.RawMessage, it still goes through html/template's escaper in a
// template's <script type="application/json">{{.OptionJSON}}</script>:
// json.Marshal checks it, and escapes <, > and & as it did the first
// time. Like the rest of a Chart, it is not for concurrent use.
func (c *Chart) OptionJSON() (json.RawMessage, error) {
	if c.optionJSON == nil {
		b, err := c.JSON()
		if err != nil {
			return nil, err
		}
		c.optionJSON = b
	}
	return c.optionJSON, nil
}

// Table is a chart's data as a table: the version without JavaScript
// and for screen readers.
type Table struct {
	Caption string
	Head    []string   // column headers
	Rows    [][]string // cells, formatted for the language (92,00 in Indonesian)
	Numeric []bool     // per column: right-align
	Note    string     // a footnote, such as what the published-rank marker means; "" for none
}

// Labels are the words the charts use, from the theme's translation
// files: the caller fills them in the page's language. Titles may hold
// the placeholders {name} (the body, province or kinds charted), {kinds}
// (the kinds of a scope, joined by ", ") and {year}.
type Labels struct {
	Year         string // "Tahun" / "Year"
	Score        string // "Nilai" / "Score"
	Grade        string // "Opini" / "Grade": a grade's id
	GradeLabel   string // "Keterangan" / "Meaning": a grade's label
	Change       string // "Perubahan" / "Change"
	NotAssessed  string // a year of the data without the body's result: "tidak dinilai"
	Rank         string // "Peringkat" / "Rank"
	ProvinceRank string // "Peringkat provinsi" / "Province rank"
	NationalRank string // "Peringkat nasional" / "National rank"
	// PublishedMark follows a rank announced by the publisher rather than
	// computed over a complete scope ("*" when empty); PublishedNote
	// explains it under the table.
	PublishedMark, PublishedNote string
	Name                         string // "Nama" / "Name"
	Unit                         string // "Unit layanan" / "Service unit"
	UnitType                     string // "Jenis unit" / "Unit type"
	LikeUnitRank                 string // "Peringkat unit sejenis" / "Rank among like units"
	Kind                         string // "Jenis" / "Kind"
	Average                      string // "Rata-rata" / "Average"
	Count                        string // "Jumlah" / "Count"
	// NotPublished stands for the score of a result published without one
	// (known by its grade or rank only): "nilai tidak diumumkan" / "score
	// not published".
	NotPublished string
	// NoEarlierScore is the change of a score with no earlier score of the
	// body in the data: "tidak ada nilai sebelumnya" / "no earlier score".
	NoEarlierScore string
	// ChangeFrom is a change against the score of an earlier year than the
	// previous assessment (which has no score), with the placeholders
	// {change} and {year}: "{change} (dibanding {year})" / "{change} (vs
	// {year})".
	ChangeFrom string
	// Order heads a column of positions computed over a scope the data
	// do not hold whole, which are no official ranks: "Urutan dalam data"
	// / "Order in this data"; OrderNote explains it under the table.
	Order, OrderNote string
	// Break marks a change of methodology on a year axis: "metodologi
	// berubah" / "method changed".
	Break string
	// GradeWord names a grade where its scale gives no word of its own:
	// "predikat" / "grade".
	GradeWord string
	Titles    Titles
	// Summaries are the pictures' one-sentence descriptions.
	Summaries Summaries
}

// Summaries describe a picture in one sentence, for readers who cannot
// see it; the placeholders are filled with its figures.
type Summaries struct {
	// Score: "Terendah {min} pada {min_year}, tertinggi {max} pada
	// {max_year}; terakhir {last} pada {last_year}."; One: the same for a
	// single value: "{last} pada {last_year}."
	Score, One string
	// Rank: "Peringkat terbaik {best} pada {best_year}; terakhir {last}
	// pada {last_year}."
	Rank string
	// Bars: "Tertinggi {top} ({top_value}); terendah {bottom}
	// ({bottom_value})."
	Bars string
	// Counts: "{list}." with "A: 7, B: 2".
	Counts string
	// Average: "Rata-rata {year}: {list}." with "kabupaten 84,10, kota 80,00".
	Average string
}

// fill replaces each {name} of tpl with the value that follows name in
// args: fill("{n} of {of}", "n", "3", "of", "10").
func fill(tpl string, args ...string) string {
	pairs := make([]string, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs[i], pairs[i+1] = "{"+args[i]+"}", args[i+1]
	}
	return strings.NewReplacer(pairs...).Replace(tpl)
}

// Titles are the charts' titles, also their tables' captions and the
// charts' accessible descriptions.
type Titles struct {
	ScoreTrend   string // "Nilai {name} per tahun"
	RankTrend    string // "Peringkat {name} per tahun"
	Units        string // "Nilai unit layanan {name} {year}"
	Distribution string // "Sebaran {word} {year}" (a year or a scope: {name}, {kinds}; {word}: the scale's word for a grade)
	Scores       string // "Nilai {kinds} di {name} {year}"
	Average      string // "Rata-rata nilai di {name} per tahun"
}

func (lb Labels) mark() string {
	if lb.PublishedMark == "" {
		return "*"
	}
	return lb.PublishedMark
}

// title fills a title's placeholders.
func title(tpl, name, kinds string, year int) string {
	y := ""
	if year != 0 {
		y = strconv.Itoa(year)
	}
	// An empty placeholder leaves no double space.
	return strings.Join(strings.Fields(strings.NewReplacer("{name}", name, "{kinds}", kinds, "{year}", y).Replace(tpl)), " ")
}

// The ECharts release the charts are made for, and where to get it: the
// public CDN (with its Subresource Integrity hash) or, self-hosted, the
// copy that `npm ci` installs at the repository root (package.json pins
// the same version).
const (
	EChartsVersion = "5.6.0"
	CDNURL         = "https://cdn.jsdelivr.net/npm/echarts@" + EChartsVersion + "/dist/echarts.min.js"
	CDNIntegrity   = "sha384-pPi0zxBAoDu6+JXW/C68UZLvBUUtU+7zonhif43rqj7pxsGyqyqzcian2Rj37Rss"
	NPMPath        = "node_modules/echarts/dist/echarts.min.js"
)

// Okabe–Ito colours, safe for the common colour-vision deficiencies.
const (
	blue          = "#0072B2"
	bluishGreen   = "#009E73"
	orange        = "#E69F00"
	vermillion    = "#D55E00"
	reddishPurple = "#CC79A7"
	skyBlue       = "#56B4E9"
	nearBlack     = "#1F1F1F"
	grey          = "#767676" // a grade without zone or colour; 4.5:1 on white
)

// seriesColors colour the series of multi-series charts, in turn.
var seriesColors = []string{blue, vermillion, bluishGreen, reddishPurple, orange, skyBlue, nearBlack}

// seriesSymbols tell the series apart without colour.
var seriesSymbols = []string{"circle", "rect", "triangle", "diamond", "emptyCircle", "emptyRect", "emptyTriangle"}

// ZoneColor is the default colour of a zone (hijau, kuning, merah,
// hitam); "" for any other. The theme's CSS mirrors these.
func ZoneColor(zone string) string {
	switch zone {
	case "hijau":
		return bluishGreen
	case "kuning":
		return orange
	case "merah":
		return vermillion
	case "hitam":
		return nearBlack
	}
	return ""
}

// GradeColor is the colour of a grade: its own, else its zone's, else a
// neutral grey; grey for no grade (nil).
func GradeColor(g *data.Grade) string {
	if g == nil {
		return grey
	}
	if g.Color != "" {
		return g.Color
	}
	if c := ZoneColor(g.Zone); c != "" {
		return c
	}
	return grey
}

// globals are the options every chart shares: no animation, no toolbox,
// an item tooltip showing the item's name, ARIA with the title as the
// description.
func globals(titleText string, legend bool, colors []string) []charts.GlobalOpts {
	return []charts.GlobalOpts{
		charts.WithAnimation(false),
		charts.WithToolboxOpts(opts.Toolbox{Show: opts.Bool(false)}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item", Formatter: "{b}"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(legend), Top: "0"}),
		charts.WithAriaOpts(&opts.Aria{Enabled: opts.Bool(true), Label: &opts.AriaLabel{Description: titleText}}),
		charts.WithGridOpts(opts.Grid{ContainLabel: opts.Bool(true), Left: "8", Right: "24", Top: gridTop(legend), Bottom: "8"}),
		charts.WithColorsOpts(colors),
	}
}

func gridTop(legend bool) string {
	if legend {
		return "40"
	}
	return "32"
}

// categoryLabel keeps long names on a category axis to a width; the
// tooltip and the table give them in full.
var categoryLabel = &opts.AxisLabel{Width: 160, Overflow: "truncate"}

// option turns a go-echarts chart's option into plain JSON values,
// leaving out null-valued keys and empty top-level components (go-echarts
// writes "title": {} and "showMinLabel": null). Nulls inside arrays, the
// gaps of a line, stay.
func option(c interface {
	Validate()
	JSON() map[string]any
}) map[string]any {
	c.Validate()
	b, err := json.Marshal(c.JSON())
	if err != nil {
		panic(fmt.Sprintf("chart: marshal option: %v", err)) // only plain data goes in
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		panic(fmt.Sprintf("chart: unmarshal option: %v", err))
	}
	prune(m)
	for k, v := range m {
		if o, ok := v.(map[string]any); ok && len(o) == 0 {
			delete(m, k)
		}
	}
	finish(m)
	return m
}

// finish sets the two keys go-echarts does not model. A confined tooltip
// stays in the chart on narrow screens and has no arrow, which ECharts
// writes as a style attribute that a strict CSP blocks. An axis name
// aligned left starts above its axis instead of being centred on it, so
// a long name ("Peringkat provinsi") is not cut at the chart's edge.
func finish(m map[string]any) {
	if tt, ok := m["tooltip"].(map[string]any); ok {
		tt["confine"] = true
	}
	axes, _ := m["yAxis"].([]any)
	for _, a := range axes {
		if a, ok := a.(map[string]any); ok && a["name"] != nil {
			a["nameTextStyle"] = map[string]any{"align": "left"}
		}
	}
}

func prune(v any) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if x == nil {
				delete(v, k)
				continue
			}
			prune(x)
		}
	case []any:
		for _, x := range v {
			prune(x)
		}
	}
}

// points counts the items of a series' data that are not null.
func points[T any](items []*T) int {
	n := 0
	for _, it := range items {
		if it != nil {
			n++
		}
	}
	return n
}

// seriesData is a series' data for go-echarts: its items, with a nil
// item written as null.
func seriesData[T any](items []*T) []any {
	out := make([]any, len(items))
	for i, it := range items {
		if it != nil {
			out[i] = *it
		}
	}
	return out
}

// rankText writes "3 / 10", or "3" when the count is unknown.
func rankText(l *lang.Lang, rank, of int) string {
	if of == 0 {
		return l.Int(rank)
	}
	return l.Int(rank) + " / " + l.Int(of)
}

// scopeSlug names a scope in chart ids: the id of its first kind
// (kinds belong to one rank group and one province group each), after
// the province's slug for a province scope.
func scopeSlug(s *score.Scope) string {
	k := "scope"
	if len(s.Kinds) > 0 {
		k = s.Kinds[0].ID
	}
	if s.Province != nil {
		return s.Province.Slug + "-" + k
	}
	return k
}

// scopeNames are a scope's {name} and {kinds}: the province's name (or
// the kinds, for a national scope) and the kinds' labels.
func scopeNames(s *score.Scope, l *lang.Lang) (name, kinds string) {
	labels := make([]string, len(s.Kinds))
	for i, k := range s.Kinds {
		labels[i] = l.KindLabel(k)
	}
	kinds = strings.Join(labels, ", ")
	if s.Province != nil {
		return l.Name(s.Province), kinds
	}
	return kinds, kinds
}

// Heights of the charts, in CSS pixels.
const (
	lineHeight = 300
	barRow     = 28 // per bar of a horizontal bar chart
	barChrome  = 72 // its axis and margins
)

func barsHeight(n int) int { return max(barChrome+barRow*n, 160) }
