package narrative

import (
	"testing"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/lang"
)

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th",
		21: "21st", 22: "22nd", 23: "23rd", 101: "101st", 111: "111th", 112: "112th", 113: "113th", 1001: "1,001st"} {
		if got := ordinal(lang.EN, n); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		l    *lang.Lang
		n    int
		want string
	}{
		{lang.ID, 2, "dua"}, {lang.ID, 3, "tiga"}, {lang.ID, 10, "sepuluh"}, {lang.ID, 11, "11"}, {lang.ID, 1200, "1.200"},
		{lang.EN, 3, "three"}, {lang.EN, 10, "ten"}, {lang.EN, 12, "12"},
	}
	for _, tt := range tests {
		if got := number(tt.l, tt.n); got != tt.want {
			t.Errorf("number(%s, %d) = %q, want %q", tt.l.Code, tt.n, got, tt.want)
		}
	}
}

func TestList(t *testing.T) {
	tests := []struct {
		l     *lang.Lang
		items []string
		want  string
	}{
		{lang.ID, nil, ""},
		{lang.ID, []string{"A"}, "A"},
		{lang.ID, []string{"A", "B"}, "A dan B"},
		{lang.ID, []string{"A", "B", "C"}, "A, B, dan C"},
		{lang.EN, []string{"A", "B"}, "A and B"},
		{lang.EN, []string{"A", "B", "C"}, "A, B, and C"},
	}
	for _, tt := range tests {
		if got := list(tt.l, tt.items); got != tt.want {
			t.Errorf("list(%s, %q) = %q, want %q", tt.l.Code, tt.items, got, tt.want)
		}
	}
}

func TestKinds(t *testing.T) {
	kab := &data.Kind{Label: "Kabupaten", LabelEN: "Regency"}
	kota := &data.Kind{Label: "Kota", LabelEN: "City"}
	prov := &data.Kind{Label: "Provinsi", LabelEN: "Province"}
	kem := &data.Kind{Label: "Kementerian"}
	tests := []struct {
		l    *lang.Lang
		ks   []*data.Kind
		want string
	}{
		{lang.ID, []*data.Kind{kab, kota}, "kabupaten/kota"},
		{lang.EN, []*data.Kind{kab, kota}, "regencies and cities"},
		{lang.EN, []*data.Kind{prov}, "provinces"},
		{lang.EN, []*data.Kind{kem}, "kementerian"},
		{lang.EN, []*data.Kind{{LabelEN: "Day"}, {LabelEN: "Box"}, {LabelEN: "Y"}}, "days, boxes, and ys"},
	}
	for _, tt := range tests {
		if got := kinds(tt.l, tt.ks); got != tt.want {
			t.Errorf("kinds(%s) = %q, want %q", tt.l.Code, got, tt.want)
		}
	}
}

func TestGradeName(t *testing.T) {
	plain := &data.Scale{}
	opini := &data.Scale{Word: "opini", WordEN: "opinion"}
	tests := []struct {
		s      *data.Scale
		g      *data.Grade
		id, en string
	}{
		{plain, &data.Grade{ID: "A", Label: "Kualitas Tertinggi", Zone: "hijau"}, "predikat Kualitas Tertinggi (A)", "grade A (Kualitas Tertinggi)"},
		{plain, &data.Grade{ID: "A", Label: "Kualitas Tertinggi", LabelEN: "Highest quality"}, "predikat Kualitas Tertinggi (A)", "grade A (Highest quality)"},
		{opini, &data.Grade{ID: "A", Label: "Kualitas Tertinggi", LabelEN: "Highest quality"}, "opini Kualitas Tertinggi (A)", "opinion A (Highest quality)"},
		{opini, &data.Grade{ID: "tinggi", Label: "Kualitas Tinggi", LabelEN: "High quality"}, "opini Kualitas Tinggi", "a “High quality” opinion"},
		{plain, &data.Grade{ID: "B", Label: "B"}, "predikat B", "grade B"},
		{plain, &data.Grade{ID: "A", Label: "Opini A"}, "predikat Opini A", "grade Opini A"},
		{opini, &data.Grade{ID: "hijau", Label: "Zona Hijau (kepatuhan tinggi)", Zone: "hijau"}, "zona hijau", "the green zone"},
	}
	for _, tt := range tests {
		if got := grade(lang.ID, tt.s, tt.g); got != tt.id {
			t.Errorf("grade(id, %s) = %q, want %q", tt.g.ID, got, tt.id)
		}
		if got := grade(lang.EN, tt.s, tt.g); got != tt.en {
			t.Errorf("grade(en, %s) = %q, want %q", tt.g.ID, got, tt.en)
		}
	}
}

func TestRankWords(t *testing.T) {
	tests := []struct {
		l          *lang.Lang
		n          int
		body, head string
	}{
		{lang.ID, 1, "peringkat pertama", "Peringkat Satu"},
		{lang.ID, 3, "peringkat ketiga", "Peringkat Tiga"},
		{lang.ID, 10, "peringkat kesepuluh", "Peringkat Sepuluh"},
		{lang.ID, 11, "peringkat ke-11", "Peringkat 11"},
		{lang.ID, 121, "peringkat ke-121", "Peringkat 121"},
		{lang.EN, 1, "first", "First"},
		{lang.EN, 3, "third", "Third"},
		{lang.EN, 11, "11th", "11th"},
		{lang.EN, 1001, "1,001st", "1,001st"},
	}
	for _, tt := range tests {
		if got := rank(tt.l, tt.n); got != tt.body {
			t.Errorf("rank(%s, %d) = %q, want %q", tt.l.Code, tt.n, got, tt.body)
		}
		if got := headRank(tt.l, tt.n); got != tt.head {
			t.Errorf("headRank(%s, %d) = %q, want %q", tt.l.Code, tt.n, got, tt.head)
		}
	}
}

func TestScaleWords(t *testing.T) {
	zones := &data.Scale{Word: "zona", WordEN: "zone", Grades: []*data.Grade{{ID: "hijau", Zone: "hijau"}, {ID: "merah", Zone: "merah"}}}
	letters := &data.Scale{Word: "opini", WordEN: "grade", Grades: []*data.Grade{{ID: "A"}, {ID: "E"}}}
	named := &data.Scale{Word: "opini", WordEN: "opinion", Grades: []*data.Grade{
		{ID: "tertinggi", Label: "Kualitas Tertinggi", LabelEN: "Highest quality"}, {ID: "rendah", Label: "Kualitas Rendah", LabelEN: "Low quality"}}}
	bare := &data.Scale{Grades: []*data.Grade{{ID: "A"}, {ID: "E"}}}
	tests := []struct {
		s      *data.Scale
		id, en string
	}{
		{zones, "sistem zona", "the zone system"},
		{letters, "opini A–E", "grades A–E"},
		{named, "opini Kualitas Tertinggi hingga Kualitas Rendah", "opinions from “Highest quality” to “Low quality”"},
		{bare, "predikat A–E", "grades A–E"},
	}
	for _, tt := range tests {
		if got := scaleWords(lang.ID, tt.s); got != tt.id {
			t.Errorf("scaleWords(id) = %q, want %q", got, tt.id)
		}
		if got := scaleWords(lang.EN, tt.s); got != tt.en {
			t.Errorf("scaleWords(en) = %q, want %q", got, tt.en)
		}
	}
}
