package assemble

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// A province of 40 kabupaten: a body's neighbours are the top five and
// the five on each side of it, the rows left out said in rows of their
// own, and a link to the whole ranking on the province's page.
func TestNeighboursOfALargeProvince(t *testing.T) {
	var ents strings.Builder
	ents.WriteString(sitetest.Kinds + "\n[[entity]]\ncode = \"17\"\nname = \"Bengkulu\"\nkind = \"provinsi\"\n")
	var results []string
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&ents, "\n[[entity]]\ncode = \"17.%02d\"\nname = \"K%02d\"\nkind = \"kabupaten\"\nprovince = \"17\"\n", i, i)
		results = append(results, sitetest.Res(fmt.Sprintf("17.%02d", i), fmt.Sprintf("%d.00", 99-i)))
	}
	scales, err := os.ReadFile("../../data/scales.toml") // the sample's
	if err != nil {
		t.Fatal(err)
	}
	st := sitetest.Site{Entities: ents.String(), Scales: string(scales), Scale: func(int) string { return "opini-2022" }}
	ds, diags := data.Load(st.FS(sitetest.Years{2023: results}))
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	s, _ := score.Compute(ds)
	_, _, th := sitetest.Sample(t, "../..")
	words := func(lang, key string, args ...string) string { w, _ := th.Word(lang, key, args...); return w }
	a := New(site.New(ds, s, words), Options{Words: words})
	for _, tt := range []struct {
		url   string
		names []string
	}{
		{"/kabupaten/k20/2023/", []string{"K01", "K02", "K03", "K04", "K05", "… 9 lainnya", "K15", "K16", "K17", "K18", "K19", "K20", "K21", "K22", "K23", "K24", "K25", "… 15 lainnya"}},
		{"/kabupaten/k03/", []string{"K01", "K02", "K03", "K04", "K05", "K06", "K07", "K08", "… 32 lainnya"}},
		{"/kabupaten/k40/2023/", []string{"K01", "K02", "K03", "K04", "K05", "… 29 lainnya", "K35", "K36", "K37", "K38", "K39", "K40"}},
	} {
		var p *site.Page
		for _, x := range a.site.Pages {
			if x.URL == tt.url {
				p = x
			}
		}
		if p == nil {
			t.Fatalf("no page %s", tt.url)
		}
		c, err := a.context(p)
		if err != nil {
			t.Fatal(err)
		}
		n := c.neighbours()
		var got []string
		current := ""
		for _, r := range n.Rows {
			name := strings.TrimPrefix(r.Name, "Kabupaten ")
			if r.Gap != "" {
				name = r.Gap
			}
			if r.Current {
				current = name
			}
			got = append(got, name)
		}
		if strings.Join(got, ",") != strings.Join(tt.names, ",") {
			t.Errorf("%s: rows %q, want %q", tt.url, got, tt.names)
		}
		want := strings.TrimPrefix(strings.Split(tt.url, "/")[2], "k")
		if current != "K"+want || n.All == "" || !strings.HasSuffix(n.All, "provinsi/bengkulu/") || n.Columns != 5 {
			t.Errorf("%s: current %q, whole list %q, %d columns", tt.url, current, n.All, n.Columns)
		}
	}
}
