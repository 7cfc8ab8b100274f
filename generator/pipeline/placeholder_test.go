package pipeline_test

import (
	"strings"
	"testing"
)

// Names in the data are put into the theme's words as they are: a body
// named "Lebong {year}" is never "Lebong 2023", whatever placeholder,
// format verb or template action its name holds.
func TestPlaceholdersInDataStayAsWritten(t *testing.T) {
	const name = `Lebong {year} {name} {kinds} %s %d {{.}} {{ }}`
	fsys := siteFS(t, "")
	entities := string(fsys["data/entities.toml"].Data)
	entities = strings.Replace(entities, `name = "Lebong"`, "name = '"+name+"'\nslug = \"lebong\"", 1)
	fsys["data/entities.toml"].Data = []byte(entities)
	_, b := buildTo(t, fsys)
	for _, page := range []string{"kabupaten/lebong/index.html", "kabupaten/lebong/2023/index.html", "en/kabupaten/lebong/index.html"} {
		got := string(b[page])
		if !strings.Contains(got, name) {
			t.Errorf("%s does not name the body %q", page, name)
		}
		for _, filled := range []string{"Lebong 2023", "Lebong 2022", "{year} Lebong"} {
			if strings.Contains(got, filled) {
				t.Errorf("%s holds %q: a placeholder in the name was filled", page, filled)
			}
		}
	}
}
