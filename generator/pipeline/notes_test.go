package pipeline_test

import (
	"strings"
	"testing"
)

// A result's note_en is the note of its English pages; a note without
// one stays in Indonesian there, marked lang="id" and said to be so. The
// Indonesian pages always show note.
func TestNoteInEnglish(t *testing.T) {
	year := `-- data/years/2023.toml --
year = 2023
scale = "opini-2022"

[[source]]
id = "radar"
title = "Daftar nilai"
url = "https://example.org/a"

[[result]]
entity = "17.07"
score = 92.00
sources = ["radar"]
note = "Penghargaan diserahkan pada 29 Februari 2024."
note_en = "The award was presented on 29 February 2024."

[[result]]
entity = "17.71"
score = 84.20
sources = ["radar"]
note = "Sumber tidak sepakat."
`
	_, b := buildTo(t, siteFS(t, year))
	for _, c := range []struct {
		page, want, not string
		lang            bool // the note is marked as Indonesian
	}{
		{"kabupaten/lebong/2023/index.html", "Penghargaan diserahkan pada 29 Februari 2024.", "The award", false},
		// Kota Bengkulu's note comes with its row of the neighbours' table.
		{"en/kabupaten/lebong/2023/index.html", "The award was presented on 29 February 2024.", "Penghargaan", true},
		{"kota/bengkulu/2023/index.html", "Sumber tidak sepakat.", "in Indonesian", false},
		{"en/kota/bengkulu/2023/index.html", "Sumber tidak sepakat. (in Indonesian)", "", true},
	} {
		raw := string(b[c.page])
		got := text(b.page(t, c.page))
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, c.not) {
			t.Errorf("%s: want %q and not %q in:\n%s", c.page, c.want, c.not, got)
		}
		if marked := strings.Contains(raw, `<span lang="id">Sumber tidak sepakat.</span>`); marked != c.lang {
			t.Errorf("%s: note marked lang=id %v, want %v", c.page, marked, c.lang)
		}
	}
}
