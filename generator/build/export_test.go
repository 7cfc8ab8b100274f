package build

import (
	"context"
	"io/fs"
)

// Hooks for the tests of publishing in package build_test.

// ErrKilled, returned by a fault hook, stops a build where it stands.
var ErrKilled = errKilled

// SetFaults sets the fault hook (see faultHook), and how to publish;
// the returned function puts everything back.
func SetFaults(hook func(step string) error, inPlace, noSwap bool) (restore func()) {
	faultHook, forceInPlace, noExchange = hook, inPlace, noSwap
	return func() { faultHook, forceInPlace, noExchange = nil, false, false }
}

// BuildKillable is Build, reporting instead of panicking when a fault
// hook killed it.
func BuildKillable(ctx context.Context, src fs.FS, out string) (res Result, err error, dead bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(killed); !ok {
				panic(r)
			}
			dead = true
		}
	}()
	res, err = Build(ctx, src, out)
	return res, err, false
}

// Recover runs what every build on out runs first: it takes the lock and
// recovers what an interrupted build left.
func Recover(out string) ([]string, error) {
	unlock, err := lockOutput(out)
	if err != nil {
		return nil, err
	}
	defer unlock()
	return recoverOutput(out)
}

// LockOutput takes the lock of the output out.
var LockOutput = lockOutput
