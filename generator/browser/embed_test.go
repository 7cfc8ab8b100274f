package browser_test

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/rapor-publik/rapor/generator/pipeline"
)

// embedCode finds the first iframe code a built page offers.
var embedCode = regexp.MustCompile(`(?s)<textarea readonly[^>]*>(.*?)</textarea>`)

// TestEmbedOnAnotherSite pastes a body page's iframe code into a page of
// another origin, as a newspaper's site would: the chart's embed page
// loads in the iframe under the site's strict policy (framing allowed),
// the iframe takes the embed page's own height, a message from anything
// but the iframe does not resize it, and neither page logs an error or a
// violation.
func TestEmbedOnAnotherSite(t *testing.T) {
	lib := npmECharts(t)
	site := withSetting{layered{os.DirFS(root), fstest.MapFS{echartsPath: {Data: lib}}}, `echarts = "` + echartsPath + `"`}
	out := filepath.Join(t.TempDir(), "public")
	if _, err := pipeline.Build(context.Background(), site, out); err != nil {
		t.Fatal(err)
	}
	base := basePath(t, site) // "/rapor"

	// The site: the strict policy; embed pages may be framed by anyone.
	files := http.StripPrefix(base, http.FileServer(http.Dir(out)))
	siteSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		policy := csp
		if strings.Contains(r.URL.Path, "/embed/") {
			policy = strings.Replace(csp, "frame-ancestors 'none'", "frame-ancestors *", 1)
		}
		w.Header().Set("Content-Security-Policy", policy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(siteSrv.Close)

	// The newspaper: another origin, its own policy allowing the site's
	// script and frames, and the code pasted as the body page gives it.
	page, err := os.ReadFile(filepath.Join(out, "kabupaten", "lebong", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	m := embedCode.FindSubmatch(page)
	if m == nil {
		t.Fatal("the body page offers no embed code")
	}
	code := strings.ReplaceAll(html.UnescapeString(string(m[1])), "https://rapor-publik.github.io/rapor", siteSrv.URL+base)
	host := "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Koran</title>" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body><h1>Berita</h1>" + code + "<p>Akhir.</p></body></html>"
	hostSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", fmt.Sprintf("default-src 'self'; script-src 'self' %[1]s; frame-src %[1]s; style-src 'self' 'unsafe-inline'", siteSrv.URL))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, host)
	}))
	t.Cleanup(hostSrv.Close)

	ctx := browser(t)

	// The embed page on its own, at the iframe's width: its height once
	// its chart is drawn.
	hostCtx, hostProblems := tab(t, ctx, true)
	if err := open(hostCtx, hostSrv.URL, false); err != nil {
		t.Fatal(err)
	}
	var width int
	if err := chromedp.Run(hostCtx, chromedp.Evaluate(`document.querySelector("iframe[data-rapor-embed]").clientWidth`, &width)); err != nil {
		t.Fatal(err)
	}
	embedURL := siteSrv.URL + base + "/embed/kabupaten/lebong/score-trend/"
	alone, aloneProblems := tab(t, ctx, true)
	var want int
	err = chromedp.Run(alone, chromedp.EmulateViewport(int64(width), 740))
	if err == nil {
		err = open(alone, embedURL, true)
	}
	if err == nil {
		err = chromedp.Run(alone, chromedp.Evaluate(`Math.ceil(document.documentElement.getBoundingClientRect().height)`, &want))
	}
	if err != nil {
		t.Fatalf("%s: %v (%v)", embedURL, err, aloneProblems.take())
	}

	// In the iframe: the height its page reports, set by embed-host.js.
	const frameHeight = `parseInt(document.querySelector("iframe[data-rapor-embed]").style.height || "0", 10)`
	got := 0
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if err := chromedp.Run(hostCtx, chromedp.Evaluate(frameHeight, &got)); err != nil {
			t.Fatal(err)
		}
		if got >= want-2 && got <= want+2 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if got < want-2 || got > want+2 {
		t.Errorf("iframe height %d px, want the embed page's %d px", got, want)
	}
	t.Logf("iframe %d px wide sized to %d px (embed page alone: %d px)", width, got, want)

	// A message from the host page itself is not the iframe's: ignored.
	var after int
	if err := chromedp.Run(hostCtx,
		chromedp.Evaluate(`window.postMessage({type: "rapor:embed-height", height: 4000}, "*")`, nil),
		chromedp.Sleep(200*time.Millisecond),
		chromedp.Evaluate(frameHeight, &after)); err != nil {
		t.Fatal(err)
	}
	if after != got {
		t.Errorf("a message from the host page resized the iframe from %d to %d px", got, after)
	}

	var title string
	if err := chromedp.Run(hostCtx, chromedp.Evaluate(`document.querySelector("iframe[data-rapor-embed]").title`, &title)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(title, "Lebong") {
		t.Errorf("iframe title %q does not name the body", title)
	}
	for _, p := range append(hostProblems.take(), aloneProblems.take()...) {
		t.Error(p)
	}
}
