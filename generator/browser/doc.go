// Package browser holds no code of its own: its tests open the built
// sample site in a real headless Chromium (through chromedp) and check
// what a reader gets: no console error, no failed request, no
// Content-Security-Policy violation, every chart drawn with all its
// points, every figure readable with JavaScript off, nothing wider than a
// 360-pixel phone, and no script of a hostile site's names ever run.
//
// The tests need Debian's chromium (or $RAPOR_CHROMIUM) and the npm copy
// of ECharts (`npm ci` at the repository root). Where either is missing
// they are skipped with a message, except in CI (CI=true), where that is
// a failure.
package browser
