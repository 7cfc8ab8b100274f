// Package importer turns the spreadsheet a provincial Ombudsman office
// publishes into a year file of the site: data/years/YEAR.toml.
//
// Input: a Sheet (read from a CSV or XLSX file by ReadFile) and the site's
// validated data.Dataset, whose entities.toml gives the bodies the sheet's
// names are matched to. Output: an Import, encoded as TOML by Encode, and
// Problems: every error and warning found, each at its row or cell of the
// sheet. Validate then loads the whole site with the new file laid over
// it, so that what the site's own rules reject (a body already in another
// file of the same year) is reported before anything is written;
// WriteFile writes atomically and never replaces a file unless asked to.
//
// Rules:
//   - The header row is the first row with a column of names or codes and
//     a column of scores; rows above it (titles) are ignored. A row right
//     below it that holds only text names the columns under a merged
//     header cell.
//   - Every column that is not a name, code, score or known non-data
//     column (No, Zona, Opini, Peringkat…) and holds more numbers than
//     text is a unit column named by its header; a column of text is
//     ignored with a warning.
//   - Names match entities whatever their case, punctuation and spacing,
//     with or without the kind's label before them ("Kab. Muko Muko" is
//     Kabupaten Mukomuko); a cell holding an entity's code matches it; a
//     code column wins over the name.
//   - Scores are kept as the decimal written: "84,320" is written 84.320.
//   - Output is deterministic: the same sheet and site give the same bytes.
package importer
