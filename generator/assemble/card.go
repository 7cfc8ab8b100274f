package assemble

import (
	"image/color"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rapor-publik/rapor/generator/card"
	"github.com/rapor-publik/rapor/generator/chart"
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// Share cards: each body-year page has a 1200×630 PNG of its result,
// drawn once, in the site's first language (the other editions show the
// same image; drawing every card in every language would double the
// build's heaviest stage), beside its page in that language as
// card-<key>.png, where the key is a hash of
// everything drawn: a card whose content did not change keeps its name,
// so a rebuild takes it from the previous output instead of drawing it,
// and a changed card gets a new address that link previews fetch anew.
// A body's page shows its latest year's card; a news article, the card
// of the first body it names that has results. A kind with
// share_cards = false (desa, at village scale) gets none.

// pageCard is a card and where it is published.
type pageCard struct {
	card   card.Card
	result *score.Result
	url    string // site-absolute: "/kabupaten/lebong/2023/card-0123456789abcdef.png"
}

// cardResult is the result a page's card shows, nil for none.
func (c *Context) cardResult() *score.Result {
	switch c.Page.Kind {
	case site.BodyYear, site.Body, site.Province:
		return c.Latest()
	case site.News:
		for _, e := range c.Page.Article.Entities {
			if h := c.Site.Scores.History(e); h != nil && c.Site.HasPage(e) {
				return h.Results[len(h.Results)-1]
			}
		}
	}
	return nil
}

// shareCard is the card of the page, nil where it has none.
func (c *Context) shareCard() *pageCard {
	if c.card != nil || c.Page.Kind == site.Embed {
		return c.card
	}
	r := c.cardResult()
	if r == nil || !r.Entity.Kind.ShareCards {
		return nil
	}
	first := *c // the card speaks the site's first language
	first.L = c.Site.Languages[0]
	cd := first.cardOf(r)
	c.card = &pageCard{card: cd, result: r, url: site.BodyURL(first.L, r.Entity, r.Year) + "card-" + cd.Key() + ".png"}
	return c.card
}

// CardImage is the absolute address of the page's share card, for
// og:image and twitter:image; "" where it has none.
func (c *Context) CardImage() string {
	if pc := c.shareCard(); pc != nil {
		return c.Abs(pc.url)
	}
	return ""
}

// CardAlt describes the card for readers who cannot see it.
func (c *Context) CardAlt() string {
	pc := c.shareCard()
	if pc == nil {
		return ""
	}
	r := pc.result
	// The card speaks the first language; its description, the page's.
	score := c.T("score.none")
	if r.HasScore {
		score = c.L.Score(r.Score)
	}
	alt := c.T("card.alt", "name", c.L.Name(r.Entity), "year", pc.card.Period, "score", score)
	if r.Grade != nil {
		alt += c.T("card.alt_grade", "grade", r.Grade.ID, "label", c.L.GradeLabel(r.Grade))
	}
	return alt
}

// cardFile is the page's own card file, drawn only when the previous
// output lacks it: body-year pages in the first language publish the
// cards.
func (c *Context) cardFile() *CardFile {
	if c.Page.Kind != site.BodyYear || !c.L.Default {
		return nil
	}
	pc := c.shareCard()
	if pc == nil {
		return nil
	}
	return &CardFile{Path: pc.url[1:], Draw: pc.card.PNG}
}

// CardFile is a share card to publish: its path, named by its content,
// and how to draw it.
type CardFile struct {
	Path string
	Draw func() ([]byte, error)
}

// cardOf lays out a result's card in the page's language.
func (c *Context) cardOf(r *score.Result) card.Card {
	e := r.Entity
	kicker := c.L.KindLabel(e.Kind)
	if p := e.Province; p != nil {
		kicker += " · " + c.L.Name(p)
	}
	cd := card.Card{
		Site:   c.Config.Title,
		Kicker: kicker,
		Name:   e.Name,
		Period: strconv.Itoa(r.Year),
		Footer: c.cardFooter(r),
	}
	if r.HasScore {
		cd.ScoreLabel, cd.Score = c.T("card.score"), c.L.Score(r.Score)
	} else {
		cd.Lines = append(cd.Lines, c.T("card.no_score"))
	}
	if g := r.Grade; g != nil {
		cd.Grade, cd.GradeLabel, cd.Color = upperFirst(g.ID), c.L.GradeLabel(g), hexColor(chart.GradeColor(g))
		if fl := c.flags(r); len(fl) > 0 {
			cd.GradeLabel += " · " + strings.Join(fl, ", ")
		}
	}
	// Official ranks only: a rank among the bodies in the data is not a
	// rank of the province or the nation.
	for _, national := range []bool{false, true} {
		if national || r.Province != nil {
			if t := c.rankWords(r, national, "card.rank.").Text; t != "" {
				cd.Lines = append(cd.Lines, t)
			}
		}
	}
	if r.ScorePrev != nil {
		cd.Lines = append(cd.Lines, c.changeLine(r))
	}
	return cd
}

// changeLine tells a result's change from the body's previous result.
func (c *Context) changeLine(r *score.Result) string {
	change := r.ScoreChange
	key := "card.same"
	switch {
	case change > 0:
		key = "card.up"
	case change < 0:
		key, change = "card.down", -change
	}
	if r.ScoreScaleChanged() {
		key += "_scale"
	}
	return c.T(key, "points", c.L.Score(change), "year", strconv.Itoa(r.ScorePrev.Year))
}

// cardFooter names the sources of the card's figures, not the
// assessment's publisher, and the site's address.
func (c *Context) cardFooter(r *score.Result) string {
	addr := c.Config.BaseURL
	if u, err := url.Parse(addr); err == nil {
		addr = strings.TrimSuffix(u.Host+u.Path, "/")
	}
	names := c.sourceNames(r.Sources)
	if names == "" {
		return c.T("card.footer_unsourced", "site", addr)
	}
	return c.T("card.footer", "sources", names, "site", addr)
}

// sourceNames names sources in running text, by their outlets where the
// data give them, else by their titles: "Krakatau Radio, Antara".
func (c *Context) sourceNames(srcs []*data.Source) string {
	var names []string
	for _, s := range srcs {
		if n := s.Name(); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// hexColor reads "#rrggbb"; anything else is the zero colour, which the
// card draws as a neutral grey.
func hexColor(s string) color.RGBA {
	if len(s) != 7 || s[0] != '#' {
		return color.RGBA{}
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.RGBA{}
	}
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// upperFirst capitalises a grade's id for its badge: "hijau" → "Hijau".
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
