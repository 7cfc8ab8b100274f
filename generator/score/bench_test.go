package score_test

import (
	"testing"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/fixture"
	"github.com/rapor-publik/rapor/generator/score"
)

// BenchmarkComputeNational scores the national fixture (591 bodies, 9
// years); the fixture is generated and loaded once, outside the timer.
func BenchmarkComputeNational(b *testing.B) {
	fsys, err := fixture.Generate(fixture.Options{Seed: 1, Size: fixture.National()})
	if err != nil {
		b.Fatal(err)
	}
	ds, diags := data.Load(fsys)
	if len(diags) > 0 {
		b.Fatalf("the national fixture has %d diagnostics:\n%v", len(diags), diags.Error())
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, warnings := score.Compute(ds); len(warnings) > 0 {
			b.Fatal(warnings.Error())
		}
	}
}
