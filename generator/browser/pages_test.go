package browser_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/rogpeppe/go-internal/txtar"
	"testing/fstest"
)

// samplePages are one page of each type, in both languages.
var samplePages = []string{
	"", "2023/", "provinsi/bengkulu/", "provinsi/banten/", "kabupaten/lebong/", "kabupaten/lebong/2023/",
	"kabupaten/pandeglang/", "kabupaten/pandeglang/2024/", "kota/bengkulu/", "berita/",
	"berita/2024-02-29-lebong-naik-ke-peringkat-tiga/", "metodologi/", "tentang/", "data/", "404.html",
	"embed/kabupaten/lebong/score-trend/", "embed/provinsi/bengkulu/scores-bengkulu-kabupaten/",
}

// chartState is what the page says of its charts after the script ran.
type chartState struct {
	ID       string `json:"id"`
	Want     int    `json:"want"`     // data-chart-points, from the Go side
	Got      int    `json:"got"`      // points in the drawn ECharts option
	Drawn    bool   `json:"drawn"`    // an ECharts instance with an SVG
	Closed   bool   `json:"closed"`   // the table's details closed by the script
	TableRow int    `json:"rows"`     // rows of its data table
	Height   int    `json:"height"`   // the drawn container's height
	Overflow bool   `json:"overflow"` // wider than the page, or its drawing wider than itself
}

const chartsJS = `Array.from(document.querySelectorAll("[data-chart]")).map(function (el) {
  var id = el.getAttribute("data-chart"), c = (window.raporCharts || {})[id], got = 0;
  if (c) {
    c.getOption().series.forEach(function (s) {
      (s.data || []).forEach(function (d) {
        var v = (d !== null && typeof d === "object" && !Array.isArray(d)) ? d.value : d;
        if (v !== null && v !== undefined && v !== "-") got++;
      });
    });
  }
  var fig = el.closest("figure"), det = fig && fig.querySelector("details");
  return {id: id, want: +el.getAttribute("data-chart-points"), got: got,
    drawn: !!c && !!el.querySelector("svg"), closed: !!det && !det.open,
    rows: fig ? fig.querySelectorAll("tbody tr").length : 0,
    height: el.getBoundingClientRect().height,
    overflow: el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 ||
      (!!el.querySelector("svg") && el.querySelector("svg").getBoundingClientRect().width > el.getBoundingClientRect().width + 1)};
})`

// layoutJS measures sideways scrolling at the phone width.
const layoutJS = `({scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth})`

type layout struct {
	Scroll int `json:"scroll"`
	Width  int `json:"width"`
}

// Every page type in both languages loads under the strict policy with no
// console error, failed request or violation; every chart is drawn with
// all its points; nothing scrolls sideways at 360 × 740.
func TestSamplePagesWithScript(t *testing.T) {
	srv := buildSite(t, os.DirFS(root))
	ctx := browser(t)
	charts := 0
	for _, lang := range []string{"", "en/"} {
		for _, p := range samplePages {
			url := srv.URL + "/" + lang + p
			tctx, probs := tab(t, ctx, true)
			if err := open(tctx, url, true); err != nil {
				t.Errorf("%s: %v", url, err)
				continue
			}
			var cs []chartState
			var lay layout
			if err := chromedp.Run(tctx, chromedp.Evaluate(chartsJS, &cs), chromedp.Evaluate(layoutJS, &lay)); err != nil {
				t.Fatalf("%s: %v", url, err)
			}
			for _, c := range cs {
				charts++
				switch {
				case !c.Drawn:
					t.Errorf("%s: chart %s was not drawn", url, c.ID)
				case c.Got != c.Want || c.Want == 0:
					t.Errorf("%s: chart %s draws %d points, want %d", url, c.ID, c.Got, c.Want)
				case !c.Closed:
					t.Errorf("%s: chart %s is drawn but its table is still open", url, c.ID)
				case c.Height < 100:
					t.Errorf("%s: chart %s is %d px high", url, c.ID, c.Height)
				case c.Overflow:
					t.Errorf("%s: chart %s is wider than the page or than its box", url, c.ID)
				}
			}
			if lay.Scroll > lay.Width {
				t.Errorf("%s: the page scrolls sideways at 360 px (%d > %d)", url, lay.Scroll, lay.Width)
			}
			for _, p := range probs.take() {
				t.Errorf("%s: %s", url, p)
			}
		}
	}
	if charts < 20 {
		t.Errorf("only %d charts checked", charts)
	}
	t.Logf("%d pages, %d charts checked", 2*len(samplePages), charts)
}

// With JavaScript off every chart's data is readable in its open table,
// on every page type in both languages.
func TestSamplePagesWithoutScript(t *testing.T) {
	srv := buildSite(t, os.DirFS(root))
	ctx := browser(t)
	figures := 0
	var pages []string
	for _, lang := range []string{"", "en/"} {
		for _, p := range samplePages {
			pages = append(pages, lang+p)
		}
	}
	for _, p := range pages {
		url := srv.URL + "/" + p
		tctx, probs := tab(t, ctx, false)
		if err := open(tctx, url, false); err != nil {
			t.Fatalf("%s: %v", url, err)
		}
		var visible []struct {
			ID      string `json:"id"`
			Open    bool   `json:"open"`
			Rows    int    `json:"rows"`
			Visible bool   `json:"visible"`
			Text    string `json:"text"`
		}
		js := `Array.from(document.querySelectorAll("figure.chart")).map(function (f) {
			var d = f.querySelector("details"), tb = f.querySelector("table");
			return {id: f.id, open: !!d && d.open, rows: f.querySelectorAll("tbody tr").length,
				visible: !!tb && tb.getBoundingClientRect().height > 0, text: tb ? tb.innerText : ""};
		})`
		if err := chromedp.Run(tctx, chromedp.Evaluate(js, &visible)); err != nil {
			t.Fatal(err)
		}
		figures += len(visible)
		for _, v := range visible {
			if !v.Open || !v.Visible || v.Rows == 0 {
				t.Errorf("%s: without script, chart %s's table is not readable (open %v, visible %v, %d rows)", url, v.ID, v.Open, v.Visible, v.Rows)
			}
			if p == "kabupaten/lebong/" && v.ID == "chart-score-trend" && !strings.Contains(v.Text, "92,00") {
				t.Errorf("%s: the score table does not show 92,00:\n%s", url, v.Text)
			}
		}
		for _, p := range probs.take() {
			t.Errorf("%s: %s", url, p)
		}
	}
	if figures < 20 {
		t.Errorf("only %d chart tables checked", figures)
	}
	t.Logf("without script: %d pages, %d chart tables readable", len(pages), figures)
}

// hostileSite is testdata/hostile.txtar: names, units, titles and
// Markdown that carry script.
func hostileSite() fstest.MapFS {
	site := fstest.MapFS{}
	for _, f := range txtar.Parse(must(os.ReadFile("testdata/hostile.txtar"))).Files {
		site[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return site
}

// A site whose names, units, titles and Markdown carry script opens no
// dialog and raises no violation on any page type.
func TestHostileSite(t *testing.T) {
	srv := buildSite(t, hostileSite())
	ctx := browser(t)
	for _, p := range []string{"", "2023/", "provinsi/bengkulu/", "kabupaten/lebong/", "kabupaten/lebong/2023/",
		"kota/bengkulu/", "berita/", "berita/serangan/", "data/", "en/kabupaten/lebong/2023/", "en/berita/serangan/"} {
		url := srv.URL + "/" + p
		tctx, probs := tab(t, ctx, true)
		if err := open(tctx, url, true); err != nil {
			t.Errorf("%s: %v", url, err)
			continue
		}
		var injected bool
		if err := chromedp.Run(tctx, chromedp.Evaluate(`!!document.querySelector("img[onerror], svg[onload], a[href^='javascript']")`, &injected)); err != nil {
			t.Fatal(err)
		}
		if injected {
			t.Errorf("%s: an injected element is in the page", url)
		}
		for _, p := range probs.take() {
			t.Errorf("%s: %s", url, p)
		}
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// A chart on screen when the page has loaded is drawn without the reader
// scrolling: on a tall screen (6000 px) both of Lebong's charts stand in its upper
// three quarters. On a phone's screen the first stands at its bottom edge
// and waits for a scroll, its table readable meanwhile.
func TestChartsOnScreenDrawnAtLoad(t *testing.T) {
	srv := buildSite(t, os.DirFS(root))
	ctx := browser(t)
	for _, tt := range []struct {
		height, drawn int
	}{{6000, 2}, {740, 0}} {
		tctx, probs := tab(t, ctx, true)
		var drawn, scrolled int
		err := chromedp.Run(tctx,
			emulation.SetDeviceMetricsOverride(360, int64(tt.height), 2, true),
			chromedp.Navigate(srv.URL+"/kabupaten/lebong/"),
			chromedp.Poll(`document.readyState === "complete" && window.raporCharts !== undefined`, nil,
				chromedp.WithPollingTimeout(20*time.Second)),
			chromedp.Sleep(3*time.Second), // the idle time charts wait for, several times over
			chromedp.Evaluate(`Object.keys(window.raporCharts).length`, &drawn),
			chromedp.Evaluate(`window.scrollY`, &scrolled))
		if err != nil {
			t.Fatal(err)
		}
		if drawn != tt.drawn || scrolled != 0 {
			t.Errorf("at 360 × %d: %d charts drawn (scrolled %d px) before any scroll; want %d", tt.height, drawn, scrolled, tt.drawn)
		}
		if p := probs.take(); len(p) > 0 {
			t.Errorf("at 360 × %d: %s", tt.height, strings.Join(p, "\n"))
		}
	}
}
