package pipeline_test

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/rapor-publik/rapor/generator/pipeline"
)

// Every body-year page has its own share card beside its page in the
// first language (the English page shows the same image), a 1200×630
// PNG named by a hash of its content; body pages show their latest year's
// card and news the card of the body they name; og:image, twitter:image
// and the NewsArticle's image give its absolute address.
func TestShareCards(t *testing.T) {
	b := sampleSite(t)
	const base = "https://rapor-publik.github.io/rapor/"
	seen := map[string]string{} // card → page
	for _, name := range b.pages() {
		p := strings.TrimPrefix(name, "en/")
		segs := strings.Split(p, "/")
		bodyYear := len(segs) == 4 && strings.Contains("kabupaten kota provinsi", segs[0])
		body := len(segs) == 3 && strings.Contains("kabupaten kota provinsi", segs[0]) && segs[1] != ""
		news := len(segs) == 3 && segs[0] == "berita"
		doc := b.page(t, name)
		meta := map[string]string{}
		walk(doc, func(n *html.Node) {
			if n.DataAtom == atom.Meta {
				meta[must(attr(n, "property"))+must(attr(n, "name"))] = must(attr(n, "content"))
			}
		})
		img := meta["og:image"]
		if !bodyYear && !body && !news {
			if img != "" {
				t.Errorf("%s: a card on a page that has none: %s", name, img)
			}
			continue
		}
		if img == "" {
			if bodyYear || !strings.HasPrefix(p, "provinsi/") && !news {
				t.Errorf("%s: no og:image", name)
			}
			continue
		}
		if meta["twitter:image"] != img || meta["twitter:card"] != "summary_large_image" || meta["og:image:alt"] == "" {
			t.Errorf("%s: twitter:image %q, twitter:card %q, alt %q", name, meta["twitter:image"], meta["twitter:card"], meta["og:image:alt"])
		}
		file, ok := strings.CutPrefix(img, base)
		if !ok || !strings.Contains(file, "/card-") {
			t.Errorf("%s: og:image %q is not a card of the site", name, img)
			continue
		}
		if bodyYear && file != strings.TrimSuffix(p, "index.html")+filepath.Base(file) {
			t.Errorf("%s: its card %s is not beside it", name, file)
		}
		data, ok := b[file]
		if !ok {
			t.Errorf("%s: card %s was not built", name, file)
			continue
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil || cfg.Width != 1200 || cfg.Height != 630 {
			t.Errorf("%s: card %s: %dx%d, %v", name, file, cfg.Width, cfg.Height, err)
		}
		if bodyYear && p == name {
			if other, dup := seen[string(data)]; dup {
				t.Errorf("%s and %s have the same card", name, other)
			}
			seen[string(data)] = name
		}
		if news && !strings.Contains(string(b[name]), `"image":"`+img+`"`) {
			t.Errorf("%s: the NewsArticle lacks the image %s", name, img)
		}
	}
	if len(seen) < 40 {
		t.Errorf("only %d body-year cards checked", len(seen))
	}
}

// A card whose file the previous output has is taken from it, not drawn
// again: its name is its content. (The test spoils a card on disk; a
// rebuild keeps the spoilt bytes, which only a reuse by name can do.)
func TestCardsNotRedrawn(t *testing.T) {
	src := os.DirFS(filepath.Join("..", ".."))
	out := filepath.Join(t.TempDir(), "public")
	mustBuild(t, src, out)
	cards, _ := filepath.Glob(filepath.Join(out, "kabupaten", "lebong", "*", "card-*.png"))
	if len(cards) == 0 {
		t.Fatal("no Lebong cards")
	}
	spoilt := []byte("not a png")
	if err := os.Remove(cards[0]); err != nil { // a new file, whose time the manifest does not list
		t.Fatal(err)
	}
	if err := os.WriteFile(cards[0], spoilt, 0o644); err != nil {
		t.Fatal(err)
	}
	res := mustBuild(t, src, out)
	if got, _ := os.ReadFile(cards[0]); !bytes.Equal(got, spoilt) {
		t.Error("the rebuild drew a card the previous output had")
	}
	if res.Written != 0 {
		t.Errorf("the rebuild wrote %d files, want 0", res.Written)
	}

	// In memory, as rapor serve builds: the previous build's cards.
	first, _, err := pipeline.BuildFiles(src, nil)
	if err != nil {
		t.Fatal(err)
	}
	name := strings.TrimPrefix(filepath.ToSlash(cards[0]), filepath.ToSlash(out)+"/")
	first[name] = spoilt
	second, _, err := pipeline.BuildFiles(src, first)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(second[name], spoilt) {
		t.Error("BuildFiles drew a card the previous build had")
	}
}
