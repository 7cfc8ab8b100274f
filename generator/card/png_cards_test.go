package card

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"slices"
	"testing"
)

// variedCards are cards as a national site draws them: bodies with
// short and long names, in both languages, with every grade of every
// scale and the grade colours of the default theme, and with a score,
// a grade or ranks missing.
func variedCards() []Card {
	names := []string{
		"Lebong", "Kota Baru", "Bengkulu Utara", "Kepulauan Siau Tagulandang Biaro",
		"Administrasi Kepulauan Seribu", "Pegunungan Bintang", "Kotawaringin Timur",
		"Tanjungpinang", "Aceh", "Daerah Istimewa Yogyakarta", "Toba", "Mamberamo Tengah",
	}
	type grade struct {
		id, id2, en string
		color       color.RGBA
	}
	green, orange, red := rgb("#009E73"), rgb("#E69F00"), rgb("#D55E00")
	grades := []grade{
		{"A", "Kualitas Tertinggi", "Highest quality", green},
		{"B", "Kualitas Tinggi", "High quality", green},
		{"C", "Kualitas Sedang", "Medium quality", orange},
		{"D", "Kualitas Rendah", "Low quality", red},
		{"E", "Kualitas Terendah", "Lowest quality", red},
		{"Hijau", "Zona Hijau (kepatuhan tinggi)", "Green zone (high compliance)", green},
		{"Kuning", "Zona Kuning (kepatuhan sedang)", "Yellow zone (medium compliance)", orange},
		{"Merah", "Zona Merah (kepatuhan rendah)", "Red zone (low compliance)", red},
		{"X", "Tanpa zona", "No zone", rgb("#767676")},
		{"H", "Hitam", "Black", rgb("#1F1F1F")},
		{"", "", "", color.RGBA{}},
	}
	var cs []Card
	for i := range 264 {
		g := grades[i%len(grades)]
		n := names[i/len(grades)%len(names)]
		year := 2015 + i%10
		score := fmt.Sprintf("%d,%02d", 20+i*37%80, i*53%100)
		c := Card{
			Site: "Rapor Pelayanan Publik", Kicker: "Kabupaten · Provinsi Bengkulu", Name: n,
			Period: fmt.Sprint(year), ScoreLabel: "Nilai kepatuhan", Score: score,
			Grade: g.id, GradeLabel: g.id2, Color: g.color,
			Lines: []string{
				fmt.Sprintf("Peringkat %d dari %d di Provinsi Bengkulu", 1+i%10, 10),
				fmt.Sprintf("Peringkat %d dari 416 kabupaten", 1+i*7%416),
				fmt.Sprintf("Naik %d,%02d poin dari %d", i%9, i*7%100, year-1),
			},
			Footer: "Sumber: Ombudsman RI · rapor-publik.github.io/rapor",
		}
		if i%2 == 1 {
			c.Site, c.Kicker, c.ScoreLabel, c.GradeLabel = "Public Service Report Card", "Regency · Bengkulu Province", "Compliance score", g.en
			c.Score = fmt.Sprintf("%d.%02d", 20+i*37%80, i*53%100)
			c.Lines = []string{
				fmt.Sprintf("Rank %d of 10 in Bengkulu Province", 1+i%10),
				fmt.Sprintf("Rank %d of 416 regencies", 1+i*7%416),
				fmt.Sprintf("Down %d.%02d points from %d", i%9, i*7%100, year-1),
			}
			c.Footer = "Source: Ombudsman RI · rapor-publik.github.io/rapor"
		}
		switch i % 7 {
		case 3:
			c.Lines = c.Lines[:1+i%2] // a first year, or a province without ranks
		case 5:
			c.Score = "" // no score: the grade alone
		}
		cs = append(cs, c)
	}
	return cs
}

// drawCanvas draws c on a canvas, which the caller releases.
func drawCanvas(t testing.TB, c Card) *canvas {
	t.Helper()
	fs, err := getFaces()
	if err != nil {
		t.Fatal(err)
	}
	defer putFaces(fs)
	pal := paletteFor(c.Color)
	cv := newCanvas(pal.bg)
	(&drawer{cv: cv, fs: fs, pal: pal}).draw(c)
	return cv
}

// TestEncodeCards checks that cards decode, with image/png and chunk by
// chunk, to their canvas's palette and pixels: the layout tests' cards,
// and every third varied card, which still has every grade in both
// languages.
func TestEncodeCards(t *testing.T) {
	var all []Card
	for i, c := range variedCards() {
		if i%3 == 0 {
			all = append(all, c)
		}
	}
	for _, c := range cards() {
		all = append(all, c)
	}
	for _, c := range all {
		cv := drawCanvas(t, c)
		checkPNG(t, c.Name, cv.encode(), cv.img.Pix, Width, Height, Width, cv.pal)
		cv.release()
	}
}

// TestEncodeSize compares the size of cards with image/png's at
// BestSpeed, which the package used before: at most a quarter larger.
func TestEncodeSize(t *testing.T) {
	if testing.Short() {
		t.Skip("encodes every card twice")
	}
	var own, std []int
	for _, c := range variedCards() {
		cv := drawCanvas(t, c)
		b := cv.encode()
		pal := make(color.Palette, len(cv.pal))
		for i, p := range cv.pal {
			pal[i] = p
		}
		img := cv.img
		img.Palette = pal
		var buf bytes.Buffer
		if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, &img); err != nil {
			t.Fatal(err)
		}
		cv.release()
		if len(b) > buf.Len()*5/4 {
			t.Errorf("%s: %d bytes, image/png %d", c.Name, len(b), buf.Len())
		}
		own, std = append(own, len(b)), append(std, buf.Len())
	}
	sum := func(s []int) (n int) {
		for _, v := range s {
			n += v
		}
		return n
	}
	t.Logf("%d cards: own total %d B, image/png total %d B (%+.1f%%)", len(own), sum(own), sum(std), 100*float64(sum(own)-sum(std))/float64(sum(std)))
	slices.Sort(own)
	slices.Sort(std)
	for _, q := range []int{0, 10, 50, 90, 100} {
		i := min(q*len(own)/100, len(own)-1)
		t.Logf("p%d: own %d B, image/png %d B", q, own[i], std[i])
	}
}
