package browser_test

import (
	"context"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/rapor-publik/rapor/generator/pipeline"
)

// root is the repository: the sample site and node_modules.
var root = filepath.Join("..", "..")

const echartsPath = "node_modules/echarts/dist/echarts.min.js"

// csp is the policy every page is served with: nothing but the site's own
// files, no inline script or style, no plugin, no framing.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// need skips the test, or fails it in CI, when a part is missing.
func need(t *testing.T, ok bool, format string, args ...any) {
	t.Helper()
	if ok {
		return
	}
	msg := fmt.Sprintf(format, args...)
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s (CI=true: a missing browser part is a failure)", msg)
	}
	t.Skipf("skipped: %s", msg)
}

// chromium finds the browser: $RAPOR_CHROMIUM, else chromium on the PATH.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("RAPOR_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	need(t, false, "Chromium not found: install Debian's chromium (apt-get install chromium) or set RAPOR_CHROMIUM")
	return ""
}

// withSetting is a site folder with data/site.toml given extra lines.
type withSetting struct {
	fs.FS
	extra string
}

func (w withSetting) Open(name string) (fs.File, error) {
	if name != "data/site.toml" {
		return w.FS.Open(name)
	}
	b, err := fs.ReadFile(w.FS, name)
	if err != nil {
		return nil, err
	}
	m := fstest.MapFS{name: {Data: append(b, "\n"+w.extra+"\n"...)}}
	return m.Open(name)
}

// buildSite builds a site folder, with the npm copy of ECharts, and
// serves it on 127.0.0.1 with the strict policy.
func buildSite(t *testing.T, site fs.FS) *httptest.Server {
	t.Helper()
	lib := npmECharts(t)
	site = layered{site, fstest.MapFS{echartsPath: {Data: lib}}}
	return serve(t, withSetting{site, `echarts = "` + echartsPath + `"`}, csp)
}

// npmECharts is the copy of ECharts that `npm ci` installs.
func npmECharts(t *testing.T) []byte {
	t.Helper()
	lib, err := os.ReadFile(filepath.Join(root, echartsPath))
	need(t, err == nil, "ECharts is not installed: run `npm ci` at the repository root (%v)", err)
	return lib
}

// serve builds a site and serves it on 127.0.0.1 with a policy.
func serve(t *testing.T, site fs.FS, policy string) *httptest.Server {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	if _, err := pipeline.Build(context.Background(), site, out); err != nil {
		t.Fatalf("build: %v", err)
	}
	// The site is served at the root and, as on its real host, at
	// base_url's path, which the 404 page's links start from.
	files := http.FileServer(http.Dir(out))
	mux := http.NewServeMux()
	mux.Handle("/", files)
	if base := basePath(t, site); base != "" {
		mux.Handle(base+"/", http.StripPrefix(base, files))
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", policy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// basePath reads base_url's path from the site's settings: "/rapor".
func basePath(t *testing.T, site fs.FS) string {
	t.Helper()
	var settings struct {
		BaseURL string `toml:"base_url"`
	}
	b, err := fs.ReadFile(site, "data/site.toml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := toml.Decode(string(b), &settings); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(settings.BaseURL)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(u.Path, "/")
}

// layered reads from top first, then from base.
type layered struct{ base, top fs.FS }

func (l layered) Open(name string) (fs.File, error) {
	if f, err := l.top.Open(name); err == nil {
		return f, nil
	}
	return l.base.Open(name)
}

// browser starts one headless Chromium for a test, with a fresh profile.
// Chromium now and then dies while it starts on a loaded machine; a start
// is tried three times before the test fails.
func browser(t *testing.T) context.Context {
	t.Helper()
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		var ctx context.Context
		if ctx, err = startBrowser(t); err == nil {
			return ctx
		}
		t.Logf("start Chromium, attempt %d: %v", attempt, err)
	}
	t.Fatalf("start Chromium: %v", err)
	return nil
}

func startBrowser(t *testing.T) (context.Context, error) {
	// A fresh profile, removed once the browser is gone (Chromium may still
	// write to it while it stops, so not with t.TempDir).
	profile, err := os.MkdirTemp("", "rapor-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(profile) })
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(360, 740),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	// chromedp logs protocol events its cdproto release does not know
	// (newer Chromium fields); they are not the page's problems.
	quiet := chromedp.WithErrorf(func(format string, args ...any) {
		if msg := fmt.Sprintf(format, args...); !strings.Contains(msg, "could not unmarshal event") {
			t.Logf("chromedp: %s", msg)
		}
	})
	ctx, cancel2 := chromedp.NewContext(actx, quiet)
	t.Cleanup(cancel2)
	if err := chromedp.Run(ctx); err != nil {
		cancel2()
		cancel()
		return nil, err
	}
	return ctx, nil
}

// problems collects what went wrong while a page loaded.
type problems struct {
	mu   sync.Mutex
	list []string
}

func (p *problems) add(format string, args ...any) {
	p.mu.Lock()
	p.list = append(p.list, fmt.Sprintf(format, args...))
	p.mu.Unlock()
}

func (p *problems) take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := p.list
	p.list = nil
	return out
}

// tab opens a tab that records console errors, exceptions, failed
// requests, CSP violations and dialogs (dismissing them). Failed requests
// and violations arrive through the Log domain (sources "network" and
// "security"), which stays stable across Chromium releases.
func tab(t *testing.T, parent context.Context, script bool) (context.Context, *problems) {
	t.Helper()
	ctx, cancel := chromedp.NewContext(parent)
	t.Cleanup(cancel)
	p := &problems{}
	chromedp.ListenTarget(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.APITypeError || ev.Type == runtime.APITypeWarning {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				p.add("console %s: %s", ev.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			p.add("exception: %s", ev.ExceptionDetails.Error())
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.LevelError || ev.Entry.Source == log.SourceSecurity {
				p.add("log %s/%s: %s %s", ev.Entry.Source, ev.Entry.Level, ev.Entry.Text, ev.Entry.URL)
			}
		case *page.EventJavascriptDialogOpening:
			p.add("a dialog opened: %s %q", ev.Type, ev.Message)
			go func() {
				_ = chromedp.Run(ctx, page.HandleJavaScriptDialog(false))
			}()
		}
	})
	if err := chromedp.Run(ctx, log.Enable(), runtime.Enable(), page.Enable(),
		emulation.SetScriptExecutionDisabled(!script),
		emulation.SetDeviceMetricsOverride(360, 740, 2, true)); err != nil {
		t.Fatal(err)
	}
	return ctx, p
}

// scrollThrough brings every chart into view in turn, two frames each.
const scrollThrough = `(async function () {
	var frame = function () { return new Promise(function (r) { requestAnimationFrame(function () { requestAnimationFrame(r); }); }); };
	for (var c of document.querySelectorAll("[data-chart]")) { c.scrollIntoView(); await frame(); }
	window.scrollTo(0, 0);
	return true;
})()`

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

// askCharts records the height of every chart's box and whether the
// chart library is on the page, then asks for every interactive chart as
// a reader would, with its button.
const askCharts = `(function () {
	var hs = {};
	document.querySelectorAll(".chart-box [data-chart]").forEach(function (c) {
		hs[c.getAttribute("data-chart")] = c.parentNode.getBoundingClientRect().height;
	});
	window.raporBoxHeights = hs;
	window.raporLoadedBeforeAsking = window.echarts !== undefined;
	document.querySelectorAll("button[data-chart-for]").forEach(function (b) { if (!b.hidden) { b.click(); } });
	return true;
})()`

// open loads a page and waits until it is loaded and, with script, until
// the chart script has run; then it scrolls through the charts as a
// reader would (which must not load the chart library), asks for every
// interactive chart and waits until each is drawn.
func open(ctx context.Context, url string, script bool) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	actions := []chromedp.Action{chromedp.Navigate(url), chromedp.WaitReady("body")}
	if script {
		actions = append(actions, chromedp.Poll(`document.readyState === "complete" &&
			(document.querySelector("[data-chart]") === null || window.raporCharts !== undefined)`, nil,
			chromedp.WithPollingTimeout(20*time.Second)),
			chromedp.Evaluate(scrollThrough, nil, awaitPromise),
			chromedp.Evaluate(askCharts, nil),
			chromedp.Poll(`document.readyState === "complete" &&
			document.querySelectorAll("[data-chart]").length === Object.keys(window.raporCharts || {}).length`, nil,
				chromedp.WithPollingTimeout(20*time.Second)))
	}
	return chromedp.Run(ctx, actions...)
}
