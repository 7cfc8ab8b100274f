package data

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"
)

// TOMLString writes s as a TOML basic string, escaped by the TOML
// encoder itself, for the commands that write site files (rapor new,
// rapor import): a name or title can never end the string or the line.
// Invalid UTF-8 becomes U+FFFD.
func TOMLString(s string) string {
	var b bytes.Buffer
	v := struct {
		V string `toml:"v"`
	}{strings.ToValidUTF8(s, "\uFFFD")}
	if err := toml.NewEncoder(&b).Encode(v); err != nil {
		panic(fmt.Sprintf("encode string %q: %v", s, err)) // a struct of one string always encodes
	}
	out := strings.TrimSuffix(strings.TrimPrefix(b.String(), "v = "), "\n")
	if !strings.HasPrefix(out, `"`) || !strings.HasSuffix(out, `"`) {
		panic(fmt.Sprintf("encode string %q: got %s", s, out))
	}
	return out
}
