package importer

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMatch(t *testing.T) {
	m := NewMatcher(testSite(t))
	for _, tc := range []struct{ name, want string }{
		// One body, many spellings.
		{"Mukomuko", "17.06"},
		{"Kab. Muko Muko", "17.06"},
		{"KABUPATEN MUKOMUKO", "17.06"},
		{"Kab Mukomuko", "17.06"},
		{"Pemkab Mukomuko", "17.06"},
		{"Pemerintah Kabupaten Muko-Muko", "17.06"},
		{"  kab.mukomuko ", "17.06"},
		{"Mukomuko Regency", "17.06"},
		{"1. Kab. Mukomuko", "17.06"},
		{"Pemda Mukomuko", "17.06"},
		// The kind prefix decides between bodies of one name.
		{"Kota Bengkulu", "17.71"},
		{"Pemkot Bengkulu", "17.71"},
		{"Provinsi Bengkulu", "17"},
		{"Prov. Bengkulu", "17"},
		{"Pemerintah Provinsi Bengkulu", "17"},
		{"Bengkulu City", "17.71"},
		// "Administrasi" is optional.
		{"Jakarta Pusat", "31.71"},
		{"Kota Adm. Jakarta Pusat", "31.71"},
		{"Kota Administrasi Jakarta Pusat", "31.71"},
		{"Administrasi Jakarta Pusat", "31.71"},
		{"Kab. Adm. Kepulauan Seribu", "31.01"},
		{"Kepulauan Seribu", "31.01"},
		// Abbreviations.
		{"Kep. Siau Tagulandang Biaro", "71.09"},
		{"Kabupaten Kepulauan Siau Tagulandang Biaro", "71.09"},
		{"DKI Jakarta", "31"},
		{"Provinsi DKI Jakarta", "31"},
		{"Pemerintah DKI Jakarta", "31"},
		{"D.K.I. Jakarta", "31"},
		{"D.I. Yogyakarta", "34"},
		{"Provinsi DIY", "34"},
		// "Pemerintah Daerah" is a prefix, but here "Daerah" is the name's.
		{"Pemerintah Daerah Khusus Ibukota Jakarta", "31"},
		{"Pemerintah Daerah Kabupaten Mukomuko", "17.06"},
		// A name that starts like a kind.
		{"Kotabaru", "63.02"},
		{"Kab. Kota Baru", "63.02"},
		// Codes.
		{"17.06", "17.06"},
		{"17,06", "17.06"},
		{"17.1", "17.10"}, // a number cell lost the last zero
		{"17", "17"},
	} {
		e, err := m.Match(tc.name)
		if err != nil {
			t.Errorf("Match(%q): %v", tc.name, err)
			continue
		}
		if e.Code != tc.want {
			t.Errorf("Match(%q) = %s, want %s", tc.name, e.Code, tc.want)
		}
	}
}

func TestMatchErrors(t *testing.T) {
	m := NewMatcher(testSite(t))
	for _, tc := range []struct {
		name        string
		candidates  []string
		suggestions []string
		message     string
	}{
		{
			name:       "Bengkulu",
			candidates: []string{"17", "17.71"},
			message:    `"Bengkulu" could be Provinsi Bengkulu (17) or Kota Bengkulu (17.71); write the kind before the name, such as "Provinsi Bengkulu", or give the body's code`,
		},
		{
			name:       "Kab. Banggai",
			candidates: []string{"72.01", "99.01"},
			message:    `"Kab. Banggai" could be Kabupaten Banggai (72.01) or Kabupaten Banggai (99.01); give the body's code in a Kode column, or write the code instead of the name`,
		},
		{
			name:        "Kab. Mukomoko",
			suggestions: []string{"17.06"},
			message:     `"Kab. Mukomoko" matches no kabupaten; did you mean Kabupaten Mukomuko (17.06)?`,
		},
		{
			name:        "Mukomoko",
			suggestions: []string{"17.06"},
			message:     `"Mukomoko" matches no body; did you mean Kabupaten Mukomuko (17.06)?`,
		},
		{
			// The body of that name, but of another kind, comes first.
			name:        "Kota Mukomuko",
			suggestions: []string{"17.06"},
			message:     `"Kota Mukomuko" matches no kota; did you mean Kabupaten Mukomuko (17.06)?`,
		},
		{
			// Closest first, up to 3, ties in file order: Kota Bengkulu
			// is as close as Provinsi Bengkulu, and left out.
			name:        "Bengkulu Utam",
			suggestions: []string{"17.03", "17", "17.10"},
			message:     `"Bengkulu Utam" matches no body; did you mean Kabupaten Bengkulu Utara (17.03), Provinsi Bengkulu (17) or Kabupaten Bengkulu Barat (17.10)?`,
		},
		{
			// The kind written breaks ties: Kota Bengkulu before the
			// province, which comes first in the file.
			name:        "Kota Bengkuluu",
			suggestions: []string{"17.71", "17"},
			message:     `"Kota Bengkuluu" matches no kota; did you mean Kota Bengkulu (17.71) or Provinsi Bengkulu (17)?`,
		},
		{
			// Bodies of the name, but of other kinds.
			name:        "Kab. Bengkulu",
			suggestions: []string{"17", "17.71"},
			message:     `"Kab. Bengkulu" matches no kabupaten; did you mean Provinsi Bengkulu (17) or Kota Bengkulu (17.71)?`,
		},
		{
			name:    "Kabupaten Antah Berantah",
			message: `"Kabupaten Antah Berantah" matches no kabupaten in data/entities.toml; check the spelling, or give the body's code (a Kode column)`,
		},
		{
			name:    "Kabupaten",
			message: `"Kabupaten" matches no body in data/entities.toml; check the spelling, or give the body's code (a Kode column)`,
		},
		{
			name:    "17.99",
			message: `"17.99" is not the code of any body in data/entities.toml`,
		},
	} {
		_, err := m.Match(tc.name)
		var me *MatchError
		if !errors.As(err, &me) {
			t.Errorf("Match(%q) = %v, want a *MatchError", tc.name, err)
			continue
		}
		if diff := cmp.Diff(tc.candidates, codes(me.Candidates)); diff != "" {
			t.Errorf("Match(%q) candidates (-want +got):\n%s", tc.name, diff)
		}
		if diff := cmp.Diff(tc.suggestions, codes(me.Suggestions)); diff != "" {
			t.Errorf("Match(%q) suggestions (-want +got):\n%s", tc.name, diff)
		}
		if got := me.Error(); got != tc.message {
			t.Errorf("Match(%q) message:\n got %s\nwant %s", tc.name, got, tc.message)
		}
	}
}
