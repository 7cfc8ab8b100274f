package export

import (
	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

// result carries the CSV's columns under the same names, and more.
type result struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Province string `json:"province,omitempty"`
	Score    dec    `json:"score"`
	Derived  bool   `json:"score_from_units"`
	Grade    string `json:"grade"`
	Zone     string `json:"zone,omitempty"`

	RankNational         int  `json:"rank_national"`
	OfNational           int  `json:"of_national"`
	CompleteNational     bool `json:"complete_national"`
	ReportedNationalRank int  `json:"reported_national_rank,omitempty"`
	ReportedNationalOf   int  `json:"reported_national_of,omitempty"`

	RankProvince         *int  `json:"rank_province,omitempty"`
	OfProvince           *int  `json:"of_province,omitempty"`
	CompleteProvince     *bool `json:"complete_province,omitempty"`
	ReportedProvinceRank int   `json:"reported_province_rank,omitempty"`
	ReportedProvinceOf   int   `json:"reported_province_of,omitempty"`

	// The ranks a page may present as official: computed over a complete
	// scope, else as published; absent when there is neither.
	OfficialNational *official `json:"official_national,omitempty"`
	OfficialProvince *official `json:"official_province,omitempty"`

	PreviousYear       *int  `json:"previous_year,omitempty"`
	ScoreChange        *dec  `json:"score_change,omitempty"`
	RankNationalChange *int  `json:"rank_national_change,omitempty"`
	RankProvinceChange *int  `json:"rank_province_change,omitempty"` // between official ranks
	ScaleChanged       bool  `json:"scale_changed,omitempty"`
	GapYears           []int `json:"gap_years,omitempty"`

	Streak     *streak  `json:"streak,omitempty"`
	Units      []unit   `json:"units,omitempty"`
	BestUnits  []string `json:"best_units,omitempty"`
	WorstUnits []string `json:"worst_units,omitempty"`

	Sources      []string `json:"sources,omitempty"`
	Note         string   `json:"note,omitempty"`
	Illustrative bool     `json:"illustrative"`
}

type official struct {
	Rank      int  `json:"rank"`
	Of        int  `json:"of,omitempty"`
	Published bool `json:"published"`
}

func officialOf(r *score.Rank) *official {
	o, ok := r.Official()
	if !ok {
		return nil
	}
	return &official{Rank: o.Rank, Of: o.Of, Published: o.Published}
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
	out := result{
		Code: e.Code, Name: e.Name, Kind: e.Kind.ID, Province: provinceCode(e),
		Score: dec(r.Score), Derived: r.Derived, Grade: r.Grade.ID, Zone: r.Grade.Zone,
		RankNational: r.National.Rank, OfNational: r.National.Of, CompleteNational: r.National.Complete(),
		ReportedNationalRank: r.Reported.NationalRank, ReportedNationalOf: r.Reported.NationalOf,
		ReportedProvinceRank: r.Reported.ProvinceRank, ReportedProvinceOf: r.Reported.ProvinceOf,
		ScaleChanged: r.ScaleChanged, GapYears: r.Gap,
		Note: r.Note, Illustrative: r.Illustrative,
	}
	out.OfficialNational, out.OfficialProvince = officialOf(&r.National), officialOf(r.Province)
	if p := r.Province; p != nil {
		out.RankProvince, out.OfProvince = ptr(p.Rank), ptr(p.Of)
		out.CompleteProvince = ptr(p.Complete())
	}
	if r.Prev != nil {
		out.PreviousYear = ptr(r.Prev.Year)
		out.ScoreChange = ptr(dec(r.ScoreChange))
		out.RankNationalChange = ptr(r.NationalRankChange)
		if c, ok := r.ProvinceRankChange(); ok {
			out.RankProvinceChange = ptr(c)
		}
	}
	if r.Streak.Years > 0 {
		out.Streak = &streak{Zone: r.Streak.Zone, Years: r.Streak.Years, Since: r.Streak.Since, SpansScales: r.Streak.SpansScales}
	}
	out.Units = unitsOf(r)
	out.BestUnits, out.WorstUnits = unitNames(r.BestUnits), unitNames(r.WorstUnits)
	for _, s := range r.Sources {
		out.Sources = append(out.Sources, s.ID)
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
