// Package build runs the pipeline from a site folder to a published
// output folder: load and validate, score, write the export, publish.
//
// Input: an fs.FS of the site source and the output folder's path.
// Output: the output folder, replaced as a whole, or left as it was.
//
// Rules: nothing is written where the output is until every stage has
// succeeded. The site is written into a temporary folder beside the
// output and swapped in with renames; a failed, cancelled or interrupted
// build leaves the previous output byte for byte as it was. The same
// input gives byte-identical output: no timestamps, no map order.
package build
