// Package data loads and validates a Rapor site source folder.
//
// Input: an fs.FS rooted at the site folder, holding data/site.toml,
// data/entities.toml, data/scales.toml, data/years/*.toml and
// content/**/*.md (see the site source format, v1.1).
//
// Output: a Dataset, the validated model of the site, and Diagnostics:
// every problem found, each with its file, line and column, sorted by file
// and position. Load never stops at the first problem and never panics; a
// Dataset is only usable when the diagnostics hold no error.
//
// Rules: every rule of the source format is checked here, except the one
// that needs ranks (a reported rank disagreeing with the computed one),
// which the score package checks. Scores are read from their source text as
// exact decimals and rounded half away from zero to 2 decimals; the rounded
// score is the score.
package data
