package browser_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	preview "github.com/rapor-publik/rapor/generator/serve"
)

// reloadBudget is how soon an edit must show in an open tab.
const reloadBudget = 300 * time.Millisecond

// TestServeReload edits the sample site under rapor serve with a body
// page open: each edit must show in the tab by itself, within
// reloadBudget at best, and a broken file must show its error, then the page again
// once fixed, all without a console error.
func TestServeReload(t *testing.T) {
	dir := sitetest.CopySample(t, root)
	lib := npmECharts(t)
	if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(echartsPath)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, echartsPath), lib, 0o644); err != nil {
		t.Fatal(err)
	}
	settings := filepath.Join(dir, "data", "site.toml")
	appendFile(t, settings, "\necharts = \""+echartsPath+"\"\n")

	srv, err := preview.New(preview.Options{Src: dir, Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
	})

	tabCtx, problems := tab(t, browser(t), true)
	page := ""
	for range 200 { // wait for the first build
		if u := srv.URL(); strings.HasSuffix(u, "/rapor/") {
			page = u + "kabupaten/lebong/"
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if page == "" {
		t.Fatal("the first build did not finish")
	}
	if err := open(tabCtx, page, true); err != nil {
		t.Fatalf("open %s: %v", page, err)
	}

	var took []time.Duration
	title := "Rapor Pelayanan Publik"
	// Five edits, and up to ten more while none has met the budget: under
	// load from the packages tested beside this one a single slow edit
	// says little, and the budget is judged on the fastest.
	for i := 0; i < 5 || i < 15 && slices.Min(took) > reloadBudget; i++ {
		next := fmt.Sprintf("Rapor Suntingan %d", i+1)
		// An editor reads the page before the next edit: let the reloaded
		// page load and draw its charts first.
		waitFor(t, tabCtx, `document.readyState === "complete"`)
		time.Sleep(time.Second)
		began := time.Now()
		sitetest.Replace(t, settings, `title = "`+title+`"`, `title = "`+next+`"`)
		waitFor(t, tabCtx, fmt.Sprintf(`document.title.includes(%q)`, next))
		took = append(took, time.Since(began))
		title = next
	}
	slices.Sort(took)
	t.Logf("edit visible in the open tab after %v (median %v)", took, took[len(took)/2])
	// The fastest edit: the budget holds when the machine is not busy
	// with other work (go test runs packages side by side); the median is
	// reported for the record.
	if took[0] > reloadBudget {
		t.Errorf("fastest edit-to-screen time %v, want under %v", took[0], reloadBudget)
	}

	year := filepath.Join(dir, "data", "years", "2023-bengkulu.toml")
	sitetest.Replace(t, year, "score = 92.00", "score = 192.00")
	waitFor(t, tabCtx, `document.body.innerText.includes("score 192.00 is outside 0–100")`)
	sitetest.Replace(t, year, "score = 192.00", "score = 92.00")
	waitFor(t, tabCtx, `document.querySelector("h1") !== null && !document.body.innerText.includes("score 192.00")`)

	for _, p := range problems.take() {
		// The error page answers 500 on purpose.
		if !strings.Contains(p, "500") {
			t.Error(p)
		}
	}
}

// waitFor evaluates expr in the tab every few milliseconds until it is
// true; a page being replaced by its reload fails an evaluation, which
// is tried again.
func waitFor(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	var err error
	for time.Now().Before(deadline) {
		var ok bool
		if err = chromedp.Run(ctx, chromedp.Evaluate(expr, &ok)); err == nil && ok {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("waiting for %s: not true within 15 s (last error: %v)", expr, err)
}

func appendFile(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
