package tomlpos

import (
	"bytes"
	"unicode/utf8"
)

// TooDeep reports where src nests more than max levels deep, before any
// parser reads it: BurntSushi/toml takes time quadratic in the depth of
// inline tables and dotted keys (8,000 levels, 32 KB, take seconds), so
// depth is refused first. It reads src once, in time linear in its
// length, and never fails: on text that is not valid TOML it counts what
// it can, and a parser reports the rest.
//
// A level is an array or inline table opened by "[" or "{", or a dot of
// a dotted key or of a table header's key (a.b.c = 1 is two levels, and
// so is [a.b.c]; a = [[1]] too). Brackets and dots inside strings and
// comments are not counted, nor the brackets of a table header.
func TooDeep(src []byte, max int) (Pos, bool) {
	d := depthScan{src: src, max: max}
	off, ok := d.run()
	if ok {
		return Pos{}, false
	}
	return offsetPos(src, off), true
}

// depthScan is the state of TooDeep.
type depthScan struct {
	src   []byte
	max   int
	open  []frame // the arrays and inline tables open
	depth int     // levels open: the frames' weights and the table header
	key   int     // dots in the key being read
	value int     // levels of the key whose value is being read
	inKey bool    // reading a key, not a value
}

// frame is one open array or inline table and the levels it adds.
type frame struct {
	table  bool
	weight int
}

// run scans src; it returns the offset where the limit is crossed.
func (d *depthScan) run() (int, bool) {
	src := d.src
	i, ok := d.lineStart(bomLen(src))
	if !ok {
		return i, false
	}
	for i < len(src) {
		switch c := src[i]; c {
		case '"', '\'':
			i = skipString(src, i)
			continue
		case '#':
			i = skipLine(src, i)
			continue
		case '\n':
			if len(d.open) == 0 {
				if i, ok = d.lineStart(i + 1); !ok {
					return i, false
				}
				continue
			}
		case '.':
			if d.inKey {
				d.key++
				if d.depth+d.key > d.max {
					return i, false
				}
			}
		case '=':
			if d.inKey {
				d.inKey, d.value, d.key = false, d.key, 0
			}
		case '[', '{':
			w := d.value + 1
			if d.depth+w > d.max {
				return i, false
			}
			d.open = append(d.open, frame{table: c == '{', weight: w})
			d.depth += w
			d.inKey, d.value, d.key = c == '{', 0, 0
		case ']', '}':
			if n := len(d.open); n > 0 {
				d.depth -= d.open[n-1].weight
				d.open = d.open[:n-1]
			}
			d.inKey, d.value = false, 0
		case ',':
			if n := len(d.open); n > 0 && d.open[n-1].table {
				d.inKey, d.key = true, 0
			}
			d.value = 0
		}
		i++
	}
	return 0, true
}

// lineStart begins a line at i outside any array or inline table: a key
// follows, or a table header, which it reads. It returns the offset to
// go on from; the dots of a header are the depth of the keys under it.
func (d *depthScan) lineStart(i int) (int, bool) {
	d.inKey, d.key, d.value = true, 0, 0
	src := d.src
	j := i
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j >= len(src) || src[j] != '[' {
		return i, true
	}
	dots := 0
	for j++; j < len(src) && src[j] != ']' && src[j] != '\n'; {
		switch src[j] {
		case '"', '\'':
			j = skipString(src, j)
			continue
		case '.':
			if dots++; dots > d.max {
				return j, false
			}
		}
		j++
	}
	for j < len(src) && src[j] == ']' {
		j++
	}
	d.depth, d.inKey = dots, false
	return j, true
}

// skipString returns the offset past the string starting at i: basic
// ("…", with escapes) or literal ('…'), on one line or multi-line
// ("""…""", ”'…”'). A string left open ends at its line's end (or, for
// a multi-line one, at the end of src), as a parser would refuse it.
func skipString(src []byte, i int) int {
	q := src[i]
	triple := []byte{q, q, q}
	if bytes.HasPrefix(src[i:], triple) {
		j := i + 3
		for j < len(src) {
			switch {
			case src[j] == '\\' && q == '"':
				j += 2
			case bytes.HasPrefix(src[j:], triple):
				j += 3
				for n := 0; n < 2 && j < len(src) && src[j] == q; n++ {
					j++ // up to two quotes may end the string's content
				}
				return j
			default:
				j++
			}
		}
		return len(src)
	}
	j := i + 1
	for j < len(src) && src[j] != '\n' {
		switch {
		case src[j] == '\\' && q == '"' && j+1 < len(src) && src[j+1] != '\n':
			j += 2
		case src[j] == q:
			return j + 1
		default:
			j++
		}
	}
	return j
}

// skipLine returns the offset of the line break ending the line at i.
func skipLine(src []byte, i int) int {
	if n := bytes.IndexByte(src[i:], '\n'); n >= 0 {
		return i + n
	}
	return len(src)
}

// offsetPos turns a byte offset into a line and a column in characters,
// not counting a byte order mark.
func offsetPos(src []byte, off int) Pos {
	before := src[:off]
	start := bytes.LastIndexByte(before, '\n') + 1
	line := before[start:]
	if start == 0 {
		line = line[bomLen(line):]
	}
	return Pos{Line: bytes.Count(before, []byte("\n")) + 1, Col: utf8.RuneCount(line) + 1}
}
