package narrative_test

import (
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/lang"
	"github.com/rapor-publik/rapor/generator/narrative"
)

// A body's name is never edited as a part of the sentence it is put in:
// a name holding the words the story drops from a rank it repeats
// ("secara nasional") keeps them.
func TestNamesStayAsWritten(t *testing.T) {
	named := site
	named.Entities = strings.Replace(testEntities, `name = "Lebong"`, `name = "Lebong secara nasional"`, 1)
	s, _ := named.Compute(t, years{
		2022: {res("17.01", "90", "reported = { province_rank = 2, national_rank = 113, national_of = 416 }")},
		2023: {res("17.01", "92", "reported = { province_rank = 1, national_rank = 113, national_of = 416 }")},
	})
	r := find(t, s, 2023, "17.01")
	text := render(narrative.Options{Publisher: ori}.Result(r, s, lang.ID))
	want := "Secara nasional, Lebong secara nasional bertahan di peringkat ke-113 dari 416 kabupaten."
	if !strings.Contains(text, want) {
		t.Errorf("the story lacks %q:\n%s", want, text)
	}
}
