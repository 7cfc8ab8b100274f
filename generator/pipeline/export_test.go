package pipeline

import (
	"context"
	"io/fs"

	"github.com/rapor-publik/rapor/generator/internal/faults"
)

// BuildKillable is Build, reporting instead of panicking when a fault
// hook (package faults) killed it.
func BuildKillable(ctx context.Context, src fs.FS, out string) (res Result, err error, dead bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(faults.Killed); !ok {
				panic(r)
			}
			dead = true
		}
	}()
	res, err = Build(ctx, src, out)
	return res, err, false
}
