package browser_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/rapor-publik/rapor/generator/pipeline"
)

// The Nu HTML Checker (npm vnu-jar, run with Java) finds no error on any
// page of the sample build.
func TestNuHTMLChecker(t *testing.T) {
	jar := filepath.Join(root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	_, err := os.Stat(jar)
	need(t, err == nil, "the Nu HTML Checker is not installed: run `npm ci` at the repository root")
	java, err := exec.LookPath("java")
	need(t, err == nil, "java not found: install a Java runtime (Debian default-jre-headless) for the Nu HTML Checker")
	out := filepath.Join(t.TempDir(), "public")
	if _, err := pipeline.Build(context.Background(), os.DirFS(root), out); err != nil {
		t.Fatalf("build: %v", err)
	}
	cmd := exec.Command(java, "-jar", jar, "--errors-only", "--skip-non-html", "--format", "json", out)
	report, _ := cmd.CombinedOutput() // exit status 1 when it finds errors; the report says which
	var res struct {
		Messages []struct {
			Type, URL, Message string
			LastLine           int `json:"lastLine"`
		} `json:"messages"`
	}
	if err := json.Unmarshal(report, &res); err != nil {
		t.Fatalf("vnu report: %v\n%s", err, report)
	}
	for _, m := range res.Messages {
		t.Errorf("%s:%d: %s: %s", m.URL, m.LastLine, m.Type, m.Message)
	}
	pages := 0
	_ = filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && filepath.Ext(p) == ".html" {
			pages++
		}
		return err
	})
	t.Logf("Nu HTML Checker: %d pages, %d errors", pages, len(res.Messages))
}
