package score

import (
	"fmt"

	"github.com/rapor-publik/rapor/generator/data"
)

// checkReported warns about published ranks that disagree with the
// computed ones where the data hold every body of the scope, so that the
// computed rank is the whole truth, and about published counts that
// disagree with the year's count of bodies assessed.
func checkReported(s *Scores) data.Diagnostics {
	var ds data.Diagnostics
	for _, y := range s.Years {
		for _, r := range y.Results {
			check := func(name string, rk *Rank) {
				if rk == nil {
					return
				}
				if a := rk.Scope.Assessed; rk.ReportedOf != 0 && a != 0 && rk.ReportedOf != a {
					ds = append(ds, warn(r, fmt.Sprintf("reported %s_of %d differs from the %d bodies of %s that %d's assessed counts say were assessed; check both figures",
						name, rk.ReportedOf, a, ScopeName(rk.Scope), r.Year)))
					return
				}
				if !rk.Complete() {
					return
				}
				if rk.Reported != 0 && rk.Reported != rk.Rank {
					ds = append(ds, warn(r, fmt.Sprintf("reported %s_rank %d differs from the computed rank %d of %d, and the data hold every body of %s in %d; check the figures",
						name, rk.Reported, rk.Rank, rk.Of, ScopeName(rk.Scope), r.Year)))
				}
				if rk.ReportedOf != 0 && rk.ReportedOf != rk.Of {
					ds = append(ds, warn(r, fmt.Sprintf("reported %s_of %d differs from the %d bodies of %s ranked in %d, which are the whole scope; check the figures or the registry",
						name, rk.ReportedOf, rk.Of, ScopeName(rk.Scope), r.Year)))
				}
			}
			check("national", &r.National)
			check("province", r.Province)
		}
	}
	return ds
}

func warn(r *Result, msg string) data.Diagnostic {
	return data.Diagnostic{File: r.File, Pos: r.Reported.Pos, Severity: data.Warning, Message: msg}
}

// ScopeName describes a scope in English for messages: "kabupaten",
// "kabupaten/kota of Bengkulu".
func ScopeName(s *Scope) string {
	var ids string
	for i, k := range s.Kinds {
		if i > 0 {
			ids += "/"
		}
		ids += k.ID
	}
	if s.Province == nil {
		return ids
	}
	return ids + " of " + s.Province.Name
}
