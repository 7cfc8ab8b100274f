package chart_test

import (
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rapor-publik/rapor/generator/chart"
)

// TestEChartsCopy checks the npm copy of ECharts against the pinned
// version and the CDN's integrity hash (jsDelivr serves npm's files
// byte for byte). It runs after `npm ci` at the repository root.
func TestEChartsCopy(t *testing.T) {
	root := moduleRoot(t)
	path := filepath.Join(root, filepath.FromSlash(chart.NPMPath))
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s is not installed: run `npm ci` in %s to check it against CDNIntegrity", chart.NPMPath, root)
	}
	if err != nil {
		t.Fatal(err)
	}
	sum := sha512.Sum384(b)
	if got := "sha384-" + base64.StdEncoding.EncodeToString(sum[:]); got != chart.CDNIntegrity {
		t.Errorf("%s has integrity %s, want CDNIntegrity %s", chart.NPMPath, got, chart.CDNIntegrity)
	}
	if banner := `.version="` + chart.EChartsVersion + `"`; !strings.Contains(string(b), banner) {
		t.Errorf("%s does not declare %s", chart.NPMPath, banner)
	}
	if !strings.Contains(chart.CDNURL, "/echarts@"+chart.EChartsVersion+"/") || !strings.HasSuffix(chart.CDNURL, "/dist/echarts.min.js") {
		t.Errorf("CDNURL %s is not the pinned version's dist/echarts.min.js", chart.CDNURL)
	}
	pkg, err := os.ReadFile(filepath.Join(root, "package.json"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `"echarts": "` + chart.EChartsVersion + `"`; !strings.Contains(string(pkg), want) {
		t.Errorf("package.json does not pin %s", want)
	}
}

// moduleRoot is the folder of go.mod above the test's folder.
func moduleRoot(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
}
