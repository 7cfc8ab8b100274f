package pipeline

import (
	"encoding/json"
	"fmt"

	"github.com/rapor-publik/rapor/generator/search"
	"github.com/rapor-publik/rapor/generator/site"
)

// emitSearch publishes the search box's index of each language,
// search/<lang>.json, which the theme's search.js fetches.
func emitSearch(st *site.Site, emit emitFunc) error {
	for _, l := range st.Languages {
		b, err := json.Marshal(search.New(st, l))
		if err != nil {
			return fmt.Errorf("search index %s: %w", l.Code, err)
		}
		if err := emit(search.Path(l.Code), b); err != nil {
			return err
		}
	}
	return nil
}
