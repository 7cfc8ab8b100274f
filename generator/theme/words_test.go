package theme

import "testing"

// Values are put into a template once and never read again as part of
// it: a name holding {year} or {name} stays as written.
func TestFillOnePass(t *testing.T) {
	tests := []struct {
		tpl  string
		args []string
		want string
	}{
		{"{name} pada {year}", []string{"name", "Lebong {year}", "year", "2024"}, "Lebong {year} pada 2024"},
		{"{year}: {name}", []string{"name", "{name} {year}", "year", "2024"}, "2024: {name} {year}"},
		{"{name}", []string{"name", "%s %d {{.}} {{ }} {}"}, "%s %d {{.}} {{ }} {}"},
		{"{name} {name}", []string{"name", "{name}"}, "{name} {name}"},
		{"{unknown} {name}", []string{"name", "A"}, "{unknown} A"},
		{"{{name}} {a{name}", []string{"name", "A"}, "{A} {aA"},
		{"no placeholder", []string{"name", "A"}, "no placeholder"},
		{"{name", []string{"name", "A"}, "{name"},
		{"{name}", nil, "{name}"},
	}
	for _, tt := range tests {
		if got := fill(tt.tpl, tt.args); got != tt.want {
			t.Errorf("fill(%q, %q) = %q, want %q", tt.tpl, tt.args, got, tt.want)
		}
	}
}
