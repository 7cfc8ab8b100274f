package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/starter"
)

const newUsage = `Usage:
  rapor new site DIR [--province CODE...] [--title TITLE] [--base-url URL]
  rapor new article "Judul" [--entity CODE...] [--date YYYY-MM-DD] [--lang LANG] [-s DIR]

Run "rapor new site -h" or "rapor new article -h" for the flags.
`

func runNew(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, newUsage)
		return exitUsage
	}
	switch args[0] {
	case "site":
		return runNewSite(args[1:], stdout, stderr)
	case "article":
		return runNewArticle(args[1:], stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, newUsage)
		return exitOK
	}
	fmt.Fprintf(stderr, "rapor new: unknown kind %q; make a site or an article\n\n%s", args[0], newUsage)
	return exitUsage
}

func runNewSite(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new site", "new site DIR [--province CODE...] [--title TITLE] [--base-url URL]", stderr)
	var provinces listFlag
	fs.Var(&provinces, "province", "a province the site covers, by Kemendagri `code` or name (17, bengkulu); repeat or separate with commas; default: all 38")
	title := fs.String("title", "", "the site's `title` (default: Rapor Pelayanan Publik and the province)")
	baseURL := fs.String("base-url", "", "the `address` the site will be published at (default https://example.org/)")
	pos, code, ok := parseMixed(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprintln(stderr, "rapor new site: give the folder to make the site in")
		fs.Usage()
		return exitUsage
	}
	dir, extra := pos[0], pos[1:]
	if len(extra) > 0 && len(provinces) == 0 {
		fmt.Fprintf(stderr, "rapor new site: unexpected argument %q\n", extra[0])
		fs.Usage()
		return exitUsage
	}
	provinces = append(provinces, extra...) // --province 17 36
	var regions []starter.Region
	var problems []string
	for _, p := range provinces {
		r, err := starter.FindProvince(p)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		regions = append(regions, r)
	}
	if *baseURL != "" {
		if problem := data.BaseURLProblem(*baseURL); problem != "" {
			problems = append(problems, "--base-url "+strings.TrimPrefix(problem, "base_url "))
		}
	}
	if len(problems) > 0 {
		return report(stderr, "rapor new site", problems, exitUsage)
	}
	if len(provinces) == 0 {
		regions = starter.Provinces()
	}
	if err := starter.Create(dir, starter.Site{Provinces: regions, Title: *title, BaseURL: *baseURL}); err != nil {
		fmt.Fprintf(stderr, "rapor new site: %s\n", shown(err))
		return exitData
	}
	bodies := 0
	for _, r := range starter.Regions() {
		for _, p := range regions {
			if r.Code == p.Code || r.Province == p.Code {
				bodies++
			}
		}
	}
	fmt.Fprintf(stdout, "made a site in %s: %d %s and their kabupaten and kota, %d bodies\n", shown(dir), len(regions), plural(len(regions), "province", "provinces"), bodies)
	fmt.Fprintf(stdout, "next: set base_url in %s, then\n", shown(pathJoin(dir, "data/site.toml")))
	fmt.Fprintf(stdout, "  rapor import FILE.xlsx --year YEAR -s %s\n  rapor serve -s %s\n", shown(dir), shown(dir))
	return exitOK
}

func runNewArticle(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new article", `new article "Judul" [--entity CODE...] [--date YYYY-MM-DD] [--lang LANG] [-s DIR]`, stderr)
	src := fs.String("s", ".", "the site `folder`, holding data/ and content/")
	var entities listFlag
	fs.Var(&entities, "entity", "a body the article is about, by `code` (17.07) or name; repeat or separate with commas")
	date := fs.String("date", "", "the article's `date`, YYYY-MM-DD (default: today)")
	lang := fs.String("lang", "", "the article's `language` (default: the site's first)")
	pos, code, ok := parseMixed(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 || strings.TrimSpace(pos[0]) == "" {
		fmt.Fprintln(stderr, `rapor new article: give the article's title, in quotes: rapor new article "Lebong naik ke peringkat tiga"`)
		return exitUsage
	}
	title, extra := strings.TrimSpace(pos[0]), pos[1:]
	if len(extra) > 0 && len(entities) == 0 {
		fmt.Fprintf(stderr, "rapor new article: unexpected argument %q; put the title in quotes\n", extra[0])
		return exitUsage
	}
	entities = append(entities, extra...) // --entity 17.07 17.08
	day := time.Now()
	if *date != "" {
		d, err := time.Parse(time.DateOnly, *date)
		if err != nil {
			fmt.Fprintf(stderr, "rapor new article: date %q is not YYYY-MM-DD, such as 2024-02-29\n", *date)
			return exitUsage
		}
		day = d
	}
	site, code, ok := openSource(*src, stderr)
	if !ok {
		return code
	}
	defer site.Close()
	// Errors in results or other pages do not stop an article; errors in
	// the settings or the bodies it names do.
	ds, diags := data.Load(site)
	var blocking data.Diagnostics
	for _, d := range diags {
		if d.Severity == data.Error && (d.File == data.SiteFile || d.File == data.EntitiesFile) {
			blocking = append(blocking, d)
		}
	}
	if len(blocking) > 0 {
		printDiagnostics(stderr, blocking)
		return exitData
	}
	a := starter.Article{Title: title, Date: day, Lang: *lang}
	var problems []string
	if *lang != "" && !slices.Contains(ds.Site.Languages, *lang) {
		problems = append(problems, fmt.Sprintf("lang %q is not one of the site's languages %q", *lang, ds.Site.Languages))
	}
	for _, arg := range entities {
		e, err := starter.FindEntity(ds.Entities, arg)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		a.Entities = append(a.Entities, e)
	}
	if len(problems) > 0 {
		return report(stderr, "rapor new article", problems, exitData)
	}
	rel, err := starter.NewArticle(*src, ds.Site, a)
	if err != nil {
		fmt.Fprintf(stderr, "rapor new article: %s\n", shown(err))
		return exitData
	}
	fmt.Fprintf(stdout, "made %s\n", shown(pathJoin(*src, rel)))
	return exitOK
}

// report prints every problem of a command and returns its exit status.
func report(stderr io.Writer, cmd string, problems []string, code int) int {
	for _, p := range problems {
		fmt.Fprintf(stderr, "%s: %s\n", cmd, shown(p))
	}
	return code
}

// listFlag is a flag given several times, or once with commas.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for part := range strings.SplitSeq(v, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*l = append(*l, part)
		}
	}
	return nil
}

// parseMixed parses flags that may come before, between or after the
// positional arguments, which it returns; "--" ends the flags.
func parseMixed(fs *flag.FlagSet, args []string) (pos []string, code int, ok bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK, false
			}
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, 0, true
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), 0, true
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

// pathJoin joins a folder given on the command line and a slash path
// inside it, keeping "." out of messages.
func pathJoin(dir, rel string) string {
	if dir == "." || dir == "" {
		return rel
	}
	return strings.TrimSuffix(dir, "/") + "/" + rel
}
