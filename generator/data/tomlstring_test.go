package data

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestTOMLString(t *testing.T) {
	for _, s := range []string{
		"",
		"Dinas Kesehatan",
		`Dinas "Kesehatan"`,
		`C:\unit\n`,
		"two\nlines\r\n",
		"tab\there",
		"bell\x07 and del\x7f and nul\x00",
		"\u2028 line separator",
		"'single' and ''' triple",
		`"""`,
		"Kepulauan Seribu é ü 日本",
	} {
		q := TOMLString(s)
		var v struct{ V string }
		if _, err := toml.Decode("v = "+q, &v); err != nil {
			t.Errorf("TOMLString(%q) = %s: not TOML: %v", s, q, err)
			continue
		}
		if v.V != s {
			t.Errorf("TOMLString(%q) = %s, reads back as %q", s, q, v.V)
		}
		if strings.ContainsAny(q, "\n\r") {
			t.Errorf("TOMLString(%q) = %s spans lines", s, q)
		}
	}
	// Text that is not UTF-8 becomes valid TOML.
	var v struct{ V string }
	if _, err := toml.Decode("v = "+TOMLString("a\xffb"), &v); err != nil || v.V != "a\uFFFDb" {
		t.Errorf("quote of invalid UTF-8 reads back as %q, %v", v.V, err)
	}
}
