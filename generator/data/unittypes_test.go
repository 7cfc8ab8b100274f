package data_test

import (
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/data"
)

// entitiesWith is the base registry with more tables after it.
func entitiesWith(t *testing.T, more string) string {
	t.Helper()
	base := string(siteFS(t, "")["data/entities.toml"].Data)
	return "-- data/entities.toml --\n" + base + more
}

const unitYear = "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\n" +
	"[[result.unit]]\nname = \"Puskesmas Tunas Harapan\"\ntype = \"puskesmas\"\nscore = 97.59\n" +
	"[[result.unit]]\nname = \"Dinas Sosial\"\ntype = \"dinas-sosail\"\nscore = 90.00\n"

// Declared unit types give their units labels; with none declared a tag
// stands alone, silently (format 1.1 sites); with some declared, an
// undeclared tag is a located warning that suggests the near one.
func TestUnitTypes(t *testing.T) {
	declared := "\n[[unit_type]]\nid = \"puskesmas\"\nlabel = \"Puskesmas\"\nlabel_en = \"Community health centre\"\n" +
		"\n[[unit_type]]\nid = \"dinas-sosial\"\nlabel = \"Dinas Sosial\"\n"
	ds, diags := data.Load(siteFS(t, entitiesWith(t, declared)+unitYear))
	if diags.HasErrors() {
		t.Fatalf("errors:\n%v", diags)
	}
	if len(ds.UnitTypes) != 2 || ds.UnitType("puskesmas").LabelEN != "Community health centre" || ds.UnitType("dinas-sosial").Label != "Dinas Sosial" {
		t.Errorf("unit types = %+v", ds.UnitTypes)
	}
	us := ds.Years[0].Results[0].Units
	if us[0].Declared != ds.UnitType("puskesmas") || us[1].Declared != nil {
		t.Errorf("units' types = %v, %v", us[0].Declared, us[1].Declared)
	}
	want := `data/years/2023.toml:11:8: warning: unit type "dinas-sosail" is not declared in data/entities.toml; did you mean "dinas-sosial"? Otherwise declare it: a [[unit_type]] with id = "dinas-sosail" and a label`
	if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), want) {
		t.Errorf("diagnostics:\n%v\nwant one starting %s", diags, want)
	}

	_, diags = data.Load(siteFS(t, unitYear))
	if len(diags) > 0 {
		t.Errorf("no unit types declared: want no diagnostics, got\n%v", diags)
	}
}

func TestUnitTypeErrors(t *testing.T) {
	bad := "\n[[unit_type]]\nid = \"Puskesmas\"\nlabel = \"Puskesmas\"\n" +
		"\n[[unit_type]]\nid = \"dukcapil\"\n" +
		"\n[[unit_type]]\nid = \"dukcapil\"\nlabel = \"Dukcapil\"\nlabl_en = \"x\"\n"
	_, diags := data.Load(siteFS(t, entitiesWith(t, bad)))
	got := diags.Error()
	for _, want := range []string{
		`data/entities.toml:34:6: unit type "Puskesmas" must be a tag of lower-case letters a–z, digits and single dashes, such as "puskesmas"`,
		`data/entities.toml:37:1: [[unit_type]] has no label; add a line like label = "Puskesmas"`,
		`data/entities.toml:43:1: unknown key "labl_en" in [[unit_type]]; did you mean "label_en"?`,
		`data/entities.toml:41:6: unit type "dukcapil" is declared twice (first on line 38); remove one`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s\nin:\n%s", want, got)
		}
	}
}

// note_en needs the note it translates.
func TestNoteENWithoutNote(t *testing.T) {
	year := "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\n[[result]]\nentity = \"17.07\"\nscore = 90\nnote_en = \"x\"\n"
	_, diags := data.Load(siteFS(t, year))
	want := `data/years/2023.toml:6:1: note_en translates note, which this result lacks`
	if !strings.Contains(diags.Error(), want) {
		t.Errorf("diagnostics:\n%v\nwant %s", diags, want)
	}
}

// The site's owner, contact and data licence are read and checked; the
// data's last update is the latest announced or published date.
func TestSiteOwnerAndLicence(t *testing.T) {
	site := string(siteFS(t, "")["data/site.toml"].Data)
	good := "-- data/site.toml --\n" + site + "owner = \"Rapor Publik\"\nowner_url = \"https://github.com/rapor-publik\"\ncontact = \"mailto:redaksi@example.org\"\nlicence = \"CC BY 4.0\"\nlicence_url = \"https://creativecommons.org/licenses/by/4.0/\"\n"
	year := "-- data/years/2023.toml --\nyear = 2023\nscale = \"opini-2022\"\nannounced = 2024-02-29\n[[source]]\nid = \"a\"\ntitle = \"A\"\nurl = \"https://example.org/\"\npublished = 2024-03-05\n[[result]]\nentity = \"17.07\"\nscore = 90\nsources = [\"a\"]\n"
	ds, diags := data.Load(siteFS(t, good+year))
	if diags.HasErrors() {
		t.Fatalf("errors:\n%v", diags)
	}
	s := ds.Site
	if s.Owner != "Rapor Publik" || s.Contact != "mailto:redaksi@example.org" || s.Licence != "CC BY 4.0" || s.LicenceURL == "" || s.Updated.String() != "2024-03-05" {
		t.Errorf("site %+v", s)
	}
	bad := "-- data/site.toml --\n" + site + "owner_url = \"github.com/x\"\ncontact = \"redaksi@example.org\"\nlicence_url = \"https://creativecommons.org/\"\n"
	_, diags = data.Load(siteFS(t, bad))
	got := diags.Error()
	for _, want := range []string{
		`owner_url "github.com/x" must be an absolute address such as "https://example.org/"`,
		`contact "redaksi@example.org" must be an absolute address such as "https://example.org/" or "mailto:redaksi@example.org"`,
		`licence_url links the data's licence, which is not named`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %s in:\n%s", want, got)
		}
	}
}
