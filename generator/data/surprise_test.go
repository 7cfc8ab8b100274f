package data_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/data"
)

// surpriseCase is input that was once taken silently, or read as more
// than it says: the change to the base site, and the one diagnostic it
// must now produce in the file at fault.
type surpriseCase struct {
	name     string
	override string
	want     string // "file:line:col: " (and "warning: ") prefix; "" for no diagnostic
	words    string // must appear in its message
	not      string // must appear in no message
}

func TestSurprises(t *testing.T) {
	site := func(baseURL string) string {
		return "-- data/site.toml --\ntitle = \"a\"\nbase_url = \"" + baseURL + "\"\n"
	}
	tests := []surpriseCase{
		// base_url
		{"password in base_url", site("https://editor:s3cret@rapor.example.org/"),
			"data/site.toml:2:12: ", `base_url "https://…@rapor.example.org/" holds a user name or password`, "s3cret"},
		{"user name in base_url", site("https://editor@rapor.example.org/rapor/"),
			"data/site.toml:2:12: ", "remove it", "editor"},
		{"password in a base_url that is no address", site("https:editor:s3cret@rapor.example.org"),
			"data/site.toml:2:12: ", "user name or password", "s3cret"},
		{"@ in the path is no password", site("https://rapor.example.org/@rapor/"), "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.check(t, siteFS(t, tt.override)) })
	}
}

func (tt surpriseCase) check(t *testing.T, fsys fs.FS) {
	t.Helper()
	_, diags := data.Load(fsys)
	file, _, _ := strings.Cut(tt.want, ":")
	var got []string
	for _, d := range diags {
		if tt.not != "" && strings.Contains(d.String(), tt.not) {
			t.Errorf("a message holds %q: %s", tt.not, d)
		}
		if file == "" || d.File == file {
			got = append(got, d.String())
		}
	}
	if tt.want == "" {
		if len(got) > 0 {
			t.Fatalf("want no diagnostic, got:\n%s", strings.Join(got, "\n"))
		}
		return
	}
	if len(got) != 1 {
		t.Fatalf("want 1 diagnostic at %s, got %d:\n%s", tt.want, len(got), strings.Join(got, "\n"))
	}
	if !strings.HasPrefix(got[0], tt.want) || !strings.Contains(got[0], tt.words) {
		t.Errorf("got  %s\nwant %s… %s", got[0], tt.want, tt.words)
	}
}
