package importer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
)

// suggest returns up to 3 bodies whose names are closest to the name:
// first those it fits but for its kind prefix, then by edit distance.
func (m *Matcher) suggest(l lookup) []*data.Entity {
	out := slices.Clone(l.fits)
	if l.key == "" {
		return out
	}
	type near struct {
		e       *data.Entity
		dist    int
		allowed bool
		i       int
	}
	var nears []near
	limit := max(2, len([]rune(l.key))/3)
	for i, e := range m.entities {
		if d := data.EditDistance(l.key, m.keys[i]); d <= limit {
			nears = append(nears, near{e, d, l.kinds == nil || slices.Contains(l.kinds, e.Kind), i})
		}
	}
	slices.SortFunc(nears, func(a, b near) int {
		return cmp.Or(cmp.Compare(a.dist, b.dist), -cmpBool(a.allowed, b.allowed), cmp.Compare(a.i, b.i))
	})
	for _, n := range nears {
		if len(out) == 3 {
			break
		}
		if !slices.Contains(out, n.e) {
			out = append(out, n.e)
		}
	}
	return out
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// MatchError tells why a cell matches no single body.
type MatchError struct {
	Name        string         // the cell
	Code        bool           // the cell is a code, of no body
	KindWord    string         // the label, lower-case, of the kind written with the name; "" when none
	Candidates  []*data.Entity // more than one: the bodies the name fits
	Suggestions []*data.Entity // none: the closest bodies, up to 3
}

func (e *MatchError) Error() string {
	switch {
	case e.Code:
		return fmt.Sprintf("%q is not the code of any body in %s", e.Name, data.EntitiesFile)
	case len(e.Candidates) > 0:
		return fmt.Sprintf("%q could be %s; %s", e.Name, orList(describeAll(e.Candidates)), disambiguation(e.Candidates))
	}
	what := "no body"
	if e.KindWord != "" {
		what = "no " + e.KindWord
	}
	if len(e.Suggestions) == 0 {
		return fmt.Sprintf("%q matches %s in %s; check the spelling, or give the body's code (a Kode column)", e.Name, what, data.EntitiesFile)
	}
	return fmt.Sprintf("%q matches %s; did you mean %s?", e.Name, what, orList(describeAll(e.Suggestions)))
}

// disambiguation says how to tell apart bodies of one name.
func disambiguation(es []*data.Entity) string {
	labels := map[string]bool{}
	for _, e := range es {
		labels[kindLabel(e)] = true
	}
	if len(labels) < len(es) {
		return "give the body's code in a Kode column, or write the code instead of the name"
	}
	return fmt.Sprintf("write the kind before the name, such as %q, or give the body's code", kindLabel(es[0])+" "+es[0].Name)
}

// describe names a body for messages: "Kabupaten Mukomuko (17.06)".
func describe(e *data.Entity) string {
	return fmt.Sprintf("%s %s (%s)", kindLabel(e), e.Name, e.Code)
}

func describeAll(es []*data.Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = describe(e)
	}
	return out
}

func kindLabel(e *data.Entity) string {
	if e.Kind == nil {
		return ""
	}
	return cmp.Or(e.Kind.Label, e.Kind.ID)
}

// orList joins "a", "a or b", "a, b or c".
func orList(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}
