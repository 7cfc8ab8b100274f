package theme

import (
	"fmt"
	"html/template"
	"strings"
)

// funcs are the functions a layout may call besides the page's own
// methods.
var funcs = template.FuncMap{
	"add":  func(a, b int) int { return a + b },
	"list": func(v ...any) []any { return v },
	"join": strings.Join,
	"dict": dict,
}

// dict makes a map from name, value pairs, to pass several values to a
// partial template.
func dict(kv ...any) (map[string]any, error) {
	if len(kv)%2 != 0 {
		return nil, fmt.Errorf("dict takes name, value pairs")
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		k, ok := kv[i].(string)
		if !ok {
			return nil, fmt.Errorf("dict: name %v is not a string", kv[i])
		}
		m[k] = kv[i+1]
	}
	return m, nil
}
