package chart

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/go-echarts/go-echarts/v2/charts"
)

// TestNoChartID checks that go-echarts' random chart id stays out of the
// option.
func TestNoChartID(t *testing.T) {
	line := charts.NewLine()
	line.SetXAxis([]string{"2023"})
	line.AddSeries("s", nil)
	if line.ChartID == "" {
		t.Fatal("go-echarts no longer sets a chart id: the test checks nothing")
	}
	b, err := json.Marshal(option(line))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), line.ChartID) {
		t.Errorf("option holds the random chart id %s: %s", line.ChartID, b)
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		tpl, name, kinds string
		year             int
		want             string
	}{
		{"Nilai {name} per tahun", "Kabupaten Lebong", "", 0, "Nilai Kabupaten Lebong per tahun"},
		{"Sebaran opini {name} {year}", "", "", 2023, "Sebaran opini 2023"},
		{"{kinds} di {name}", "Provinsi Bengkulu", "Kabupaten, Kota", 0, "Kabupaten, Kota di Provinsi Bengkulu"},
		{"Grades", "x", "y", 2023, "Grades"},
	}
	for _, tt := range tests {
		if got := title(tt.tpl, tt.name, tt.kinds, tt.year); got != tt.want {
			t.Errorf("title(%q) = %q, want %q", tt.tpl, got, tt.want)
		}
	}
}
