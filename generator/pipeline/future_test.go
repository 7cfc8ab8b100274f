package pipeline_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/pipeline"
)

// A news article dated after today is a warning, and only that: the
// output is byte for byte what a build without a today gives.
func TestFutureNewsWarnsOnly(t *testing.T) {
	fsys := siteFS(t, "-- content/berita/lebong.md --\n+++\ntitle = \"Lebong\"\ndate = 2024-03-01\nentities = [\"17.07\"]\n+++\nIsi.\n")
	dir := t.TempDir()
	builds := []data.Options{{Today: data.Date{Year: 2024, Month: 2, Day: 1}}, {}}
	var trees []map[string]string
	for i, opts := range builds {
		out := filepath.Join(dir, []string{"a", "b"}[i], "public")
		res, err := pipeline.BuildWithProgress(context.Background(), fsys, out, nil, opts)
		if err != nil {
			t.Fatalf("build: %v\n%v", err, res.Diagnostics)
		}
		warned := strings.Contains(res.Diagnostics.Error(), "content/berita/lebong.md:3:8: warning: date 2024-03-01 is after today, 2024-02-01")
		if want := !opts.Today.IsZero(); warned != want {
			t.Errorf("build %d: warned %v, want %v:\n%v", i, warned, want, res.Diagnostics)
		}
		trees = append(trees, readTree(t, out))
	}
	if diff := cmp.Diff(trees[1], trees[0]); diff != "" {
		t.Errorf("the warning changed the output (-without +with):\n%s", diff)
	}
}
