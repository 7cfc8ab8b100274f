package browser_test

import (
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// tableState is how one table sits in the page at the phone width.
type tableState struct {
	Caption string `json:"caption"` // its caption or first header, to name it
	Width   int    `json:"width"`   // the table's own width
	Frame   int    `json:"frame"`   // the width it has: its frame's, or the page's
	Said    bool   `json:"said"`    // its frame says, visibly, that it scrolls
}

// tablesJS measures every table. A table wider than its frame passes only
// inside a frame marked data-scroll whose notice is visible on screen.
const tablesJS = `Array.from(document.querySelectorAll("main table")).map(function (t) {
  var frame = t.closest(".table-wrap") || t.parentElement, note = frame.querySelector(".scroll-note");
  var cap = t.querySelector("caption") || t.querySelector("th");
  var visible = !!note && note.getClientRects().length > 0 && getComputedStyle(note).visibility !== "hidden";
  return {caption: cap ? cap.textContent.trim().slice(0, 60) : "", width: Math.ceil(t.getBoundingClientRect().width),
    frame: Math.floor(Math.min(frame.clientWidth, document.documentElement.clientWidth)),
    said: frame.hasAttribute("data-scroll") && visible};
})`

// Every table of every page type, in both languages and with script on
// and off, fits the 360 px screen: it is no wider than the space it has,
// or it scrolls inside a frame that says so. The page itself never
// scrolls sideways.
func TestTablesFitPhone(t *testing.T) {
	srv := buildSite(t, os.DirFS(root))
	ctx := browser(t)
	tables := 0
	for _, script := range []bool{false, true} {
		for _, lang := range []string{"", "en/"} {
			for _, p := range samplePages {
				url := srv.URL + "/" + lang + p
				tctx, _ := tab(t, ctx, script)
				if err := open(tctx, url, script); err != nil {
					t.Errorf("%s: %v", url, err)
					continue
				}
				var ts []tableState
				var lay layout
				if err := chromedp.Run(tctx, chromedp.Evaluate(tablesJS, &ts), chromedp.Evaluate(layoutJS, &lay)); err != nil {
					t.Fatalf("%s: %v", url, err)
				}
				for _, tb := range ts {
					tables++
					if tb.Width > tb.Frame && !tb.Said {
						t.Errorf("%s (script %v): table %q is %d px wide in %d px, and nothing says it scrolls", url, script, tb.Caption, tb.Width, tb.Frame)
					}
				}
				if lay.Scroll > lay.Width {
					t.Errorf("%s (script %v): the page scrolls sideways at 360 px (%d > %d)", url, script, lay.Scroll, lay.Width)
				}
			}
		}
	}
	if tables < 40 {
		t.Errorf("only %d tables checked", tables)
	}
	t.Logf("%d tables checked", tables)
}

// firstScreenJS tells where the key facts end and the story's headline
// starts, from the top of the page.
const firstScreenJS = `(function () {
  var k = document.querySelector("section.key"), h = document.querySelector("article.story h2");
  return {facts: k ? Math.ceil(k.getBoundingClientRect().bottom + window.scrollY) : -1,
    headline: h ? Math.ceil(h.getBoundingClientRect().bottom + window.scrollY) : -1,
    items: k ? k.querySelectorAll(".fact").length : 0};
})()`

// On body, body-year and province pages, in both languages, the key facts
// (grade, score, rank, change) and the story's headline fit the first
// 360 × 740 screen.
func TestKeyFactsOnFirstScreen(t *testing.T) {
	srv := buildSite(t, os.DirFS(root))
	ctx := browser(t)
	for _, lang := range []string{"", "en/"} {
		for _, p := range []string{"kabupaten/lebong/", "kabupaten/lebong/2023/", "kabupaten/pandeglang/2024/", "kabupaten/pandeglang/", "provinsi/bengkulu/", "kota/bengkulu/", "kabupaten/rejang-lebong/"} {
			url := srv.URL + "/" + lang + p
			tctx, _ := tab(t, ctx, false)
			if err := open(tctx, url, false); err != nil {
				t.Fatalf("%s: %v", url, err)
			}
			var got struct {
				Facts    int `json:"facts"`
				Headline int `json:"headline"`
				Items    int `json:"items"`
			}
			if err := chromedp.Run(tctx, chromedp.Evaluate(firstScreenJS, &got)); err != nil {
				t.Fatal(err)
			}
			switch {
			case got.Items < 2:
				t.Errorf("%s: %d key facts", url, got.Items)
			case got.Facts > 740 || got.Headline > 740 || got.Headline < 0:
				t.Errorf("%s: the key facts end at %d px and the headline at %d px; want both within the first 740", url, got.Facts, got.Headline)
			}
		}
	}
}
