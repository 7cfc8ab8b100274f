package tomlpos

import (
	"strings"
	"testing"
	"time"
)

func TestTooDeep(t *testing.T) {
	deep := func(open, close string, n int) string {
		return "a = " + strings.Repeat(open, n) + "1" + strings.Repeat(close, n) + "\n"
	}
	tests := []struct {
		name string
		src  string
		at   Pos // zero: within the limit
	}{
		{"flat", "a = 1\nb = [1, 2]\n[t]\nc = {d = 1}\n", Pos{}},
		{"arrays at the limit", deep("[", "]", 4), Pos{}},
		{"arrays over", deep("[", "]", 5), Pos{1, 9}},
		{"tables over", deep("{a=", "}", 5), Pos{1, 17}},
		{"dotted key", "a.b.c.d.e = 1\n", Pos{}},
		{"dotted key over", "a.b.c.d.e.f = 1\n", Pos{1, 10}},
		{"dotted key then a table", "a.b.c = {d = 1}\n", Pos{}},
		{"dotted key then tables", "a.b.c = {d = {e = {f = 1}}}\n", Pos{1, 19}},
		{"header", "[a.b.c]\nd.e = 1\n", Pos{}},
		{"header over", "[a.b.c]\nd.e.f.g = 1\n", Pos{2, 6}},
		{"header's brackets are not levels", "[[a]]\nb = [[[1]]]\n[[a]]\nb = [[[1]]]\n", Pos{}},
		{"deep header", "[a.b.c.d.e.f]\n", Pos{1, 11}},
		{"quoted header", "[\"a.b.c.d.e.f\"]\n", Pos{}},
		{"on the second line", "x = 1\n  y = [[[[[1]]]]]\n", Pos{2, 11}},
		{"multi-line array", "a = [\n  [\n    [[[1]]],\n  ],\n]\n", Pos{3, 7}},
		{"inline tables across lines", "a = {\n  b = {c = {d = {e = {f = 1}}}},\n}\n", Pos{2, 22}},
		{"comma in inline table starts a key", "a = {b = 1, c.d.e.f = 1}\n", Pos{}},
		{"comma in inline table, over", "a = {b = 1, c.d.e.f.g = 1}\n", Pos{1, 20}},
		{"dots in values", "a = [1.5, 2024-02-29, 1.2e3, \"x.y\"]\nb.c = 1.2.3.4.5.6\n", Pos{}},
		{"basic string", `a = "[[[[[[{{{{{" ` + "\n", Pos{}},
		{"escaped quote", `a = "\"[[[[[[[[" ` + "\n", Pos{}},
		{"literal string", `a = '[[[[[[\' ` + "\n", Pos{}},
		{"multi-line basic", "a = \"\"\"\n[[[[[[\n\\\"\"\" [[[[[[\n\"\"\"\n", Pos{}},
		{"multi-line basic ending in quotes", "a = \"\"\"x\"\"\"\"\"\nb = [[[[[1]]]]]\n", Pos{2, 9}},
		{"multi-line literal", "a = '''\n[[[[[[\n'''\nb = 1\n", Pos{}},
		{"comment", "a = 1 # [[[[[[[[[\n# {{{{{{{\n", Pos{}},
		{"quoted key", "\"a.b.c.d.e.f\" = 1\n'a.b.c.d.e.f' = 1\n", Pos{}},
		{"unterminated string ends at the line", "a = \"[[[[[[\nb = [[[[[1]]]]]\n", Pos{2, 9}},
		{"byte order mark", "\uFEFFa = [[[[[1]]]]]\n", Pos{1, 9}},
		{"columns in characters", "a = \"é\"\nb = [[[[[1]]]]] # é\n", Pos{2, 9}},
		{"front matter text", "title = \"x\"\n[params]\na = [[[[1]]]]\n", Pos{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at, deep := TooDeep([]byte(tt.src), 4)
			if deep != (tt.at != Pos{}) || at != tt.at {
				t.Errorf("TooDeep(%q, 4) = %v, %v; want %v", tt.src, at, deep, tt.at)
			}
		})
	}
}

// TestTooDeepIsLinear: nesting that would keep BurntSushi/toml busy for
// minutes is refused at once, and a large flat file is read quickly.
func TestTooDeepIsLinear(t *testing.T) {
	for name, src := range map[string]string{
		"inline tables": "a = " + strings.Repeat("{a=", 100_000) + "1" + strings.Repeat("}", 100_000),
		"dotted key":    strings.Repeat("a.", 100_000) + "a = 1",
		"open brackets": "a = " + strings.Repeat("[", 1_000_000),
		"flat":          strings.Repeat("[[result]]\nentity = \"17.07\"\nscore = 81.25 # [[[\n", 200_000),
		"many strings":  strings.Repeat(`a = "[[[[[[[[[[" `+"\n", 200_000),
	} {
		start := time.Now()
		TooDeep([]byte(src), 32)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s (%d bytes): %v, want well under a second", name, len(src), d)
		}
	}
}
