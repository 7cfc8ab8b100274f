package data

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/rapor-publik/rapor/generator/data/tomlpos"
)

// table reads one TOML table with typed getters. Every getter marks its
// key as known and reports a wrong type at the value; done reports the
// keys nobody asked for.
type table struct {
	f    *tomlFile
	path tomlpos.Path
	m    map[string]any
	name string // for messages: "[[result]]", "reported"
	seen []string
}

func (t *table) entry(p tomlpos.Path) (tomlpos.Entry, bool) {
	if t.f.ix == nil {
		return tomlpos.Entry{}, false
	}
	return t.f.ix.Lookup(p)
}

// pos is where the table starts: its header or its key.
func (t *table) pos() Pos {
	if e, ok := t.entry(t.path); ok {
		return t.f.shift(e.Key)
	}
	return t.f.shift(Pos{Line: 1, Col: 1})
}

// keyPos is where key k is written, or the table's position.
func (t *table) keyPos(k string) Pos {
	if e, ok := t.entry(t.path.Key(k)); ok {
		return t.f.shift(e.Key)
	}
	return t.pos()
}

// valuePos is where the value of key k starts, or where k is.
func (t *table) valuePos(k string) Pos {
	if e, ok := t.entry(t.path.Key(k)); ok && e.Value.Line > 0 {
		return t.f.shift(e.Value)
	}
	return t.keyPos(k)
}

func (t *table) has(k string) bool {
	_, ok := t.m[k]
	return ok
}

func (t *table) get(k string) (any, bool) {
	if t.seen == nil {
		t.seen = make([]string, 0, len(t.m)+4) // getters ask for a few absent keys too
	}
	t.seen = append(t.seen, k)
	v, ok := t.m[k]
	return v, ok
}

func (t *table) errorf(k string, format string, args ...any) {
	t.f.errorf(t.keyPos(k), format, args...)
}

func (t *table) valueErrorf(k string, format string, args ...any) {
	t.f.errorf(t.valuePos(k), format, args...)
}

func (t *table) wrongType(k, want string, v any) {
	t.valueErrorf(k, "%s must be %s, not %s", k, want, typeName(v))
}

// written is the source text of the value of k, or r as a decimal.
func (t *table) written(k string, r *big.Rat) string {
	if e, ok := t.entry(t.path.Key(k)); ok && e.Raw != "" {
		return e.Raw
	}
	return formatExact(r)
}

// str returns an optional string; "" when absent or wrong.
func (t *table) str(k string) string {
	v, ok := t.get(k)
	if !ok {
		return ""
	}
	s, ok := v.(string)
	if !ok {
		t.wrongType(k, "a string in quotes", v)
	}
	return s
}

// reqStr returns a required string that is not blank.
func (t *table) reqStr(k, example string) string {
	if !t.has(k) {
		t.f.errorf(t.pos(), "%s has no %s; add a line like %s", t.name, k, example)
		t.seen = append(t.seen, k)
		return ""
	}
	s := t.str(k)
	if _, isStr := t.m[k].(string); isStr && strings.TrimSpace(s) == "" {
		t.valueErrorf(k, "%s is empty; write it like %s", k, example)
	}
	return s
}

func (t *table) boolean(k string) bool {
	v, ok := t.get(k)
	if !ok {
		return false
	}
	b, ok := v.(bool)
	if !ok {
		t.wrongType(k, "true or false", v)
	}
	return b
}

// integer returns an optional integer and whether it was given right.
func (t *table) integer(k string) (int, bool) {
	v, ok := t.get(k)
	if !ok {
		return 0, false
	}
	n, ok := v.(int64)
	if !ok {
		t.wrongType(k, "a whole number", v)
		return 0, false
	}
	if n > 1<<31 || n < -1<<31 {
		t.valueErrorf(k, "%s %d is too large", k, n)
		return 0, false
	}
	return int(n), true
}

// number returns an optional number, exactly as written.
func (t *table) number(k string) (*big.Rat, bool) {
	v, ok := t.get(k)
	if !ok {
		return nil, false
	}
	switch v.(type) {
	case int64, float64:
	default:
		t.wrongType(k, "a number such as 92.00", v)
		return nil, false
	}
	e, _ := t.entry(t.path.Key(k))
	r, ok := exactValue(e.Raw, v)
	if !ok {
		t.valueErrorf(k, "%s must be a number such as 92.00, not %s", k, e.Raw)
	}
	return r, ok
}

// date returns an optional TOML local date.
func (t *table) date(k string) *Date {
	v, ok := t.get(k)
	if !ok {
		return nil
	}
	tm, ok := v.(time.Time)
	if !ok || tm.Location().String() != "date-local" {
		t.valueErrorf(k, "%s must be a date written like 2024-02-29 (no quotes, no time)", k)
		return nil
	}
	return &Date{Year: tm.Year(), Month: tm.Month(), Day: tm.Day()}
}

// strList returns an optional array of strings with each one's position.
func (t *table) strList(k string) ([]string, []Pos) {
	v, ok := t.get(k)
	if !ok {
		return nil, nil
	}
	arr, ok := v.([]any)
	if !ok {
		t.wrongType(k, `an array of strings such as ["a", "b"]`, v)
		return nil, nil
	}
	var out []string
	var pos []Pos
	for i, el := range arr {
		p := t.valuePos(k)
		if e, ok := t.entry(t.path.Key(k).Index(i)); ok {
			p = t.f.shift(e.Key)
		}
		s, ok := el.(string)
		if !ok {
			t.f.errorf(p, "%s must hold only strings in quotes, not %s", k, typeName(el))
			continue
		}
		out, pos = append(out, s), append(pos, p)
	}
	return out, pos
}

// tables returns an optional array of tables ([[k]] or k = [{…}]).
func (t *table) tables(k, name string) []*table {
	v, ok := t.get(k)
	if !ok {
		return nil
	}
	var maps []map[string]any
	switch arr := v.(type) {
	case []map[string]any:
		maps = arr
	case []any:
		for _, el := range arr {
			m, ok := el.(map[string]any)
			if !ok {
				t.wrongType(k, "a list of tables written [["+t.childName(k)+"]]", v)
				return nil
			}
			maps = append(maps, m)
		}
	default:
		t.wrongType(k, "a list of tables written [["+t.childName(k)+"]]", v)
		return nil
	}
	out := make([]*table, len(maps))
	for i, m := range maps {
		out[i] = &table{f: t.f, path: t.path.Key(k).Index(i), m: m, name: name}
	}
	return out
}

// sub returns an optional table ([k] or k = {…}), nil when absent.
func (t *table) sub(k, name string) *table {
	v, ok := t.get(k)
	if !ok {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.wrongType(k, "a table such as "+k+" = { … }", v)
		return nil
	}
	return &table{f: t.f, path: t.path.Key(k), m: m, name: name}
}

func (t *table) childName(k string) string {
	base := strings.Trim(t.name, "[]")
	if strings.HasPrefix(t.name, "[") && base != "" {
		return base + "." + k
	}
	return k
}

// done reports every key of the table that no getter asked for.
func (t *table) done() {
	var unknown []string
	for k := range t.m {
		if !slices.Contains(t.seen, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return
	}
	slices.Sort(unknown)
	var known []string
	for _, k := range t.seen {
		if !slices.Contains(known, k) {
			known = append(known, k)
		}
	}
	for _, k := range unknown {
		hint := ""
		if s := suggest(k, known); s != "" {
			hint = fmt.Sprintf("; did you mean %q?", s)
		}
		t.errorf(k, "unknown key %q in %s%s (known keys: %s)", k, t.name, hint, strings.Join(known, ", "))
	}
}

func typeName(v any) string {
	switch v := v.(type) {
	case string:
		return "a string"
	case int64:
		return "a whole number"
	case float64:
		return "a decimal number"
	case bool:
		return "true/false"
	case time.Time:
		if v.Location().String() == "date-local" {
			return "a date"
		}
		return "a date-time"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}
