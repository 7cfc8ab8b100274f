package search_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/fixture"
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/pipeline"
	"github.com/rapor-publik/rapor/generator/search"
	"github.com/rapor-publik/rapor/generator/site"
)

// root is the repository: the sample site.
var root = filepath.Join("..", "..")

// newSite plans the site in fsys, failing the test on any error.
func newSite(t testing.TB, fsys fs.FS) *site.Site {
	t.Helper()
	ds, scores, diags := pipeline.Check(fsys)
	if diags.HasErrors() {
		t.Fatalf("the site has errors:\n%v", diags.Error())
	}
	return site.New(ds, scores, func(lang, key string, args ...string) string { return key })
}

func TestWords(t *testing.T) {
	for _, c := range sitetest.ReadSearchCases(t, root).Normalize {
		in, want := c[0], c[1]
		if got := strings.Join(search.Words(in), " "); got != want {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
		if got, want := search.Key(in), strings.ReplaceAll(want, " ", ""); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every query of cases.json, on the sample site's index in each language,
// gives the results it names, first and in order.
func TestSearchCases(t *testing.T) {
	st := newSite(t, os.DirFS(root))
	for _, l := range st.Languages {
		ix := roundTrip(t, search.New(st, l))
		home := strings.TrimPrefix(site.HomeURL(l), "/")
		for _, c := range sitetest.ReadSearchCases(t, root).Queries {
			var got []string
			for _, i := range ix.Search(c.Q, search.Limit) {
				got = append(got, strings.TrimPrefix(ix.URL(i), home))
			}
			if len(got) < len(c.First) || !slices.Equal(got[:len(c.First)], c.First) {
				t.Errorf("%s: Search(%q) = %v, want first %v", l.Code, c.Q, got, c.First)
			}
			if c.Count != nil && len(got) != *c.Count {
				t.Errorf("%s: Search(%q) gives %d results %v, want %d", l.Code, c.Q, len(got), got, *c.Count)
			}
			if want, ok := c.Label[l.Code]; ok && len(got) > 0 {
				if label := ix.Label(ix.Search(c.Q, 1)[0]); label != want {
					t.Errorf("%s: Search(%q)'s first result reads %q, want %q", l.Code, c.Q, label, want)
				}
			}
		}
	}
}

// roundTrip encodes an index and decodes it again, as search.js reads it.
func roundTrip(t testing.TB, ix *search.Index) *search.Index {
	t.Helper()
	b, err := json.Marshal(ix)
	if err != nil {
		t.Fatal(err)
	}
	var back search.Index
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	if diff := cmp.Diff(ix, &back); diff != "" {
		t.Fatalf("the index changes through JSON (-want +got):\n%s", diff)
	}
	return &back
}

// The index holds exactly the bodies with a page, each linking its page
// (relative to the site root) with its kind, name and province.
func TestIndexSampleSite(t *testing.T) {
	st := newSite(t, os.DirFS(root))
	pages := map[string]bool{}
	for _, p := range st.Pages {
		pages[p.URL] = true
	}
	for _, l := range st.Languages {
		ix := search.New(st, l)
		var want []*data.Entity
		for _, e := range st.Data.Entities {
			if st.HasPage(e) {
				want = append(want, e)
			}
		}
		if len(ix.Bodies) != len(want) || len(want) == 0 || len(want) == len(st.Data.Entities) {
			t.Fatalf("%s: %d bodies in the index, %d with pages, %d in the registry", l.Code, len(ix.Bodies), len(want), len(st.Data.Entities))
		}
		for i, e := range want {
			b := ix.Bodies[i]
			if u := "/" + ix.URL(i); u != site.BodyURL(l, e, 0) || !pages[u] {
				t.Errorf("%s: %s links %s, want its page %s", l.Code, e.Name, u, site.BodyURL(l, e, 0))
			}
			if b.Name != e.Name || st.Data.Kinds[b.Kind] != e.Kind {
				t.Errorf("%s: body %d is %q of kind %d, want %q of kind %s", l.Code, i, b.Name, b.Kind, e.Name, e.Kind.ID)
			}
			switch {
			case e.Province == nil && b.Province != -1:
				t.Errorf("%s: %s has province %d, want none", l.Code, e.Name, b.Province)
			case e.Province != nil && (b.Province < 0 || want[b.Province] != e.Province):
				t.Errorf("%s: %s's province is body %d, want %s", l.Code, e.Name, b.Province, e.Province.Name)
			}
		}
		if got := ix.Label(slices.IndexFunc(want, func(e *data.Entity) bool { return e.Code == "17.07" })); got != map[string]string{
			"id": "Kabupaten Lebong — Bengkulu", "en": "Lebong Regency — Bengkulu"}[l.Code] {
			t.Errorf("%s: Lebong reads %q", l.Code, got)
		}
	}
}

// A kind's aliases are its labels in both languages and, for the usual
// Indonesian kinds, their abbreviations; the word order follows the
// language.
func TestKinds(t *testing.T) {
	st := national(t)
	want := map[string]map[string]search.Kind{
		"id": {
			"provinsi":    {Label: "Provinsi", Before: true, Folder: "provinsi/", Aliases: []string{"provinsi", "province", "prov", "pemprov", "propinsi"}},
			"kabupaten":   {Label: "Kabupaten", Before: true, Folder: "kabupaten/", Aliases: []string{"kabupaten", "regency", "kab", "pemkab"}},
			"kota":        {Label: "Kota", Before: true, Folder: "kota/", Aliases: []string{"kota", "city", "kot", "pemkot", "kotamadya", "kodya"}},
			"kementerian": {Label: "Kementerian", Before: true, Folder: "kementerian/", Aliases: []string{"kementerian", "ministry", "kemen", "kementrian"}},
			"lembaga":     {Label: "Lembaga", Before: true, Folder: "lembaga/", Aliases: []string{"lembaga", "agency"}},
		},
		"en": {
			"provinsi":    {Label: "Province", Folder: "en/provinsi/", Aliases: []string{"provinsi", "province", "prov", "pemprov", "propinsi"}},
			"kabupaten":   {Label: "Regency", Folder: "en/kabupaten/", Aliases: []string{"kabupaten", "regency", "kab", "pemkab"}},
			"kota":        {Label: "City", Folder: "en/kota/", Aliases: []string{"kota", "city", "kot", "pemkot", "kotamadya", "kodya"}},
			"kementerian": {Label: "Ministry", Folder: "en/kementerian/", Aliases: []string{"kementerian", "ministry", "kemen", "kementrian"}},
			"lembaga":     {Label: "Agency", Folder: "en/lembaga/", Aliases: []string{"lembaga", "agency"}},
		},
	}
	for _, l := range st.Languages {
		ix := search.New(st, l)
		got := map[string]search.Kind{}
		for i, k := range st.Data.Kinds {
			got[k.ID] = ix.Kinds[i]
		}
		if diff := cmp.Diff(want[l.Code], got); diff != "" {
			t.Errorf("%s: kinds (-want +got):\n%s", l.Code, diff)
		}
	}
}

// A kind without an English label keeps the Indonesian label and word
// order in English, as its pages do.
func TestKindWithoutEnglishLabel(t *testing.T) {
	src := os.DirFS(root)
	b, err := fs.ReadFile(src, data.EntitiesFile)
	if err != nil {
		t.Fatal(err)
	}
	b = bytes.Replace(b, []byte("label = \"Kota\"\nlabel_en = \"City\"\n"), []byte("label = \"Kota\"\n"), 1)
	st := newSite(t, overlay{src, fstest.MapFS{data.EntitiesFile: {Data: b}}})
	en := search.New(st, st.Languages[1])
	i := slices.IndexFunc(st.Data.Kinds, func(k *data.Kind) bool { return k.ID == "kota" })
	if k := en.Kinds[i]; k.Label != "Kota" || !k.Before || !slices.Equal(k.Aliases, []string{"kota", "kot", "pemkot", "kotamadya", "kodya"}) {
		t.Errorf("English kota = %+v, want Kota before the name, without city", k)
	}
}

// overlay reads from top first, then from base.
type overlay struct{ base, top fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	if f, err := o.top.Open(name); err == nil {
		return f, nil
	}
	return o.base.Open(name)
}

// nationalSite is the national fixture (591 bodies, 9 years), planned
// once for the tests that need it.
var nationalSite = sync.OnceValues(func() (*site.Site, error) {
	fsys, err := fixture.Generate(fixture.Options{Seed: 1, Size: fixture.National()})
	if err != nil {
		return nil, err
	}
	ds, scores, diags := pipeline.Check(fsys)
	if diags.HasErrors() {
		return nil, diags
	}
	return site.New(ds, scores, func(lang, key string, args ...string) string { return key }), nil
})

func national(t testing.TB) *site.Site {
	t.Helper()
	st, err := nationalSite()
	if err != nil {
		t.Fatalf("national fixture: %v", err)
	}
	return st
}

// gzipped is the size of b compressed as a web server would (level 6).
func gzipped(t testing.TB, b []byte) int {
	t.Helper()
	var z bytes.Buffer
	w, _ := gzip.NewWriterLevel(&z, gzip.DefaultCompression)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return z.Len()
}

// The national fixture's index stays under 60 KB gzip-compressed in every
// language.
func TestNationalSize(t *testing.T) {
	st := national(t)
	for _, l := range st.Languages {
		ix := search.New(st, l)
		b, err := json.Marshal(ix)
		if err != nil {
			t.Fatal(err)
		}
		if len(ix.Bodies) < 500 {
			t.Errorf("%s: %d bodies", search.Path(l.Code), len(ix.Bodies))
		}
		z := gzipped(t, b)
		if z >= 60_000 {
			t.Errorf("%s is %d bytes gzip-compressed, want under 60 KB", search.Path(l.Code), z)
		}
		t.Logf("%s: %d bodies, %d bytes, %d gzip-compressed", search.Path(l.Code), len(ix.Bodies), len(b), z)
	}
}

// The build publishes each language's index at search.Path.
func TestBuildPublishes(t *testing.T) {
	files, _, err := pipeline.BuildFiles(os.DirFS(root), nil)
	if err != nil {
		t.Fatal(err)
	}
	st := newSite(t, os.DirFS(root))
	for _, l := range st.Languages {
		want, err := json.Marshal(search.New(st, l))
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := files[search.Path(l.Code)]; !ok || !bytes.Equal(got, want) {
			t.Errorf("the build's %s is %.80q…, want %.80q…", search.Path(l.Code), got, want)
		}
	}
}

// With RAPOR_DESA naming the Kemendagri desa list (code,name CSV), the
// village-size index is measured: it is logged, not limited.
func TestVillageSize(t *testing.T) {
	csv := os.Getenv("RAPOR_DESA")
	if csv == "" {
		t.Skip("set RAPOR_DESA to the desa CSV (desa-kemendagri-2025.csv) to measure the village-size index")
	}
	f, err := os.Open(csv)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vs, err := fixture.ReadVillages(f)
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := fixture.Generate(fixture.Options{Seed: 1, Size: fixture.National(), Villages: vs})
	if err != nil {
		t.Fatal(err)
	}
	st := newSite(t, fsys)
	for _, l := range st.Languages {
		ix := search.New(st, l)
		b, err := json.Marshal(ix)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bodies, %d bytes, %d gzip-compressed", search.Path(l.Code), len(ix.Bodies), len(b), gzipped(t, b))
	}
}

// Names reach the index as JSON strings, with < and > escaped.
func TestNoMarkup(t *testing.T) {
	b, err := json.Marshal(&search.Index{
		Kinds:  []search.Kind{{Label: "</script>", Folder: "k/", Aliases: []string{}}},
		Bodies: []search.Body{{Name: "<img src=x onerror=alert(1)>", Slug: "x", Province: -1}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.ContainsAny(b, "<>") {
		t.Errorf("the index holds < or >: %s", b)
	}
}

// Every body of the sample site is found first by its label and name
// ("Kabupaten Lebong", "Lebong Regency"), by an abbreviation and its name
// in lower case ("kab lebong"), and by its name with its words run
// together or split ("rejanglebong", "rejang lebong"); by its bare name
// it is among the results.
func TestEveryBodyFound(t *testing.T) {
	st := newSite(t, os.DirFS(root))
	for _, l := range st.Languages {
		ix := roundTrip(t, search.New(st, l))
		found := 0
		for i, b := range ix.Bodies {
			kind := ix.Kinds[b.Kind]
			name := strings.ToLower(b.Name)
			queries := []string{ix.Label(i), kind.Aliases[len(kind.Aliases)-1] + " " + name,
				strings.ReplaceAll(name, " ", ""), kind.Aliases[0] + " " + strings.ReplaceAll(name, " ", "  ")}
			if before := ix.Label(i); strings.Contains(before, " — ") {
				queries[0] = before[:strings.Index(before, " — ")]
			}
			for _, q := range queries {
				got := ix.Search(q, search.Limit)
				if q == strings.ReplaceAll(name, " ", "") {
					if !slices.Contains(got, i) {
						t.Errorf("%s: Search(%q) = %v misses %s", l.Code, q, got, ix.Label(i))
					}
					continue
				}
				if len(got) == 0 || got[0] != i {
					t.Errorf("%s: Search(%q) does not give %s first: %v", l.Code, q, ix.Label(i), got)
				}
			}
			found++
		}
		if found < 20 {
			t.Errorf("%s: only %d bodies checked", l.Code, found)
		}
	}
}
