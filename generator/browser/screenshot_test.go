package browser_test

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// A plain screenshot (chromium --headless --screenshot, no script run
// by the test, no interaction) of a body's page at 360 px shows its
// charts and its map: within each picture's box, the charts' blue line
// and the map's grade colours are painted.
func TestScreenshotShowsPictures(t *testing.T) {
	srv := buildSite(t, os.DirFS(root))
	url := srv.URL + "/kabupaten/lebong/"
	// Where the pictures stand, and the page's height, at 360 px.
	ctx := browser(t)
	tctx, _ := tab(t, ctx, false)
	type box struct {
		ID     string  `json:"id"`
		Top    float64 `json:"top"`
		Height float64 `json:"height"`
	}
	var boxes []box
	var height float64
	err := chromedp.Run(tctx, chromedp.Navigate(url), chromedp.WaitReady("body"),
		chromedp.Evaluate(`Array.from(document.querySelectorAll("svg.chart-svg, svg.map-svg")).map(function (s) {
			var r = s.getBoundingClientRect();
			return {id: s.closest("figure").id, top: r.top + window.scrollY, height: r.height};
		})`, &boxes),
		chromedp.Evaluate(`document.documentElement.scrollHeight`, &height))
	if err != nil {
		t.Fatal(err)
	}
	if len(boxes) < 3 {
		t.Fatalf("%d pictures on the page, want its two charts and its map", len(boxes))
	}
	shot := filepath.Join(t.TempDir(), "lebong.png")
	cmd := exec.Command(chromium(t), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+t.TempDir(), "--window-size=360,"+strconv.Itoa(int(height)), "--screenshot="+shot, url)
	cmd.WaitDelay = 30 * time.Second
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium --screenshot: %v\n%s", err, out)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range boxes {
		if n := painted(img, int(b.Top), int(b.Top+b.Height)); n < 200 {
			t.Errorf("picture %s (y %.0f–%.0f): %d pixels of a chart's or a grade's colour in the screenshot", b.ID, b.Top, b.Top+b.Height, n)
		}
	}
}

// painted counts the pixels between rows top and bottom that are
// saturated colours: the charts' lines and bars, the map's grades (not
// text, grid lines or the white page).
func painted(img image.Image, top, bottom int) int {
	r := img.Bounds()
	n := 0
	for y := max(top, r.Min.Y); y < min(bottom, r.Max.Y); y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			hi, lo := max(cr, cg, cb)>>8, min(cr, cg, cb)>>8
			if hi-lo > 60 {
				n++
			}
		}
	}
	return n
}
