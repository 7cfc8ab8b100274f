package render

import (
	"bytes"
	"html/template"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// newMarkdown configures goldmark once: CommonMark with GFM tables and
// heading ids. Raw HTML is shown escaped, as text, unless the site sets
// unsafe_html; dangerous link targets (javascript: and the like) are
// dropped by goldmark either way.
func newMarkdown(unsafe bool) goldmark.Markdown {
	opts := []renderer.Option{html.WithXHTML()}
	if unsafe {
		opts = append(opts, html.WithUnsafe())
	} else {
		opts = append(opts, renderer.WithNodeRenderers(util.Prioritized(escapedHTML{}, 100)))
	}
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
		goldmark.WithRendererOptions(opts...),
	)
}

// markdown renders a page body; the result is trusted HTML.
func markdown(md goldmark.Markdown, src []byte) (template.HTML, error) {
	var b bytes.Buffer
	if err := md.Convert(src, &b); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil // #nosec: goldmark output, raw HTML escaped
}

// escapedHTML renders raw HTML in Markdown as visible, escaped text.
type escapedHTML struct{}

func (escapedHTML) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, renderRawHTML)
	reg.Register(ast.KindHTMLBlock, renderHTMLBlock)
}

func renderRawHTML(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	segs := n.(*ast.RawHTML).Segments
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		template.HTMLEscape(w, seg.Value(src))
	}
	return ast.WalkSkipChildren, nil
}

func renderHTMLBlock(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	b := n.(*ast.HTMLBlock)
	w.WriteString("<p>")
	for i := 0; i < b.Lines().Len(); i++ {
		line := b.Lines().At(i)
		template.HTMLEscape(w, line.Value(src))
	}
	if b.HasClosure() {
		template.HTMLEscape(w, b.ClosureLine.Value(src))
	}
	w.WriteString("</p>\n")
	return ast.WalkContinue, nil
}
