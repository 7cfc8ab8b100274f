package render

import (
	"bytes"
	"fmt"
	"html/template"

	"github.com/rapor-publik/rapor/generator/assemble"
)

// sharedPartial renders a shared partial with the value value makes,
// once per key.
func (r *Renderer) sharedPartial(key assemble.SharedKey, value func() *assemble.Shared) (template.HTML, error) {
	if h, ok := r.shared.Load(key); ok {
		return h.(template.HTML), nil
	}
	t := r.opts.Theme.Layouts().Lookup(key.Name)
	if t == nil {
		return "", fmt.Errorf("the theme has no layout %s.html", key.Name)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, value()); err != nil {
		return "", err
	}
	// The partial went through html/template's escaping, in HTML text
	// context, like any page; the result is that escaped output.
	h, _ := r.shared.LoadOrStore(key, template.HTML(b.String()))
	return h.(template.HTML), nil
}
