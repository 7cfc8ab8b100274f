package publish

import (
	"errors"

	"github.com/rapor-publik/rapor/generator/internal/faults"
)

// fault runs the tests' fault hook before a step (see package faults).
func fault(step string) error { return faults.At(step) }

var errNoExchange = errors.New("folders cannot be swapped in one step here")
