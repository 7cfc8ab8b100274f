package data

import "strconv"

// MaxLike is how many diagnostics of one kind a file shows before the
// rest are counted: 10,000 results naming unknown bodies print 10 lines
// and a count, not 10,000 lines.
const MaxLike = 10

// Capped is the sorted list as it is shown: of the diagnostics of one
// kind in one file (one severity and Template), the first max, the last
// of them followed by one line that counts the others ("… and 9,990 more
// like this"). Counts and the exit status come from the whole list.
func (ds Diagnostics) Capped(max int) Diagnostics {
	return CapLike(ds, max,
		func(d Diagnostic) LikeKey { return Like(d.File, d.Severity, d.Template, d.Message) },
		func(d Diagnostic, more int) Diagnostic {
			return Diagnostic{File: d.File, Severity: d.Severity, Message: MoreLikeThis(more), Template: "… and %d more like this"}
		})
}

// LikeKey names a kind of message: one file, one severity, one template
// (or, for a message without one, that message).
type LikeKey struct {
	file     string
	severity Severity
	template string
}

// Like is the kind of a message in file, of severity sev, written from
// template ("" for none) as message.
func Like(file string, sev Severity, template, message string) LikeKey {
	if template == "" {
		template = "\x00" + message
	}
	return LikeKey{file, sev, template}
}

// MoreLikeThis is the line that counts n messages left out.
func MoreLikeThis(n int) string { return "… and " + groupThousands(n) + " more like this" }

// CapLike keeps, of the items of each kind, the first max, in order;
// after the last one kept of a kind, it adds more(that item, how many of
// the kind were left out).
func CapLike[T any](items []T, max int, kind func(T) LikeKey, more func(last T, n int) T) []T {
	total := map[LikeKey]int{}
	for _, it := range items {
		total[kind(it)]++
	}
	shown := map[LikeKey]int{}
	out := make([]T, 0, min(len(items), len(total)*(max+1)))
	for _, it := range items {
		k := kind(it)
		if shown[k]++; shown[k] > max {
			continue
		}
		out = append(out, it)
		if n := total[k] - max; shown[k] == max && n > 0 {
			out = append(out, more(it, n))
		}
	}
	return out
}

// groupThousands writes n with a comma between groups of three digits:
// 9,990.
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
