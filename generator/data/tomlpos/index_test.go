package tomlpos

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestPath(t *testing.T) {
	tests := []struct {
		name string
		got  Path
		want string
	}{
		{"root", Root(), ""},
		{"key", Root().Key("result"), "result"},
		{"nested", Root().Key("a").Key("b_c-1"), "a.b_c-1"},
		{"index", Root().Key("result").Index(2), "result[2]"},
		{"deep", Root().Key("result").Index(2).Key("unit").Index(0).Key("score"), "result[2].unit[0].score"},
		{"nested index", Root().Key("m").Index(1).Index(0), "m[1][0]"},
		{"dotted key", Root().Key("result").Index(0).Key("a.b"), `result[0]."a.b"`},
		{"empty key", Root().Key(""), `""`},
		{"space", Root().Key("a b"), `"a b"`},
		{"unicode", Root().Key("é"), `"é"`},
		{"quote", Root().Key(`a"b`), `"a\"b"`},
		{"first quoted", Root().Key("x.y").Key("z"), `"x.y".z`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.got.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLookupMissing(t *testing.T) {
	ix, err := Scan([]byte("a = 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []Path{"b", "a.b", "a[0]", Root()} {
		if e, ok := ix.Lookup(p); ok {
			t.Errorf("Lookup(%s) = %+v, true; want false", p, e)
		}
	}
	var nilIndex *Index
	if e, ok := nilIndex.Lookup("a"); ok {
		t.Errorf("nil Index: Lookup(a) = %+v, true; want false", e)
	}
}

func TestEnd(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want Pos
	}{
		{"empty", "", Pos{1, 1}},
		{"one line", "a = 1", Pos{1, 6}},
		{"final newline", "a = 1\n", Pos{1, 6}},
		{"blank lines after CRLF", "a = 1\r\n\r\n\r\n", Pos{1, 6}},
		{"byte order mark", "\ufeffé = 1", Pos{1, 6}},
		{"comment", "a = 1\n# é\n", Pos{2, 4}},
		{"multi-line string", "a = '''\nxy'''", Pos{2, 6}},
		{"only newlines", "\n\n", Pos{1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, _ := Scan([]byte(tt.src))
			if diff := diffPos(tt.want, ix.End()); diff != "" {
				t.Errorf("End() (-want +got):\n%s", diff)
			}
		})
	}
	var nilIndex *Index
	if diff := diffPos(Pos{1, 1}, nilIndex.End()); diff != "" {
		t.Errorf("nil Index: End() (-want +got):\n%s", diff)
	}
}

// diffEntries describes how got differs from want, one line per path that
// differs: "-" with the wanted entry, "+" with the entry found. It returns
// "" when they are equal. (The module does not depend on go-cmp.)
func diffEntries(want, got map[Path]Entry) string {
	var paths []Path
	for p := range want {
		paths = append(paths, p)
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	var b strings.Builder
	for _, p := range paths {
		w, inWant := want[p]
		g, inGot := got[p]
		if inWant && inGot && w == g {
			continue
		}
		if inWant {
			fmt.Fprintf(&b, "-%s: %s\n", p, formatEntry(w))
		}
		if inGot {
			fmt.Fprintf(&b, "+%s: %s\n", p, formatEntry(g))
		}
	}
	return b.String()
}

// formatEntry writes e compactly: key 1:5, value 1:9, raw "1".
func formatEntry(e Entry) string {
	return fmt.Sprintf("key %d:%d, value %d:%d, raw %q", e.Key.Line, e.Key.Col, e.Value.Line, e.Value.Col, e.Raw)
}

// diffPos describes how got differs from want; "" when equal.
func diffPos(want, got Pos) string {
	if want == got {
		return ""
	}
	return fmt.Sprintf("-%d:%d\n+%d:%d\n", want.Line, want.Col, got.Line, got.Col)
}
