package lang

import (
	"testing"
	"time"

	"github.com/rapor-publik/rapor/generator/data"
)

func TestFormats(t *testing.T) {
	kab := &data.Kind{ID: "kabupaten", Label: "Kabupaten", LabelEN: "Regency"}
	lebong := &data.Entity{Name: "Lebong", Kind: kab}
	kesehatan := &data.Entity{Name: "Kesehatan", Kind: &data.Kind{ID: "kementerian", Label: "Kementerian"}}
	leap := data.Date{Year: 2024, Month: time.February, Day: 29}
	tests := []struct {
		name, got, want string
	}{
		{"id score", ID.Score(9200), "92,00"},
		{"en score", EN.Score(9200), "92.00"},
		{"id small", ID.Score(5), "0,05"},
		{"id negative", ID.Score(-778), "−7,78"},
		{"id signed up", ID.Signed(778), "+7,78"},
		{"en signed down", EN.Signed(-50), "−0.50"},
		{"signed zero", ID.Signed(0), "0,00"},
		{"id thousands", ID.Int(83762), "83.762"},
		{"en thousands", EN.Int(1234567), "1,234,567"},
		{"id score thousands", ID.Score(123456), "1.234,56"},
		{"short int", ID.Int(416), "416"},
		{"signed int", ID.SignedInt(-3), "−3"},
		{"id date", ID.Date(leap), "29 Februari 2024"},
		{"en date", EN.Date(leap), "29 February 2024"},
		{"id name", ID.Name(lebong), "Kabupaten Lebong"},
		{"en name", EN.Name(lebong), "Lebong Regency"},
		{"en name without label_en", EN.Name(kesehatan), "Kementerian Kesehatan"},
		{"fallback", Get("fr").Score(9200), "92.00"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}
