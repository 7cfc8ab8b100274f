package assemble

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/site"
)

// The Views of the sample site's pages, field by field: what each page
// kind shows is made here, as data, before any layout runs.
func TestViews(t *testing.T) {
	const (
		bodyYear = "/kabupaten/lebong/2023/"
		body     = "/en/kabupaten/lebong/"
		province = "/provinsi/bengkulu/"
	)
	cs := sampleContexts(t, bodyYear, body, province)
	views := map[string]*View{}
	for u, c := range cs {
		views[u] = c.view()
	}
	tests := []struct {
		url   string
		check func(t *testing.T, v *View)
	}{
		{bodyYear, func(t *testing.T, v *View) {
			want := ViewPage{Kind: site.BodyYear, URL: bodyYear, Title: "Kabupaten Lebong 2023"}
			if v.Page != want || v.Name != "Kabupaten Lebong" || !v.Regional || v.L.Code != "id" {
				t.Errorf("page %+v, name %q, regional %v, language %q", v.Page, v.Name, v.Regional, v.L.Code)
			}
			labels := []string{}
			for _, f := range v.Facts {
				labels = append(labels, f.Label)
			}
			// No national rank was published in 2023: the fact is left out
			// where the province's rank stands.
			if want := []string{"Opini", "Nilai", "Peringkat di provinsi"}; !slices.Equal(labels, want) {
				t.Fatalf("facts %q, want %q", labels, want)
			}
			// The change stands under the score.
			if f := v.Facts[1]; f.Value != "92,00" || f.Note != "dari 100" || f.Move != "+7,78 dibanding 2022" || !f.Up || f.Class != "score" || len(f.Marks) == 0 {
				t.Errorf("the score fact is %+v, want 92,00 dari 100, +7,78 dibanding 2022, with its sources", f)
			}
			if f := v.Facts[0]; f.Grade == nil || f.Grade.ID != "A" || f.Value != "Kualitas Tertinggi" {
				t.Errorf("the grade fact is %+v", f)
			}
			if f := v.Facts[2]; f.Value != "3 dari 10" || f.Note != "kabupaten/kota di Provinsi Bengkulu" || f.Move != "naik dari 5 pada 2022" || !f.Up {
				t.Errorf("the rank fact is %+v", f)
			}
			if v.FactsYear == nil || v.FactsYear.Year != 2023 || v.FactsYear.URL != "" {
				t.Errorf("facts year %+v, want 2023 without a link on its own page", v.FactsYear)
			}
			// Bengkulu 2023 is complete in the sample: 7 of its 10 kab/kota got A.
			// 2023 has no published distribution: the province's count alone.
			if want := "Opini A pada 2023: 7 dari 10 kabupaten/kota di Provinsi Bengkulu."; v.Meaning == nil || v.Meaning.Text != want || v.Meaning.Href != "#tetangga" || len(v.Meaning.Marks) != 0 {
				t.Errorf("meaning %+v, want %q", v.Meaning, want)
			}
			checkNeighbours(t, v, "Kabupaten Lebong", 10)
			if v.Links.Body != "../" || v.Latest == nil || v.Latest.Year != 2023 {
				t.Errorf("the body's link %q, latest %+v", v.Links.Body, v.Latest)
			}
			if !strings.Contains(v.Cite, "https://rapor-publik.github.io/rapor/kabupaten/lebong/2023/") {
				t.Errorf("the citation %q lacks the page's permalink", v.Cite)
			}
			if v.History != nil || v.ProvinceRankings != nil || v.Embed != nil {
				t.Error("a body-year page has a history, rankings or an embed")
			}
			for _, ch := range v.Charts {
				if ch.Snippet != nil {
					t.Errorf("chart %s of a body-year page has embed code", ch.Chart.ID)
				}
			}
		}},
		{body, func(t *testing.T, v *View) {
			if v.L.Code != "en" || v.Page.Kind != site.Body || v.Story == nil || len(v.Facts) != 3 {
				t.Errorf("language %q, kind %q, story %v, facts %v", v.L.Code, v.Page.Kind, v.Story != nil, v.Facts)
			}
			if v.FactsYear == nil || v.FactsYear.Year != 2024 || v.FactsYear.URL != "2024/" || v.FactsYear.Title != "2024 results" {
				t.Errorf("facts year %+v, want 2024 linked to its page", v.FactsYear)
			}
			if f := v.Facts[0]; f.Label != "Grade" || f.Value != "Highest quality" {
				t.Errorf("the grade fact is %+v, want the English label", f)
			}
			// 2024's file gives the national distribution (337 A of 587),
			// with its source.
			if want := "Grade A in 2024: 10 of 10 regencies and cities in Bengkulu Province; 337 of 587 bodies nationally."; v.Meaning == nil || v.Meaning.Text != want || len(v.Meaning.Marks) != 1 {
				t.Errorf("meaning %+v, want %q with the distribution's source", v.Meaning, want)
			}
			checkNeighbours(t, v, "Lebong Regency", 10)
			for i := 1; i < len(v.History); i++ {
				if v.History[i-1].Year <= v.History[i].Year {
					t.Errorf("history years %d then %d, want newest first", v.History[i-1].Year, v.History[i].Year)
				}
			}
			if len(v.History) < 2 || v.History[0].URL != "2025/" && v.History[0].URL != "2024/" {
				t.Errorf("history %+v", v.History)
			}
			if v.HistoryCSV == "" || v.Links.LatestResult == "" {
				t.Errorf("history CSV %q, latest result %q", v.HistoryCSV, v.Links.LatestResult)
			}
			for _, ch := range v.Charts {
				if ch.Snippet == nil || !strings.HasPrefix(ch.Snippet.Src, "https://rapor-publik.github.io/rapor/en/embed/kabupaten/lebong/") {
					t.Errorf("chart %s's embed code %+v", ch.Chart.ID, ch.Snippet)
				}
			}
			embeds := cs[body].embedViews(v)
			if len(embeds) != len(v.Charts) || len(embeds) == 0 {
				t.Fatalf("%d embed pages for %d charts", len(embeds), len(v.Charts))
			}
			for i, e := range embeds {
				if e.Embed.Chart != v.Charts[i] || e.Page.Kind != site.Embed || e.Embed.Canonical != "https://rapor-publik.github.io/rapor/en/kabupaten/lebong/" {
					t.Errorf("embed %d: %+v, %+v", i, e.Page, e.Embed)
				}
				if got := assembleBack(e.Page.URL, e.Embed.Back); got != body {
					t.Errorf("embed %d links back to %q, which leads to %q", i, e.Embed.Back, got)
				}
			}
		}},
		{province, func(t *testing.T, v *View) {
			if len(v.ProvinceRankings) == 0 || v.Regional {
				t.Fatalf("%d rankings; regional %v", len(v.ProvinceRankings), v.Regional)
			}
			if len(v.Facts) == 0 || v.FactsYear == nil || v.Neighbours != nil {
				t.Errorf("facts %v (year %+v), neighbours %v: want the province's own facts and its kab/kota's ranking only", v.Facts, v.FactsYear, v.Neighbours)
			}
			for i := 1; i < len(v.ProvinceRankings); i++ {
				if v.ProvinceRankings[i-1].Year <= v.ProvinceRankings[i].Year {
					t.Error("rankings not newest first")
				}
			}
			for _, r := range v.ProvinceRankings[0].Rows {
				if r.URL != "" && !strings.HasPrefix(r.URL, "../../kabupaten/") && !strings.HasPrefix(r.URL, "../../kota/") {
					t.Errorf("row %s links %q", r.Name, r.URL)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			v := views[tt.url]
			tt.check(t, v)
			checkFootnotes(t, v)
		})
	}
}

// assembleBack resolves a relative link from a page's address.
func assembleBack(from, rel string) string {
	dir := from[:strings.LastIndexByte(from, '/')+1]
	for strings.HasPrefix(rel, "../") {
		rel = rel[3:]
		dir = dir[:strings.LastIndexByte(dir[:len(dir)-1], '/')+1]
	}
	return dir + rel
}

// checkFootnotes: the list runs 1, 2, 3… and every mark of the page's
// facts, story and tables leads to an entry of it.
func checkFootnotes(t *testing.T, v *View) {
	t.Helper()
	if len(v.Footnotes) == 0 {
		t.Error("no sources listed")
	}
	for i, f := range v.Footnotes {
		if f.N != i+1 || f.ID != "sumber-"+strconv.Itoa(i+1) {
			t.Errorf("footnote %d is numbered %d (%s)", i+1, f.N, f.ID)
		}
	}
	var marks []Mark
	for _, f := range v.Facts {
		marks = append(marks, f.Marks...)
	}
	if v.Story != nil {
		for _, p := range v.Story.Paragraphs {
			for _, s := range p {
				marks = append(marks, s.Marks...)
			}
		}
	}
	for _, h := range v.History {
		marks = append(append(append(marks, h.Marks...), h.Province.Marks...), h.National.Marks...)
	}
	for _, r := range v.ProvinceRankings {
		for _, row := range r.Rows {
			marks = append(marks, row.Marks...)
		}
	}
	if len(marks) == 0 {
		t.Error("no figure of the page is marked")
	}
	for _, m := range marks {
		if m.N < 1 || m.N > len(v.Footnotes) || m.Href != "#"+v.Footnotes[m.N-1].ID {
			t.Errorf("mark %+v leads to no entry of the %d listed", m, len(v.Footnotes))
		}
	}
}

// A View holds plain data only: no pointer into the dataset, the site's
// plan or the renderer, so that its fingerprint covers everything its
// layout can read. A field of a dataset type added to it fails here.
func TestViewIsPlain(t *testing.T) {
	allowed := map[string]bool{ // plain types of other packages
		"data.Site": true, "data.Pos": true, "tomlpos.Pos": true, "data.Scale": true, "data.Flag": true, "data.Grade": true, "data.Score": true,
		"chart.Chart": true, "chart.Table": true, "site.Kind": true, "data.Date": true, "time.Month": true,
		"template.HTML": true,
	}
	seen := map[reflect.Type]bool{}
	var walk func(path string, typ reflect.Type)
	walk = func(path string, typ reflect.Type) {
		if seen[typ] {
			return
		}
		seen[typ] = true
		switch typ.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			if typ.Kind() == reflect.Map {
				walk(path+"[key]", typ.Key())
			}
			walk(path+"[]", typ.Elem())
			return
		case reflect.Func, reflect.Chan, reflect.UnsafePointer:
			t.Errorf("%s is a %s", path, typ.Kind())
			return
		}
		if pkg := typ.PkgPath(); pkg != "" && !strings.HasSuffix(pkg, "/assemble") && !allowed[typ.String()] && typ.Kind() != reflect.Interface {
			t.Errorf("%s is a %s, not known to be plain data", path, typ)
		}
		if typ.Kind() != reflect.Struct {
			return
		}
		for i := range typ.NumField() {
			f := typ.Field(i)
			if !f.IsExported() {
				if typ == reflect.TypeFor[View]() && f.Name == "tools" {
					continue // the methods' words and layouts, not data
				}
				if typ == reflect.TypeFor[chart.Chart]() {
					continue // the option's spec, which the fingerprint covers (Spec), and the option made from it
				}
				t.Errorf("%s.%s is unexported: a layout cannot read it, and the fingerprint does not cover it", path, f.Name)
				continue
			}
			walk(path+"."+f.Name, f.Type)
		}
	}
	walk("View", reflect.TypeFor[View]())
}

// A chart is fingerprinted by its exported fields and its spec
// (chart.Chart.Spec); its other unexported fields must be what is made
// from the spec, or the fingerprint misses them.
func TestViewChartFingerprintCoversChart(t *testing.T) {
	var hidden []string
	for f := range reflect.TypeFor[chart.Chart]().Fields() {
		if !f.IsExported() {
			hidden = append(hidden, f.Name)
		}
	}
	// plot is part of the spec (chart.lazy); picture is drawn from it.
	if want := []string{"spec", "build", "plot", "picture", "option", "optionJSON"}; !slices.Equal(hidden, want) {
		t.Errorf("chart.Chart has the unexported fields %q; the fingerprint knows %q", hidden, want)
	}
}

// The same page has the same fingerprint on every build; pages and
// languages differ; a change of any figure changes it.
func TestViewFingerprint(t *testing.T) {
	urls := []string{"/kabupaten/lebong/2023/", "/en/kabupaten/lebong/2023/", "/kabupaten/lebong/2022/", "/kabupaten/lebong/"}
	first, again := sampleContexts(t, urls...), sampleContexts(t, urls...)
	seen := map[string]string{}
	for _, u := range urls {
		a, err := first[u].view().Fingerprint()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := again[u].view().Fingerprint()
		if a != b {
			t.Errorf("%s: fingerprints %s and %s of the same page", u, a, b)
		}
		if other, ok := seen[a]; ok {
			t.Errorf("%s and %s have the same fingerprint", u, other)
		}
		seen[a] = u
	}
	v := first[urls[0]].view()
	before, _ := v.Fingerprint()
	v.Facts[0].Value = "91,00"
	if after, _ := v.Fingerprint(); after == before {
		t.Error("a changed score leaves the fingerprint as it was")
	}
}

// checkNeighbours checks a page's neighbours: a ranking of n rows with
// the page's body, and only it, marked.
func checkNeighbours(t *testing.T, v *View, name string, n int) {
	t.Helper()
	if v.Neighbours == nil || len(v.Neighbours.Rows) != n {
		t.Fatalf("neighbours %+v, want %d rows", v.Neighbours, n)
	}
	var current []string
	for _, r := range v.Neighbours.Rows {
		if r.Current {
			current = append(current, r.Name)
		}
	}
	if len(current) != 1 || current[0] != name {
		t.Errorf("current rows %q, want only %s", current, name)
	}
}

// The home page's key facts are its year's: the results the data hold and
// how many got each grade, qualified as counts of the data, not of every
// body assessed; a year with a published distribution gives its counts.
func TestHomeFacts(t *testing.T) {
	cs := sampleContexts(t, "/", "/en/2024/")
	v := cs["/"].view()
	var got []string
	for _, f := range v.Facts {
		got = append(got, f.Label+" "+f.Value+"|"+f.Note)
	}
	// 2025, the sample's latest year: 15 results, graded on opini-2025.
	want := []string{"Hasil dalam data situs ini 15|", "Kualitas Tertinggi 8|", "Kualitas Tinggi 2|", "Kualitas Sedang 4|", "Kualitas Rendah 1|"}
	if !slices.Equal(got, want) {
		t.Errorf("home facts %q, want %q", got, want)
	}
	if v.FactsYear == nil || v.FactsYear.URL != "2025/" || v.FactsYear.Title != "Lihat semua hasil 2025" {
		t.Errorf("facts year %+v", v.FactsYear)
	}
	if v.Meaning == nil || !strings.Contains(v.Meaning.Text, "dihitung dari hasil dalam data situs ini") {
		t.Errorf("meaning %+v: the counts are not said to be the data's", v.Meaning)
	}
	// A year page has no key facts; the year's published counts are
	// checked through the facts made for 2024 as the home page would.
	c := cs["/en/2024/"]
	facts, _, m := c.yearFacts()
	got = got[:0]
	for _, f := range facts {
		got = append(got, f.Label+" "+f.Value+"|"+f.Note)
		if f.Label != "Results in this site's data" && len(f.Marks) != 1 {
			t.Errorf("%s: %d marks, want the distribution's source", f.Label, len(f.Marks))
		}
	}
	want = []string{"Results in this site's data 13|", "Highest quality 337|of 587, nationally", "High quality 157|of 587, nationally",
		"Medium quality 70|of 587, nationally", "Low quality 14|of 587, nationally", "Lowest quality 9|of 587, nationally"}
	if !slices.Equal(got, want) {
		t.Errorf("2024 facts %q, want %q", got, want)
	}
	if m != nil {
		t.Errorf("a fully published distribution needs no qualifying line, got %q", m.Text)
	}
}

// The maps of the sample: a body page shows its province's kabupaten and
// kota in the year of its facts, coloured by grade, the body outlined
// and drawn last, every region with a result linked to its year page; a
// year page shows every kabupaten and kota of Indonesia from the site's
// map file, with province borders and a table per province.
func TestMaps(t *testing.T) {
	cs := sampleContexts(t, "/kabupaten/lebong/2023/", "/2024/", "/en/provinsi/bengkulu/")
	v := cs["/kabupaten/lebong/2023/"].view()
	m := v.Map
	if m == nil {
		t.Fatal("the body-year page has no map")
	}
	if len(m.Regions) != 10 || len(m.Table.Rows) != 10 {
		t.Fatalf("%d regions, %d rows; want Bengkulu's ten kabupaten and kota", len(m.Regions), len(m.Table.Rows))
	}
	// Lebong is outlined over the regions; every region links from the
	// site root, so that the pages at one depth share the regions' HTML.
	if cur := m.Current; cur == nil || cur.URL != "../../../kabupaten/lebong/2023/" || !strings.HasPrefix(cur.Label, "Kabupaten Lebong: Opini A") || cur.D == "" {
		t.Errorf("the outlined region %+v, want Lebong, linked to this page", cur)
	}
	if m.Key != "province 17 2023 id ../../../" {
		t.Errorf("map key %q", m.Key)
	}
	for _, r := range m.Regions {
		if r.NoData || r.URL == "" || !strings.HasPrefix(r.Fill, "#") {
			t.Errorf("region %q: %+v; every Bengkulu kab/kota has a 2023 result", r.Label, r)
		}
	}
	// Bengkulu 2023: 7 A (the meaning line says so too).
	if k := m.Legend[0]; k.Label != "Opini A" || k.Count != "7" {
		t.Errorf("legend %+v", m.Legend)
	}
	if k := m.Legend[len(m.Legend)-1]; !k.NoData || k.Count != "0" {
		t.Errorf("the legend's last key %+v, want no result: 0", k)
	}

	y := cs["/2024/"].view().Map
	if y == nil || len(y.Regions)+len(y.Hidden) != 514 || y.Borders == "" {
		t.Fatalf("the 2024 map: %v", y)
	}
	name, file, ok := cs["/2024/"].a.MapFile()
	if !ok || !strings.HasPrefix(name, "maps/id-") || !strings.HasPrefix(y.Borders, "../"+name+"#") {
		t.Errorf("map file %q, borders %q", name, y.Borders)
	}
	linked, none := 0, 0
	for _, r := range append(y.Regions, y.Hidden...) {
		if !strings.HasPrefix(r.Href, "../"+name+"#r") || r.D != "" {
			t.Fatalf("region %+v is not a reference into the map file", r)
		}
		if !strings.Contains(string(file), `id="`+strings.TrimPrefix(r.Href, "../"+name+"#")+`"`) {
			t.Errorf("the map file lacks %s", r.Href)
		}
		if r.URL != "" {
			linked++
		}
		if r.NoData {
			none++
		}
	}
	if linked < 10 || none < 400 || len(y.Table.Rows) != 38 {
		t.Errorf("%d regions linked, %d without a result, %d table rows (want 38 provinces)", linked, none, len(y.Table.Rows))
	}
	p := cs["/en/provinsi/bengkulu/"].view().Map
	if p == nil || !strings.Contains(p.Title, "2025") || p.Desc != "" {
		t.Errorf("the province page's map %+v: want its latest year's, none outlined", p)
	}
}
