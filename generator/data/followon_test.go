package data_test

import (
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/data"
)

// TestNoFollowOnErrors: when entities.toml or scales.toml does not
// parse, its error is the only one: the unknown bodies, kinds and scales
// of year files and pages that follow from it are counted in one note.
func TestNoFollowOnErrors(t *testing.T) {
	page := "-- content/berita/x.md --\n+++\ntitle = \"X\"\ndate = 2023-05-01\nentities = [\"17.07\"]\n+++\nIsi.\n"
	assessed := "-- data/years/2022.toml --\nyear = 2022\nscale = \"zona-2015\"\nassessed = { kabupaten = 1 }\n[[result]]\nentity = \"17.07\"\nscore = 90.0\n"
	tests := []struct{ name, override, file, note string }{
		{"entities", "-- data/entities.toml --\n[[kind]]\nid = provinsi\n" + page + assessed, data.EntitiesFile,
			"data/entities.toml:2:6: warning: 5 references to this file in year files and pages were not checked"},
		{"scales", "-- data/scales.toml --\n[[scale]\n" + assessed, data.ScalesFile,
			"data/scales.toml:2:1: warning: 2 references to this file in year files and pages were not checked"},
		{"missing entities", "-- data/entities.toml --\n(removed)\n", data.EntitiesFile,
			"data/entities.toml: warning: 2 references"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := data.Load(siteFS(t, tt.override))
			var notes []string
			errs := 0
			for _, d := range diags {
				switch {
				case d.File != tt.file:
					t.Errorf("follow-on diagnostic: %v", d)
				case d.Severity == data.Warning:
					notes = append(notes, d.String())
				default:
					errs++
				}
			}
			if errs != 1 || len(notes) != 1 || !strings.HasPrefix(notes[0], tt.note) {
				t.Errorf("got %d errors and notes %q; want 1 error in %s and a note starting %q\n%v", errs, notes, tt.file, tt.note, diags.Error())
			}
		})
	}
}
