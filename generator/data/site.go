package data

import (
	"fmt"
	"io/fs"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/rapor-publik/rapor/generator/sitefs"
)

var langPattern = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)

// loadSite reads data/site.toml. Missing optional settings get defaults:
// languages ["id"], theme "default".
func (l *loader) loadSite() {
	s := &l.ds.Site
	s.Languages = []string{"id"}
	s.Theme = "default"
	t := l.parse(SiteFile)
	if t == nil {
		return
	}
	s.Title = t.reqStr("title", `title = "Rapor Pelayanan Publik"`)
	s.BaseURL = checkBaseURL(t, t.reqStr("base_url", `base_url = "https://rapor.example.org/"`))
	if langs, pos := t.strList("languages"); t.has("languages") {
		s.Languages, s.LanguagePos = checkLanguages(t, langs, pos)
	}
	if t.has("theme") {
		s.Theme, s.ThemePos = t.str("theme"), t.valuePos("theme")
		if _, isStr := t.m["theme"].(string); isStr && !ValidSlug(s.Theme) {
			t.valueErrorf("theme", "theme %q must be the name of a folder under themes/, in lower-case letters, digits and single dashes, such as \"default\"", s.Theme)
		}
	}
	s.Publisher = t.str("publisher")
	s.Owner, s.Licence = t.str("owner"), t.str("licence")
	s.OwnerURL = checkLink(t, "owner_url", false)
	s.LicenceURL = checkLink(t, "licence_url", false)
	s.Contact = checkLink(t, "contact", true)
	if s.OwnerURL != "" && s.Owner == "" {
		t.errorf("owner_url", "owner_url links the site's owner, which is not named; add owner = \"…\"")
	}
	if s.LicenceURL != "" && s.Licence == "" {
		t.errorf("licence_url", "licence_url links the data's licence, which is not named; add licence = \"CC BY 4.0\" or the like")
	}
	s.UnsafeHTML = t.boolean("unsafe_html")
	s.ECharts = "theme"
	if t.has("echarts") {
		s.ECharts = l.checkECharts(t, t.str("echarts"))
	}
	switch s.InteractiveCharts = t.str("interactive_charts"); s.InteractiveCharts {
	case "":
		s.InteractiveCharts = "request"
	case "request", "load":
	default:
		t.valueErrorf("interactive_charts", "interactive_charts %q must be \"request\" (charts become interactive when a reader asks) or \"load\" (as they come into view)", s.InteractiveCharts)
		s.InteractiveCharts = "request"
	}
	t.done()
}

// checkECharts checks the echarts setting: "theme" (the theme's own
// build, served with the site: the default), "cdn", or the path of a file
// in the site folder, such as node_modules/echarts/dist/echarts.min.js.
func (l *loader) checkECharts(t *table, v string) string {
	if v == "cdn" || v == "theme" {
		return v
	}
	if !fs.ValidPath(v) || v == "." {
		t.valueErrorf("echarts", "echarts %q must be \"theme\", \"cdn\" or a path inside the site folder, such as \"node_modules/echarts/dist/echarts.min.js\"", v)
		return "theme"
	}
	info, err := fs.Stat(l.fsys, v)
	if err == nil && !info.IsDir() {
		err = checkOpen(l.fsys, v)
	}
	if problem, refused := sitefs.Problem(v, err); refused {
		t.valueErrorf("echarts", "echarts file %s %s", v, problem)
		return "theme"
	}
	if err != nil || info.IsDir() {
		t.valueErrorf("echarts", "echarts file %s not found; run npm install in the site folder, or leave echarts out to use the theme's own", v)
		return "theme"
	}
	return v
}

func checkBaseURL(t *table, raw string) string {
	if raw == "" {
		return ""
	}
	if problem := BaseURLProblem(raw); problem != "" {
		t.valueErrorf("base_url", "%s", problem)
		return ""
	}
	if !strings.HasSuffix(raw, "/") {
		raw += "/"
	}
	return raw
}

// BaseURLProblem says what is wrong with raw as a site's base_url, or ""
// when nothing is: the rules of data/site.toml, for the commands that
// write one.
func BaseURLProblem(raw string) string {
	if shown, ok := withoutUserinfo(raw); !ok {
		// Never echo the password: every page would publish it, and so
		// would a log of this message.
		return fmt.Sprintf("base_url %q holds a user name or password before @; every page would publish it: remove it, and put a password that protects the host in the host's settings", shown)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return fmt.Sprintf("base_url %q must be an absolute http or https address without query or fragment, such as \"https://rapor.example.org/\"", raw)
	}
	return ""
}

func checkLanguages(t *table, langs []string, pos []Pos) ([]string, []Pos) {
	if len(langs) == 0 {
		t.valueErrorf("languages", `languages is empty; list at least the default language, such as languages = ["id", "en"]`)
		return []string{"id"}, nil
	}
	var out []string
	var outPos []Pos
	for i, lang := range langs {
		switch {
		case !langPattern.MatchString(lang):
			t.f.errorf(pos[i], "language %q is not a language code such as \"id\" or \"en\"", lang)
		case slices.Contains(out, lang):
			t.f.errorf(pos[i], "language %q is listed twice", lang)
		default:
			out, outPos = append(out, lang), append(outPos, pos[i])
		}
	}
	if len(out) == 0 {
		return []string{"id"}, nil
	}
	return out, outPos
}

// withoutUserinfo is raw with the user name and password of its
// authority ("https://user:secret@host/") written as "…"; ok is false
// when it had any. Where raw lacks the "//", the part after the scheme
// counts as the authority: "https:user:secret@host" is no address but
// holds a password all the same.
func withoutUserinfo(raw string) (string, bool) {
	rest := raw
	if _, after, ok := strings.Cut(raw, "//"); ok {
		rest = after
	} else if _, after, ok := strings.Cut(raw, ":"); ok {
		rest = after
	}
	start := len(raw) - len(rest)
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	at := strings.LastIndexByte(rest[:end], '@')
	if at < 0 {
		return raw, true
	}
	return raw[:start] + "…" + rest[at:], false
}

// checkOpen opens a file and closes it: a link or a kind of file the site
// folder refuses shows only when it is opened.
func checkOpen(fsys fs.FS, name string) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	return f.Close()
}

// checkLink reads an optional absolute link: https or http, or, where
// mail is allowed, mailto.
func checkLink(t *table, k string, mail bool) string {
	v := strings.TrimSpace(t.str(k))
	if !t.has(k) || v == "" {
		return ""
	}
	u, err := url.Parse(v)
	ok := err == nil && ((u.Scheme == "https" || u.Scheme == "http") && u.Host != "" || mail && u.Scheme == "mailto" && u.Opaque != "")
	if !ok {
		want := "an absolute address such as \"https://example.org/\""
		if mail {
			want += " or \"mailto:redaksi@example.org\""
		}
		t.valueErrorf(k, "%s %q must be %s", k, v, want)
		return ""
	}
	return v
}
