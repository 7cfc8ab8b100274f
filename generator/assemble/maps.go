package assemble

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"html/template"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/geo"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// Map is a map drawn at build time (partials/map): the kabupaten and kota
// of a province, or of Indonesia with province borders, each coloured by
// its grade in Year (a hatch for "no result", with a legend), each a
// link to its body's page for that year where there is one, the page's
// own body outlined; and the same as a table.
type Map struct {
	ID            string // the figure's id, and the prefix of the svg's ids
	Title, Desc   string
	Width, Height int
	// Regions are the outlines: inline (D) on a province map; on the map
	// of Indonesia references (Href) into the site's map file, which a
	// browser downloads once for every year page.
	Regions []MapRegion
	// Hidden are the regions with neither a result nor a page, hatched
	// as one group, hidden from screen readers: the legend and the table
	// count them.
	Hidden []MapRegion
	// Backdrop is every region of the map file at once, hatched under
	// the regions with a result (the map of Indonesia): one element for
	// the hundreds of regions the data have no result for.
	Backdrop string
	Borders  string // the province borders in the map file; "" for none
	None     string // the fill of a region without a result: the hatch's url
	Legend   []MapKey
	Table    chart.Table
	Credit   string // the boundaries' source, named on every map
	// LegendLabel and DataLabel name the legend and the table's details:
	// "Keterangan peta", "Peta dalam tabel".
	LegendLabel, DataLabel string
	// Current is the page's own body's outline, drawn again over the
	// regions, outlined; nil for none.
	Current *MapRegion
	// Key names the regions as drawn: the same for every page of one
	// language at one folder depth that maps the same regions in the same
	// year, which share one rendering of them (Shapes, made by the
	// render stage with partials/map-regions), and one rendering of their
	// legend and table (Details, partials/map-details).
	Key             string
	Shapes, Details template.HTML `json:"-"`
}

// MapRegion is one region of a map.
type MapRegion struct {
	D, Href string
	URL     string // its body's page; "" where it has none
	Label   string // "Kabupaten Lebong: opini A (Kualitas Tertinggi)"
	Fill    string
	NoData  bool // no result in the year: hatched
}

// MapKey is a legend entry: a grade (or "no result") and how many
// regions of the map have it.
type MapKey struct {
	Label  string
	Fill   string
	NoData bool
	Count  string
}

// mapPalette colours a scale's grades on a map from best to worst where
// the scale gives no colours: greens, then yellow, then reds, so that the
// zones' colours read as readers know them and A and B differ.
var mapPalette = []string{"#1a7f4b", "#7cc08a", "#e6ab02", "#e8743b", "#b2182b"}

// noGrade fills a region whose result has no grade (a published rank
// only).
const noGrade = "#bdbdbd"

// mapColor is a grade's colour on a map: its own, else its place on the
// palette.
func mapColor(s *data.Scale, g *data.Grade) string {
	if g.Color != "" {
		return g.Color
	}
	n := len(s.Grades)
	if n <= 1 {
		return mapPalette[0]
	}
	return mapPalette[int(math.Round(float64(g.Index)*float64(len(mapPalette)-1)/float64(n-1)))]
}

// Map sizes, in viewBox units: a province about a phone's width, the
// country wide enough for its smallest kota.
const (
	provinceWidth, provinceMaxHeight = 360, 440
	nationalWidth, nationalMaxHeight = 1000, 600
	provinceTolerance                = 0.5
	nationalTolerance                = 0.8
)

// maps are the Assembler's projected boundaries, made once per site.
type maps struct {
	once      sync.Once
	national  geo.Picture
	borders   string   // all province outlines, in the national frame
	file      []byte   // the map file: the national outlines as <path id>
	fileName  string   // "maps/indonesia-<hash>.svg"
	provinces sync.Map // province code → geo.Picture
	years     sync.Map // *score.Year → its results by code
}

// regionID is a region's id in the map file: "r17-01".
func regionID(code string) string {
	var b strings.Builder
	b.WriteByte('r')
	for _, r := range code {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

// national projects the whole country once, and makes its map file.
func (a *Assembler) national() *maps {
	m := &a.maps
	m.once.Do(func() {
		bs := a.site.Data.Maps
		if bs == nil {
			return
		}
		pr := geo.Fit(bs.KabKota, nationalWidth, nationalMaxHeight, 4)
		m.national = pr.Draw(bs.KabKota, nationalTolerance)
		var all strings.Builder
		for _, p := range pr.Draw(bs.Provinces, nationalTolerance).Paths {
			all.WriteString(p.D)
		}
		m.borders = all.String()
		m.file = mapFile(m.national, m.borders)
		sum := sha256.Sum256(m.file)
		m.fileName = "maps/id-" + hex.EncodeToString(sum[:4]) + ".svg"
	})
	return m
}

// mapFile is the SVG file of the national outlines: one <path id> each,
// all of them together as "semua", and the province borders as
// "provinsi", for <use href>.
func mapFile(pic geo.Picture, borders string) []byte {
	type path struct {
		ID string `xml:"id,attr"`
		D  string `xml:"d,attr"`
	}
	type use struct {
		Href string `xml:"href,attr"`
	}
	doc := struct {
		XMLName xml.Name `xml:"svg"`
		NS      string   `xml:"xmlns,attr"`
		ViewBox string   `xml:"viewBox,attr"`
		Paths   []path   `xml:"defs>path"`
		All     struct {
			ID   string `xml:"id,attr"`
			Uses []use  `xml:"use"`
		} `xml:"defs>g"`
	}{NS: "http://www.w3.org/2000/svg", ViewBox: "0 0 " + strconv.Itoa(pic.Width) + " " + strconv.Itoa(pic.Height)}
	doc.All.ID = "semua"
	for _, p := range pic.Paths {
		doc.Paths = append(doc.Paths, path{ID: regionID(p.Code), D: p.D})
		doc.All.Uses = append(doc.All.Uses, use{Href: "#" + regionID(p.Code)})
	}
	if borders != "" {
		doc.Paths = append(doc.Paths, path{ID: "provinsi", D: borders})
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	if err := enc.Encode(doc); err != nil {
		panic("assemble: the map file does not encode: " + err.Error()) // attributes of plain strings only
	}
	b.WriteByte('\n')
	return b.Bytes()
}

// add puts a region among the map's labelled regions or its hidden ones.
func (m *Map) add(reg MapRegion) {
	if reg.Label == "" {
		m.Hidden = append(m.Hidden, reg)
		return
	}
	m.Regions = append(m.Regions, reg)
}

// MapFile is the site's map file and its path in the output, for the
// year pages' map of Indonesia; false where the site has no boundaries.
func (a *Assembler) MapFile() (string, []byte, bool) {
	m := a.national()
	if m.file == nil {
		return "", nil, false
	}
	return m.fileName, m.file, true
}

// provincePicture projects a province's kabupaten and kota once.
func (a *Assembler) provincePicture(code string) (geo.Picture, bool) {
	if v, ok := a.maps.provinces.Load(code); ok {
		p := v.(geo.Picture)
		return p, len(p.Paths) > 0
	}
	var pic geo.Picture
	if bs := a.site.Data.Maps; bs != nil {
		pic = geo.Draw(geo.Within(bs.KabKota, code), provinceWidth, provinceMaxHeight, 4, provinceTolerance)
	}
	a.maps.provinces.Store(code, pic)
	return pic, len(pic.Paths) > 0
}

// yearResults are a year's results by entity code, made once per year.
func (a *Assembler) yearResults(y *score.Year) map[string]*score.Result {
	if v, ok := a.maps.years.Load(y); ok {
		return v.(map[string]*score.Result)
	}
	out := make(map[string]*score.Result, len(y.Results))
	for _, r := range y.Results {
		out[r.Entity.Code] = r
	}
	v, _ := a.maps.years.LoadOrStore(y, out)
	return v.(map[string]*score.Result)
}

// mapID is the id of a page's map figure.
const mapID = "peta"

// mapRegion is a region of a map as the page shows it, in year.
func (c *Context) mapRegion(code string, y *score.Year, r *score.Result) MapRegion {
	e := c.Site.Data.Entity(code)
	reg := MapRegion{Fill: "url(#" + mapID + "-tanpa)", NoData: true}
	name := code
	if e != nil {
		name = c.L.Name(e)
		// From the site root, not the shortest way: the regions'
		// rendering is shared by the pages at one depth (Map.Key).
		switch {
		case r != nil:
			reg.URL = c.root() + strings.TrimPrefix(site.BodyURL(c.L, e, y.Year), "/")
		case c.Site.HasPage(e):
			reg.URL = c.root() + strings.TrimPrefix(site.BodyURL(c.L, e, 0), "/")
		}
	}
	switch {
	case r == nil && reg.URL == "":
		// Neither a result nor a page: the legend and the table count it.
	case r == nil:
		reg.Label = c.T("map.region_none", "name", name)
	case r.Grade == nil:
		reg.Fill, reg.NoData = noGrade, false
		reg.Label = c.T("map.region_ungraded", "name", name)
	default:
		reg.Fill, reg.NoData = mapColor(y.Data.Scale, r.Grade), false
		reg.Label = c.T("map.region", "name", name, "grade", c.shortGrade(r.Scale(), r.Grade))
	}
	return reg
}

// legend counts a map's regions per grade of the year's scale, then
// those without a grade and without a result; results holds each
// region's result, nil for none.
func (c *Context) legend(y *score.Year, results []*score.Result) []MapKey {
	sc := y.Data.Scale
	counts := make([]int, len(sc.Grades))
	ungraded, none := 0, 0
	for _, r := range results {
		switch {
		case r == nil:
			none++
		case r.Grade == nil:
			ungraded++
		default:
			counts[r.Grade.Index]++
		}
	}
	var out []MapKey
	for i, g := range sc.Grades {
		out = append(out, MapKey{Label: c.shortGrade(sc, g), Fill: mapColor(sc, g), Count: c.L.Int(counts[i])})
	}
	if ungraded > 0 {
		out = append(out, MapKey{Label: c.T("map.ungraded"), Fill: noGrade, Count: c.L.Int(ungraded)})
	}
	return append(out, MapKey{Label: c.T("map.none"), Fill: "url(#" + mapID + "-tanpa)", NoData: true, Count: c.L.Int(none)})
}

// provinceMap is the map of a province's kabupaten and kota in year, the
// page's body (if one of them) outlined over them.
func (c *Context) provinceMap(province *data.Entity, y *score.Year, current *data.Entity) *Map {
	if province == nil || y == nil {
		return nil
	}
	pic, ok := c.a.provincePicture(province.Code)
	if !ok {
		return nil
	}
	byCode := c.a.yearResults(y)
	m := &Map{ID: mapID, Width: pic.Width, Height: pic.Height, None: "url(#" + mapID + "-tanpa)", Credit: c.T("map.credit"),
		LegendLabel: c.T("map.legend"), DataLabel: c.T("map.data"),
		Title: c.T("map.province_title", "name", c.L.Name(province), "year", strconv.Itoa(y.Year))}
	m.Table = chart.Table{Caption: m.Title, Head: []string{c.T("col.name"), c.gradeWord(y.Data.Scale), c.T("col.score")},
		Numeric: []bool{false, false, true}}
	m.Key = "province " + province.Code + " " + strconv.Itoa(y.Year) + " " + c.L.Code + " " + c.root()
	var results []*score.Result
	for _, p := range pic.Paths {
		r := byCode[p.Code]
		results = append(results, r)
		reg := c.mapRegion(p.Code, y, r)
		reg.D = p.D
		name, grade, sc := p.Code, c.T("map.no_result"), "—"
		if e := c.Site.Data.Entity(p.Code); e != nil {
			name = c.L.Name(e)
		}
		if r != nil {
			grade = c.T("map.no_grade")
			if r.Grade != nil {
				grade = c.shortGrade(r.Scale(), r.Grade)
			}
			if r.HasScore {
				sc = c.L.Score(r.Score)
			}
		}
		m.Table.Rows = append(m.Table.Rows, []string{name, grade, sc})
		if current != nil && p.Code == current.Code {
			cur := reg
			m.Current = &cur
			m.Desc = c.T("map.current", "name", c.L.Name(current))
		}
		m.add(reg)
	}
	m.Legend = c.legend(y, results)
	return m
}

// nationalMap is the map of every kabupaten and kota in year, with
// province borders; its table counts each province's regions per grade.
func (c *Context) nationalMap(y *score.Year) *Map {
	nm := c.a.national()
	if y == nil || nm.file == nil {
		return nil
	}
	file := c.Rel("/" + nm.fileName)
	byCode := c.a.yearResults(y)
	m := &Map{ID: mapID, Width: nm.national.Width, Height: nm.national.Height, None: "url(#" + mapID + "-tanpa)", Credit: c.T("map.credit"),
		LegendLabel: c.T("map.legend"), DataLabel: c.T("map.data"),
		Title: c.T("map.national_title", "year", strconv.Itoa(y.Year))}
	if nm.borders != "" {
		m.Borders = file + "#provinsi"
	}
	m.Key = "national " + strconv.Itoa(y.Year) + " " + c.L.Code + " " + c.root()
	m.Backdrop = file + "#semua"
	sc := y.Data.Scale
	m.Table.Caption = c.T("map.national_table", "year", strconv.Itoa(y.Year))
	m.Table.Head = []string{c.T("col.province")}
	for _, g := range sc.Grades {
		m.Table.Head = append(m.Table.Head, c.shortGrade(sc, g))
	}
	m.Table.Head = append(m.Table.Head, c.T("map.none"))
	m.Table.Numeric = make([]bool, len(m.Table.Head))
	for i := 1; i < len(m.Table.Numeric); i++ {
		m.Table.Numeric[i] = true
	}
	var results []*score.Result
	type tally struct {
		grades []int
		none   int
	}
	perProvince := map[string]*tally{}
	var order []string
	for _, p := range nm.national.Paths {
		r := byCode[p.Code]
		results = append(results, r)
		reg := c.mapRegion(p.Code, y, r)
		reg.Href = file + "#" + regionID(p.Code)
		m.add(reg) // a hidden one is drawn by the backdrop
		pc, _, _ := strings.Cut(p.Code, ".")
		t := perProvince[pc]
		if t == nil {
			t = &tally{grades: make([]int, len(sc.Grades))}
			perProvince[pc] = t
			order = append(order, pc)
		}
		if r != nil && r.Grade != nil {
			t.grades[r.Grade.Index]++
		} else if r == nil {
			t.none++
		}
	}
	for _, pc := range order {
		name := pc
		if e := c.Site.Data.Entity(pc); e != nil {
			name = c.L.Name(e)
		}
		t := perProvince[pc]
		row := []string{name}
		for _, n := range t.grades {
			row = append(row, c.L.Int(n))
		}
		m.Table.Rows = append(m.Table.Rows, append(row, c.L.Int(t.none)))
	}
	m.Legend = c.legend(y, results)
	return m
}

// pageMap is the map a page shows: the province's on province, body and
// body-year pages; the country's on year pages and the home page.
func (c *Context) pageMap() *Map {
	p := c.Page
	switch p.Kind {
	case site.Home, site.YearPage:
		return c.nationalMap(p.Year)
	case site.Province:
		return c.provinceMap(p.Entity, c.latestProvinceYear(), nil)
	case site.Body, site.BodyYear:
		if r := c.factsResult(); r != nil && r.Entity.Province != nil {
			return c.provinceMap(r.Entity.Province, r.In, r.Entity)
		}
	}
	return nil
}

// latestProvinceYear is the latest year in which the page's province
// has results of its kabupaten and kota, with or without a score: the
// year of the ranking the province page leads with.
func (c *Context) latestProvinceYear() *score.Year {
	ys := c.Site.Scores.Years
	for i := len(ys) - 1; i >= 0; i-- {
		for _, s := range ys[i].Provinces {
			if s.Province == c.Page.Entity && len(s.Results)+len(s.Unscored) > 0 {
				return ys[i]
			}
		}
	}
	return nil
}
