package browser_test

import (
	"encoding/base64"
	"os"
	"sync/atomic"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"

	"github.com/rapor-publik/rapor/generator/chart"
)

// In the CDN mode (echarts = "cdn"), pages load ECharts from jsDelivr with its
// Subresource Integrity hash, under a policy that allows that host only.
// CI has no internet: the browser's request to the CDN is answered with
// the npm copy of the same release, so the test proves that the address,
// the hash, CORS and the policy fit together.
func TestCDNMode(t *testing.T) {
	lib := npmECharts(t)
	policy := "default-src 'self'; script-src 'self' https://cdn.jsdelivr.net; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'"
	srv := serve(t, withSetting{os.DirFS(root), `echarts = "cdn"`}, policy)
	ctx := browser(t)
	tctx, probs := tab(t, ctx, true)
	var served atomic.Int32
	chromedp.ListenTarget(tctx, func(ev any) {
		paused, ok := ev.(*fetch.EventRequestPaused)
		if !ok {
			return
		}
		go func() {
			c := chromedp.FromContext(tctx)
			exec := cdp.WithExecutor(tctx, c.Target)
			if paused.Request.URL != chart.CDNURL {
				_ = fetch.FailRequest(paused.RequestID, "BlockedByClient").Do(exec)
				return
			}
			served.Add(1)
			_ = fetch.FulfillRequest(paused.RequestID, 200).WithResponseHeaders([]*fetch.HeaderEntry{
				{Name: "Content-Type", Value: "application/javascript; charset=utf-8"},
				{Name: "Access-Control-Allow-Origin", Value: "*"},
			}).WithBody(base64.StdEncoding.EncodeToString(lib)).Do(exec)
		}()
	})
	if err := chromedp.Run(tctx, fetch.Enable().WithPatterns([]*fetch.RequestPattern{{URLPattern: "https://*"}})); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"kabupaten/lebong/", "en/provinsi/banten/"} {
		url := srv.URL + "/" + p
		if err := open(tctx, url, true); err != nil {
			t.Errorf("%s: %v", url, err)
		}
		var drawn int
		if err := chromedp.Run(tctx, chromedp.Evaluate(`Object.keys(window.raporCharts || {}).length`, &drawn)); err != nil {
			t.Fatal(err)
		}
		if drawn == 0 {
			t.Errorf("%s: no chart drawn from the CDN copy", url)
		}
		for _, p := range probs.take() {
			t.Errorf("%s: %s", url, p)
		}
	}
	if served.Load() == 0 {
		t.Error("the pages never asked the CDN for ECharts")
	}
}
