package browser_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/rapor-publik/rapor/generator/internal/sitetest"
)

// searchState is what the box shows.
type searchState struct {
	State   string   `json:"state"`
	Value   string   `json:"value"`
	Status  string   `json:"status"`
	Hrefs   []string `json:"hrefs"`
	Texts   []string `json:"texts"`
	Hidden  bool     `json:"hidden"`
	Markup  bool     `json:"markup"` // an element other than li and a in the list
	Scroll  int      `json:"scroll"`
	Width   int      `json:"width"`
	Fetched int      `json:"fetched"` // requests for search/*.json so far
}

const searchStateJS = `(function () {
	var f = document.querySelector("form.search"), list = f.querySelector(".search-results");
	var links = Array.from(list.querySelectorAll("a"));
	return {state: f.getAttribute("data-state") || "", value: f.querySelector("input").value,
		status: f.querySelector(".search-status").textContent, hidden: list.hidden,
		hrefs: links.map(function (a) { return a.href; }), texts: links.map(function (a) { return a.textContent; }),
		markup: !!list.querySelector(":not(li):not(a)"),
		scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth,
		fetched: performance.getEntriesByType("resource").filter(function (e) { return /\/search\/[a-z]+\.json$/.test(e.name); }).length};
})()`

// typeQuery empties the box, types q key by key and waits until the
// results are those of q.
func typeQuery(ctx context.Context, q string) (searchState, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	var st searchState
	qs, _ := json.Marshal(q)
	err := chromedp.Run(ctx,
		chromedp.Evaluate(`document.getElementById("cari").value = ""`, nil),
		chromedp.SendKeys("#cari", q, chromedp.ByQuery),
		chromedp.Poll(fmt.Sprintf(`window.raporSearch.state === "ready" && document.getElementById("cari").value === %s`, qs), nil,
			chromedp.WithPollingTimeout(15*time.Second)),
		chromedp.Evaluate(searchStateJS, &st))
	return st, err
}

// Every spelling of cases.json, typed into the box of a body page and of
// the home page in both languages, gives the bodies it names, in order,
// with their labels and the count announced; results are links to the
// bodies' pages, reached by Tab, followed by a click or by Enter; the
// index is fetched only once the box is used; the normalisation of the
// real search.js agrees with the table; nothing is logged or blocked and
// nothing is wider than 360 px.
func TestSearchBox(t *testing.T) {
	cases := sitetest.ReadSearchCases(t, root)
	srv := buildSite(t, os.DirFS(root))
	ctx := browser(t)
	words := map[string]struct{ count, one, none string }{
		"id": {"%d hasil", "1 hasil", "Tidak ada hasil"},
		"en": {"%d results", "1 result", "No results"},
	}
	normJS := fmt.Sprintf(`(%s).map(function (c) { return window.raporSearch.words(c[0]).join(" "); })`, must(json.Marshal(cases.Normalize)))
	checked := 0
	for _, lang := range []string{"id", "en"} {
		prefix := ""
		if lang != "id" {
			prefix = lang + "/"
		}
		home := srv.URL + "/" + prefix
		for _, page := range []string{"kabupaten/lebong/", ""} {
			url := home + page
			tctx, probs := tab(t, ctx, true)
			if err := open(tctx, url, true); err != nil {
				t.Fatalf("%s: %v", url, err)
			}
			var before searchState
			var norm []string
			if err := chromedp.Run(tctx, chromedp.Evaluate(searchStateJS, &before), chromedp.Evaluate(normJS, &norm)); err != nil {
				t.Fatalf("%s: %v", url, err)
			}
			if before.Fetched != 0 || before.State != "" {
				t.Errorf("%s: the index was fetched on page load (%d requests, state %q)", url, before.Fetched, before.State)
			}
			for i, c := range cases.Normalize {
				if i < len(norm) && norm[i] != c[1] {
					t.Errorf("%s: search.js words(%q) = %q, want %q", url, c[0], norm[i], c[1])
				}
			}
			for _, c := range cases.Queries {
				st, err := typeQuery(tctx, c.Q)
				if err != nil {
					t.Fatalf("%s: type %q: %v", url, c.Q, err)
				}
				checked++
				var got []string
				for _, h := range st.Hrefs {
					got = append(got, strings.TrimPrefix(h, home))
				}
				if len(got) < len(c.First) || !slices.Equal(got[:len(c.First)], c.First) {
					t.Errorf("%s: %q gives %v, want first %v", url, c.Q, got, c.First)
				}
				if c.Count != nil && len(got) != *c.Count {
					t.Errorf("%s: %q gives %d results %v, want %d", url, c.Q, len(got), got, *c.Count)
				}
				if want, ok := c.Label[lang]; ok && (len(st.Texts) == 0 || st.Texts[0] != want) {
					t.Errorf("%s: %q's results read %q, want first %q", url, c.Q, st.Texts, want)
				}
				w := words[lang]
				status := fmt.Sprintf(w.count, len(got))
				switch len(got) {
				case 0:
					status = w.none
				case 1:
					status = w.one
				}
				if st.Status != status || st.Hidden != (len(got) == 0) || st.Markup {
					t.Errorf("%s: %q: status %q (want %q), list hidden %v, other markup %v", url, c.Q, st.Status, status, st.Hidden, st.Markup)
				}
				if st.Scroll > st.Width {
					t.Errorf("%s: %q: the page scrolls sideways at 360 px (%d > %d)", url, c.Q, st.Scroll, st.Width)
				}
				if st.Fetched != 1 {
					t.Errorf("%s: the index was fetched %d times", url, st.Fetched)
				}
			}
			follow(t, tctx, url, home, page == "")
			for _, p := range probs.take() {
				t.Errorf("%s: %s", url, p)
			}
		}
	}
	t.Logf("%d searches checked", checked)
}

// follow checks that Tab reaches the first result and that a result
// leads to its body's page: by a click on a body page, by Enter in the
// box on the home page.
func follow(t *testing.T, ctx context.Context, url, home string, enter bool) {
	t.Helper()
	q, want := "kota bengkulu", home+"kota/bengkulu/"
	if enter {
		q, want = "muko muko", home+"kabupaten/mukomuko/"
	}
	if _, err := typeQuery(ctx, q); err != nil {
		t.Fatalf("%s: type %q: %v", url, q, err)
	}
	var focused string
	if err := chromedp.Run(ctx, chromedp.KeyEvent(kb.Tab), chromedp.Evaluate(`document.activeElement.href || document.activeElement.tagName`, &focused)); err != nil {
		t.Fatal(err)
	}
	if focused != want {
		t.Errorf("%s: Tab from the box reaches %q, want the first result %q", url, focused, want)
	}
	action := chromedp.Click("#cari-hasil a", chromedp.ByQuery)
	if enter {
		action = chromedp.SendKeys("#cari", kb.Enter, chromedp.ByQuery)
	}
	var at, h1 string
	err := chromedp.Run(ctx, action)
	if err == nil {
		err = settle(ctx, fmt.Sprintf(`location.href === %q && document.readyState === "complete"`, want))
	}
	if err == nil {
		err = chromedp.Run(ctx, chromedp.Location(&at), chromedp.Text("h1", &h1, chromedp.ByQuery))
	}
	if err != nil {
		t.Errorf("%s: following the result of %q: %v (at %s)", url, q, err, at)
		return
	}
	name := map[bool]string{false: "Bengkulu", true: "Mukomuko"}[enter]
	if !strings.Contains(h1, name) {
		t.Errorf("%s: the result of %q leads to %s, titled %q", url, q, at, h1)
	}
}

// settle waits, across a navigation, until a condition holds in the tab.
func settle(ctx context.Context, cond string) error {
	deadline := time.Now().Add(15 * time.Second)
	for {
		var ok bool
		err := chromedp.Run(ctx, chromedp.Evaluate(cond, &ok))
		if err == nil && ok {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s: not after 15 s (%v)", cond, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// What is typed while the index is on its way is searched once it
// arrives: no keystroke is lost.
func TestSearchTypedBeforeIndex(t *testing.T) {
	srv := buildSite(t, os.DirFS(root))
	ctx := browser(t)
	url := srv.URL + "/kabupaten/lebong/"
	tctx, probs := tab(t, ctx, true)
	if err := open(tctx, url, true); err != nil {
		t.Fatal(err)
	}
	var early searchState
	err := chromedp.Run(tctx, network.Enable(), network.SetCacheDisabled(true),
		network.EmulateNetworkConditions(false, 1500, -1, -1),
		chromedp.SendKeys("#cari", "Kabupaten Mukomuko", chromedp.ByQuery),
		chromedp.Evaluate(searchStateJS, &early))
	if err != nil {
		t.Fatal(err)
	}
	if early.State != "loading" || early.Value != "Kabupaten Mukomuko" || early.Status == "" {
		t.Errorf("while the index loads: state %q, value %q, status %q; want loading, every key, a notice", early.State, early.Value, early.Status)
	}
	st, err := typeQuery(tctx, "Kabupaten Mukomuko")
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Hrefs) == 0 || st.Hrefs[0] != srv.URL+"/kabupaten/mukomuko/" {
		t.Errorf("once the index arrived, the results are %v", st.Hrefs)
	}
	for _, p := range probs.take() {
		t.Errorf("%s: %s", url, p)
	}
}

// Without JavaScript the box leads to the home page's province list, in
// both languages.
func TestSearchWithoutScript(t *testing.T) {
	srv := buildSite(t, os.DirFS(root))
	ctx := browser(t)
	for _, prefix := range []string{"", "en/"} {
		url := srv.URL + "/" + prefix + "kabupaten/lebong/2023/"
		tctx, probs := tab(t, ctx, false)
		if err := open(tctx, url, false); err != nil {
			t.Fatal(err)
		}
		var res struct {
			Path, Hash string
			Lebong     bool
		}
		err := chromedp.Run(tctx, chromedp.SendKeys("#cari", "lebong"+kb.Enter, chromedp.ByQuery))
		if err == nil {
			err = settle(tctx, `location.hash === "#provinsi" && document.readyState === "complete"`)
		}
		if err == nil {
			err = chromedp.Run(tctx, chromedp.Evaluate(`({Path: location.pathname, Hash: location.hash,
				Lebong: !!document.querySelector("#provinsi a[href$='kabupaten/lebong/']")})`, &res))
		}
		if err != nil {
			t.Fatalf("%s: submitting the box: %v", url, err)
		}
		if res.Path != "/"+prefix || !res.Lebong {
			t.Errorf("%s: without script the box leads to %s%s (Lebong listed: %v), want the province list of /%s", url, res.Path, res.Hash, res.Lebong, prefix)
		}
		for _, p := range probs.take() {
			t.Errorf("%s: %s", url, p)
		}
	}
}

// The names of a hostile site reach the results as text.
func TestSearchHostile(t *testing.T) {
	srv := buildSite(t, hostileSite())
	ctx := browser(t)
	for _, url := range []string{srv.URL + "/", srv.URL + "/en/kabupaten/lebong/"} {
		tctx, probs := tab(t, ctx, true)
		if err := open(tctx, url, true); err != nil {
			t.Fatal(err)
		}
		st, err := typeQuery(tctx, "lebong")
		if err != nil {
			t.Fatal(err)
		}
		if st.Markup || len(st.Texts) == 0 || !strings.Contains(st.Texts[0], "Lebong </script><img src=x onerror=alert(1)>") {
			t.Errorf("%s: the results read %q (other markup: %v), want the names as text", url, st.Texts, st.Markup)
		}
		for _, p := range probs.take() {
			t.Errorf("%s: %s", url, p)
		}
	}
}
