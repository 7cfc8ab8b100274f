package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/internal/faults"
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/pipeline"
	"github.com/rapor-publik/rapor/generator/publish"
)

// recoverOutput runs what every build on out runs first: it takes the
// lock and recovers what an interrupted build left.
func recoverOutput(out string) ([]string, error) {
	o, err := publish.Open(out)
	defer o.Close()
	return o.Notes(), err
}

// What a host or a tool keeps in an output, which no build may remove.
var foreign = map[string]string{
	".git/":         "",
	".git/HEAD":     "ref: refs/heads/gh-pages\n",
	"CNAME":         "rapor.example.id\n",
	".htaccess":     "Options -Indexes\n",
	"kabupaten/.x":  "a hidden file inside a folder of the site\n",
	".well-known/":  "",
	".well-known/a": "verification\n",
}

// The site a rebuild publishes in the fault tests: a changed score, and
// a year removed, so that the rebuild writes, replaces and removes.
const rebuilt = changed + "-- data/years/2022.toml --\n(removed)\n"

// publishModes are the three ways a rebuild publishes.
var publishModes = []struct {
	name            string
	inPlace, noSwap bool
}{
	{name: "exchange"},
	{name: "renames", noSwap: true},
	{name: "in place", inPlace: true},
}

// withForeign is tree with the foreign files added.
func withForeign(tree map[string]string) map[string]string {
	out := maps.Clone(tree)
	maps.Copy(out, foreign)
	return out
}

// A rebuild stopped at any step of publishing, killed there or failing
// there as the system would fail it, leaves the previous site or the new
// one, whole, with every file Rapor did not write; a failure says which.
// A killed rebuild may leave an update in place half done: the next
// build on the output (Recover) undoes or finishes it first.
func TestPublishFaults(t *testing.T) {
	before := withForeign(readTreeOf(t, siteFS(t, "")))
	after := withForeign(readTreeOf(t, siteFS(t, rebuilt)))
	if _, ok := after["2022/index.html"]; ok {
		t.Fatal("the rebuilt site still has 2022/index.html; the test is wrong")
	}
	which := func(tree map[string]string) string {
		switch {
		case cmp.Equal(tree, before):
			return "previous"
		case cmp.Equal(tree, after):
			return "new"
		}
		return "mixed"
	}
	interruptions := 0
	for _, mode := range publishModes {
		t.Run(mode.name, func(t *testing.T) {
			parent := t.TempDir()
			out := filepath.Join(parent, "public")
			// The previous site is built once and kept as a snapshot, with
			// its files' times, which the manifest records; each
			// interruption starts from a copy of it.
			snapshot := t.TempDir()
			mustBuild(t, siteFS(t, ""), out)
			writeTree(t, out, foreign)
			sitetest.CopyTree(t, parent, snapshot)
			prepare := func() {
				t.Helper()
				if err := os.RemoveAll(parent); err != nil {
					t.Fatal(err)
				}
				sitetest.CopyTree(t, snapshot, parent)
				retree(t, filepath.Join(parent, ".public.rapor-manifest"), out)
			}
			// Which steps the rebuild takes, outside the workers' writes.
			var steps []string
			var mu sync.Mutex
			restore := faults.Set(func(step string) error {
				if !strings.HasPrefix(step, "write ") && !strings.HasPrefix(step, "link ") {
					mu.Lock()
					steps = append(steps, step)
					mu.Unlock()
				}
				return nil
			}, mode.inPlace, mode.noSwap)
			prepare()
			steps = nil
			mustBuild(t, siteFS(t, rebuilt), out)
			restore()
			if got := which(readTree(t, out)); got != "new" {
				t.Fatalf("the rebuild without faults left the %s site: %s", got, cmp.Diff(after, readTree(t, out)))
			}
			if len(steps) < 4 {
				t.Fatalf("the rebuild took %d steps: %q", len(steps), steps)
			}
			steps = sampleSteps(steps)
			for _, how := range []string{"killed", "failed", "failed, then killed undoing"} {
				kill := how == "killed"
				if how == "failed, then killed undoing" && !mode.inPlace {
					continue // only an update in place undoes
				}
				for i, at := range steps {
					name := fmt.Sprintf("%s at %d %q", how, i, at)
					prepare()
					failed := false
					restore := faults.Set(func(step string) error {
						switch {
						case failed && strings.HasPrefix(step, "undo "):
							return faults.ErrKilled
						case step != at:
							return nil
						case kill:
							return faults.ErrKilled
						}
						failed = how != "failed"
						return syscall.ENOSPC
					}, mode.inPlace, mode.noSwap)
					_, err, dead := pipeline.BuildKillable(context.Background(), siteFS(t, rebuilt), out)
					restore()
					interruptions++
					state := "new"
					if err != nil {
						var pe *publish.Error
						if !errors.As(err, &pe) {
							t.Fatalf("%s: err = %v, not a PublishError", name, err)
						}
						if pe.State != publish.Unknown {
							state = "previous"
						}
					}
					if dead || state == "new" && err != nil {
						state = ""
					}
					if !dead && err == nil && which(readTree(t, out)) != "new" {
						t.Errorf("%s: the build succeeded and left the %s site", name, which(readTree(t, out)))
					}
					if state != "" {
						if got := which(readTree(t, out)); got != state {
							t.Errorf("%s: err = %v says the %s site, the output holds the %s one", name, err, state, got)
						}
					}
					if !mode.inPlace && !mode.noSwap {
						if got := which(readTree(t, out)); got == "mixed" {
							t.Errorf("%s: the output holds a mixed site before any recovery", name)
						}
					}
					if _, err := recoverOutput(out); err != nil {
						t.Fatalf("%s: Recover: %v", name, err)
					}
					if got := which(readTree(t, out)); got == "mixed" {
						t.Errorf("%s: after recovery the output holds a mixed site", name)
					} else if state != "" && got != state {
						t.Errorf("%s: after recovery the output holds the %s site, was the %s one", name, got, state)
					}
					// The next rebuild finds its way from whatever was left.
					if _, err := pipeline.Build(context.Background(), siteFS(t, rebuilt), out); err != nil {
						t.Fatalf("%s: the next build: %v", name, err)
					}
					checkUntouched(t, out, after, true)
				}
			}
		})
	}
	t.Logf("%d interruptions over the publish steps, 0 mixed outputs unless reported above", interruptions)
}

// A file that cannot be replaced (here: in a folder that cannot be
// written) fails the rebuild; the output is the previous site, and the
// message says so only because it is.
func TestPublishUnwritable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes into read-only folders")
	}
	for _, mode := range publishModes {
		t.Run(mode.name, func(t *testing.T) {
			restore := faults.Set(nil, mode.inPlace, mode.noSwap)
			defer restore()
			out := filepath.Join(t.TempDir(), "public")
			mustBuild(t, siteFS(t, ""), out)
			want := readTree(t, out)
			dir := filepath.Join(out, "kabupaten", "lebong")
			os.Chmod(dir, 0o555)
			defer os.Chmod(dir, 0o755)
			_, err := pipeline.Build(context.Background(), siteFS(t, rebuilt), out)
			if err == nil {
				if mode.inPlace {
					t.Fatal("the rebuild replaced files in a read-only folder")
				}
				return // a swap does not write into the previous output
			}
			var pe *publish.Error
			if !errors.As(err, &pe) || pe.State == publish.Unknown {
				t.Fatalf("err = %v", err)
			}
			if diff := cmp.Diff(want, readTree(t, out)); diff != "" {
				t.Errorf("the output changed (-want +got):\n%s", diff)
			}
		})
	}
}

// Builds started together into one output never publish at the same
// time; each either publishes or says another build holds the output.
func TestConcurrentBuilds(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	mustBuild(t, siteFS(t, ""), out)
	var publishing, overlaps, published, refused atomic.Int64
	restore := faults.Set(func(step string) error {
		switch step {
		case "manifest":
			if publishing.Add(1) > 1 {
				overlaps.Add(1)
			}
		case "remove previous":
			publishing.Add(-1)
		}
		return nil
	}, false, false)
	defer restore()
	sites := []string{"", changed}
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			_, err := pipeline.Build(context.Background(), siteFS(t, sites[i%2]), out)
			switch {
			case err == nil:
				published.Add(1)
			case strings.Contains(err.Error(), "another build"):
				refused.Add(1)
			default:
				t.Errorf("Build: %v", err)
			}
		})
	}
	wg.Wait()
	if overlaps.Load() != 0 {
		t.Errorf("%d builds published while another did", overlaps.Load())
	}
	if published.Load() == 0 {
		t.Error("no build published")
	}
	t.Logf("%d published, %d refused, 0 overlaps", published.Load(), refused.Add(0))
	tree := readTree(t, out)
	if !cmp.Equal(tree, readTreeOf(t, siteFS(t, ""))) && !cmp.Equal(tree, readTreeOf(t, siteFS(t, changed))) {
		t.Error("the output is neither site")
	}
}

// The lock is the kernel's: a lock file left by a build that was killed
// (empty, or naming a process) holds nothing, and a held lock holds
// whatever its file says.
func TestBuildLock(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	lock := filepath.Join(dir, ".public.rapor-lock")
	mustBuild(t, siteFS(t, ""), out)
	want := readTree(t, out)

	held, err := publish.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, content := range []string{"", "1\n", "garbage"} {
		if err := os.WriteFile(lock, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err = pipeline.Build(context.Background(), siteFS(t, changed), out)
		if err == nil || !strings.Contains(err.Error(), "another build") {
			t.Errorf("Build with the lock held (file %q): err = %v", content, err)
		}
		if diff := cmp.Diff(want, readTree(t, out)); diff != "" {
			t.Errorf("the output changed (-want +got):\n%s", diff)
		}
	}
	held.Close()

	for _, content := range []string{"", fmt.Sprintln(os.Getpid())} {
		if err := os.WriteFile(lock, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		mustBuild(t, siteFS(t, changed), out)
		checkUntouched(t, out, readTreeOf(t, siteFS(t, changed)), true)
	}
}

// Leftovers of builds killed before they published are removed by the
// next build: staged folders beside and inside the output, a manifest
// half written.
func TestLeftoversRemoved(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	mustBuild(t, siteFS(t, ""), out)
	want := readTree(t, out)
	writeTree(t, filepath.Join(dir, ".public.new-123"), map[string]string{"index.html": "half\n"})
	writeTree(t, filepath.Join(out, ".rapor-staging-9"), map[string]string{"1": "half\n"})
	if err := os.WriteFile(filepath.Join(dir, ".public.rapor-manifest.new-77"), []byte("rapor"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustBuild(t, siteFS(t, ""), out)
	checkUntouched(t, out, want, true)
	if got := names(t, dir); !slices.Equal(got, []string{".public.rapor-manifest", "public"}) {
		t.Errorf("beside the output: %q", got)
	}
}

// retree points the manifest file at the folder out, which a copy made
// anew: a manifest names the folder it describes by device and inode.
func retree(t *testing.T, manifest, out string) {
	t.Helper()
	b, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	st := info.Sys().(*syscall.Stat_t)
	header, rest, _ := strings.Cut(string(b), "\n")
	old, rest, _ := strings.Cut(rest, "\n")
	if !strings.HasPrefix(old, "tree ") {
		t.Fatalf("%s: second line %q, want the tree it describes", manifest, old)
	}
	tree := fmt.Sprintf("tree %d:%d", st.Dev, st.Ino)
	if err := os.WriteFile(manifest, []byte(header+"\n"+tree+"\n"+rest), 0o644); err != nil {
		t.Fatal(err)
	}
}

// sampleSteps keeps every step of a kind taken once, and of a kind taken
// for many files (a replace, a removal), the first, one in the middle
// and the last.
func sampleSteps(steps []string) []string {
	byKind := map[string][]int{}
	for i, s := range steps {
		kind, _, _ := strings.Cut(s, " ")
		if len(kind) > 1 && kind != "undo" && kind != "keep" {
			kind = s
		}
		byKind[kind] = append(byKind[kind], i)
	}
	var keep []int
	for _, is := range byKind {
		keep = append(keep, is[0], is[len(is)/2], is[len(is)-1])
	}
	slices.Sort(keep)
	var out []string
	for _, i := range slices.Compact(keep) {
		out = append(out, steps[i])
	}
	return out
}

// An update in place killed while its staging folder is being removed
// (its completion marker already gone, say) is complete: the next build
// must not take what remains for an update to undo.
func TestInPlaceKilledWhileTidying(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	mustBuild(t, siteFS(t, ""), out)
	restore := faults.Set(func(step string) error {
		if step != "remove staging" {
			return nil
		}
		marks, _ := filepath.Glob(filepath.Join(out, ".rapor-staging-*", "committed"))
		for _, m := range marks {
			os.Remove(m)
		}
		return faults.ErrKilled
	}, true, false)
	_, _, dead := pipeline.BuildKillable(context.Background(), siteFS(t, rebuilt), out)
	restore()
	if !dead {
		t.Fatal("the build was not stopped at the removal of its staging folder")
	}
	if _, err := recoverOutput(out); err != nil {
		t.Fatal(err)
	}
	checkUntouched(t, out, readTreeOf(t, siteFS(t, rebuilt)), true)
}
