package geo

import (
	"math"
	"strings"
	"testing"
)

const square = `{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"kode":"17.01","nama":"A"},"geometry":{"type":"Polygon","coordinates":[[[100,-3],[100.5,-3],[100.5,-3.5],[100,-3.5],[100,-3]]]}},
{"type":"Feature","properties":{"kode":"17.02"},"geometry":{"type":"MultiPolygon","coordinates":[[[[101,-3],[101.5,-3],[101.5,-3.5],[101,-3.5],[101,-3]]],[[[101.6,-3],[101.60001,-3],[101.60001,-3.00001],[101.6,-3.00001],[101.6,-3]]]]}},
{"type":"Feature","properties":{"kode":"18.01"},"geometry":{"type":"Polygon","coordinates":[[[102,-4],[102.2,-4],[102.2,-4.2],[102,-4.2],[102,-4]]]}}]}`

func TestLoadAndDraw(t *testing.T) {
	rs, err := Load([]byte(square))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 3 || rs[0].Name != "A" || len(rs[1].Rings) != 2 {
		t.Fatalf("regions %+v", rs)
	}
	in := Within(rs, "17")
	if len(in) != 2 || in[0].Code != "17.01" {
		t.Fatalf("Within 17: %v", in)
	}
	pic := Draw(in, 360, 440, 4, 0.5)
	if pic.Width != 360 || pic.Height <= 8 || pic.Height > 440 || len(pic.Paths) != 2 {
		t.Fatalf("picture %dx%d with %d paths", pic.Width, pic.Height, len(pic.Paths))
	}
	// The islet of 17.02 is far below a unit of area: left out, its
	// square kept.
	if n := strings.Count(pic.Paths[1].D, "M"); n != 1 {
		t.Errorf("17.02 has %d outlines, want the square alone: %s", n, pic.Paths[1].D)
	}
	if !strings.HasPrefix(pic.Paths[0].D, "M4 ") || !strings.HasSuffix(pic.Paths[0].D, "z") {
		t.Errorf("17.01 = %q, want a closed ring from the left margin", pic.Paths[0].D)
	}
	if again := Draw(in, 360, 440, 4, 0.5); again.Paths[0].D != pic.Paths[0].D || again.Height != pic.Height {
		t.Error("the same boundaries drew differently")
	}
}

// A tall extent is fitted to maxHeight and centred.
func TestFitTall(t *testing.T) {
	tall := []*Region{{Code: "1", Rings: [][]Point{{{0, 0}, {1, 0}, {1, 10}, {0, 10}, {0, 0}}}}}
	pr := Fit(tall, 360, 440, 4)
	if pr.Height > 440 {
		t.Errorf("height %d, want at most 440", pr.Height)
	}
	p := pr.point(Point{0.5, 5})
	if math.Abs(p.X-180) > 1 {
		t.Errorf("the middle is drawn at x=%v, want 180", p.X)
	}
}

// Douglas–Peucker keeps the corners of a noisy square and drops the
// points within the tolerance of its sides.
func TestSimplify(t *testing.T) {
	var ring []Point
	for i := 0; i <= 100; i++ {
		ring = append(ring, Point{float64(i), 0.01 * float64(i%2)})
	}
	ring = append(ring, Point{100, 100}, Point{0, 100}, Point{0, 0})
	out := simplify(ring, 0.5)
	if len(out) != 5 {
		t.Errorf("%d points kept, want the 4 corners and the closing point: %v", len(out), out)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, bad := range []string{`{"type":"Feature"}`, `{"type":"FeatureCollection","features":[{"properties":{},"geometry":{"type":"Polygon","coordinates":[]}}]}`,
		`{"type":"FeatureCollection","features":[{"properties":{"kode":"1"},"geometry":{"type":"Point","coordinates":[1,2]}}]}`, `nope`} {
		if _, err := Load([]byte(bad)); err == nil {
			t.Errorf("Load(%s) = nil error", bad)
		}
	}
}
