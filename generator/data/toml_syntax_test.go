package data_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rapor-publik/rapor/generator/data"
)

// TestSyntaxMessages: the TOML library's common errors are told in the
// site's terms, at the value at fault.
func TestSyntaxMessages(t *testing.T) {
	const f = "data/years/2024.toml:3:"
	tests := []struct{ line, want string }{
		{"score = 92,00", f + "9: 92,00 is not a TOML number: write the decimal with a point (92.00); the site shows it with a comma"},
		{"x = [92,00]", ""}, // a list of two numbers
		{"announced = 2024-02-30", f + "13: 2024-02-30 is not a date: February 2024 has 29 days"},
		{"announced = 2023-02-29", f + "13: 2023-02-29 is not a date: February 2023 has 28 days"},
		{"announced = 2024-04-31", f + "13: 2024-04-31 is not a date: April 2024 has 30 days"},
		{"announced = 2024-13-01", f + "13: 2024-13-01 is not a date: the month, 13, must be 01 to 12"},
		{"announced = 2024-2-3", f + "13: 2024-2-3 is not a date: write it as year-month-day with two-digit month and day, such as 2024-02-29"},
		{"announced = 2024-02-29T25:00:00", f + "13: 2024-02-29T25:00:00 is not a date and time: write it as 2024-02-29T14:30:00, hours 00 to 23 and minutes and seconds 00 to 59, or write the date alone"},
		{"title = Penilaian", f + `9: Penilaian is not a TOML value: write text in quotes ("Penilaian"), a number with a point for decimals (92.50), a date as 2024-02-29`},
		{`title = "Penilaian`, f + `19: this string is not closed on its line: end it with the quote it starts with; text over several lines goes between """ and """`},
		{`title = 'Penilaian`, f + `19: this string is not closed on its line: end it with the quote it starts with; text over several lines goes between """ and """`},
		{`title = """Penilaian`, f + "21: a multi-line string is never closed: end it with the three quotes it starts with"},
		{`title = "x" y`, f + `12: the value ends before this: text goes in quotes ("…"), one key = value per line, and a comment starts with #`},
		{"year = 2024", f + "1: key year is defined twice (first on line 1); remove or rename one of them"},
		{`title = "a\qb"`, f + `10: \q is not an escape TOML knows: write \\ for a backslash, or put the text in single quotes, which keep backslashes as they are`},
		{"score = 92.", f + "9: 92. is not a TOML number: write a digit after the point (92.0)"},
		{"score = .5", f + "9: .5 is not a TOML number: write a digit before the point (0.5)"},
		{"score = 1__0", f + "9: 1__0 is not a TOML number: an underscore may only stand between two digits; leave it out"},
		{"[[result]", "data/years/2024.toml:4:1: a table header is not closed: write it on one line as [table] or [[table]], with as many closing brackets as opening ones"},
		{"= 1", f + "1: a key is missing before =: write key = value, such as score = 92.50"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			fsys := siteFS(t, "")
			fsys["data/years/2024.toml"] = &fstest.MapFile{Data: []byte("year = 2024\nscale = \"opini-2022\"\n" + tt.line + "\n")}
			_, diags := data.Load(fsys)
			var got []string
			for _, d := range diags {
				if d.File == "data/years/2024.toml" && d.Severity == data.Error {
					got = append(got, d.String())
				}
			}
			if tt.want == "" {
				for _, g := range got {
					if g != "" && len(got) > 0 && strings.Contains(g, "not a TOML number") {
						t.Errorf("got %q", g)
					}
				}
				return
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
