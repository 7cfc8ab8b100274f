package browser_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// axe-core (npm) finds no accessibility violation of impact serious or
// critical on any page type, in both languages.
func TestAccessibility(t *testing.T) {
	axe, err := os.ReadFile(filepath.Join(root, "node_modules", "axe-core", "axe.min.js"))
	need(t, err == nil, "axe-core is not installed: run `npm ci` at the repository root")
	srv := buildSite(t, os.DirFS(root))
	ctx := browser(t)
	type violation struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target []string `json:"target"`
		} `json:"nodes"`
	}
	checked := 0
	for _, lang := range []string{"", "en/"} {
		for _, p := range samplePages {
			url := srv.URL + "/" + lang + p
			tctx, _ := tab(t, ctx, true)
			if err := open(tctx, url, true); err != nil {
				t.Fatalf("%s: %v", url, err)
			}
			var vs []violation
			// Evaluated through the protocol, axe runs outside the page's
			// Content-Security-Policy, as a browser extension would.
			run := `axe.run(document, {resultTypes: ["violations"]}).then(function (r) {
				return r.violations.filter(function (v) { return v.impact === "serious" || v.impact === "critical"; });
			})`
			err := chromedp.Run(tctx,
				chromedp.Evaluate(string(axe), nil),
				chromedp.Evaluate(run, &vs, awaitPromise))
			if err != nil {
				t.Fatalf("%s: axe: %v", url, err)
			}
			checked++
			for _, v := range vs {
				var targets []string
				for _, n := range v.Nodes {
					targets = append(targets, n.Target...)
				}
				t.Errorf("%s: %s (%s): %s at %v", url, v.ID, v.Impact, v.Help, targets)
			}
		}
	}
	t.Logf("axe-core: %d pages checked", checked)
}
