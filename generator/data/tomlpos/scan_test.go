package tomlpos

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// kv is the entry of `key = scalar`.
func kv(kl, kc, vl, vc int, raw string) Entry {
	return Entry{Key: Pos{kl, kc}, Value: Pos{vl, vc}, Raw: raw}
}

// coll is the entry of a key whose value is an array or inline table.
func coll(kl, kc, vl, vc int) Entry {
	return Entry{Key: Pos{kl, kc}, Value: Pos{vl, vc}}
}

// tbl is the entry of a table header or an implicit table.
func tbl(l, c int) Entry { return Entry{Key: Pos{l, c}} }

// el is the entry of an array element.
func el(l, c int, raw string) Entry {
	return Entry{Key: Pos{l, c}, Value: Pos{l, c}, Raw: raw}
}

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want map[Path]Entry
	}{
		{"empty", "", map[Path]Entry{}},
		{"only comments", "# a\n\n  # b\n", map[Path]Entry{}},
		{
			"key values",
			"a = 1\nb=\"x\"\n\tk\t=\t1\n",
			map[Path]Entry{"a": kv(1, 1, 1, 5, "1"), "b": kv(2, 1, 2, 3, `"x"`), "k": kv(3, 2, 3, 6, "1")},
		},
		{
			"dotted keys",
			"a . \"b.c\" . 'd' = true\nx.y = 1\nx.z = 2\n",
			map[Path]Entry{
				"a": tbl(1, 1), `a."b.c"`: tbl(1, 5), `a."b.c".d`: kv(1, 13, 1, 19, "true"),
				"x": tbl(2, 1), "x.y": kv(2, 3, 2, 7, "1"), "x.z": kv(3, 3, 3, 7, "2"),
			},
		},
		{
			"table headers",
			"top = 1\n[a.b]\nc = 2\n[ d . \"e f\" ] # comment\ng = 3\n",
			map[Path]Entry{
				"top": kv(1, 1, 1, 7, "1"),
				"a":   tbl(2, 2), "a.b": tbl(2, 1), "a.b.c": kv(3, 1, 3, 5, "2"),
				"d": tbl(4, 3), `d."e f"`: tbl(4, 1), `d."e f".g`: kv(5, 1, 5, 5, "3"),
			},
		},
		{
			"arrays of tables resolve to the last element",
			"[[result]]\nn = 0\n[[result]]\n[[result]]\n[[result.unit]]\ns = 1\n[[result.unit]]\ns = 2\n[result.reported]\nr = 3\n",
			map[Path]Entry{
				"result": tbl(1, 1), "result[0]": tbl(1, 1), "result[0].n": kv(2, 1, 2, 5, "0"),
				"result[1]": tbl(3, 1), "result[2]": tbl(4, 1),
				"result[2].unit": tbl(5, 1), "result[2].unit[0]": tbl(5, 1), "result[2].unit[0].s": kv(6, 1, 6, 5, "1"),
				"result[2].unit[1]": tbl(7, 1), "result[2].unit[1].s": kv(8, 1, 8, 5, "2"),
				"result[2].reported": tbl(9, 1), "result[2].reported.r": kv(10, 1, 10, 5, "3"),
			},
		},
		{
			"element counters per path",
			"[[r]]\n[[r.u]]\n[[r.u]]\n[[r]]\n[[r.u]]\n[[ r . u ]] # c\n",
			map[Path]Entry{
				"r": tbl(1, 1), "r[0]": tbl(1, 1), "r[0].u": tbl(2, 1), "r[0].u[0]": tbl(2, 1), "r[0].u[1]": tbl(3, 1),
				"r[1]": tbl(4, 1), "r[1].u": tbl(5, 1), "r[1].u[0]": tbl(5, 1), "r[1].u[1]": tbl(6, 1),
			},
		},
		{
			"strings",
			`b = "a\"b\\"
l = 'C:\dir'
m = """
x\
  y "" z"""""
ml = '''
''q'''''
after = 1
e = ""
f = """"""
h = "# not a comment ] = 1"
i = """a\""""
`,
			map[Path]Entry{
				"b":     kv(1, 1, 1, 5, `"a\"b\\"`),
				"l":     kv(2, 1, 2, 5, `'C:\dir'`),
				"m":     kv(3, 1, 3, 5, "\"\"\"\nx\\\n  y \"\" z\"\"\"\"\""),
				"ml":    kv(6, 1, 6, 6, "'''\n''q'''''"),
				"after": kv(8, 1, 8, 9, "1"),
				"e":     kv(9, 1, 9, 5, `""`),
				"f":     kv(10, 1, 10, 5, `""""""`),
				"h":     kv(11, 1, 11, 5, `"# not a comment ] = 1"`),
				"i":     kv(12, 1, 12, 5, `"""a\""""`),
			},
		},
		{
			"numbers and booleans",
			"i1 = +1\ni2 = -2\ni3 = 1_000\nf1 = 6.626e-34\nf2 = -inf\nf3 = nan\nf4 = 92.00\n" +
				"h = 0xDEAD_beef\no = 0o755\nbn = 0b1101\nt = true\nf = false\ne = 5e+22\n",
			map[Path]Entry{
				"i1": kv(1, 1, 1, 6, "+1"), "i2": kv(2, 1, 2, 6, "-2"), "i3": kv(3, 1, 3, 6, "1_000"),
				"f1": kv(4, 1, 4, 6, "6.626e-34"), "f2": kv(5, 1, 5, 6, "-inf"), "f3": kv(6, 1, 6, 6, "nan"),
				"f4": kv(7, 1, 7, 6, "92.00"), "h": kv(8, 1, 8, 5, "0xDEAD_beef"), "o": kv(9, 1, 9, 5, "0o755"),
				"bn": kv(10, 1, 10, 6, "0b1101"), "t": kv(11, 1, 11, 5, "true"), "f": kv(12, 1, 12, 5, "false"),
				"e": kv(13, 1, 13, 5, "5e+22"),
			},
		},
		{
			"dates and times",
			"d1 = 1979-05-27T07:32:00Z\nd2 = 1979-05-27 07:32:00Z\nd3 = 1979-05-27\nt1 = 07:32:00.999\n" +
				"d4 = 1979-05-27 07:32:00.5-07:00 # c\nd5 = 1979-05-27 # date only\nds = [1979-05-27 07:32:00, 1979-05-27]\n",
			map[Path]Entry{
				"d1": kv(1, 1, 1, 6, "1979-05-27T07:32:00Z"), "d2": kv(2, 1, 2, 6, "1979-05-27 07:32:00Z"),
				"d3": kv(3, 1, 3, 6, "1979-05-27"), "t1": kv(4, 1, 4, 6, "07:32:00.999"),
				"d4": kv(5, 1, 5, 6, "1979-05-27 07:32:00.5-07:00"), "d5": kv(6, 1, 6, 6, "1979-05-27"),
				"ds": coll(7, 1, 7, 6), "ds[0]": el(7, 7, "1979-05-27 07:32:00"), "ds[1]": el(7, 28, "1979-05-27"),
			},
		},
		{
			"arrays",
			"a = [ 1, [2, \"x\"], [], ]\nm = [  # comment\n  1,\n  # another\n  2 # trailing\n  ,\n]\n",
			map[Path]Entry{
				"a": coll(1, 1, 1, 5), "a[0]": el(1, 7, "1"), "a[1]": el(1, 10, ""),
				"a[1][0]": el(1, 11, "2"), "a[1][1]": el(1, 14, `"x"`), "a[2]": el(1, 20, ""),
				"m": coll(2, 1, 2, 5), "m[0]": el(3, 3, "1"), "m[1]": el(5, 3, "2"),
			},
		},
		{
			"inline tables",
			"t = { k = 1, x.y = \"v\", n = { z = true }, e = {} }\n" +
				"u = [{name = \"a\", score = 1}, {name = \"b\"}]\n" +
				"w = {\n  a = 1, # c\n}\n",
			map[Path]Entry{
				"t": coll(1, 1, 1, 5), "t.k": kv(1, 7, 1, 11, "1"), "t.x": tbl(1, 14), "t.x.y": kv(1, 16, 1, 20, `"v"`),
				"t.n": coll(1, 25, 1, 29), "t.n.z": kv(1, 31, 1, 35, "true"), "t.e": coll(1, 43, 1, 47),
				"u": coll(2, 1, 2, 5), "u[0]": el(2, 6, ""), "u[0].name": kv(2, 7, 2, 14, `"a"`),
				"u[0].score": kv(2, 19, 2, 27, "1"), "u[1]": el(2, 31, ""), "u[1].name": kv(2, 32, 2, 39, `"b"`),
				"w": coll(3, 1, 3, 5), "w.a": kv(4, 3, 4, 7, "1"),
			},
		},
		{
			"CRLF, comments and a byte order mark",
			"\ufeff# c\r\na = 1 # x\r\n[t] # y\r\nb = 'v'\r\nm = \"\"\"\r\nx\r\n\"\"\"\r\nz = 1",
			map[Path]Entry{
				"a": kv(2, 1, 2, 5, "1"), "t": tbl(3, 1), "t.b": kv(4, 1, 4, 5, "'v'"),
				"t.m": kv(5, 1, 5, 5, "\"\"\"\r\nx\r\n\"\"\""), "t.z": kv(8, 1, 8, 5, "1"),
			},
		},
		{"byte order mark before a key", "\ufeffk = 1", map[Path]Entry{"k": kv(1, 1, 1, 5, "1")}},
		{
			"quoted keys",
			"\"\\u00e9t\\u00e9\" = 1\n\"\" = 2\n'a\"b' = 3\n\"tab\\there\".x = 4\n\"\\x41\\U0001F600\\e\" = 5\n" +
				"\"\\b\\t\\n\\f\\r\\\"\\\\\" = 6\n",
			map[Path]Entry{
				`"été"`: kv(1, 1, 1, 19, "1"), `""`: kv(2, 1, 2, 6, "2"), `"a\"b"`: kv(3, 1, 3, 9, "3"),
				`"tab\there"`: tbl(4, 1), `"tab\there".x`: kv(4, 13, 4, 17, "4"),
				`"A😀\x1b"`:         kv(5, 1, 5, 22, "5"),
				`"\b\t\n\f\r\"\\"`: kv(6, 1, 6, 20, "6"),
			},
		},
		{
			"multi-byte characters before a key",
			"r = { kab = \"Kabupatén\", nilai = 90.005 }\n\"é\" = 1\n",
			map[Path]Entry{
				"r": coll(1, 1, 1, 5), "r.kab": kv(1, 7, 1, 13, `"Kabupatén"`), "r.nilai": kv(1, 26, 1, 34, "90.005"),
				`"é"`: kv(2, 1, 2, 7, "1"),
			},
		},
		{
			"implicit table defined later keeps the first entry",
			"[a.b]\n[a]\nx = 1\n",
			map[Path]Entry{"a": tbl(1, 2), "a.b": tbl(1, 1), "a.x": kv(3, 1, 3, 5, "1")},
		},
		{
			"dotted key table extended by a header",
			"[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true\n",
			map[Path]Entry{
				"fruit": tbl(1, 1), "fruit.apple": tbl(2, 1), "fruit.apple.color": kv(2, 7, 2, 15, `"red"`),
				"fruit.apple.texture": tbl(3, 1), "fruit.apple.texture.smooth": kv(4, 1, 4, 10, "true"),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			if _, err := toml.Decode(tt.src, &m); err != nil {
				t.Fatalf("the test document is not valid TOML: %v", err)
			}
			ix, err := Scan([]byte(tt.src))
			if err != nil {
				t.Fatalf("Scan: %v", err)
			}
			if diff := diffEntries(tt.want, ix.entries); diff != "" {
				t.Errorf("entries (-want +got):\n%s", diff)
			}
			for p, want := range tt.want {
				if got, ok := ix.Lookup(p); !ok || got != want {
					t.Errorf("Lookup(%s) = %+v, %v; want %+v, true", p, got, ok, want)
				}
			}
		})
	}
}

func TestScanErrors(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		wantErr string
		found   []Path // entries found before the error
	}{
		{"two values", "a = 1\nb = 2 3", "line 2, column 7: expected the end of the line, found '3'", []Path{"a", "b"}},
		{"lone CR", "a = 1\rb = 2", `line 1, column 6: expected the end of the line, found '\r'`, []Path{"a"}},
		{"unterminated string", "a = \"abc", "line 1, column 5: unterminated string", nil},
		{"string across lines", "a = 'abc\nb = 1'", "line 1, column 5: unterminated string", nil},
		{"escaped end of input", "a = \"x\\", "line 1, column 5: unterminated string", nil},
		{"unterminated multi-line", "a = 1\nb = '''abc\n", "line 2, column 5: unterminated multi-line string", []Path{"a"}},
		{"unclosed header", "[a", `line 1, column 3: expected "]" to close the table header, found the end of the file`, nil},
		{"unclosed array header", "[[a] ]", `line 1, column 4: expected "]]" to close the table header, found ']'`, nil},
		{"empty header", "[]", "line 1, column 2: expected a key, found ']'", nil},
		{"missing key", "= 1", "line 1, column 1: expected a key, found '='", nil},
		{"missing equals", "a 1", "line 1, column 3: expected '=' after a key, found '1'", nil},
		{"missing value", "a = \nb = 1", `line 1, column 5: expected a value, found '\n'`, nil},
		{"array without comma", "a = [1 2]", "line 1, column 8: expected ',' or ']' in an array, found '2'", []Path{"a", "a[0]"}},
		{"unclosed array", "a = [1,", "line 1, column 8: expected a value, found the end of the file", []Path{"a", "a[0]"}},
		{"inline table without comma", "a = {b = 1 c = 2}", "line 1, column 12: expected ',' or '}' in an inline table, found 'c'", []Path{"a", "a.b"}},
		{"unterminated quoted key", "'abc = 1", "line 1, column 1: unterminated quoted key", nil},
		{"unterminated basic key", "\"abc = 1", "line 1, column 1: unterminated quoted key", nil},
		{"invalid escape in key", `"\q" = 1`, "line 1, column 2: invalid escape sequence in a quoted key", nil},
		{"short unicode escape in key", `"\u12" = 1`, "line 1, column 2: invalid escape sequence in a quoted key", nil},
		{"escape at end of input", `"\U0001`, "line 1, column 2: incomplete escape sequence in a quoted key", nil},
		{"deep nesting", "a = " + strings.Repeat("[", maxDepth+2), "line 1, column 1006: arrays and inline tables are nested too deeply", []Path{"a", "a[0]"}},
		{"deep inline tables", "a = " + strings.Repeat("{b=", maxDepth+2), "line 1, column 3008: arrays and inline tables are nested too deeply", []Path{"a", "a.b"}},
		{"long dotted key", strings.Repeat("a.", maxDepth) + "a = 1", "line 1, column 2001: a key has more than 1000 parts", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, err := Scan([]byte(tt.src))
			if err == nil || err.Error() != tt.wantErr {
				t.Fatalf("Scan: error %v, want %q", err, tt.wantErr)
			}
			if ix == nil {
				t.Fatal("Scan returned a nil Index with its error")
			}
			for _, p := range tt.found {
				if _, ok := ix.Lookup(p); !ok {
					t.Errorf("Lookup(%s) failed; want the entry found before the error", p)
				}
			}
		})
	}
}
