package card

import (
	"cmp"
	"math/bits"
	"slices"
)

// A huffCode is a prefix code for the symbols 0…len(bits)-1: the
// length of each symbol's code, 0 for a symbol not used, and the code
// itself with its bits reversed, because DEFLATE packs a code into
// bytes from its most significant bit, but other bits from the least.
type huffCode struct {
	bits []uint8
	code []uint16

	freq  []uint32 // the frequencies being built from
	nodes []huffNode
}

// huffNode is a symbol, or a merged pair of nodes, of a Huffman tree.
type huffNode struct {
	freq   uint32 // and, once the tree is built, the node's depth
	sym    uint16 // the symbol of a leaf; ties in freq are broken by it
	parent int32
}

// build sets c to an optimal prefix code for freq whose codes are at
// most maxBits long. The code is complete, as zlib requires of the
// code-length code: a lone used symbol gets a one-bit code, and so
// does an unused one beside it.
func (c *huffCode) build(freq []uint32, maxBits int) {
	c.bits = slices.Grow(c.bits[:0], len(freq))[:len(freq)]
	c.code = slices.Grow(c.code[:0], len(freq))[:len(freq)]
	clear(c.bits)
	c.freq = append(c.freq[:0], freq...)
	for !c.lengths(maxBits) {
		// Too deep. Halving every frequency, but keeping it above zero,
		// makes them more alike and the tree shallower, and a few
		// halvings make them all equal, which any limit fits. The code
		// is then a little worse than the best, and only on pictures
		// with a few very rare symbols.
		for i, f := range c.freq {
			if f != 0 {
				c.freq[i] = f/2 | 1
			}
		}
	}
	c.assign(maxBits)
}

// lengths sets c.bits to the depths of a Huffman tree for c.freq, and
// reports whether every depth is at most maxBits. It sorts the leaves
// by frequency and merges them by the two-queue method: the merged
// nodes are made in order of frequency, so the two smallest nodes are
// always at the heads of the leaves and of the merged nodes.
func (c *huffCode) lengths(maxBits int) bool {
	nodes := c.nodes[:0]
	for s, f := range c.freq {
		if f != 0 {
			nodes = append(nodes, huffNode{freq: f, sym: uint16(s), parent: -1})
		}
	}
	c.nodes = nodes
	switch len(nodes) {
	case 0:
		return true
	case 1:
		other := 0
		if nodes[0].sym == 0 {
			other = 1
		}
		c.bits[nodes[0].sym], c.bits[other] = 1, 1
		return true
	}
	slices.SortFunc(nodes, func(a, b huffNode) int {
		return cmp.Or(cmp.Compare(a.freq, b.freq), cmp.Compare(a.sym, b.sym))
	})
	leaves := len(nodes)
	leaf, merged := 0, leaves
	smallest := func() int {
		if leaf < leaves && (merged == len(nodes) || nodes[leaf].freq <= nodes[merged].freq) {
			leaf++
			return leaf - 1
		}
		merged++
		return merged - 1
	}
	for range leaves - 1 {
		a, b := smallest(), smallest()
		nodes = append(nodes, huffNode{freq: nodes[a].freq + nodes[b].freq, parent: -1})
		nodes[a].parent = int32(len(nodes) - 1)
		nodes[b].parent = int32(len(nodes) - 1)
	}
	c.nodes = nodes
	// A parent comes after its children, so walking back from the root
	// meets each parent before its children.
	root := len(nodes) - 1
	nodes[root].freq = 0
	ok := true
	for i := root - 1; i >= 0; i-- {
		depth := nodes[nodes[i].parent].freq + 1
		nodes[i].freq = depth
		if i < leaves {
			ok = ok && int(depth) <= maxBits
			c.bits[nodes[i].sym] = uint8(min(depth, 255))
		}
	}
	return ok
}

// assign gives each used symbol its canonical code (RFC 1951, 3.2.2):
// shorter codes first, and codes of one length in symbol order.
func (c *huffCode) assign(maxBits int) {
	var count, next [16]uint16
	for _, b := range c.bits {
		count[b]++
	}
	count[0] = 0
	code := uint16(0)
	for b := 1; b <= maxBits; b++ {
		code = (code + count[b-1]) << 1
		next[b] = code
	}
	for s, b := range c.bits {
		if b != 0 {
			c.code[s] = bits.Reverse16(next[b]) >> (16 - b)
			next[b]++
		}
	}
}
