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
	type kind struct {
		file     string
		severity Severity
		template string
	}
	kindOf := func(d Diagnostic) kind {
		if d.Template == "" {
			return kind{d.File, d.Severity, "\x00" + d.Message}
		}
		return kind{d.File, d.Severity, d.Template}
	}
	total := map[kind]int{}
	for _, d := range ds {
		total[kindOf(d)]++
	}
	shown := map[kind]int{}
	out := make(Diagnostics, 0, min(len(ds), len(total)*(max+1)))
	for _, d := range ds {
		k := kindOf(d)
		if shown[k]++; shown[k] > max {
			continue
		}
		out = append(out, d)
		if more := total[k] - max; shown[k] == max && more > 0 {
			out = append(out, Diagnostic{File: d.File, Severity: d.Severity,
				Message: "… and " + groupThousands(more) + " more like this", Template: "… and %d more like this"})
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
