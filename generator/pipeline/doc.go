// Package build runs the pipeline from a site folder to a published
// output folder: load and validate, score, render the pages and write
// the export, publish.
//
// Input: an fs.FS of the site source and the output folder's path.
// Output: the output folder, holding the new site or the previous one
// (the transaction is package publish's); or, for tests and the preview,
// the files in memory (BuildFiles, BuildPreview).
//
// Rules: Check reports everything Build would reject, the theme
// included. Nothing is published unless the site has no errors. The
// same input gives byte-identical output: no timestamps, no map order.
package pipeline
