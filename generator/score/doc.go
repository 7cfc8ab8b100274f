// Package score computes everything the pages and the export say about
// the results: grades, ranks, changes and trends.
//
// Input: a data.Dataset without errors. Output: Scores, and warnings for
// published (reported) ranks that disagree with the computed ones where
// the data hold the whole scope, or whose counts disagree with the
// year's count of bodies assessed.
//
// Rules (from the site source format, v1.1):
//   - The score is the result's score rounded to 2 decimals; it decides
//     the grade, the ranks and the changes. On a scale whose grades are
//     given per result (grades_from = "result") the result's own grade
//     is its grade, and its score, if any, is still ranked.
//   - A result without a score (known by its grade or published ranks
//     only) is not ranked and is not counted in any ranking; it keeps
//     its published ranks and its grade.
//   - Ranks are competition ranks (1, 2, 2, 4) on the score: nationally
//     among the year's results whose kinds share a rank_group, and for
//     regional kinds within their province among the results of regional
//     kinds of the same province group. Provinsi bodies are ranked
//     nationally only.
//   - A ranking is complete when it covers the whole scope: nationally,
//     its results with a score number the bodies assessed (the year's
//     assessed counts over the group's kinds) where that is known, and
//     otherwise every registered body of the scope has a result with a
//     score. A rank over an incomplete scope is not the official one: the
//     official rank is then the published one, or none.
//   - The score change compares a result with the body's most recent
//     earlier result with a score, across a change of scale too (both run
//     0–100); such changes are marked, and grades of different scales
//     are never compared. Rank moves compare official ranks with the
//     body's previous assessment (its previous result, with or without a
//     score). Risers and fallers compare consecutive assessments only.
//   - Streaks, best and worst years are facts about the data, not about
//     the assessment: a result without a zone ends a streak.
//
// Everything here is a pure function of the dataset: no I/O, no clock.
package score
