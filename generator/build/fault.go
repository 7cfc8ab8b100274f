package build

import "errors"

// Test hooks. A test of publishing sets them through export_test.go;
// nothing else does.
var (
	// faultHook, when set, is called at every step of publishing that
	// changes a folder, with the step's name, before the step. An error
	// fails the step as the system would (a full disk, a file that
	// cannot be replaced); errKilled stops the build where it stands, as
	// kill -9 would, without any of its clean-up.
	faultHook func(step string) error
	// forceInPlace publishes as into a mount point, in place.
	forceInPlace bool
	// noExchange publishes as where folders cannot be swapped in one step.
	noExchange bool
)

// errKilled is what a fault hook returns to stop a build dead.
var errKilled = errors.New("killed")

// killed is the panic that carries errKilled up past every clean-up.
type killed struct{}

// fault runs the fault hook before a step.
func fault(step string) error {
	if faultHook == nil {
		return nil
	}
	err := faultHook(step)
	if errors.Is(err, errKilled) {
		panic(killed{})
	}
	return err
}

var errNoExchange = errors.New("folders cannot be swapped in one step here")
