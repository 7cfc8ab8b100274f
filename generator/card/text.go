package card

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const ellipsis = "…"

// clean turns control characters and runs of white space into single
// spaces and drops invisible format characters (zero-width space,
// direction marks, soft hyphen), so that any string lays out as one run
// of words.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsControl(r):
			return ' '
		case unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// sizeFor is the largest size up to maxSize at which text that is w
// pixels wide at maxSize fits width, assuming width scales with size.
func sizeFor(maxSize, w, width int) int {
	if w <= width {
		return maxSize
	}
	return maxSize * width / w
}

// fitSize returns the largest size from maxSize down to minSize at
// which every one of lines fits width in weight wt, and whether one
// did. It starts from the proportional estimate, so it measures a few
// times at most.
func (fs *faces) fitSize(wt weight, maxSize, minSize, width int, lines ...string) (int, bool) {
	widest := 0
	for _, l := range lines {
		widest = max(widest, fs.face(wt, maxSize).width(l))
	}
	for size := sizeFor(maxSize, widest, width); size >= minSize; size-- {
		if fitsAll(fs.face(wt, size), width, lines) {
			return size, true
		}
	}
	return minSize, false
}

func fitsAll(f *face, width int, lines []string) bool {
	for _, l := range lines {
		if f.width(l) > width {
			return false
		}
	}
	return true
}

// ellipsize cuts s at the end, by runes, until s and an ellipsis fit
// width; s is returned whole if it fits.
func ellipsize(f *face, s string, width int) string {
	if f.width(s) <= width {
		return s
	}
	for s != "" {
		_, n := utf8.DecodeLastRuneInString(s)
		s = strings.TrimRight(s[:len(s)-n], " ")
		if f.width(s+ellipsis) <= width {
			return s + ellipsis
		}
	}
	return ellipsis
}

// wrap breaks s into at most n lines no wider than width: by words,
// a word wider than a line by runes, and the last line ends in an
// ellipsis if text is left over.
func wrap(f *face, s string, width, n int) []string {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(s) {
		if cur != "" && f.width(cur+" "+word) <= width {
			cur += " " + word
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		for f.width(word) > width {
			head := longestPrefix(f, word, width)
			lines = append(lines, head)
			word = word[len(head):]
		}
		cur = word
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	if len(lines) > n {
		lines[n-1] = ellipsize(f, strings.Join(lines[n-1:], " "), width)
		lines = lines[:n]
	}
	return lines
}

// longestPrefix is the longest prefix of s, at least one rune, that
// fits width.
func longestPrefix(f *face, s string, width int) string {
	_, end := utf8.DecodeRuneInString(s)
	for i := range s {
		if i > end && f.width(s[:i]) > width {
			break
		}
		end = max(end, i)
	}
	return s[:end]
}

// balance splits words into two lines whose wider one is as narrow as
// it can be, and returns the lines and that width.
func balance(f *face, words []string) ([]string, int) {
	var best []string
	bestW := -1
	for k := 1; k < len(words); k++ {
		a, b := strings.Join(words[:k], " "), strings.Join(words[k:], " ")
		if w := max(f.width(a), f.width(b)); bestW < 0 || w < bestW {
			best, bestW = []string{a, b}, w
		}
	}
	return best, bestW
}
