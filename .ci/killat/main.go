// Command killat kills a process with SIGKILL a random instant after a
// file whose name begins with a prefix appears in a folder: the kill
// test (.ci/killtest) aims its kills at the publish step with it.
//
// Usage: killat DIR PREFIX PID MAXDELAY
//
// PREFIX may name a file in a folder that is still to appear, as
// ".rapor-staging-/journal": the folder is then watched once it does.
package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"
)

func main() {
	if len(os.Args) != 5 {
		fmt.Fprintln(os.Stderr, "usage: killat DIR PREFIX PID MAXDELAY")
		os.Exit(2)
	}
	dir, prefixes := os.Args[1], strings.Split(os.Args[2], "/")
	pid, err1 := strconv.Atoi(os.Args[3])
	maxDelay, err2 := time.ParseDuration(os.Args[4])
	if err1 != nil || err2 != nil {
		fmt.Fprintln(os.Stderr, "killat: bad PID or MAXDELAY")
		os.Exit(2)
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		fmt.Fprintln(os.Stderr, "killat:", err)
		os.Exit(1)
	}
	if err := w.Add(dir); err != nil {
		fmt.Fprintln(os.Stderr, "killat:", err)
		os.Exit(1)
	}
	for {
		select {
		case ev := <-w.Events:
			if !ev.Has(fsnotify.Create) || !strings.HasPrefix(filepath.Base(ev.Name), prefixes[0]) {
				continue
			}
			if len(prefixes) > 1 {
				prefixes = prefixes[1:]
				if err := w.Add(ev.Name); err != nil {
					fmt.Fprintln(os.Stderr, "killat:", err)
					os.Exit(1)
				}
				continue
			}
			d := time.Duration(rand.Int64N(int64(maxDelay) + 1))
			time.Sleep(d)
			err := syscall.Kill(pid, syscall.SIGKILL)
			fmt.Printf("%.3f\t%v\n", d.Seconds()*1000, err == nil)
			return
		case <-time.After(time.Second):
			if syscall.Kill(pid, 0) != nil {
				fmt.Println("-\tfalse") // the build ended first
				return
			}
		}
	}
}
