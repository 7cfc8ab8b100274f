package tomlpos

import "testing"

func TestPath(t *testing.T) {
	tests := []struct {
		name string
		got  Path
		want string
	}{
		{"root", Root(), ""},
		{"key", Root().Key("result"), "result"},
		{"nested", Root().Key("a").Key("b_c-1"), "a.b_c-1"},
		{"index", Root().Key("result").Index(2), "result[2]"},
		{"deep", Root().Key("result").Index(2).Key("unit").Index(0).Key("score"), "result[2].unit[0].score"},
		{"nested index", Root().Key("m").Index(1).Index(0), "m[1][0]"},
		{"dotted key", Root().Key("result").Index(0).Key("a.b"), `result[0]."a.b"`},
		{"empty key", Root().Key(""), `""`},
		{"space", Root().Key("a b"), `"a b"`},
		{"unicode", Root().Key("é"), `"é"`},
		{"quote", Root().Key(`a"b`), `"a\"b"`},
		{"first quoted", Root().Key("x.y").Key("z"), `"x.y".z`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.got.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
