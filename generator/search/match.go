package search

import (
	"cmp"
	"slices"
	"strings"
)

// Limit is how many results the search box shows.
const Limit = 8

// Search is the reference of search.js's ranking (see the package's
// rules): the indexes in Bodies of the best matches of a query, at most
// limit, best first.
func (ix *Index) Search(query string, limit int) []int {
	words := Words(query)
	if len(words) == 0 {
		return nil
	}
	q := strings.Join(words, "")
	kinds, rest, named := ix.alias(words)
	type hit struct{ i, penalty, match int }
	var hits []hit
	for i, b := range ix.Bodies {
		nameWords := Words(b.Name)
		key, at := strings.Join(nameWords, ""), starts(nameWords)
		best := hit{i, 2, -1}
		better := func(penalty, match int) {
			if match >= 0 && (best.match < 0 || penalty < best.penalty || penalty == best.penalty && match < best.match) {
				best.penalty, best.match = penalty, match
			}
		}
		better(0, matchKey(key, at, q))
		if named {
			switch {
			case slices.Contains(kinds, b.Kind) && rest == "":
				better(0, 1)
			case slices.Contains(kinds, b.Kind):
				better(0, matchKey(key, at, rest))
			case rest != "":
				better(1, matchKey(key, at, rest))
			}
		}
		if best.match >= 0 {
			hits = append(hits, hit{i, best.penalty, best.match})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		ba, bb := ix.Bodies[a.i], ix.Bodies[b.i]
		return cmp.Or(cmp.Compare(a.penalty, b.penalty), cmp.Compare(a.match, b.match),
			cmp.Compare(ba.Kind, bb.Kind), strings.Compare(Key(ba.Name), Key(bb.Name)),
			strings.Compare(ba.Name, bb.Name), cmp.Compare(a.i, b.i))
	})
	out := make([]int, 0, min(limit, len(hits)))
	for _, h := range hits[:min(limit, len(hits))] {
		out = append(out, h.i)
	}
	return out
}

// alias finds a kind named at the start of the query's words, else at
// their end, the longest first: the kinds it names and the rest's key.
func (ix *Index) alias(words []string) (kinds []int, rest string, ok bool) {
	find := func(w string) []int {
		var out []int
		for i, k := range ix.Kinds {
			if slices.Contains(k.Aliases, w) {
				out = append(out, i)
			}
		}
		return out
	}
	for n := len(words); n >= 1; n-- {
		if ks := find(strings.Join(words[:n], "")); ks != nil {
			return ks, strings.Join(words[n:], ""), true
		}
	}
	for n := len(words) - 1; n >= 1; n-- {
		if ks := find(strings.Join(words[len(words)-n:], "")); ks != nil {
			return ks, strings.Join(words[:len(words)-n], ""), true
		}
	}
	return nil, "", false
}

// matchKey says how a name's key (with its words' starts) matches k: 0
// exactly, 1 at its start, 2 at a word's start, 3 anywhere, -1 not.
func matchKey(key string, at []int, k string) int {
	switch {
	case key == k:
		return 0
	case strings.HasPrefix(key, k):
		return 1
	case !strings.Contains(key, k):
		return -1
	}
	for _, s := range at {
		if strings.HasPrefix(key[s:], k) {
			return 2
		}
	}
	return 3
}
