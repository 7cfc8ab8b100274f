package export

import (
	"github.com/rapor-publik/rapor/generator/score"
)

type year struct {
	Year         int          `json:"year"`
	Scale        string       `json:"scale"`
	Title        string       `json:"title,omitempty"`
	Announced    string       `json:"announced,omitempty"`
	ScaleChange  *scaleChange `json:"scale_change,omitempty"`
	Assessed     []assessed   `json:"assessed,omitempty"`
	Sources      []source     `json:"sources"`
	Scopes       []scope      `json:"scopes"`
	Distribution []count      `json:"distribution"`
	// Published is the year file's published distribution (an
	// extension); Distribution counts the results in the data.
	Published *published `json:"published_distribution,omitempty"`
	Averages  []average  `json:"averages"`
	Results   []result   `json:"results"`
}

type scaleChange struct {
	FromYear  int    `json:"from_year"`
	FromScale string `json:"from_scale"`
}

// assessed is how many bodies of a kind were assessed in the year.
type assessed struct {
	Kind   string `json:"kind"`
	Count  int    `json:"count"`
	Source string `json:"source,omitempty"` // the id of the source saying so
}

type source struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Quoting   string `json:"quoting,omitempty"`
}

// scope says how many bodies were ranked together and whether that is
// every registered body: a rank over an incomplete scope is not official.
type scope struct {
	RankGroup     string   `json:"rank_group,omitempty"`
	Province      string   `json:"province,omitempty"`
	ProvinceGroup *string  `json:"province_group,omitempty"`
	Kinds         []string `json:"kinds"`
	Ranked        int      `json:"ranked"`
	Unranked      int      `json:"unranked"` // results without a score
	Registered    int      `json:"registered"`
	Assessed      int      `json:"assessed,omitempty"`
	Complete      bool     `json:"complete"`
}

type count struct {
	Grade string `json:"grade"`
	Count int    `json:"count"`
}

// published is how many bodies of all kinds got each grade, as
// published, with the id of the source saying so.
type published struct {
	Counts []count `json:"counts"`
	Source string  `json:"source,omitempty"`
}

type average struct {
	Kind     string `json:"kind"`
	Province string `json:"province,omitempty"`
	Mean     dec    `json:"mean"`
	Count    int    `json:"count"`
}

func yearOf(y *score.Year) year {
	out := year{Year: y.Year, Scale: y.Data.Scale.ID, Title: y.Data.Title}
	if y.Data.Announced != nil {
		out.Announced = y.Data.Announced.String()
	}
	if c := y.ScaleChange; c != nil {
		out.ScaleChange = &scaleChange{FromYear: c.FromYear, FromScale: c.From.ID}
	}
	for _, a := range y.Data.Assessed {
		as := assessed{Kind: a.Kind.ID, Count: a.Count}
		if a.Source != nil {
			as.Source = a.Source.ID
		}
		out.Assessed = append(out.Assessed, as)
	}
	for _, s := range y.Data.Sources {
		src := source{ID: s.ID, Title: s.Title, URL: s.URL, Outlet: s.Outlet, Quoting: s.Quoting}
		if s.Published != nil {
			src.Published = s.Published.String()
		}
		out.Sources = append(out.Sources, src)
	}
	for _, s := range append(append([]*score.Scope{}, y.Groups...), y.Provinces...) {
		out.Scopes = append(out.Scopes, scopeOf(s))
	}
	for _, c := range y.Distribution {
		out.Distribution = append(out.Distribution, count{Grade: c.Grade.ID, Count: c.Count})
	}
	if d := y.Data.Distribution; d != nil {
		out.Published = &published{Counts: []count{}}
		for _, c := range d.Counts {
			out.Published.Counts = append(out.Published.Counts, count{Grade: c.Grade.ID, Count: c.Count})
		}
		if d.Source != nil {
			out.Published.Source = d.Source.ID
		}
	}
	for _, a := range y.Averages {
		av := average{Kind: a.Kind.ID, Mean: dec(a.Mean), Count: a.Count}
		if a.Province != nil {
			av.Province = a.Province.Code
		}
		out.Averages = append(out.Averages, av)
	}
	for _, r := range y.Results {
		out.Results = append(out.Results, resultOf(r))
	}
	return out
}

func scopeOf(s *score.Scope) scope {
	out := scope{RankGroup: s.RankGroup, Ranked: len(s.Results), Unranked: len(s.Unscored), Registered: s.Registered,
		Assessed: s.Assessed, Complete: s.Complete()}
	if s.Province != nil {
		out.RankGroup = ""
		out.Province = s.Province.Code
		out.ProvinceGroup = &s.ProvinceGroup
	}
	for _, k := range s.Kinds {
		out.Kinds = append(out.Kinds, k.ID)
	}
	return out
}
