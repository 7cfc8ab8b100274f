package browser_test

import (
	"io/fs"
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
	ID       string  `json:"id"`
	Want     int     `json:"want"`     // data-chart-points, from the Go side
	Got      int     `json:"got"`      // points in the drawn ECharts option
	Drawn    bool    `json:"drawn"`    // an ECharts instance with an SVG
	Closed   bool    `json:"closed"`   // the table's details closed by the script
	TableRow int     `json:"rows"`     // rows of its data table
	Height   float64 `json:"height"`   // the drawn container's height
	Overflow bool    `json:"overflow"` // wider than the page, or its drawing wider than itself
	Shift    bool    `json:"shift"`    // its box changed height when the interactive chart replaced the picture
	Early    bool    `json:"early"`    // the library was on the page before the reader asked
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
    shift: Math.abs(el.parentNode.getBoundingClientRect().height - (window.raporBoxHeights || {})[id]) > 1,
    early: !!window.raporLoadedBeforeAsking,
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
// console error, failed request or violation; scrolling through the
// charts loads no chart library; every chart, asked for, is drawn with
// all its points in its picture's room; nothing scrolls sideways at
// 360 × 740.
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
				case c.Early:
					t.Errorf("%s: the chart library was loaded before the reader asked for a chart", url)
				case !c.Drawn:
					t.Errorf("%s: chart %s was not drawn", url, c.ID)
				case c.Shift:
					t.Errorf("%s: chart %s's box changed height when the interactive chart replaced its picture", url, c.ID)
				case c.Got != c.Want || c.Want == 0:
					t.Errorf("%s: chart %s draws %d points, want %d", url, c.ID, c.Got, c.Want)
				case !c.Closed:
					t.Errorf("%s: chart %s has a picture, but its table is open", url, c.ID)
				case c.Height < 100:
					t.Errorf("%s: chart %s is %.0f px high", url, c.ID, c.Height)
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

// With JavaScript off every chart is visible at first paint: a picture
// with as many points or bars as the chart has, a title and a summary,
// and its table a click away, on every page type in both languages; no
// "interactive" button shows.
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
			ID     string  `json:"id"`
			Want   int     `json:"want"`
			Shapes int     `json:"shapes"`
			Height float64 `json:"height"`
			Named  bool    `json:"named"`
			Rows   int     `json:"rows"`
			Button bool    `json:"button"`
			Text   string  `json:"text"`
		}
		js := `Array.from(document.querySelectorAll("figure.chart")).map(function (f) {
			var svg = f.querySelector("svg.chart-svg"), c = f.querySelector("[data-chart]"), b = f.querySelector("button.chart-live");
			return {id: f.id, want: c ? +c.getAttribute("data-chart-points") : -1,
				shapes: svg ? svg.querySelectorAll("circle.dot, path.dot:not(.hollow), rect").length : 0,
				height: svg ? svg.getBoundingClientRect().height : 0,
				named: !!svg && svg.getAttribute("role") === "img" && !!svg.querySelector("title") && svg.querySelector("title").textContent.length > 0 && !!svg.querySelector("desc"),
				rows: f.querySelectorAll("tbody tr").length, button: !!b && b.getBoundingClientRect().height > 0,
				text: svg ? svg.textContent : ""};
		})`
		if err := chromedp.Run(tctx, chromedp.Evaluate(js, &visible)); err != nil {
			t.Fatal(err)
		}
		figures += len(visible)
		for _, v := range visible {
			distribution := strings.HasPrefix(v.ID, "chart-distribution")
			switch {
			case v.Height < 100 || !v.Named:
				t.Errorf("%s: without script, chart %s has no visible picture with a name and summary (%.0f px)", url, v.ID, v.Height)
			case distribution && (v.Shapes == 0 || v.Shapes > v.Want), !distribution && v.Shapes != v.Want:
				t.Errorf("%s: without script, chart %s draws %d points or bars, want %d", url, v.ID, v.Shapes, v.Want)
			case v.Rows == 0:
				t.Errorf("%s: chart %s has no table", url, v.ID)
			case v.Button:
				t.Errorf("%s: without script, chart %s shows its interactive button", url, v.ID)
			}
			if p == "kabupaten/lebong/" && v.ID == "chart-score-trend" && !strings.Contains(v.Text, "92,00") {
				t.Errorf("%s: the score picture does not show 92,00:\n%s", url, v.Text)
			}
		}
		for _, p := range probs.take() {
			t.Errorf("%s: %s", url, p)
		}
	}
	if figures < 20 {
		t.Errorf("only %d charts checked", figures)
	}
	t.Logf("without script: %d pages, %d charts visible", len(pages), figures)
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

// By default no chart library is loaded until a reader asks: after load,
// idle time and a scroll through the page, no chart is drawn; the
// button of one chart draws that chart only. A site that sets
// interactive_charts = "load" gets the charts on screen drawn at load:
// on a tall screen (6000 px) both of Lebong's charts.
func TestChartsOnRequest(t *testing.T) {
	for _, tt := range []struct {
		setting       string
		before, after int
	}{{"", 0, 1}, {`interactive_charts = "load"`, 2, 2}} {
		var fsys fs.FS = os.DirFS(root)
		if tt.setting != "" {
			fsys = withSetting{fsys, tt.setting}
		}
		srv := buildSite(t, fsys)
		ctx := browser(t)
		tctx, probs := tab(t, ctx, true)
		var before, after int
		var loaded bool
		err := chromedp.Run(tctx,
			emulation.SetDeviceMetricsOverride(360, 6000, 2, true),
			chromedp.Navigate(srv.URL+"/kabupaten/lebong/"),
			chromedp.Poll(`document.readyState === "complete" && window.raporCharts !== undefined`, nil,
				chromedp.WithPollingTimeout(20*time.Second)),
			chromedp.Evaluate(scrollThrough, nil, awaitPromise),
			chromedp.Sleep(3*time.Second), // the idle time charts wait for, several times over
			chromedp.Evaluate(`Object.keys(window.raporCharts).length`, &before),
			chromedp.Evaluate(`window.echarts !== undefined`, &loaded))
		if err == nil && tt.setting == "" {
			err = chromedp.Run(tctx, chromedp.Click(`button[data-chart-for="chart-score-trend"]`, chromedp.ByQuery),
				chromedp.Poll(`Object.keys(window.raporCharts).length > 0`, nil, chromedp.WithPollingTimeout(20*time.Second)),
				chromedp.Sleep(time.Second))
		}
		if err == nil {
			err = chromedp.Run(tctx, chromedp.Evaluate(`Object.keys(window.raporCharts).length`, &after))
		}
		if err != nil {
			t.Fatal(err)
		}
		if before != tt.before || tt.before == 0 && loaded {
			t.Errorf("%q: %d charts drawn (library loaded: %v) before any request; want %d", tt.setting, before, loaded, tt.before)
		}
		if after != tt.after {
			t.Errorf("%q: %d charts drawn after asking for one; want %d", tt.setting, after, tt.after)
		}
		if p := probs.take(); len(p) > 0 {
			t.Errorf("%q: %s", tt.setting, strings.Join(p, "\n"))
		}
	}
}
