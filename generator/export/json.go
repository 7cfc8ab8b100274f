package export

import (
	"encoding/json"
	"io"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/score"
)

// JSONName is the output path of the JSON export.
const JSONName = "data/rapor.json"

// Format names the version of the JSON document. Version 2 follows
// format v1.1: results carry every CSV column under its name, so
// "sources" holds addresses (the ids are "source_ids"), and values that
// do not apply are null.
const Format = "rapor-export/2"

// WriteJSON writes the whole dataset with its scores as one document.
func WriteJSON(w io.Writer, ds *data.Dataset, s *score.Scores) error {
	doc := document{
		Format:   Format,
		Site:     siteOf(ds.Site),
		Kinds:    kindsOf(ds.Kinds),
		Scales:   scalesOf(ds.Scales),
		Entities: entitiesOf(ds.Entities),
		Years:    make([]year, 0, len(s.Years)),
	}
	for _, y := range s.Years {
		doc.Years = append(doc.Years, yearOf(y))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(doc)
}

// dec is a score written as a JSON number with exactly 2 decimals.
type dec data.Score

func (d dec) MarshalJSON() ([]byte, error) { return []byte(data.Score(d).String()), nil }

type document struct {
	Format   string   `json:"format"`
	Site     site     `json:"site"`
	Kinds    []kind   `json:"kinds"`
	Scales   []scale  `json:"scales"`
	Entities []entity `json:"entities"`
	Years    []year   `json:"years"`
}

type site struct {
	Title     string   `json:"title"`
	BaseURL   string   `json:"base_url"`
	Languages []string `json:"languages"`
	Publisher string   `json:"publisher,omitempty"`
	// Extensions: who runs the site and under which licence it gives
	// its data; the data's last update (YYYY-MM-DD).
	Owner      string `json:"owner,omitempty"`
	OwnerURL   string `json:"owner_url,omitempty"`
	Contact    string `json:"contact,omitempty"`
	Licence    string `json:"licence,omitempty"`
	LicenceURL string `json:"licence_url,omitempty"`
	Updated    string `json:"updated,omitempty"`
}

type kind struct {
	ID            string  `json:"id"`
	Label         string  `json:"label"`
	LabelEN       string  `json:"label_en,omitempty"`
	RankGroup     string  `json:"rank_group"`
	Regional      bool    `json:"regional"`
	ProvinceGroup *string `json:"province_group,omitempty"`
}

type scale struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	GradesFrom string  `json:"grades_from"` // "score" or "result"
	Grades     []grade `json:"grades"`
	Flags      []flag  `json:"flags,omitempty"`
}

type grade struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Zone  string `json:"zone,omitempty"`
	Min   *dec   `json:"min,omitempty"` // absent on a scale of given grades
	Color string `json:"color,omitempty"`
}

type flag struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	LabelEN string `json:"label_en,omitempty"`
}

type entity struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	Kind     string `json:"kind"`
	Province string `json:"province,omitempty"`
	Slug     string `json:"slug"`
}

func siteOf(s data.Site) site {
	out := site{Title: s.Title, BaseURL: s.BaseURL, Languages: s.Languages, Publisher: s.Publisher,
		Owner: s.Owner, OwnerURL: s.OwnerURL, Contact: s.Contact, Licence: s.Licence, LicenceURL: s.LicenceURL}
	if !s.Updated.IsZero() {
		out.Updated = s.Updated.String()
	}
	return out
}

func kindsOf(ks []*data.Kind) []kind {
	out := make([]kind, len(ks))
	for i, k := range ks {
		out[i] = kind{ID: k.ID, Label: k.Label, LabelEN: k.LabelEN, RankGroup: k.RankGroup, Regional: k.Regional}
		if k.Regional {
			out[i].ProvinceGroup = &k.ProvinceGroup
		}
	}
	return out
}

func scalesOf(ss []*data.Scale) []scale {
	out := make([]scale, len(ss))
	for i, s := range ss {
		out[i] = scale{ID: s.ID, Name: s.Name, GradesFrom: data.GradesFromScore, Grades: make([]grade, len(s.Grades))}
		if s.GivenGrades {
			out[i].GradesFrom = data.GradesFromResult
		}
		for j, g := range s.Grades {
			out[i].Grades[j] = grade{ID: g.ID, Label: g.Label, Zone: g.Zone, Color: g.Color}
			if !s.GivenGrades {
				out[i].Grades[j].Min = ptr(dec(g.Min))
			}
		}
		for _, f := range s.Flags {
			out[i].Flags = append(out[i].Flags, flag{ID: f.ID, Label: f.Label, LabelEN: f.LabelEN})
		}
	}
	return out
}

func entitiesOf(es []*data.Entity) []entity {
	out := make([]entity, len(es))
	for i, e := range es {
		out[i] = entity{Code: e.Code, Name: e.Name, Kind: e.Kind.ID, Province: provinceCode(e), Slug: e.Slug}
	}
	return out
}
