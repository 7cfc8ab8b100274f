package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/pipeline"
	"github.com/rapor-publik/rapor/generator/publish"
	"github.com/rapor-publik/rapor/generator/sitefs"
)

// Exit statuses.
const (
	exitOK    = 0
	exitData  = 1 // the site has errors, or the build failed
	exitUsage = 2 // the command line is wrong
)

const usage = `Rapor builds public-service scorecard sites from TOML data.

Usage:
  rapor build [-s DIR] [-o DIR]   check the site and write it into the output folder
  rapor check [-s DIR]            check the site and print its problems
  rapor import FILE --year YEAR   make data/years/YEAR.toml from a published .csv or .xlsx
  rapor serve [-s DIR] [--addr HOST:PORT]
                                  preview the site, rebuilt and reloaded on every edit
  rapor new site DIR [--province CODE...]
                                  make a new site for some provinces
  rapor new article "Judul" [--entity CODE...]
                                  make a dated news article
  rapor version                   print the version

Run "rapor COMMAND -h" for a command's flags.
`

// run is the whole program: main only calls it.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "build":
		return runBuild(ctx, rest, stdout, stderr)
	case "check":
		return runCheck(rest, stdout, stderr)
	case "import":
		return runImport(rest, stdout, stderr)
	case "version":
		return runVersion(rest, stdout, stderr)
	case "new":
		return runNew(rest, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "rapor: unknown command %q\n\n%s", cmd, usage)
	return exitUsage
}

// newFlags makes a command's flag set; parse reports -h as exit 0.
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("rapor "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: rapor %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags; ok is false when run must return code.
func parse(fs *flag.FlagSet, args []string) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return exitUsage, false
	}
	return 0, true
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "check [-s DIR]", stderr)
	src := fs.String("s", ".", "the site `folder`, holding data/ and content/")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	site, code, ok := openSource(*src, stderr)
	if !ok {
		return code
	}
	defer site.Close()
	ds, scores, diags := pipeline.CheckWith(site, loadOptions())
	printDiagnostics(stderr, diags)
	if diags.HasErrors() {
		return exitData
	}
	results := 0
	for _, y := range scores.Years {
		results += len(y.Results)
	}
	fmt.Fprintf(stdout, "ok: %d bodies, %d results in %d years, %d pages\n", len(ds.Entities), results, len(scores.Years), len(ds.Pages))
	return exitOK
}

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "build [-s DIR] [-o DIR]", stderr)
	src := fs.String("s", ".", "the site `folder`, holding data/ and content/")
	out := fs.String("o", "public", "the output `folder`; relative to the current folder")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the build to `file` (for go tool pprof)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "rapor build: %s\n", shown(err))
			return exitUsage
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "rapor build: %s\n", shown(err))
			return exitUsage
		}
		defer pprof.StopCPUProfile()
	}
	site, code, ok := openSource(*src, stderr)
	if !ok {
		return code
	}
	defer site.Close()
	if inside(*src, *out) {
		fmt.Fprintf(stderr, "rapor build: the output folder %s would replace the site folder %s; choose another -o\n", *out, *src)
		return exitUsage
	}
	tuneGC()
	start := time.Now()
	var progress pipeline.Progress
	stop := showProgress(stdout, &progress)
	res, err := pipeline.BuildWithProgress(ctx, site, *out, &progress, loadOptions())
	stop()
	printDiagnostics(stderr, res.Diagnostics)
	for _, note := range res.Notes {
		fmt.Fprintf(stderr, "rapor build: note: %s\n", shown(note))
	}
	if err != nil {
		if !errors.Is(err, pipeline.ErrInvalid) {
			fmt.Fprintf(stderr, "rapor build: %s\n", shown(err))
		}
		fmt.Fprintf(stderr, "rapor build: %s\n", shown(outputState(err, *out)))
		return exitData
	}
	why := ""
	if res.Rendered == 0 && res.Pages > 0 {
		why = ": nothing changed since the last build"
	}
	fmt.Fprintf(stdout, "built %s: %d pages, %d files (%d rendered, %d written, %d unchanged%s), %s in %d ms\n", shown(*out),
		res.Pages, res.Files, res.Rendered, res.Written, res.Files-res.Written, why, sizeString(res.Bytes), time.Since(start).Milliseconds())
	return exitOK
}

// outputState says what a failed build left in its output.
func outputState(err error, out string) string {
	var pe *publish.Error
	if errors.As(err, &pe) {
		switch pe.State {
		case publish.Restored:
			return fmt.Sprintf("nothing was published; every file of %s was put back as it was", out)
		case publish.Unknown:
			return fmt.Sprintf("%s may hold part of this build; run the build again: it first finishes or undoes this one", out)
		}
	}
	return fmt.Sprintf("nothing was published; %s is as it was", out)
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", "version", stderr)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	fmt.Fprintf(stdout, "rapor %s\n", version())
	return exitOK
}

func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" {
		return "(devel)"
	}
	v := info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}

// loadOptions are what the checks take from outside the site: today's
// date, in the local time zone, which news dates are checked against.
func loadOptions() data.Options { return data.Options{Today: today()} }

// today is the local date, the one input of the clock the loader takes.
func today() data.Date {
	y, m, d := time.Now().Date()
	return data.Date{Year: y, Month: m, Day: d}
}

// openSource opens the site folder dir, through which the commands read
// nothing from outside it (see sitefs). Close it when done.
func openSource(dir string, stderr io.Writer) (*sitefs.FS, int, bool) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		fmt.Fprintf(stderr, "rapor: site folder %s not found; give the folder that holds data/ and content/ with -s\n", shown(dir))
		return nil, exitUsage, false
	}
	site, err := sitefs.Open(dir)
	if err != nil {
		fmt.Fprintf(stderr, "rapor: site folder %s cannot be read: %v\n", shown(dir), err)
		return nil, exitUsage, false
	}
	return site, 0, true
}

// inside reports whether dir is out or lies inside it, so that replacing
// out would replace the site.
func inside(dir, out string) bool {
	d, err1 := filepath.Abs(dir)
	o, err2 := filepath.Abs(out)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(o, d)
	// Not a prefix test on "..": a folder may be called "..site".
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// printDiagnostics prints the problems, a few of each kind per file
// (data.MaxLike), then their count.
func printDiagnostics(w io.Writer, diags data.Diagnostics) {
	for _, d := range diags.Capped(data.MaxLike) {
		fmt.Fprintln(w, d)
	}
	printCounts(w, diags.Count(data.Error), diags.Count(data.Warning))
}

// printCounts ends a list of problems that holds errors with their count.
func printCounts(w io.Writer, errs, warns int) {
	if errs > 0 {
		fmt.Fprintf(w, "%d %s, %d %s\n", errs, plural(errs, "error", "errors"), warns, plural(warns, "warning", "warnings"))
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// progressDelay is how long a build runs before it shows its progress.
const progressDelay = 2 * time.Second

// showProgress prints, on a terminal only and from progressDelay on, the
// pages published so far on one line that it rewrites; stop clears it.
func showProgress(w io.Writer, p *pipeline.Progress) (stop func()) {
	f, ok := w.(*os.File)
	if !ok {
		return func() {}
	}
	if info, err := f.Stat(); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		shown := false
		timer := time.NewTimer(progressDelay)
		defer timer.Stop()
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				if shown {
					fmt.Fprint(w, "\r\033[K")
				}
				return
			case <-timer.C:
				shown = true
			case <-tick.C:
				if total := p.Total.Load(); shown && total > 0 {
					fmt.Fprintf(w, "\r\033[Krapor: %d of %d pages (%d%%)", p.Pages.Load(), total, 100*p.Pages.Load()/total)
				}
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// tuneGC lets a build's heap grow to five times what is live before the
// garbage collector runs (GOGC=400) instead of twice, within a soft limit
// (softMemoryLimit): a build allocates a great deal that dies within a
// page, and collecting less often saved a quarter of its CPU time on the
// national fixture. GOGC and GOMEMLIMIT set in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(softMemoryLimit(readFile("/proc/meminfo"), readFile("/sys/fs/cgroup/memory.max")))
	}
}

// softMemoryLimit is 3 GiB, or half the memory of the machine or of the
// container (cgroup v2 memory.max) where that is less, so that the larger
// heap never costs a small machine its memory. meminfo and cgroupMax are
// the files' contents, empty where they cannot be read.
func softMemoryLimit(meminfo, cgroupMax string) int64 {
	limit := int64(3 << 30)
	for line := range strings.Lines(meminfo) {
		if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
			if kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64); err == nil && kb > 0 {
				limit = min(limit, kb<<10/2)
			}
		}
	}
	if b, err := strconv.ParseInt(strings.TrimSpace(cgroupMax), 10, 64); err == nil && b > 0 {
		limit = min(limit, b/2)
	}
	return limit
}

// readFile is a file's content, or "" where it cannot be read.
func readFile(name string) string {
	b, _ := os.ReadFile(name)
	return string(b)
}

// shown is text for the terminal: a file name, an error naming files of
// the site, escaped as diagnostics are (data.Printable), so that no name
// can drive the terminal.
func shown(v any) string { return data.PrintableMessage(fmt.Sprint(v)) }
