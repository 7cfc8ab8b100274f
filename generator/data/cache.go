package data

import (
	"crypto/sha256"
	"sync"

	"github.com/rapor-publik/rapor/generator/data/tomlpos"
)

// ParseCache keeps the TOML documents a load parsed, by their bytes, so
// that the next load (the preview's, after an edit) parses only what
// changed: parsing is most of a load. A document is kept only when it
// parsed without error, and only until a load that did not read it ends.
// Loads that share a cache must not run at once.
type ParseCache struct {
	mu   sync.Mutex
	docs map[[sha256.Size]byte]*parsedDoc
	used map[[sha256.Size]byte]bool // by the load running
}

// parsedDoc is a parsed document; never changed once made.
type parsedDoc struct {
	m       map[string]any
	ix      *tomlpos.Index
	scanErr error // tomlpos could not locate keys: reported on every load
}

// NewParseCache makes an empty cache.
func NewParseCache() *ParseCache {
	return &ParseCache{docs: map[[sha256.Size]byte]*parsedDoc{}, used: map[[sha256.Size]byte]bool{}}
}

func (c *ParseCache) get(key [sha256.Size]byte) *parsedDoc {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	d := c.docs[key]
	if d != nil {
		c.used[key] = true
	}
	return d
}

func (c *ParseCache) put(key [sha256.Size]byte, d *parsedDoc) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.docs[key], c.used[key] = d, true
}

// endLoad forgets the documents the load that ends did not read.
func (c *ParseCache) endLoad() {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for key := range c.docs {
		if !c.used[key] {
			delete(c.docs, key)
		}
	}
	clear(c.used)
}
