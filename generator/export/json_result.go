package export

import (
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

// result carries the CSV's columns under the same names, as JSON values
// (null where the CSV cell is empty; flags and sources as arrays), and
// what the pages are built from besides.
type result struct {
	Code     string   `json:"code"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Province string   `json:"province,omitempty"`
	Score    *dec     `json:"score"`
	Derived  bool     `json:"score_from_units"`
	Grade    *string  `json:"grade"`
	Zone     string   `json:"zone,omitempty"`
	Flags    []string `json:"flags"`

	RankNational         *int     `json:"rank_national"`
	OfNational           *int     `json:"of_national"`
	RankProvince         *int     `json:"rank_province"`
	OfProvince           *int     `json:"of_province"`
	ScoreChange          *dec     `json:"score_change"`
	RankNationalChange   *int     `json:"rank_national_change"`
	Illustrative         bool     `json:"illustrative"`
	ReportedNationalRank *int     `json:"reported_national_rank"`
	ReportedNationalOf   *int     `json:"reported_national_of"`
	ReportedProvinceRank *int     `json:"reported_province_rank"`
	ReportedProvinceOf   *int     `json:"reported_province_of"`
	AssessedNational     *int     `json:"assessed_national"`
	NationalComplete     *bool    `json:"national_complete"`
	ProvinceComplete     *bool    `json:"province_complete"`
	Sources              []string `json:"sources"` // the sources' addresses, as in the CSV

	// The ranks a page may present as official: computed over a complete
	// scope, else as published; absent when there is neither.
	OfficialNational *official `json:"official_national,omitempty"`
	OfficialProvince *official `json:"official_province,omitempty"`

	// PreviousYear is the body's previous assessment in the data, with or
	// without a score; ScorePreviousYear the one score_change compares
	// with.
	PreviousYear       *int  `json:"previous_year,omitempty"`
	ScorePreviousYear  *int  `json:"score_previous_year,omitempty"`
	RankProvinceChange *int  `json:"rank_province_change,omitempty"` // between official ranks, against previous_year
	ScaleChanged       bool  `json:"scale_changed,omitempty"`        // previous_year was graded on another scale
	GapYears           []int `json:"gap_years,omitempty"`

	Streak     *streak  `json:"streak,omitempty"`
	Units      []unit   `json:"units,omitempty"`
	BestUnits  []string `json:"best_units,omitempty"`
	WorstUnits []string `json:"worst_units,omitempty"`

	SourceIDs []string `json:"source_ids,omitempty"` // ids of the year's sources
	Note      string   `json:"note,omitempty"`
}

type official struct {
	Rank      int  `json:"rank"`
	Of        int  `json:"of,omitempty"`
	Published bool `json:"published"`
	// OfAssessed: of is the year's number of bodies assessed.
	OfAssessed bool `json:"of_assessed,omitempty"`
}

func officialOf(r *score.Rank) *official {
	o, ok := r.Official()
	if !ok {
		return nil
	}
	return &official{Rank: o.Rank, Of: o.Of, Published: o.Published, OfAssessed: o.OfAssessed}
}

type streak struct {
	Zone        string `json:"zone"`
	Years       int    `json:"years"`
	Since       int    `json:"since"`
	SpansScales bool   `json:"spans_scales,omitempty"`
}

type unit struct {
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
	// Score is the unit's score rounded to 2 decimals.
	Score dec `json:"score"`
	// RankProvinceType ranks the unit among the units of its type of the
	// province's kabupaten and kota.
	RankProvinceType *int `json:"rank_province_type,omitempty"`
	OfProvinceType   *int `json:"of_province_type,omitempty"`
}

func resultOf(r *score.Result) result {
	e := r.Entity
	rep := r.Reported
	out := result{
		Code: e.Code, Name: e.Name, Kind: e.Kind.ID, Province: provinceCode(e),
		Derived: r.Derived, Flags: flagList(r.Flags),
		Illustrative:         r.Illustrative,
		ReportedNationalRank: positivePtr(rep.NationalRank), ReportedNationalOf: positivePtr(rep.NationalOf),
		ReportedProvinceRank: positivePtr(rep.ProvinceRank), ReportedProvinceOf: positivePtr(rep.ProvinceOf),
		AssessedNational: positivePtr(r.National.Scope.Assessed),
		Sources:          urls(r.Sources),
		ScaleChanged:     r.ScaleChanged, GapYears: r.Gap,
		Note: r.Note,
	}
	if out.Sources == nil {
		out.Sources = []string{}
	}
	if r.HasScore {
		out.Score = ptr(dec(r.Score))
	}
	if g := r.Grade; g != nil {
		out.Grade, out.Zone = &g.ID, g.Zone
	}
	out.RankNational, out.OfNational, out.NationalComplete = rankOf(&r.National)
	out.RankProvince, out.OfProvince, out.ProvinceComplete = rankOf(r.Province)
	out.OfficialNational, out.OfficialProvince = officialOf(&r.National), officialOf(r.Province)
	if r.Prev != nil {
		out.PreviousYear = ptr(r.Prev.Year)
		if c, ok := r.ProvinceRankChange(); ok {
			out.RankProvinceChange = ptr(c)
		}
	}
	if p := r.ScorePrev; p != nil {
		out.ScorePreviousYear = ptr(p.Year)
		out.ScoreChange = ptr(dec(r.ScoreChange))
		out.RankNationalChange = ptr(r.NationalRankChange)
	}
	if r.Streak.Years > 0 {
		out.Streak = &streak{Zone: r.Streak.Zone, Years: r.Streak.Years, Since: r.Streak.Since, SpansScales: r.Streak.SpansScales}
	}
	out.Units = unitsOf(r)
	out.BestUnits, out.WorstUnits = unitNames(r.BestUnits), unitNames(r.WorstUnits)
	for _, s := range r.Sources {
		out.SourceIDs = append(out.SourceIDs, s.ID)
	}
	return out
}

// rankOf is a computed rank, its count and whether it covers the whole
// scope; all nil where there is none.
func rankOf(rk *score.Rank) (rank, of *int, complete *bool) {
	if rk == nil || !rk.Ranked() {
		return nil, nil, nil
	}
	return ptr(rk.Rank), ptr(rk.Of), ptr(rk.Complete())
}

func flagList(fs []*data.Flag) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.ID
	}
	return out
}

func unitsOf(r *score.Result) []unit {
	var out []unit
	for _, u := range r.Units {
		uo := unit{Name: u.Name, Type: u.Type, Score: dec(u.Score)}
		for _, ur := range r.UnitRanks {
			if ur.Unit == u {
				uo.RankProvinceType, uo.OfProvinceType = ptr(ur.Rank), ptr(ur.Of)
			}
		}
		out = append(out, uo)
	}
	return out
}

func unitNames(us []*data.Unit) []string {
	var out []string
	for _, u := range us {
		out = append(out, u.Name)
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// positivePtr is n, or nil for 0 (not given).
func positivePtr(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}
