package tomlpos

import (
	"testing"

	"github.com/BurntSushi/toml"
)

// reportDoc is a realistic data file: arrays of tables, nested arrays of
// tables, inline tables, and multi-line strings whose text looks like TOML.
const reportDoc = `# Hasil ujian nasional
title = "Rapor Publik"
year = 2023
updated = 2023-12-14

[school]
name = "SMA Negeri 1"
district = "Kabupatén Bandung"  # kab.
location = { name = "Kabupatén", lat = -6.9175 }

[[result]]
subject = "Matematika"
average = 90.005
note = """
This text is not TOML:
[[fake]]
key = 1
"""

[[result.unit]]
name = "Aljabar"
score = 92.00

[[result.unit]]
name = 'Geometri'
score = 88.50

[[result]]
subject = "Bahasa Indonesia"
average = 85.1
reported = { province_rank = 3, national_rank = 1_204 }
tags = [
  "wajib", # required
  "ujian",
]
note = '''
[result.reported]
key = 1
'''

[[result.unit]]
name = "Membaca"
score = 80
`

func TestReportDocument(t *testing.T) {
	var m map[string]any
	if _, err := toml.Decode(reportDoc, &m); err != nil {
		t.Fatalf("the test document is not valid TOML: %v", err)
	}
	ix, err := Scan([]byte(reportDoc))
	if err != nil {
		t.Fatalf("Scan: %v", err)
	}
	want := map[Path]Entry{
		"title":                            kv(2, 1, 2, 9, `"Rapor Publik"`),
		"year":                             kv(3, 1, 3, 8, "2023"),
		"updated":                          kv(4, 1, 4, 11, "2023-12-14"),
		"school":                           tbl(6, 1),
		"school.name":                      kv(7, 1, 7, 8, `"SMA Negeri 1"`),
		"school.district":                  kv(8, 1, 8, 12, `"Kabupatén Bandung"`),
		"school.location":                  coll(9, 1, 9, 12),
		"school.location.name":             kv(9, 14, 9, 21, `"Kabupatén"`),
		"school.location.lat":              kv(9, 34, 9, 40, "-6.9175"),
		"result":                           tbl(11, 1),
		"result[0]":                        tbl(11, 1),
		"result[0].subject":                kv(12, 1, 12, 11, `"Matematika"`),
		"result[0].average":                kv(13, 1, 13, 11, "90.005"),
		"result[0].note":                   kv(14, 1, 14, 8, "\"\"\"\nThis text is not TOML:\n[[fake]]\nkey = 1\n\"\"\""),
		"result[0].unit":                   tbl(20, 1),
		"result[0].unit[0]":                tbl(20, 1),
		"result[0].unit[0].name":           kv(21, 1, 21, 8, `"Aljabar"`),
		"result[0].unit[0].score":          kv(22, 1, 22, 9, "92.00"),
		"result[0].unit[1]":                tbl(24, 1),
		"result[0].unit[1].name":           kv(25, 1, 25, 8, `'Geometri'`),
		"result[0].unit[1].score":          kv(26, 1, 26, 9, "88.50"),
		"result[1]":                        tbl(28, 1),
		"result[1].subject":                kv(29, 1, 29, 11, `"Bahasa Indonesia"`),
		"result[1].average":                kv(30, 1, 30, 11, "85.1"),
		"result[1].reported":               coll(31, 1, 31, 12),
		"result[1].reported.province_rank": kv(31, 14, 31, 30, "3"),
		"result[1].reported.national_rank": kv(31, 33, 31, 49, "1_204"),
		"result[1].tags":                   coll(32, 1, 32, 8),
		"result[1].tags[0]":                el(33, 3, `"wajib"`),
		"result[1].tags[1]":                el(34, 3, `"ujian"`),
		"result[1].note":                   kv(36, 1, 36, 8, "'''\n[result.reported]\nkey = 1\n'''"),
		"result[1].unit":                   tbl(41, 1),
		"result[1].unit[0]":                tbl(41, 1),
		"result[1].unit[0].name":           kv(42, 1, 42, 8, `"Membaca"`),
		"result[1].unit[0].score":          kv(43, 1, 43, 9, "80"),
	}
	if diff := diffEntries(want, ix.entries); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
	for _, p := range []Path{"fake", "fake[0]", "key", "result[0].key", "result[1].reported.key"} {
		if e, ok := ix.Lookup(p); ok {
			t.Errorf("Lookup(%s) = %+v, true; text inside a string must not be indexed", p, e)
		}
	}
	if diff := diffPos(Pos{43, 11}, ix.End()); diff != "" {
		t.Errorf("End() (-want +got):\n%s", diff)
	}
}
