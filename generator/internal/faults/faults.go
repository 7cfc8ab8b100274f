// Package faults holds the hooks by which tests of publishing stop or
// fail it at each of its steps. Package publish reads them; only tests
// set them.
package faults

import "errors"

var (
	// Hook, when set, is called at every step of publishing that changes
	// a folder, with the step's name, before the step. An error fails the
	// step as the system would (a full disk, a file that cannot be
	// replaced); ErrKilled stops the build where it stands, as kill -9
	// would, without any of its clean-up.
	Hook func(step string) error
	// ForceInPlace publishes as into a mount point, in place.
	ForceInPlace bool
	// NoExchange publishes as where folders cannot be swapped in one step.
	NoExchange bool
)

// ErrKilled is what a Hook returns to stop a build dead.
var ErrKilled = errors.New("killed")

// Killed is the panic that carries ErrKilled up past every clean-up.
type Killed struct{}

// At runs the hook before a step; it panics with Killed where the hook
// killed the build.
func At(step string) error {
	if Hook == nil {
		return nil
	}
	err := Hook(step)
	if errors.Is(err, ErrKilled) {
		panic(Killed{})
	}
	return err
}

// Set sets the hook and how to publish; the returned function puts
// everything back.
func Set(hook func(step string) error, inPlace, noSwap bool) (restore func()) {
	Hook, ForceInPlace, NoExchange = hook, inPlace, noSwap
	return func() { Hook, ForceInPlace, NoExchange = nil, false, false }
}
