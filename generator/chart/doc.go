// Package chart builds the charts of the pages: each chart's ECharts
// option, made with go-echarts, and the same data as a table.
//
// Input: scored results (package score), a language's number formats
// (package lang) and the chart words from the theme's translations
// (Labels). Output: Chart values; a template writes the option into the
// page as data, <script type="application/json" id="{{.ID}}-data">, and
// the table beside it. The theme's own script (static/js/rapor.js) starts
// the charts: no inline script, so a strict Content-Security-Policy
// holds, and without JavaScript the tables are the charts.
//
// Rules:
//   - go-echarts' Render and Script output is never used: it does not
//     escape </script> inside names, and its chart ids are random. Only
//     its option (JSON after Validate) is, and html/template escapes it.
//   - Chart ids come from the chart's kind and from slugs, never from
//     names or randomness; the same input gives byte-identical options.
//   - An option holds data and string templates only, no functions.
//     Tooltips show each point's item name ({b}), which this package
//     writes in the page's language ("2023: 92,00 (A)"), since ECharts
//     formats numbers only the English way.
//   - Every visible word comes from Labels; numbers are formatted by the
//     language: 92,00 in Indonesian, 92.00 in English.
//   - A gap in a trend (a year of the data in which the body has no
//     result) is a null point, so the line breaks there; years missing
//     from the data altogether are not on the axis. A result without a
//     score is never plotted: on a trend its year is an empty point
//     ("-", named in the page's language) where the line breaks too, and
//     it is no bar; its table row says the score was not published.
//     Lines never connect across null or empty points.
//   - A rank over a scope the data do not hold whole is no official rank:
//     the rank trend shows official ranks only (score.Rank.Official), and
//     a table of computed positions over an incomplete scope heads them
//     as the order in this data (Labels.Order).
//   - Colours are colour-blind safe (Okabe–Ito), and colour never
//     carries meaning alone: every bar is named on its axis.
//
// Builders return nil when there is nothing to draw.
//
// A layout writes a chart as
//
//	<div data-chart="{{.ID}}" data-chart-height="{{.Height}}"></div>
//	<script type="application/json" id="{{.DataID}}">{{.Option}}</script>
//	<table>…{{.Table}}…</table>
//
// and loads ECharts, from CDNURL with CDNIntegrity or from a copy of
// NPMPath, before the theme's script.
package chart
