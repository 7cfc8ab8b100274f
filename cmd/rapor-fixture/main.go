// Command rapor-fixture writes a synthetic, clearly illustrative Rapor
// site for benchmarks and demonstrations:
//
//	go run ./cmd/rapor-fixture -size national -o /tmp/national
//	go run ./cmd/rapor build -s /tmp/national -o /tmp/national/public
//
// Sizes: national (38 provinces, 416 kabupaten, 98 kota, 25 kementerian,
// 14 lembaga; 2015–2024 without 2020), national10 (ten times as many
// bodies, same years) and village (national plus every desa of the
// Kemendagri list given with -desa, as a desa kind ranked within its
// province, 2022–2024, Indonesian only). The same seed gives the same
// files.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/rapor-publik/rapor/generator/fixture"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("rapor-fixture", flag.ContinueOnError)
	fl.SetOutput(stderr)
	size := fl.String("size", "national", "national, national10 or village")
	desa := fl.String("desa", "", "the Kemendagri desa `CSV` (code,name) for -size village")
	seed := fl.Int64("seed", 1, "the seed of names and scores")
	out := fl.String("o", "", "the folder to write the site into; it must be empty or not exist")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	sizes := map[string]fixture.Size{"national": fixture.National(), "national10": fixture.National().Times(10), "village": fixture.National()}
	sz, ok := sizes[*size]
	if !ok || *out == "" || fl.NArg() > 0 || (*size == "village") != (*desa != "") {
		fmt.Fprintln(stderr, "usage: rapor-fixture [-size national|national10] [-seed N] -o DIR\n       rapor-fixture -size village -desa desa-kemendagri-2025.csv [-seed N] -o DIR")
		return 2
	}
	opt := fixture.Options{Seed: *seed, Size: sz}
	if *desa != "" {
		f, err := os.Open(*desa)
		if err != nil {
			fmt.Fprintf(stderr, "rapor-fixture: %v\n", err)
			return 1
		}
		opt.Villages, err = fixture.ReadVillages(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "rapor-fixture: %s: %v\n", *desa, err)
			return 1
		}
	}
	if err := fixture.Write(*out, opt); err != nil {
		fmt.Fprintf(stderr, "rapor-fixture: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s: %s site, %d bodies, %d years (illustrative)\n", *out, *size, sz.Bodies()+len(opt.Villages), len(sz.Years))
	return 0
}
