package starter_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/pipeline"
	"github.com/rapor-publik/rapor/generator/starter"
)

var root = filepath.Join("..", "..")

func TestRegions(t *testing.T) {
	count := map[string]int{}
	slugs := map[string]string{}
	for _, r := range starter.Regions() {
		count[r.Kind]++
		slug := r.Slug
		if slug == "" {
			slug = data.DefaultSlug(r.Name)
		}
		key := r.Kind + "/" + slug
		if other, ok := slugs[key]; ok {
			t.Errorf("%s and %s share the address /%s/", other, r.Code, key)
		}
		slugs[key] = r.Code
		if strings.HasPrefix(r.Name, "Kabupaten ") || strings.HasPrefix(r.Name, "Kota ") || r.Name != strings.TrimSpace(r.Name) {
			t.Errorf("%s: name %q keeps its label or spaces", r.Code, r.Name)
		}
	}
	want := map[string]int{"provinsi": 38, "kabupaten": 416, "kota": 98}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%d %s, want %d", count[k], k, n)
		}
	}
}

// For every province, EntitiesTOML writes the sample site's own registry,
// byte for byte: the sample's data/entities.toml is what rapor new site
// makes for the whole country.
func TestEntitiesOfAllIsTheSample(t *testing.T) {
	want, err := os.ReadFile(filepath.Join(root, "data", "entities.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if got := starter.EntitiesTOML(starter.Provinces()); !bytes.Equal(got, want) {
		t.Error("EntitiesTOML(all provinces) differs from data/entities.toml; regenerate one or fix the other")
	}
}

func TestFindProvince(t *testing.T) {
	for arg, code := range map[string]string{"17": "17", "bengkulu": "17", "Jawa Barat": "32", "jawa-barat": "32", " 36 ": "36", "DKI": ""} {
		r, err := starter.FindProvince(arg)
		if code == "" {
			if err == nil {
				t.Errorf("FindProvince(%q) = %s, want an error", arg, r.Code)
			}
			continue
		}
		if err != nil || r.Code != code {
			t.Errorf("FindProvince(%q) = %q, %v; want %s", arg, r.Code, err, code)
		}
	}
	_, err := starter.FindProvince("Bengkuluu")
	if err == nil || !strings.Contains(err.Error(), "did you mean Bengkulu (17)") {
		t.Errorf("FindProvince(Bengkuluu): %v; want a suggestion of Bengkulu (17)", err)
	}
}

// A new site builds as it is, without a single diagnostic.
func TestCreateBuilds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "situs")
	var provinces []starter.Region
	for _, code := range []string{"17", "31"} {
		p, err := starter.FindProvince(code)
		if err != nil {
			t.Fatal(err)
		}
		provinces = append(provinces, p)
	}
	if err := starter.Create(dir, starter.Site{Provinces: provinces}); err != nil {
		t.Fatal(err)
	}
	ds, _, diags := pipeline.Check(os.DirFS(dir))
	if len(diags) > 0 {
		t.Fatalf("the new site has diagnostics:\n%v", diags)
	}
	if got := len(ds.Entities); got != 2+10+6 {
		t.Errorf("%d bodies, want 18 (Bengkulu with 10, Jakarta with 6)", got)
	}
	if e := ds.Entity("31.71"); e == nil || e.Slug != "jakarta-pusat" {
		t.Errorf("Jakarta Pusat: %+v, want slug jakarta-pusat", e)
	}
	if ds.Site.Title != "Rapor Pelayanan Publik" {
		t.Errorf("title %q for two provinces", ds.Site.Title)
	}
	for _, p := range []string{"data/years", "content/berita", ".gitignore", "content/metodologi.md", "content/en/metodologi.md"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Errorf("new site lacks %s", p)
		}
	}
	if _, err := pipeline.Build(t.Context(), os.DirFS(dir), filepath.Join(t.TempDir(), "public")); err != nil {
		t.Errorf("build the new site: %v", err)
	}

	// A folder that holds files is refused and left as it was.
	err := starter.Create(dir, starter.Site{Provinces: provinces[:1]})
	if err == nil || !strings.Contains(err.Error(), "already holds files") {
		t.Errorf("Create over a site: %v", err)
	}
	if ds2, _, _ := pipeline.Check(os.DirFS(dir)); len(ds2.Entities) != 18 {
		t.Error("Create over a site changed it")
	}
}

// The starter's scales are the sample's: one source of truth for the
// Ombudsman's grading scales.
func TestStarterScalesAreTheSample(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "s")
	p, _ := starter.FindProvince("17")
	if err := starter.Create(dir, starter.Site{Provinces: []starter.Region{p}, Title: `Rapor "Bengkulu" \ uji`}); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "data", "scales.toml"))
	want, _ := os.ReadFile(filepath.Join(root, "data", "scales.toml"))
	if !bytes.Equal(got, want) {
		t.Error("the starter's scales.toml differs from the sample's data/scales.toml")
	}
	ds, diags := data.Load(os.DirFS(dir))
	if diags.HasErrors() || ds.Site.Title != `Rapor "Bengkulu" \ uji` {
		t.Errorf("title with quotes: %q, %v", ds.Site.Title, diags)
	}
}

func TestArticleSlug(t *testing.T) {
	day := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	for title, want := range map[string]string{
		"Lebong naik ke peringkat tiga!": "2024-02-29-lebong-naik-ke-peringkat-tiga",
		"Opini A untuk 5 kabupaten/kota": "2024-02-29-opini-a-untuk-5-kabupaten-kota",
		"Ombudsman umumkan hasil penilaian kepatuhan penyelenggaraan pelayanan publik tahun 2023": "2024-02-29-ombudsman-umumkan-hasil-penilaian-kepatuhan-penyelenggaraan",
	} {
		got, err := starter.ArticleSlug(title, day)
		if err != nil || got != want {
			t.Errorf("ArticleSlug(%q) = %q, %v; want %q", title, got, err, want)
		}
	}
	if _, err := starter.ArticleSlug("“…”", day); err == nil {
		t.Error("a title without letters gave a slug")
	}
}

// A new article loads as written, with its bodies, and is never written
// over.
func TestNewArticle(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "s")
	p, _ := starter.FindProvince("17")
	if err := starter.Create(dir, starter.Site{Provinces: []starter.Region{p}}); err != nil {
		t.Fatal(err)
	}
	ds, _ := data.Load(os.DirFS(dir))
	lebong, err := starter.FindEntity(ds.Entities, "lebong")
	if err != nil {
		t.Fatal(err)
	}
	title := `Lebong "naik" \ peringkat tiga`
	a := starter.Article{Title: title, Date: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), Entities: []*data.Entity{lebong}}
	rel, err := starter.NewArticle(dir, ds.Site, a)
	if err != nil {
		t.Fatal(err)
	}
	if rel != "content/berita/2024-02-29-lebong-naik-peringkat-tiga.md" {
		t.Errorf("article written to %s", rel)
	}
	ds, diags := data.Load(os.DirFS(dir))
	if diags.HasErrors() {
		t.Fatalf("the new article does not load:\n%v", diags)
	}
	var got *data.Page
	for _, pg := range ds.Pages {
		if pg.Section == data.NewsSection && pg.Lang == "id" {
			got = pg
		}
	}
	if got == nil || got.Title != title || len(got.Entities) != 1 || got.Entities[0].Code != "17.07" {
		t.Errorf("loaded article: %+v", got)
	}
	if _, err := starter.NewArticle(dir, ds.Site, a); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("second article with the same title and date: %v", err)
	}

	a.Lang = "en"
	rel, err = starter.NewArticle(dir, ds.Site, a)
	if err != nil || rel != "content/en/berita/2024-02-29-lebong-naik-peringkat-tiga.md" {
		t.Errorf("English article: %s, %v", rel, err)
	}
	if _, diags := data.Load(os.DirFS(dir)); diags.HasErrors() {
		t.Errorf("the English article does not load:\n%v", diags)
	}
}

func TestFindEntity(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "s")
	p, _ := starter.FindProvince("17")
	if err := starter.Create(dir, starter.Site{Provinces: []starter.Region{p}}); err != nil {
		t.Fatal(err)
	}
	ds, _ := data.Load(os.DirFS(dir))
	for arg, code := range map[string]string{"17.07": "17.07", "Lebong": "17.07", "rejang-lebong": "17.02", "Kepahiang": "17.08"} {
		e, err := starter.FindEntity(ds.Entities, arg)
		if err != nil || e.Code != code {
			t.Errorf("FindEntity(%q) = %v, %v; want %s", arg, e, err, code)
		}
	}
	if _, err := starter.FindEntity(ds.Entities, "bengkulu"); err == nil || !strings.Contains(err.Error(), "Provinsi Bengkulu (17) and Kota Bengkulu (17.71)") {
		t.Errorf("FindEntity(bengkulu): %v; want both Bengkulus named", err)
	}
	if _, err := starter.FindEntity(ds.Entities, "99.99"); err == nil {
		t.Error("FindEntity(99.99) found a body")
	}
}
