package data_test

import (
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/data"
)

// TestValidationRules checks one rule of the source format per case: the
// change to the base site, and the one diagnostic it must produce, with
// its place (file:line:col) and the words that explain it.
func TestValidationRules(t *testing.T) {
	tests := []struct {
		name     string
		override string
		want     string // "file:line:col: " prefix of the only error in that file
		words    string // must appear in its message
	}{
		// TOML itself
		{"syntax error", "-- data/site.toml --\ntitle = \"x\nbase_url = \"https://a.example/\"\n",
			"data/site.toml:1:", "this string is not closed on its line"},
		{"syntax error at end of input", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore =",
			"data/years/2023.toml:5:", "a value is missing after ="},
		{"duplicate TOML key", "-- data/site.toml --\ntitle = \"a\"\nbase_url = \"https://a.example/\"\ntitle = \"b\"\n",
			"data/site.toml:3:", "first on line 1"},
		{"missing file", "-- data/scales.toml --\n(removed)\n",
			"data/scales.toml: ", "file not found"},
		// site.toml
		{"unknown site key", "-- data/site.toml --\ntitle = \"a\"\nbase_url = \"https://a.example/\"\nlanguage = [\"id\"]\n",
			"data/site.toml:3:1: ", `unknown key "language" in the top level; did you mean "languages"?`},
		{"missing title", "-- data/site.toml --\nbase_url = \"https://a.example/\"\n",
			"data/site.toml:1:1: ", "has no title"},
		{"relative base_url", "-- data/site.toml --\ntitle = \"a\"\nbase_url = \"/rapor/\"\n",
			"data/site.toml:2:12: ", "absolute http or https"},
		{"bad language", "-- data/site.toml --\ntitle = \"a\"\nbase_url = \"https://a.example/\"\nlanguages = [\"id\", \"English\"]\n",
			"data/site.toml:3:20: ", `language "English"`},
		{"wrong type", "-- data/site.toml --\ntitle = 12\nbase_url = \"https://a.example/\"\n",
			"data/site.toml:1:9: ", "title must be a string in quotes, not a whole number"},
		{"theme not a folder name", "-- data/site.toml --\ntitle = \"a\"\nbase_url = \"https://a.example/\"\ntheme = \"../x\"\n",
			"data/site.toml:3:9: ", "folder under themes/"},
		// entities.toml
		{"duplicate code", "-- data/entities.toml --\n[[kind]]\nid = \"provinsi\"\nlabel = \"Provinsi\"\n[[entity]]\ncode = \"17\"\nname = \"A\"\nkind = \"provinsi\"\n[[entity]]\ncode = \"17\"\nname = \"B\"\nkind = \"provinsi\"\n",
			"data/entities.toml:9:8: ", "first on line 5"},
		{"undeclared kind", "-- data/entities.toml --\n[[kind]]\nid = \"provinsi\"\nlabel = \"Provinsi\"\n[[entity]]\ncode = \"17\"\nname = \"A\"\nkind = \"provinsy\"\n",
			"data/entities.toml:7:8: ", `did you mean "provinsi"?`},
		{"missing province", "-- data/entities.toml --\n[[kind]]\nid = \"provinsi\"\nlabel = \"P\"\n[[kind]]\nid = \"kota\"\nlabel = \"Kota\"\nregional = true\n[[entity]]\ncode = \"17.71\"\nname = \"Bengkulu\"\nkind = \"kota\"\n",
			"data/entities.toml:8:1: ", "has no province"},
		{"province not a provinsi", "-- data/entities.toml --\n[[kind]]\nid = \"provinsi\"\nlabel = \"P\"\n[[kind]]\nid = \"kota\"\nlabel = \"Kota\"\nregional = true\n[[entity]]\ncode = \"17\"\nname = \"A\"\nkind = \"provinsi\"\n[[entity]]\ncode = \"17.71\"\nname = \"B\"\nkind = \"kota\"\nprovince = \"17\"\n[[entity]]\ncode = \"17.72\"\nname = \"C\"\nkind = \"kota\"\nprovince = \"17.71\"\n",
			"data/entities.toml:21:12: ", "province \"17.71\" is B, not a body of kind \"provinsi\""},
		{"unknown province", "-- data/entities.toml --\n[[kind]]\nid = \"kota\"\nlabel = \"Kota\"\nregional = true\n[[entity]]\ncode = \"17.71\"\nname = \"A\"\nkind = \"kota\"\nprovince = \"99\"\n",
			"data/entities.toml:9:12: ", `province "99" is not the code`},
		{"bad slug", "-- data/entities.toml --\n[[kind]]\nid = \"provinsi\"\nlabel = \"P\"\n[[entity]]\ncode = \"17\"\nname = \"A\"\nkind = \"provinsi\"\nslug = \"Bengkulu Raya\"\n",
			"data/entities.toml:8:8: ", `such as "bengkulu-raya"`},
		{"colliding slugs", "-- data/entities.toml --\n[[kind]]\nid = \"provinsi\"\nlabel = \"P\"\n[[entity]]\ncode = \"17\"\nname = \"Bengkulu\"\nkind = \"provinsi\"\n[[entity]]\ncode = \"18\"\nname = \"Bengkulu!\"\nkind = \"provinsi\"\n",
			"data/entities.toml:10:8: ", "of Bengkulu (17, line 5); give one of them an explicit slug"},
		{"province_group on a non-regional kind", "-- data/entities.toml --\n[[kind]]\nid = \"provinsi\"\nlabel = \"P\"\nprovince_group = \"x\"\n",
			"data/entities.toml:4:1: ", "only for regional kinds"},
		{"share_cards not a boolean", "-- data/entities.toml --\n[[kind]]\nid = \"desa\"\nlabel = \"Desa\"\nshare_cards = \"no\"\n",
			"data/entities.toml:4:15: ", "share_cards"},
		{"kind id reserved", "-- data/entities.toml --\n[[kind]]\nid = \"data\"\nlabel = \"P\"\n",
			"data/entities.toml:2:6: ", "reserved"},
		{"duplicate kind", "-- data/entities.toml --\n[[kind]]\nid = \"a\"\nlabel = \"P\"\n[[kind]]\nid = \"a\"\nlabel = \"Q\"\n",
			"data/entities.toml:5:6: ", "first on line 2"},
		{"unknown entity key", "-- data/entities.toml --\n[[kind]]\nid = \"provinsi\"\nlabel = \"P\"\n[[entity]]\ncode = \"17\"\nname = \"A\"\nkind = \"provinsi\"\nprovinse = \"1\"\n",
			"data/entities.toml:8:1: ", `unknown key "provinse" in [[entity]]`},
		// scales.toml
		{"mins not decreasing", "-- data/scales.toml --\n[[scale]]\nid = \"s\"\nname = \"S\"\n[[scale.grade]]\nid = \"A\"\nlabel = \"A\"\nmin = 50\n[[scale.grade]]\nid = \"B\"\nlabel = \"B\"\nmin = 60\n[[scale.grade]]\nid = \"C\"\nlabel = \"C\"\nmin = 0\n",
			"data/scales.toml:11:7: ", "not below the min 50"},
		{"last min not zero", "-- data/scales.toml --\n[[scale]]\nid = \"opini-2022\"\nname = \"S\"\n[[scale.grade]]\nid = \"A\"\nlabel = \"A\"\nmin = 50\n[[scale.grade]]\nid = \"B\"\nlabel = \"B\"\nmin = 10\n",
			"data/scales.toml:11:7: ", "min = 0"},
		{"min above 100", "-- data/scales.toml --\n[[scale]]\nid = \"opini-2022\"\nname = \"S\"\n[[scale.grade]]\nid = \"A\"\nlabel = \"A\"\nmin = 100.5\n[[scale.grade]]\nid = \"B\"\nlabel = \"B\"\nmin = 0\n",
			"data/scales.toml:7:7: ", "outside 0–100"},
		{"bad zone", "-- data/scales.toml --\n[[scale]]\nid = \"opini-2022\"\nname = \"S\"\n[[scale.grade]]\nid = \"A\"\nlabel = \"A\"\nzone = \"hijua\"\nmin = 0\n",
			"data/scales.toml:7:8: ", `did you mean "hijau"?`},
		{"bad color", "-- data/scales.toml --\n[[scale]]\nid = \"opini-2022\"\nname = \"S\"\n[[scale.grade]]\nid = \"A\"\nlabel = \"A\"\ncolor = \"green\"\nmin = 0\n",
			"data/scales.toml:7:9: ", "hex colour"},
		{"duplicate grade", "-- data/scales.toml --\n[[scale]]\nid = \"opini-2022\"\nname = \"S\"\n[[scale.grade]]\nid = \"A\"\nlabel = \"A\"\nmin = 50\n[[scale.grade]]\nid = \"A\"\nlabel = \"B\"\nmin = 0\n",
			"data/scales.toml:9:6: ", "first on line 5"},
		{"scale without grades", "-- data/scales.toml --\n[[scale]]\nid = \"opini-2022\"\nname = \"S\"\n",
			"data/scales.toml:1:1: ", "has no grades"},
		// years
		{"score above 100", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n\n[[result]]\nentity = \"17.07\"\nscore = 120.5\n",
			"data/years/2023.toml:6:9: ", "score 120.5 is outside 0–100"},
		{"negative score", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore = -0.01\n",
			"data/years/2023.toml:5:9: ", "outside 0–100"},
		{"score not a number", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore = \"92,00\"\n",
			"data/years/2023.toml:5:9: ", "score must be a number"},
		{"nan score", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore = nan\n",
			"data/years/2023.toml:5:9: ", "must be a number"},
		{"neither score nor units", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\n",
			"data/years/2023.toml:3:1: ", "no score, units, grade or published rank"},
		{"unknown entity", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"Lebong\"\nscore = 1\n",
			"data/years/2023.toml:4:10: ", `did you mean "17.07" (Lebong)?`},
		{"same entity twice in a year", "-- data/years/2023b.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore = 90\n",
			"data/years/2023b.toml:4:10: ", "first in data/years/2023.toml:11"},
		{"files of a year disagree on the scale", "-- data/years/2023b.toml --\nyear = 2023\nscale = \"zona-2015\"\n",
			"data/years/2023b.toml:2:9: ", "differs from \"opini-2022\" given for 2023 in data/years/2023.toml:2"},
		{"files of a year disagree on the title", "-- data/years/2023b.toml --\nyear = 2023\nscale = \"opini-2022\"\ntitle = \"Lain\"\n",
			"data/years/2023b.toml:3:9: ", "data/years/2023.toml:3"},
		{"files of a year disagree on announced", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\nannounced = 2023-12-14\n-- data/years/2023b.toml --\nyear = 2023\nscale = \"opini-2022\"\nannounced = 2023-12-15\n",
			"data/years/2023b.toml:3:13: ", "differs from 2023-12-14"},
		{"undeclared scale", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2020\"\n",
			"data/years/2023.toml:2:9: ", `did you mean "opini-2022"?`},
		{"missing year", "-- data/years/2023.toml --\nscale = \"opini-2022\"\n",
			"data/years/2023.toml:1:1: ", "does not say its year"},
		{"year not four digits", "-- data/years/2023.toml --\nyear = 23\nscale = \"opini-2022\"\n",
			"data/years/2023.toml:1:8: ", "four digits"},
		{"unknown source", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[source]]\nid = \"radar\"\ntitle = \"t\"\nurl = \"https://example.org/\"\n[[result]]\nentity = \"17.07\"\nscore = 1\nsources = [\"radra\"]\n",
			"data/years/2023.toml:10:12: ", `did you mean "radar"?`},
		{"source cited from another file of the year", "-- data/years/2023b.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17\"\nscore = 1\nsources = [\"radar\", \"nope\"]\n",
			"data/years/2023b.toml:6:21: ", `source "nope" is not declared`},
		{"duplicate source", "-- data/years/2023b.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[source]]\nid = \"radar\"\ntitle = \"t\"\nurl = \"https://example.org/\"\n",
			"data/years/2023b.toml:4:1: ", "first in data/years/2023.toml:6"},
		{"source url not http", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[source]]\nid = \"a\"\ntitle = \"t\"\nurl = \"javascript:alert(1)\"\n",
			"data/years/2023.toml:6:7: ", "http or https"},
		{"announced not a date", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\nannounced = \"14 Desember 2023\"\n",
			"data/years/2023.toml:3:13: ", "date written like 2024-02-29"},
		{"duplicate unit name", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\n[[result.unit]]\nname = \"Dukcapil\"\nscore = 90\n[[result.unit]]\nname = \"Dukcapil\"\nscore = 91\n",
			"data/years/2023.toml:9:8: ", "first on line 6"},
		{"unit without score", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\n[[result.unit]]\nname = \"Dukcapil\"\n",
			"data/years/2023.toml:5:1: ", "has no score"},
		{"unknown unit key", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\n[[result.unit]]\nname = \"Dukcapil\"\nscore = 90\ntyp = \"dukcapil\"\n",
			"data/years/2023.toml:8:1: ", `unknown key "typ" in [[result.unit]]; did you mean "type"?`},
		{"unknown reported key", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore = 90\nreported = { provinse_rank = 3 }\n",
			"data/years/2023.toml:6:14: ", `did you mean "province_rank"?`},
		{"reported rank past its count", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore = 90\nreported = { national_rank = 9, national_of = 8 }\n",
			"data/years/2023.toml:6:30: ", "past national_of 8"},
		{"reported rank zero", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore = 90\nreported = { province_rank = 0 }\n",
			"data/years/2023.toml:6:30: ", "1 or more"},
		{"province rank for a provinsi body", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17\"\nscore = 90\nreported = { province_rank = 1 }\n",
			"data/years/2023.toml:6:1: ", "not ranked within a province"},
		// content
		{"no front matter", "-- content/metodologi.md --\n# Metodologi\n",
			"content/metodologi.md:1:1: ", "front matter"},
		{"unknown front matter key", "-- content/metodologi.md --\n+++\ntitle = \"M\"\ndraf = true\n+++\n",
			"content/metodologi.md:3:1: ", `did you mean "draft"?`},
		{"front matter syntax error", "-- content/metodologi.md --\n+++\ntitle = \"M\"\ndate = 2024-02-30\n+++\n",
			"content/metodologi.md:3:8: ", "2024-02-30 is not a date: February 2024 has 29 days"},
		{"news without date", "-- content/berita/lebong.md --\n+++\ntitle = \"Lebong\"\n+++\n",
			"content/berita/lebong.md:2:1: ", "needs a date"},
		{"news names unknown entity", "-- content/berita/lebong.md --\n+++\ntitle = \"Lebong\"\ndate = 2024-02-29\nentities = [\"17.07\", \"17.7\"]\n+++\n",
			"content/berita/lebong.md:4:22: ", `entity "17.7"`},
		{"unknown language", "-- content/metodologi.md --\n+++\ntitle = \"M\"\nlang = \"fr\"\n+++\n",
			"content/metodologi.md:3:8: ", "not one of the site's languages"},
		{"file name not an address", "-- content/Metode Baru.md --\n+++\ntitle = \"M\"\n+++\n",
			"content/Metode Baru.md:1:1: ", `rename it to "metode-baru"`},
		{"page takes a generated address", "-- content/kabupaten.md --\n+++\ntitle = \"M\"\n+++\n",
			"content/kabupaten.md:1:1: ", "used by the pages of kind kabupaten"},
		{"two pages, one address", "-- content/en/metodologi.md --\n+++\ntitle = \"M\"\n+++\n-- content/metodologi2.md --\n+++\ntitle = \"M\"\nlang = \"en\"\n+++\n",
			"", ""}, // different addresses: no problem
		{"unknown params are free", "-- content/metodologi.md --\n+++\ntitle = \"M\"\n[params]\nanything = 1\n+++\n",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := data.Load(siteFS(t, tt.override))
			// Errors in other files may follow from this one (results
			// naming a body whose registration failed): only the file at
			// fault is checked here.
			file, _, _ := strings.Cut(tt.want, ":")
			var errs []string
			for _, d := range diags {
				if d.Severity == data.Error && (file == "" || d.File == file) {
					errs = append(errs, d.String())
				}
			}
			if tt.want == "" {
				if len(errs) > 0 {
					t.Fatalf("want no error, got:\n%s", strings.Join(errs, "\n"))
				}
				return
			}
			if len(errs) != 1 {
				t.Fatalf("want 1 error at %s, got %d:\n%s", tt.want, len(errs), strings.Join(errs, "\n"))
			}
			if !strings.HasPrefix(errs[0], tt.want) || !strings.Contains(errs[0], tt.words) {
				t.Errorf("got  %s\nwant %s… %s", errs[0], tt.want, tt.words)
			}
		})
	}
}
