// Package geo draws maps at build time: it reads region boundaries
// (GeoJSON features whose property "kode" is a Kemendagri code, the codes
// of the entity registry), projects them for a picture of a given width,
// simplifies their outlines for the web, and writes each region as an SVG
// path ("M12 3L14 5…Z") in the picture's coordinates.
//
// The projection is equirectangular, its x scaled by the cosine of the
// map's middle latitude: Indonesia straddles the equator, where that is
// within a few per cent of conformal. Outlines are simplified with the
// Douglas–Peucker algorithm to a tolerance in picture units, so a map of
// one province and one of the country have each the detail their size
// shows; islands smaller than a picture unit are left out, but every
// region keeps its largest outline. Pure functions: the same boundaries
// give the same paths.
package geo

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Point is a position: longitude and latitude in degrees, or picture
// units once projected.
type Point struct{ X, Y float64 }

// Region is one region's boundary: outer rings and holes alike, in
// longitude and latitude (GeoJSON order: [lng, lat]).
type Region struct {
	Code  string
	Name  string
	Rings [][]Point
}

// Load reads a GeoJSON FeatureCollection of Polygon and MultiPolygon
// features, each with a string property "kode"; other features are
// errors, named by their index.
func Load(b []byte) ([]*Region, error) {
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Properties map[string]any `json:"properties"`
			Geometry   struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, fmt.Errorf("not GeoJSON: %v", err)
	}
	if fc.Type != "FeatureCollection" {
		return nil, fmt.Errorf("type %q, want a FeatureCollection", fc.Type)
	}
	out := make([]*Region, 0, len(fc.Features))
	for i, f := range fc.Features {
		code, _ := f.Properties["kode"].(string)
		if code == "" {
			return nil, fmt.Errorf("feature %d has no property \"kode\" (the region's Kemendagri code)", i)
		}
		name, _ := f.Properties["nama"].(string)
		r := &Region{Code: code, Name: name}
		var polys [][][][2]float64
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
				return nil, fmt.Errorf("feature %d (%s): %v", i, code, err)
			}
			polys = [][][][2]float64{p}
		case "MultiPolygon":
			if err := json.Unmarshal(f.Geometry.Coordinates, &polys); err != nil {
				return nil, fmt.Errorf("feature %d (%s): %v", i, code, err)
			}
		default:
			return nil, fmt.Errorf("feature %d (%s) is a %s; want a Polygon or MultiPolygon", i, code, f.Geometry.Type)
		}
		for _, poly := range polys {
			for _, ring := range poly {
				pts := make([]Point, len(ring))
				for j, c := range ring {
					pts[j] = Point{c[0], c[1]}
				}
				if len(pts) >= 4 {
					r.Rings = append(r.Rings, pts)
				}
			}
		}
		out = append(out, r)
	}
	return out, nil
}

// cache keeps the regions of the files read last, by content: a preview
// re-reads the same boundaries on every edit.
var cache struct {
	sync.Mutex
	sums    [2][sha256.Size]byte
	regions [2][]*Region
	next    int
}

// LoadCached is Load, answered from memory for the same bytes as one of
// the last two files. The regions are shared: do not change them.
func LoadCached(b []byte) ([]*Region, error) {
	sum := sha256.Sum256(b)
	cache.Lock()
	for i, s := range cache.sums {
		if s == sum && cache.regions[i] != nil {
			cache.Unlock()
			return cache.regions[i], nil
		}
	}
	cache.Unlock()
	rs, err := Load(b)
	if err != nil {
		return nil, err
	}
	cache.Lock()
	cache.sums[cache.next], cache.regions[cache.next] = sum, rs
	cache.next = (cache.next + 1) % len(cache.sums)
	cache.Unlock()
	return rs, nil
}

// Picture is regions projected and simplified for a picture Width ×
// Height: each region's outline as an SVG path, in the order given.
type Picture struct {
	Width, Height int
	Paths         []RegionPath
}

// RegionPath is a region's outline in picture coordinates.
type RegionPath struct {
	Code string
	D    string
}

// Projection places longitudes and latitudes in a picture: fitted to
// some regions, it draws those and any others (the provinces over their
// kabupaten and kota) in the same frame.
type Projection struct {
	Width, Height        int
	minX, maxY, k, scale float64
	left, top            float64
}

// Fit is the projection of regions into a picture width units wide, its
// height following from the regions' extent up to maxHeight (a taller
// extent is drawn smaller, centred), with margin units on each side.
func Fit(regions []*Region, width, maxHeight int, margin float64) Projection {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, r := range regions {
		for _, ring := range r.Rings {
			for _, p := range ring {
				minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
				minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
			}
		}
	}
	if math.IsInf(minX, 0) {
		return Projection{Width: width, k: 1, scale: 1}
	}
	k := math.Cos((minY + maxY) / 2 * math.Pi / 180)
	scale := (float64(width) - 2*margin) / math.Max((maxX-minX)*k, 1e-9)
	left := margin
	if h := (maxY - minY) * scale; h > float64(maxHeight)-2*margin {
		scale = (float64(maxHeight) - 2*margin) / math.Max(maxY-minY, 1e-9)
		left = (float64(width) - (maxX-minX)*k*scale) / 2
	}
	return Projection{Width: width, Height: int(math.Ceil((maxY-minY)*scale + 2*margin)),
		minX: minX, maxY: maxY, k: k, scale: scale, left: left, top: margin}
}

func (pr Projection) point(p Point) Point {
	return Point{pr.left + (p.X-pr.minX)*pr.k*pr.scale, pr.top + (pr.maxY-p.Y)*pr.scale}
}

// Draw is Fit(regions, width, maxHeight, margin).Draw(regions, tolerance).
func Draw(regions []*Region, width, maxHeight int, margin, tolerance float64) Picture {
	return Fit(regions, width, maxHeight, margin).Draw(regions, tolerance)
}

// Draw projects regions and simplifies their outlines to tolerance
// units.
func (pr Projection) Draw(regions []*Region, tolerance float64) Picture {
	pic := Picture{Width: pr.Width, Height: pr.Height}
	for _, r := range regions {
		var rings [][]Point
		largest, largestArea := -1, -1.0
		for i, ring := range r.Rings {
			pts := make([]Point, len(ring))
			for j, p := range ring {
				pts[j] = pr.point(p)
			}
			pts = simplify(pts, tolerance)
			rings = append(rings, pts)
			if a := math.Abs(area(pts)); a > largestArea {
				largest, largestArea = i, a
			}
		}
		var b strings.Builder
		for i, pts := range rings {
			// An islet below a unit of area is not drawn, but a region
			// always keeps its largest outline.
			if i != largest && (len(pts) < 4 || math.Abs(area(pts)) < tolerance*tolerance*2) {
				continue
			}
			writeRing(&b, pts)
		}
		pic.Paths = append(pic.Paths, RegionPath{Code: r.Code, D: b.String()})
	}
	return pic
}

// writeRing writes a closed ring as path commands, relative after the
// first point, each coordinate with at most one decimal; repeated points
// (after rounding) are left out.
func writeRing(b *strings.Builder, pts []Point) {
	last := Point{math.NaN(), math.NaN()}
	n := 0
	for _, p := range pts[:len(pts)-1] { // the last point repeats the first
		q := Point{math.Round(p.X*10) / 10, math.Round(p.Y*10) / 10}
		if q == last {
			continue
		}
		if n == 0 {
			b.WriteString("M" + coord(q.X) + " " + coord(q.Y))
		} else {
			b.WriteString("l" + coord(q.X-last.X) + " " + coord(q.Y-last.Y))
		}
		last = q
		n++
	}
	if n > 0 {
		b.WriteByte('z')
	}
}

// coord writes a number with at most one decimal: "12", "-3.5".
func coord(v float64) string {
	s := strconv.FormatFloat(math.Round(v*10)/10, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		return "0"
	}
	return s
}

// area is a ring's signed area (shoelace).
func area(pts []Point) float64 {
	a := 0.0
	for i := 0; i+1 < len(pts); i++ {
		a += pts[i].X*pts[i+1].Y - pts[i+1].X*pts[i].Y
	}
	return a / 2
}

// simplify is Douglas–Peucker on a closed ring: points closer than tol
// to the line between the points kept around them are dropped. The ring
// is split at its first point and the point farthest from it, so that a
// closed ring does not collapse.
func simplify(pts []Point, tol float64) []Point {
	if len(pts) <= 4 {
		return pts
	}
	far, farD := 0, -1.0
	for i, p := range pts {
		if d := dist2(p, pts[0]); d > farD {
			far, farD = i, d
		}
	}
	keep := make([]bool, len(pts))
	keep[0], keep[far], keep[len(pts)-1] = true, true, true
	dp(pts, 0, far, tol*tol, keep)
	dp(pts, far, len(pts)-1, tol*tol, keep)
	out := make([]Point, 0, len(pts)/4)
	for i, p := range pts {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

func dp(pts []Point, a, b int, tol2 float64, keep []bool) {
	// An explicit stack: rings have tens of thousands of points.
	stack := [][2]int{{a, b}}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		i, j := s[0], s[1]
		if j <= i+1 {
			continue
		}
		far, farD := -1, tol2
		for k := i + 1; k < j; k++ {
			if d := segDist2(pts[k], pts[i], pts[j]); d > farD {
				far, farD = k, d
			}
		}
		if far < 0 {
			continue
		}
		keep[far] = true
		stack = append(stack, [2]int{i, far}, [2]int{far, j})
	}
}

func dist2(a, b Point) float64 { return (a.X-b.X)*(a.X-b.X) + (a.Y-b.Y)*(a.Y-b.Y) }

// segDist2 is the squared distance from p to the segment a–b.
func segDist2(p, a, b Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return dist2(p, a)
	}
	t := math.Max(0, math.Min(1, ((p.X-a.X)*dx+(p.Y-a.Y)*dy)/l2))
	return dist2(p, Point{a.X + t*dx, a.Y + t*dy})
}

// Within returns the regions whose code starts with prefix + ".", in
// code order: the kabupaten/kota of a province ("17").
func Within(regions []*Region, prefix string) []*Region {
	var out []*Region
	for _, r := range regions {
		if strings.HasPrefix(r.Code, prefix+".") {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b *Region) int { return strings.Compare(a.Code, b.Code) })
	return out
}
