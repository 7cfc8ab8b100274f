package tomlpos

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// sampleDocs returns valid TOML documents covering every construct; they
// are checked against BurntSushi/toml and seed the fuzz test.
func sampleDocs() []string {
	return []string{
		reportDoc,
		"a = 1\nb = \"x\"\nc.d . 'e' = true\n",
		"[[r]]\nx = 1\n[[r]]\n[[r.u]]\ny = 2\n[r.rep]\nz = 3\n[[r.u]]\n[r.u.v]\n",
		"[a.b.c]\nu = [{n = 1, m = {o = 2}}, {n = 3}]\nd.e.f = 1\nt = {p.q = 1}\nq = [[1, 2], [3]]\n",
		"[a.b]\n[a]\nx = 1\n[fruit]\napple.color = \"red\"\n[fruit.apple.texture]\nsmooth = true\n",
		"s1 = \"a\\\"b\\\\\\u00e9\"\ns2 = 'C:\\dir'\ns3 = \"\"\"\nx\\\n   y \"\" z\"\"\"\"\"\ns4 = '''\n''q'''''\ns5 = \"\"\ns6 = \"\"\"\"\"\"\n",
		"i = [+1, -2, 1_000, 0xDEAD_beef, 0o755, 0b1101]\nf = [6.626e-34, -inf, nan, +inf, 92.00, 5e+22, -0.0]\nb = [true, false]\n",
		"d = [1979-05-27T07:32:00Z, 1979-05-27 07:32:00Z, 1979-05-27, 07:32:00.999, 1979-05-27 07:32:00.5-07:00, 1979-05-27T07:32:00]\n",
		"\ufeff# c\r\na = 1 # x\r\n[t] # y\r\nb = 'v'\r\nm = \"\"\"\r\nx\r\n\"\"\"\r\nz = [\r\n 1, # one\r\n 2,\r\n]\r\n",
		"\"\\u00e9t\\u00e9\" = 1\n\"\" = 2\n'a\"b' = 3\n\"tab\\there\".x = 4\n[\"a.b\".'c d']\n\"\\x41\\e\" = 5\n",
		"r = { kab = \"Kabupatén\", nilai = 90.005 }\nw = {\n  a = 1, # c\n  b = [1,\n 2],\n}\n[[ x . y ]]\n[ x . z ]\n",
		"empty = []\nnested = [[], [[]], [{}]]\ninline = {}\n",
	}
}

// TestConsistentWithBurntSushi checks that every key BurntSushi/toml
// reports, and every value it decodes, is in the index.
func TestConsistentWithBurntSushi(t *testing.T) {
	for _, src := range sampleDocs() {
		var m map[string]any
		md, err := toml.Decode(src, &m)
		if err != nil {
			t.Fatalf("invalid sample document %q: %v", src, err)
		}
		ix, err := Scan([]byte(src))
		if err != nil {
			t.Fatalf("Scan(%q): %v", src, err)
		}
		checkKeys(t, md, ix)
		checkValues(t, []byte(src), m, ix)
	}
}

// FuzzScan checks that Scan never panics and that, on every input
// BurntSushi/toml accepts, it succeeds and indexes every decoded value with
// its raw text at the right place.
func FuzzScan(f *testing.F) {
	for _, src := range sampleDocs() {
		f.Add([]byte(src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		ix, err := Scan(src)
		if ix == nil {
			t.Fatalf("Scan returned a nil Index (error %v)", err)
		}
		_ = ix.End()
		var m map[string]any
		if _, derr := toml.Decode(string(src), &m); derr != nil {
			return
		}
		if err != nil {
			t.Fatalf("Scan failed on TOML that BurntSushi/toml accepts: %v", err)
		}
		checkValues(t, src, m, ix)
	})
}

// checkKeys looks up every key of md. A key under an array of tables
// names that array's last element so far, as it does in the document; a
// key reported as an array of tables is a [[header]] adding an element.
func checkKeys(t *testing.T, md toml.MetaData, ix *Index) {
	t.Helper()
	elements := make(map[Path]int) // per array of tables, by resolved path
	for _, k := range md.Keys() {
		paths := []Path{Root()}
		for i, part := range k {
			prefix := k[:i+1]
			paths = extend(paths, part)
			switch {
			case md.Type(prefix...) == "ArrayHash" && len(paths) == 1:
				if i == len(k)-1 {
					elements[paths[0]]++
				}
				paths[0] = paths[0].Index(elements[paths[0]] - 1)
			case md.Type(prefix...) == "Array" && i < len(k)-1:
				paths = allElements(ix, paths)
			}
		}
		if !anyFound(ix, paths) {
			t.Errorf("key %s: none of %q in the index", k, paths)
		}
	}
}

func extend(paths []Path, k string) []Path {
	out := make([]Path, len(paths))
	for i, p := range paths {
		out[i] = p.Key(k)
	}
	return out
}

// allElements replaces each path of a static array by those of its
// elements: BurntSushi reports keys inside them without an index.
func allElements(ix *Index, paths []Path) []Path {
	var out []Path
	for _, p := range paths {
		for i := 0; ; i++ {
			if _, ok := ix.Lookup(p.Index(i)); !ok {
				break
			}
			out = append(out, p.Index(i))
		}
	}
	return out
}

func anyFound(ix *Index, paths []Path) bool {
	for _, p := range paths {
		if _, ok := ix.Lookup(p); ok {
			return true
		}
	}
	return false
}

// checkValues walks the decoded document: every table, array, element and
// key must be in the index, and each scalar's Raw must be written at its
// Value position and decode to the same value.
func checkValues(t *testing.T, src []byte, v any, ix *Index) {
	t.Helper()
	walk(Root(), v, func(p Path, v any) {
		e, ok := ix.Lookup(p)
		if !ok {
			t.Errorf("%s: not in the index", p)
			return
		}
		switch v.(type) {
		case map[string]any, []map[string]any, []any:
			if e.Raw != "" {
				t.Errorf("%s: Raw = %q for a table or array", p, e.Raw)
			}
			return
		}
		if off := offsetOf(src, e.Value); off < 0 || !bytes.HasPrefix(src[off:], []byte(e.Raw)) || e.Raw == "" {
			t.Errorf("%s: Raw %q is not written at %+v", p, e.Raw, e.Value)
		}
		var one map[string]any
		if _, err := toml.Decode("v = "+e.Raw, &one); err != nil || !sameValue(one["v"], v) {
			t.Errorf("%s: Raw %q decodes to %#v (%v), want %#v", p, e.Raw, one["v"], err, v)
		}
	})
}

// walk calls visit for every place below p in v, a decoded TOML value.
func walk(p Path, v any, visit func(Path, any)) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			visit(p.Key(k), x)
			walk(p.Key(k), x, visit)
		}
	case []map[string]any:
		for i, x := range v {
			visit(p.Index(i), x)
			walk(p.Index(i), x, visit)
		}
	case []any:
		for i, x := range v {
			visit(p.Index(i), x)
			walk(p.Index(i), x, visit)
		}
	}
}

// sameValue is reflect.DeepEqual, except that NaN equals NaN.
func sameValue(a, b any) bool {
	fa, okA := a.(float64)
	fb, okB := b.(float64)
	if okA && okB && math.IsNaN(fa) && math.IsNaN(fb) {
		return true
	}
	return reflect.DeepEqual(a, b)
}

// offsetOf returns the byte offset of p in src, or -1 if src has no such
// position.
func offsetOf(src []byte, p Pos) int {
	off := bomLen(src)
	for line := 1; line < p.Line; line++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	for col := 1; col < p.Col; col++ {
		if off >= len(src) || src[off] == '\n' {
			return -1
		}
		_, n := utf8.DecodeRune(src[off:])
		off += n
	}
	return off
}

func TestOffsetOf(t *testing.T) {
	src := []byte("\ufeffa = 1\né = \"x\"")
	tests := []struct {
		p    Pos
		want string
	}{
		{Pos{1, 1}, "a = 1"}, {Pos{1, 5}, "1"}, {Pos{2, 5}, `"x"`}, {Pos{2, 8}, ""},
	}
	for _, tt := range tests {
		off := offsetOf(src, tt.p)
		if off < 0 || !strings.HasPrefix(string(src[off:]), tt.want) {
			t.Errorf("offsetOf(%+v) = %d, want the offset of %q", tt.p, off, tt.want)
		}
	}
	for _, p := range []Pos{{3, 1}, {1, 7}, {2, 9}} {
		if off := offsetOf(src, p); off != -1 {
			t.Errorf("offsetOf(%+v) = %d, want -1", p, off)
		}
	}
}
