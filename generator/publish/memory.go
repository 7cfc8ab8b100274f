package publish

import (
	"fmt"
	"io/fs"
	"path"
	"sync"
)

// Files is a built site held in memory: each output file's bytes by its
// slash path in the output folder ("kabupaten/lebong/index.html").
type Files map[string][]byte

// Draw makes a file's bytes when they are first asked for (a share card).
type Draw = func() ([]byte, error)

// Memory is a Sink that keeps a build's files in memory, for tests and
// the preview. Its methods are safe for concurrent use.
type Memory struct {
	mu        sync.Mutex
	files     Files
	prev      Files
	draws     map[string]Draw // nil: draw at once
	prevDraws map[string]Draw
	// keys are the keys of the files made by EmitKeyed; a file of
	// prevKeyed whose key in prevKeys is the one asked for is taken
	// instead of made.
	keys      map[string]string
	prevKeyed Files
	prevKeys  map[string]string
}

// NewMemory makes a Memory sink. Drawn files that prev holds are taken
// from it. lazy keeps the drawings of the others for later (Drawings),
// taking those of prevDraws where it has them, instead of drawing at
// once.
func NewMemory(prev Files, prevDraws map[string]Draw, lazy bool) *Memory {
	m := &Memory{files: Files{}, prev: prev, prevDraws: prevDraws, keys: map[string]string{}}
	if lazy {
		m.draws = map[string]Draw{}
	}
	return m
}

// Files are the files emitted; Drawings those whose drawing was kept for
// later. Neither may be read while files are emitted.
func (m *Memory) Files() Files              { return m.files }
func (m *Memory) Drawings() map[string]Draw { return m.draws }

// Drawn keeps the drawing of a file kept for later, once drawn.
func (m *Memory) Drawn(p string, data []byte) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.files[p] = data
	delete(m.draws, p)
}

// Emit keeps a file.
func (m *Memory) Emit(p string, data []byte) error {
	return m.put(p, func() { m.files[p] = data })
}

// put claims a path, refusing one that leaves the output or was emitted
// before, and stores its file with store, under the lock.
func (m *Memory) put(p string, store func()) error {
	if !fs.ValidPath(p) || p != path.Clean(p) {
		return fmt.Errorf("output path %q leaves the output folder", p)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	_, lazy := m.draws[p]
	if _, ok := m.files[p]; ok || lazy {
		return fmt.Errorf("two files would be written to %s", p)
	}
	store()
	return nil
}

// EmitDrawn takes a file from the previous build where it has it (its
// path names its content), else draws it, or, where lazy, keeps the
// drawing for later.
func (m *Memory) EmitDrawn(p string, draw func() ([]byte, error)) error {
	if b, ok := m.prev[p]; ok {
		return m.Emit(p, b)
	}
	if m.draws == nil {
		b, err := draw()
		if err != nil {
			return fmt.Errorf("draw %s: %w", p, err)
		}
		return m.Emit(p, b)
	}
	if d, ok := m.prevDraws[p]; ok {
		draw = d
	}
	return m.put(p, func() { m.draws[p] = draw })
}

// EmitKeyed takes the file that TakeKeyed gave for p where its key is
// key, else makes it; it keeps the file and its key.
func (m *Memory) EmitKeyed(p, key string, make func() ([]byte, error)) error {
	m.mu.Lock()
	b, ok := m.prevKeyed[p]
	ok = ok && key != "" && m.prevKeys[p] == key
	m.mu.Unlock()
	if !ok {
		var err error
		if b, err = make(); err != nil {
			return err
		}
	}
	if err := m.Emit(p, b); err != nil {
		return err
	}
	if key != "" {
		m.mu.Lock()
		m.keys[p] = key
		m.mu.Unlock()
	}
	return nil
}

// TakeKeyed gives the files, and their keys, that EmitKeyed takes instead
// of making them again: those of a previous Memory (Keyed). Call it
// before any file is emitted.
func (m *Memory) TakeKeyed(files Files, keys map[string]string) {
	m.prevKeyed, m.prevKeys = files, keys
}

// Keyed are the files made or taken by EmitKeyed, and their keys, with
// those TakeKeyed gave that were not asked for: for the next Memory's
// TakeKeyed.
func (m *Memory) Keyed() (Files, map[string]string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	files, keys := Files{}, map[string]string{}
	for p, k := range m.prevKeys {
		if _, asked := m.files[p]; !asked {
			files[p], keys[p] = m.prevKeyed[p], k
		}
	}
	for p, k := range m.keys {
		files[p], keys[p] = m.files[p], k
	}
	return files, keys
}
