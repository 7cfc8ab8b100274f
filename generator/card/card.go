package card

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"image/color"
)

// Version names the drawing. Bump it whenever a change to this package
// changes the pixels of any card, so that every Key changes and a build
// redraws its cards.
const Version = "card/1"

// A Card is the content of one share card, every string already in the
// page's language and every number already formatted. Empty fields are
// left out of the drawing.
type Card struct {
	Site       string     // the site's title, small, at the top left: "Rapor Pelayanan Publik"
	Kicker     string     // above the name: "Kabupaten · Provinsi Bengkulu"
	Name       string     // the body, big, in up to two lines: "Lebong"
	Period     string     // at the top right: "2023", or "2015–2024" for a body's history
	ScoreLabel string     // above the score: "Nilai kepatuhan"
	Score      string     // "92,00"; "" when unknown, and the label is left out with it
	Grade      string     // on the badge: "A", "Hijau"
	GradeLabel string     // beside the grade: "Kualitas Tertinggi"
	Color      color.RGBA // the grade's colour: accent bar and badge; zero for a neutral grey
	Lines      []string   // short lines under the name: ranks, change; the first three are drawn
	Footer     string     // at the bottom: "Sumber: Ombudsman RI · rapor-publik.github.io/rapor"
}

// Key is a hash of the card's content and Version, 16 hex digits, for
// the card's file name: equal cards have equal keys, and a change to
// any field or to the drawing changes the key.
func (c Card) Key() string {
	h := sha256.New()
	var n [8]byte
	str := func(s string) {
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	str(Version)
	for _, s := range []string{c.Site, c.Kicker, c.Name, c.Period, c.ScoreLabel, c.Score, c.Grade, c.GradeLabel} {
		str(s)
	}
	h.Write([]byte{c.Color.R, c.Color.G, c.Color.B, c.Color.A})
	binary.BigEndian.PutUint64(n[:], uint64(len(c.Lines)))
	h.Write(n[:])
	for _, s := range c.Lines {
		str(s)
	}
	str(c.Footer)
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// PNG draws the card: a Width×Height PNG, byte-identical for equal
// cards. It is safe to call from several goroutines at once.
func (c Card) PNG() ([]byte, error) {
	fs, err := getFaces()
	if err != nil {
		return nil, fmt.Errorf("draw card: %w", err)
	}
	defer putFaces(fs)
	pal := paletteFor(c.Color)
	cv := newCanvas(pal.bg)
	defer cv.release()
	d := drawer{cv: cv, fs: fs, pal: pal}
	d.draw(c)
	if fs.err != nil {
		return nil, fmt.Errorf("draw card: %w", fs.err)
	}
	return cv.encode(), nil
}
