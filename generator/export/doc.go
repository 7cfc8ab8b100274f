// Package export writes the computed results as downloadable files: one
// CSV per year (data/<year>.csv) and one JSON document (data/rapor.json).
//
// Input: the dataset and its scores. Output: bytes on an io.Writer. The
// CSV follows the export contract of the site source format column by
// column; the JSON holds the same figures and everything the pages are
// built from (scopes and whether they are complete, reported ranks,
// units, sources, trends). Both are deterministic: the same data give the
// same bytes.
package export
