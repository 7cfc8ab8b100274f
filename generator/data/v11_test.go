package data_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/data"
)

// scales11 is the base site's scales.toml with a scale of given grades
// and a flag, as the Ombudsman's opinions since 2025 are.
const scales11 = `-- data/scales.toml --
[[scale]]
id = "opini-2022"
name = "Opini"

[[scale.grade]]
id = "A"
label = "Kualitas Tertinggi"
zone = "hijau"
min = 88.0

[[scale.grade]]
id = "E"
label = "Kualitas Terendah"
zone = "merah"
min = 0

[[scale.flag]]
id = "catatan"
label = "Dengan Catatan"

[[scale]]
id = "opini-2025"
name = "Opini Ombudsman"
grades_from = "result"

[[scale.grade]]
id = "tinggi"
label = "Kualitas Tinggi"

[[scale.grade]]
id = "rendah"
label = "Kualitas Rendah"

[[scale.flag]]
id = "tanpa-maladministrasi"
label = "Tanpa Maladministrasi"
label_en = "Without Maladministration"
`

// year2025 starts a 2025 year file on the scale of given grades.
const year2025 = "-- data/years/2025.toml --\nyear = 2025\nscale = \"opini-2025\"\n"

// TestValidationRulesV11 checks the rules format v1.1 adds, one per case,
// as TestValidationRules does: the one error of the file at fault, its
// place and its words.
func TestValidationRulesV11(t *testing.T) {
	tests := []struct {
		name     string
		override string
		want     string
		words    string
	}{
		// scales.toml
		{"grades_from not score or result", scales11 + "[[scale]]\nid = \"x\"\nname = \"X\"\ngrades_from = \"results\"\n[[scale.grade]]\nid = \"a\"\nlabel = \"A\"\n",
			"data/scales.toml:41:15: ", `grades_from "results" must be "score"`},
		{"grades_from not a string", scales11 + "[[scale]]\nid = \"x\"\nname = \"X\"\ngrades_from = true\n[[scale.grade]]\nid = \"a\"\nlabel = \"A\"\nmin = 0\n",
			"data/scales.toml:41:15: ", "grades_from must be a string"},
		{"min on a scale of given grades", scales11 + "[[scale]]\nid = \"x\"\nname = \"X\"\ngrades_from = \"result\"\n[[scale.grade]]\nid = \"a\"\nlabel = \"A\"\nmin = 50\n",
			"data/scales.toml:45:1: ", "remove min"},
		{"duplicate grade on a scale of given grades", scales11 + "[[scale]]\nid = \"x\"\nname = \"X\"\ngrades_from = \"result\"\n[[scale.grade]]\nid = \"a\"\nlabel = \"A\"\n[[scale.grade]]\nid = \"a\"\nlabel = \"B\"\n",
			"data/scales.toml:46:6: ", "first on line 43"},
		{"flag id not a slug", scales11 + "[[scale.flag]]\nid = \"Tanpa Catatan\"\nlabel = \"T\"\n",
			"data/scales.toml:39:6: ", `such as "tanpa-catatan"`},
		{"duplicate flag", scales11 + "[[scale.flag]]\nid = \"tanpa-maladministrasi\"\nlabel = \"T\"\n",
			"data/scales.toml:39:6: ", "first on line 35"},
		{"flag without label", scales11 + "[[scale.flag]]\nid = \"lain\"\n",
			"data/scales.toml:38:1: ", "has no label"},
		{"unknown flag key", scales11 + "[[scale.flag]]\nid = \"lain\"\nlabel = \"L\"\nlabel_id = \"L\"\n",
			"data/scales.toml:41:1: ", `unknown key "label_id" in [[scale.flag]]; did you mean "label_en"?`},
		// results
		{"result without a grade on a scale of given grades", scales11 + year2025 + "[[result]]\nentity = \"17.07\"\nscore = 80\n",
			"data/years/2025.toml:3:1: ", `every result names one, such as grade = "tinggi"`},
		{"grade not of the year's scale", scales11 + year2025 + "[[result]]\nentity = \"17.07\"\ngrade = \"tingi\"\n",
			"data/years/2025.toml:5:9: ", `grade "tingi" is not a grade of scale "opini-2025" (its grades: tinggi, rendah); did you mean "tinggi"?`},
		{"grade not a string", scales11 + year2025 + "[[result]]\nentity = \"17.07\"\ngrade = 1\n",
			"data/years/2025.toml:5:9: ", "grade must be a string"},
		{"flag not declared by the scale", scales11 + year2025 + "[[result]]\nentity = \"17.07\"\ngrade = \"tinggi\"\nflags = [\"tanpa-maladministrasii\"]\n",
			"data/years/2025.toml:6:10: ", `flag "tanpa-maladministrasii" is not declared by scale "opini-2025"`},
		{"flag of another scale", scales11 + year2025 + "[[result]]\nentity = \"17.07\"\ngrade = \"tinggi\"\nflags = [\"catatan\"]\n",
			"data/years/2025.toml:6:10: ", `(its flags: tanpa-maladministrasi)`},
		{"flag on a scale without flags", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore = 90\nflags = [\"tanpa-maladministrasi\"]\n",
			"data/years/2023.toml:6:10: ", `scale "opini-2022" has no [[scale.flag]]`},
		{"flag given twice", scales11 + year2025 + "[[result]]\nentity = \"17.07\"\ngrade = \"tinggi\"\nflags = [\"tanpa-maladministrasi\", \"tanpa-maladministrasi\"]\n",
			"data/years/2025.toml:6:35: ", "given twice"},
		{"nothing published", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nreported = { national_of = 416 }\n",
			"data/years/2023.toml:3:1: ", "no score, units, grade or published rank"},
		{"rank only", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nreported = { province_rank = 8, national_rank = 121 }\n",
			"", ""},
		{"grade only", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\ngrade = \"A\"\n",
			"", ""},
		{"province_of without a rank", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore = 90\nreported = { province_of = 10 }\n",
			"", ""},
		{"province rank past province_of", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nreported = { province_rank = 11, province_of = 10 }\n",
			"data/years/2023.toml:5:30: ", "past province_of 10"},
		// assessed
		{"assessed names an undeclared kind", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\nassessed = { kabupatn = 416 }\n",
			"data/years/2023.toml:3:14: ", `kind "kabupatn", which is not declared in data/entities.toml; did you mean "kabupaten"?`},
		{"assessed count zero", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\nassessed = { kabupaten = 0 }\n",
			"data/years/2023.toml:3:26: ", "must be 1 or more"},
		{"assessed count not a number", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\nassessed = { kabupaten = \"416\" }\n",
			"data/years/2023.toml:3:26: ", "kabupaten must be a whole number"},
		{"assessed not a table", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\nassessed = 416\n",
			"data/years/2023.toml:3:12: ", "assessed must be a table"},
		{"files disagree on a count", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\nassessed = { kabupaten = 416 }\n" +
			"-- data/years/2023b.toml --\nyear = 2023\nscale = \"opini-2022\"\nassessed = { kota = 98, kabupaten = 415 }\n",
			"data/years/2023b.toml:3:37: ", "assessed kabupaten = 415 differs from 416 given for 2023 in data/years/2023.toml:3"},
		{"files agree on a count", "-- data/years/2023b.toml --\nyear = 2023\nscale = \"opini-2022\"\nassessed = { kabupaten = 416 }\n" +
			"-- data/years/2023c.toml --\nyear = 2023\nscale = \"opini-2022\"\n[assessed]\nkabupaten = 416\nkota = 98\n",
			"", ""},
		{"more results of a kind than assessed", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\nassessed = { kota = 1, kabupaten = 1 }\n" +
			"[[result]]\nentity = \"17.07\"\nscore = 1\n[[result]]\nentity = \"17.71\"\nscore = 2\n-- data/years/2023b.toml --\nyear = 2023\nscale = \"opini-2022\"\n" +
			"[[result]]\nentity = \"17.08\"\nreported = { province_rank = 3 }\n-- data/entities.toml --\n" + entitiesWithKepahiang,
			"data/years/2023.toml:3:36: ", "assessed kabupaten = 1, but 2023 has 2 results of kind \"kabupaten\""},
		{"assessed_source not declared", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\nassessed = { kabupaten = 416 }\nassessed_source = \"ombudsman\"\n" +
			"[[source]]\nid = \"ombudsman-2024\"\ntitle = \"Siaran pers\"\n",
			"data/years/2023.toml:4:19: ", `assessed_source "ombudsman" is not declared in any [[source]] of 2023`},
		{"assessed_source without assessed", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\nassessed_source = \"radar\"\n[[source]]\nid = \"radar\"\ntitle = \"t\"\n",
			"data/years/2023.toml:3:19: ", "but this file gives no assessed"},
		// distribution (an extension: the year's published count per grade)
		{"distribution", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\ndistribution = { A = 337, E = 9 }\ndistribution_source = \"i\"\n" +
			"[[source]]\nid = \"i\"\ntitle = \"Sebaran opini\"\noutlet = \"insightinnews.com\"\n[[result]]\nentity = \"17.07\"\nscore = 90\n",
			"", ""},
		{"distribution names an unknown grade", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\ndistribution = { A = 337, F = 1 }\n",
			"data/years/2023.toml:3:27: ", `distribution names grade "F", which scale "opini-2022" does not have; its keys are the scale's grade ids: A, E`},
		{"distribution count negative", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\ndistribution = { A = -1 }\n",
			"data/years/2023.toml:3:22: ", "must be 0 or more"},
		{"distribution below the results", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\ndistribution = { A = 1 }\n" +
			"[[result]]\nentity = \"17.07\"\nscore = 95\n[[result]]\nentity = \"17.71\"\ngrade = \"A\"\n",
			"data/years/2023.toml:3:16: ", `distribution A = 1, but 2023 has 2 results with grade "A"`},
		{"files disagree on the distribution", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\ndistribution = { A = 337 }\n" +
			"-- data/years/2023b.toml --\nyear = 2023\nscale = \"opini-2022\"\ndistribution = { A = 336 }\n",
			"data/years/2023b.toml:3:16: ", "distribution differs from the one given for 2023 in data/years/2023.toml:3"},
		{"distribution_source without distribution", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\ndistribution_source = \"i\"\n[[source]]\nid = \"i\"\ntitle = \"t\"\n",
			"data/years/2023.toml:3:23: ", "but this file gives no distribution"},
		{"distribution_source not declared", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\ndistribution = { A = 337 }\ndistribution_source = \"x\"\n",
			"data/years/2023.toml:4:23: ", `distribution_source "x" is not declared`},
		// sources
		{"source without url", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[source]]\nid = \"a\"\ntitle = \"Curup Ekspress\"\n[[result]]\nentity = \"17.07\"\nscore = 1\nsources = [\"a\"]\n",
			"", ""},
		{"source url empty", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[source]]\nid = \"a\"\ntitle = \"t\"\nurl = \" \"\n",
			"data/years/2023.toml:6:7: ", "url is empty; leave it out"},
		{"source outlet empty", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[source]]\nid = \"a\"\ntitle = \"t\"\noutlet = \"\"\n",
			"data/years/2023.toml:6:10: ", "outlet is empty"},
		{"unknown source key", "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[source]]\nid = \"a\"\ntitle = \"t\"\nquotng = \"Bupati\"\n",
			"data/years/2023.toml:6:1: ", `did you mean "quoting"?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := data.Load(siteFS(t, tt.override))
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

// entitiesWithKepahiang is the base registry with a second kabupaten.
const entitiesWithKepahiang = `[[kind]]
id = "provinsi"
label = "Provinsi"

[[kind]]
id = "kabupaten"
label = "Kabupaten"
regional = true

[[kind]]
id = "kota"
label = "Kota"
regional = true

[[entity]]
code = "17"
name = "Bengkulu"
kind = "provinsi"

[[entity]]
code = "17.07"
name = "Lebong"
kind = "kabupaten"
province = "17"

[[entity]]
code = "17.08"
name = "Kepahiang"
kind = "kabupaten"
province = "17"

[[entity]]
code = "17.71"
name = "Bengkulu"
kind = "kota"
province = "17"
`

func TestGradeDiffersFromScore(t *testing.T) {
	tests := []struct {
		grade, warn string
	}{
		{"A", ""},
		{"E", `data/years/2023.toml:5:9: warning: grade "E" differs from "A", the grade that the score 92.00 takes on scale "opini-2022"`},
	}
	for _, tt := range tests {
		year := "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\ngrade = \"" + tt.grade + "\"\nscore = 92\n"
		ds, diags := data.Load(siteFS(t, year))
		if diags.HasErrors() {
			t.Fatalf("errors:\n%v", diags)
		}
		var warns []string
		for _, d := range diags {
			warns = append(warns, d.String())
		}
		switch {
		case tt.warn == "" && len(warns) > 0:
			t.Errorf("grade %s: want no warning, got %q", tt.grade, warns)
		case tt.warn != "" && (len(warns) != 1 || !strings.HasPrefix(warns[0], tt.warn)):
			t.Errorf("grade %s: got %q, want one warning starting %q", tt.grade, warns, tt.warn)
		}
		if g := ds.Years[0].Results[0].Grade; g == nil || g.ID != tt.grade {
			t.Errorf("grade %s: the result's given grade is %v", tt.grade, g)
		}
	}
}

// TestLoadV11 checks what the v1.1 keys load into.
func TestLoadV11(t *testing.T) {
	override := scales11 + year2025 + `assessed = { kota = 56, kabupaten = 170 }
assessed_source = "antara"

[[source]]
id = "antara"
title = "310 lokus penilaian"
url = "https://aceh.antaranews.com/berita/397258"
outlet = "ANTARA Aceh"

[[source]]
id = "siber"
title = "Rejang Lebong raih opini Kualitas Tinggi"
outlet = "Siber Kreatif"
quoting = "Kepala Ombudsman RI Perwakilan Bengkulu"

[[result]]
entity = "17.07"
grade = "tinggi"
sources = ["siber"]

[[result]]
entity = "17.71"
score = 62.57
grade = "rendah"
flags = ["tanpa-maladministrasi"]
`
	ds, diags := data.Load(siteFS(t, override))
	if len(diags) > 0 {
		t.Fatalf("diagnostics:\n%v", diags)
	}
	y := ds.Years[len(ds.Years)-1]
	var assessed []string
	for _, a := range y.Assessed {
		assessed = append(assessed, a.Kind.ID+"="+strconv.Itoa(a.Count)+" from "+a.Source.ID)
	}
	if diff := cmp.Diff([]string{"kabupaten=170 from antara", "kota=56 from antara"}, assessed); diff != "" {
		t.Errorf("assessed (-want +got):\n%s", diff)
	}
	lebong, kota := y.Results[0], y.Results[1]
	if lebong.HasScore || lebong.Grade.ID != "tinggi" || len(lebong.Flags) != 0 {
		t.Errorf("Lebong: has score %v, grade %v, flags %v", lebong.HasScore, lebong.Grade, lebong.Flags)
	}
	if s := lebong.Sources[0]; s.URL != "" || s.Outlet != "Siber Kreatif" || s.Quoting != "Kepala Ombudsman RI Perwakilan Bengkulu" {
		t.Errorf("Lebong's source: %+v", s)
	}
	if !kota.HasScore || kota.Score.String() != "62.57" || kota.Grade.ID != "rendah" || len(kota.Flags) != 1 || kota.Flags[0].LabelEN != "Without Maladministration" {
		t.Errorf("Kota Bengkulu: score %v %s, grade %v, flags %v", kota.HasScore, kota.Score, kota.Grade, kota.Flags)
	}
	if sc := ds.Scale("opini-2025"); !sc.GivenGrades || sc.Grade(9000) != nil {
		t.Errorf("opini-2025: given grades %v; a score decides %v", sc.GivenGrades, sc.Grade(9000))
	}
}
