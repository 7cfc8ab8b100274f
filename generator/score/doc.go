// Package score computes everything the pages and the export say about
// the results: grades, ranks, changes and trends.
//
// Input: a data.Dataset without errors. Output: Scores, and warnings for
// published (reported) ranks that disagree with the computed ones where
// the data hold the whole scope.
//
// Rules (from the site source format):
//   - The score is the result's score rounded to 2 decimals; it decides
//     the grade, the ranks and the changes.
//   - Ranks are competition ranks (1, 2, 2, 4) on the score: nationally
//     among the year's results whose kinds share a rank_group, and for
//     regional kinds within their province among the results of regional
//     kinds of the same province group. Provinsi bodies are ranked
//     nationally only.
//   - A scope is complete in a year when every registered body of it has a
//     result; a rank over an incomplete scope is not the official one.
//   - Changes compare a result with the body's most recent earlier result,
//     across a change of scale too (both run 0–100); such changes are
//     marked, and grades of different scales are never compared.
//
// Everything here is a pure function of the dataset: no I/O, no clock.
package score
