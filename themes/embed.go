// Package themes holds the default theme, embedded in the binary so that
// an installed rapor works anywhere. A site's own themes/<name>/ folder
// overrides any single file of it.
package themes

import (
	"embed"
	"io/fs"
)

//go:embed all:default
var embedded embed.FS

// Default returns the default theme's files: layouts/, static/, i18n/.
func Default() fs.FS {
	sub, err := fs.Sub(embedded, "default")
	if err != nil {
		panic(err) // the embedded folder always exists
	}
	return sub
}
