package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/importer"
)

const importSynopsis = "import FILE.csv|FILE.xlsx --year YEAR [--scale ID] [--sheet NAME] [-s DIR] [--force]"

// runImport turns a published spreadsheet into data/years/YEAR.toml. It
// writes nothing unless every row imports and the site, with the new
// file in it, has no errors.
func runImport(args []string, stdout, stderr io.Writer) int {
	flags := newFlags("import", importSynopsis, stderr)
	src := flags.String("s", ".", "the site `folder`, holding data/ and content/")
	year := flags.Int("year", 0, "the `year` the results are for; they go into data/years/YEAR.toml")
	scaleID := flags.String("scale", "", "the `id` of the year's scale in data/scales.toml (default: the scale the site uses\nfor that year, else for the latest year before it, else its only scale)")
	sheet := flags.String("sheet", "", "the `name` of the sheet to read in an .xlsx file (default: the first)")
	force := flags.Bool("force", false, "replace data/years/YEAR.toml if it exists")
	files, code, ok := parseMixed(flags, args)
	if !ok {
		return code
	}
	switch {
	case len(files) == 0:
		fmt.Fprintf(stderr, "rapor import: give the spreadsheet to import, such as: rapor import rekap.csv --year 2023\n")
		flags.Usage()
		return exitUsage
	case len(files) > 1:
		fmt.Fprintf(stderr, "rapor import: unexpected argument %q; import one file at a time\n", files[1])
		flags.Usage()
		return exitUsage
	case *year == 0:
		fmt.Fprintf(stderr, "rapor import: give the year the results are for with --year, such as --year 2023\n")
		return exitUsage
	case *year < 1000 || *year > 9999:
		fmt.Fprintf(stderr, "rapor import: --year %d must have four digits, such as 2023\n", *year)
		return exitUsage
	}
	root, code, ok := openSource(*src, stderr)
	if !ok {
		return code
	}
	defer root.Close()
	target := importer.YearFile(*year)
	out := filepath.Join(*src, filepath.FromSlash(target))
	var site fs.FS = root
	if _, err := os.Lstat(out); err == nil {
		if !*force {
			fmt.Fprintf(stderr, "rapor import: %s exists; nothing was written. Give --force to replace it\n", shown(out))
			return exitUsage
		}
		site = importer.Overlay(site, target, nil) // judge the site without the file it replaces
	}
	return importFile(site, files[0], out, importOptions{*year, *scaleID, *sheet, *force}, stdout, stderr)
}

type importOptions struct {
	year         int
	scale, sheet string
	force        bool
}

// importFile imports file into site, writing the year file to out.
func importFile(site fs.FS, file, out string, o importOptions, stdout, stderr io.Writer) int {
	ds, before := importer.LoadSite(site)
	if before.HasErrors() {
		printDiagnostics(stderr, before)
		fmt.Fprintln(stderr, "rapor import: the site has errors; fix them first, then import. Nothing was written")
		return exitData
	}
	scale, err := importer.ChooseScale(ds, o.year, o.scale)
	if err != nil {
		fmt.Fprintf(stderr, "rapor import: %s\n", shown(err))
		return exitUsage
	}
	sh, err := importer.ReadFile(file, o.sheet)
	if err != nil {
		fmt.Fprintf(stderr, "rapor import: %s\n", shown(err))
		if errors.Is(err, importer.ErrInput) || errors.Is(err, fs.ErrNotExist) {
			return exitUsage
		}
		return exitData
	}
	im, problems := importer.Convert(ds, sh, o.year, scale)
	var b []byte
	// A sheet whose every row failed gives a year file without results;
	// checking the site with it would only add that the year has none.
	if im != nil && (len(im.Results) > 0 || !problems.HasErrors()) {
		var more importer.Problems
		b, more = importer.Validate(site, before, im)
		problems = append(problems, more...)
		problems.Sort()
	}
	printProblems(stderr, problems)
	if problems.HasErrors() {
		fmt.Fprintf(stderr, "rapor import: nothing was written\n")
		return exitData
	}
	if err := importer.WriteFile(out, b, o.force); err != nil {
		fmt.Fprintf(stderr, "rapor import: %s; nothing was written\n", shown(err))
		if errors.Is(err, importer.ErrExists) {
			return exitUsage
		}
		return exitData
	}
	units := im.UnitCount()
	fmt.Fprintf(stdout, "imported %d %s (%d %s) from %s into %s\n", len(im.Results), plural(len(im.Results), "result", "results"),
		units, plural(units, "unit", "units"), shown(file), shown(out))
	return exitOK
}

func printProblems(w io.Writer, ps importer.Problems) {
	for _, p := range ps.Capped(data.MaxLike) {
		fmt.Fprintln(w, p)
	}
	printCounts(w, ps.Count(data.Error), ps.Count(data.Warning))
}
