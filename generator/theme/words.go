package theme

import "strings"

// Word translates key into lang, replacing {name} with the value that
// follows name in args; false where the theme lacks the word.
func (th *Theme) Word(lang, key string, args ...string) (string, bool) {
	s, ok := th.words[lang][key]
	if !ok {
		return "", false
	}
	return fill(s, args), true
}

// fill replaces each {name} of the template s with the value that follows
// name in args, in one pass over s: a value is never read again, so a
// body named "Lebong {year}" stays so. A {name} args lack is kept as
// written.
func fill(s string, args []string) string {
	if len(args) < 2 || !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(s[open:], '}')
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		v, ok := arg(args, s[open+1:open+end])
		if !ok {
			b.WriteByte('{') // not a placeholder: go on after the brace
			s = s[open+1:]
			continue
		}
		b.WriteString(v)
		s = s[open+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// arg is the value following name in args, pairs of name and value.
func arg(args []string, name string) (string, bool) {
	for i := 0; i+1 < len(args); i += 2 {
		if args[i] == name {
			return args[i+1], true
		}
	}
	return "", false
}
