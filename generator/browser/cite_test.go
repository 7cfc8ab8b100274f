package browser_test

import (
	"os"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// citeState is the citation section as the reader finds it.
type citeState struct {
	Quote     string `json:"quote"`
	Full      string `json:"full"`
	Buttons   int    `json:"buttons"`   // copy buttons shown
	Selected  string `json:"selected"`  // the page's selection
	Clipboard string `json:"clipboard"` // what the clipboard holds, where it can be read
	Status    string `json:"status"`
}

const citeJS = `(async function () {
  var q = document.getElementById("kutip-kalimat"), f = document.getElementById("kutip-rujukan");
  var shown = Array.from(document.querySelectorAll("button.copy")).filter(function (b) { return !b.hidden && b.getClientRects().length > 0; });
  var st = {quote: q ? q.textContent.trim() : "", full: f ? f.textContent.trim() : "", buttons: shown.length};
  if (shown.length) {
    shown[0].click();
    await new Promise(function (r) { setTimeout(r, 300); });
    try { st.clipboard = await navigator.clipboard.readText(); } catch (e) { st.clipboard = ""; }
  }
  st.selected = String(window.getSelection()).replace(/\s+/g, " ").trim();
  var s = document.querySelector(".copy-status");
  st.status = s ? s.textContent : "";
  return st;
})()`

// A body-year page offers a sentence to quote and a full citation, both
// readable (and selectable) without script; with script each has a copy
// button that copies it where the reader is and says so.
func TestCiteThisPage(t *testing.T) {
	srv := buildSite(t, os.DirFS(root))
	ctx := browser(t)
	if err := chromedp.Run(ctx, cdpbrowser.GrantPermissions([]cdpbrowser.PermissionType{
		cdpbrowser.PermissionTypeClipboardReadWrite, cdpbrowser.PermissionTypeClipboardSanitizedWrite})); err != nil {
		t.Logf("clipboard permissions: %v", err)
	}
	for _, c := range []struct{ page, quote, done string }{
		{"kabupaten/lebong/2023/", "Kabupaten Lebong meraih nilai 92,00 dan opini Kualitas Tertinggi (A) dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023 dari Ombudsman Republik Indonesia (menurut Radar Bengkulu, Rakyat Benteng, dan Radar Lebong); nilai itu menempatkannya di peringkat 3 dari 10 kabupaten/kota di Provinsi Bengkulu.", "Tersalin."},
		{"en/kabupaten/pandeglang/2024/", "Pandeglang Regency received a score of 95.25 and grade A (Highest quality) in the 2024 public service assessment by Ombudsman Republik Indonesia, ranked 3 among regencies and cities in Banten Province (according to Krakatau Radio).", "Copied."},
	} {
		for _, script := range []bool{false, true} {
			url := srv.URL + "/" + c.page
			tctx, probs := tab(t, ctx, script)
			if err := open(tctx, url, script); err != nil {
				t.Fatalf("%s: %v", url, err)
			}
			var st citeState
			if err := chromedp.Run(tctx, chromedp.Evaluate(citeJS, &st, chromedp.EvalAsValue, awaitPromise)); err != nil {
				t.Fatalf("%s: %v", url, err)
			}
			if st.Quote != c.quote {
				t.Errorf("%s: quote %q, want %q", url, st.Quote, c.quote)
			}
			if !strings.Contains(st.Full, "https://rapor-publik.github.io/rapor/"+c.page) || !strings.Contains(st.Full, "Rapor Publik.") {
				t.Errorf("%s: citation %q lacks the owner or the permalink", url, st.Full)
			}
			switch {
			case !script && st.Buttons != 0:
				t.Errorf("%s without script: %d copy buttons shown", url, st.Buttons)
			case script && st.Buttons != 2:
				t.Errorf("%s: %d copy buttons shown, want 2", url, st.Buttons)
			case script && st.Status == c.done && st.Clipboard != "" && st.Clipboard != c.quote:
				t.Errorf("%s: the clipboard holds %q", url, st.Clipboard)
			case script && st.Status != c.done && st.Selected != c.quote:
				t.Errorf("%s: copying said %q and selected %q; want the quote copied or selected", url, st.Status, st.Selected)
			}
			for _, p := range probs.take() {
				t.Errorf("%s: %s", url, p)
			}
			if script {
				t.Logf("%s: %q; clipboard %q", url, st.Status, st.Clipboard)
			}
		}
	}
}
