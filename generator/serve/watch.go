package serve

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watched are the folders of a site whose changes rebuild it.
var watched = []string{"data", "content", "themes"}

// quiet is how long the files must stay unchanged before a rebuild: an
// editor's save is often several events (write a temporary file, rename
// it), and one save should make one build.
const quiet = 25 * time.Millisecond

// watcher reports changed files of a site in batches, each once the files
// have been quiet for a moment.
type watcher struct {
	src     string
	fsw     *fsnotify.Watcher
	changes chan []string // slash paths relative to the site folder
	errors  chan error
	done    chan struct{}
}

func newWatcher(src string) (*watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{src: src, fsw: fsw, changes: make(chan []string), errors: make(chan error), done: make(chan struct{})}
	// The site folder itself, to see data/, content/ or themes/ appear.
	if err := fsw.Add(src); err != nil {
		fsw.Close()
		return nil, err
	}
	for _, dir := range watched {
		w.addTree(filepath.Join(src, dir))
	}
	go w.loop()
	return w, nil
}

func (w *watcher) close() {
	close(w.done)
	w.fsw.Close()
}

// addTree watches dir and every folder below it; fsnotify watches one
// folder at a time.
func (w *watcher) addTree(dir string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			w.fsw.Add(p)
		}
		return nil
	})
}

func (w *watcher) loop() {
	// pending maps each changed path to whether it was created in this
	// batch: a file created and gone again (an editor's or sed's scratch
	// file) is no change.
	pending := map[string]bool{}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var ready []string    // a batch waiting for the server to take it
	var out chan []string // w.changes while ready holds a batch
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			rel, ok := w.relevant(ev)
			if !ok {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					w.addTree(ev.Name)
				}
			}
			if _, seen := pending[rel]; !seen {
				pending[rel] = ev.Has(fsnotify.Create)
			}
			timer.Reset(quiet)
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			select {
			case w.errors <- err:
			case <-w.done:
				return
			}
		case <-timer.C:
			for p, created := range pending {
				if created && !exists(filepath.Join(w.src, filepath.FromSlash(p))) {
					continue
				}
				if !slices.Contains(ready, p) {
					ready = append(ready, p)
				}
			}
			clear(pending)
			if len(ready) > 0 {
				slices.Sort(ready)
				out = w.changes
			}
		case out <- ready:
			ready, out = nil, nil
		}
	}
}

// relevant returns the site-relative path of a change that should
// rebuild the site: under a watched folder, not an editor's scratch file,
// and more than a change of permissions.
func (w *watcher) relevant(ev fsnotify.Event) (string, bool) {
	if ev.Op == fsnotify.Chmod {
		return "", false
	}
	rel, err := filepath.Rel(w.src, ev.Name)
	if err != nil {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	top, _, _ := strings.Cut(rel, "/")
	if !slices.Contains(watched, top) {
		return "", false
	}
	base := filepath.Base(ev.Name)
	switch {
	case strings.HasPrefix(base, ".#"), strings.HasPrefix(base, "#"), // Emacs
		strings.HasSuffix(base, "~"),                                     // Emacs, gedit
		strings.HasSuffix(base, ".swp"), strings.HasSuffix(base, ".swx"), // Vim
		base == "4913": // Vim's test file
		return "", false
	}
	return rel, true
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}
