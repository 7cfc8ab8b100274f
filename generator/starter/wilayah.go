package starter

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/rapor-publik/rapor/generator/data"
)

// wilayahCSV is the Kemendagri list of provinces, kabupaten and kota:
// Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025, from the
// cahyadsn/wilayah data set (https://github.com/cahyadsn/wilayah, MIT).
//
//go:embed wilayah-kemendagri-2025.csv
var wilayahCSV string

// Region is one province, kabupaten or kota of the Kemendagri list.
type Region struct {
	Code     string // "17.07"
	Name     string // without the kind's label: "Lebong"
	Kind     string // "provinsi", "kabupaten" or "kota"
	Province string // the province's code; "" for a province
	Slug     string // "" when the default slug of Name is right
}

// administrative is the word Jakarta's administrative cities and regency
// carry before their names; their slugs leave it out.
const administrative = "Administrasi "

var regions = sync.OnceValues(parseRegions)

// Regions returns the 38 provinces and 514 kabupaten and kota, in code
// order: each province followed by its kabupaten and kota.
func Regions() []Region {
	rs, err := regions()
	if err != nil {
		panic(err) // the embedded list is tested
	}
	return rs
}

func parseRegions() ([]Region, error) {
	rows, err := csv.NewReader(strings.NewReader(wilayahCSV)).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 || !slices.Equal(rows[0], []string{"code", "name"}) {
		return nil, fmt.Errorf("wilayah list: header is not code,name")
	}
	var out []Region
	for _, row := range rows[1:] {
		code, full := strings.TrimSpace(row[0]), strings.TrimSpace(row[1])
		r := Region{Code: code, Kind: data.ProvinceKind, Name: full}
		if prov, _, ok := strings.Cut(code, "."); ok {
			r.Province = prov
			switch {
			case strings.HasPrefix(full, "Kabupaten "):
				r.Kind, r.Name = "kabupaten", strings.TrimPrefix(full, "Kabupaten ")
			case strings.HasPrefix(full, "Kota "):
				r.Kind, r.Name = "kota", strings.TrimPrefix(full, "Kota ")
			default:
				return nil, fmt.Errorf("wilayah list: %s %q is neither Kabupaten nor Kota", code, full)
			}
			if short, ok := strings.CutPrefix(r.Name, administrative); ok {
				r.Slug = data.DefaultSlug(short)
			}
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b Region) int { return compareCodes(a.Code, b.Code) })
	return out, nil
}

// compareCodes orders region codes numerically part by part, so that a
// province comes before its kabupaten and kota.
func compareCodes(a, b string) int {
	return slices.Compare(strings.Split(a, "."), strings.Split(b, "."))
}

// Provinces returns the provinces of the Kemendagri list.
func Provinces() []Region {
	var out []Region
	for _, r := range Regions() {
		if r.Kind == data.ProvinceKind {
			out = append(out, r)
		}
	}
	return out
}

// FindProvince returns the province a command-line argument names, by
// code ("17") or by name in any case ("bengkulu", "Jawa Barat"). The error
// suggests the closest provinces.
func FindProvince(arg string) (Region, error) {
	want := strings.TrimSpace(arg)
	key := data.DefaultSlug(want)
	provinces := Provinces()
	for _, p := range provinces {
		if p.Code == want || (key != "" && data.DefaultSlug(p.Name) == key) {
			return p, nil
		}
	}
	return Region{}, fmt.Errorf("no province %q in the Kemendagri list; %s", arg, suggestProvinces(key, provinces))
}

// suggestProvinces names the provinces closest to key.
func suggestProvinces(key string, provinces []Region) string {
	type near struct {
		r Region
		d int
	}
	var ns []near
	for _, p := range provinces {
		d := data.EditDistance(key, data.DefaultSlug(p.Name))
		if strings.Contains(data.DefaultSlug(p.Name), key) && key != "" {
			d = 0
		}
		ns = append(ns, near{p, d})
	}
	slices.SortStableFunc(ns, func(a, b near) int { return a.d - b.d })
	var names []string
	for _, n := range ns[:3] {
		if n.d > len(key)/2+1 {
			break
		}
		names = append(names, fmt.Sprintf("%s (%s)", n.r.Name, n.r.Code))
	}
	if len(names) == 0 {
		return "give a province code such as 17 (Bengkulu) or 36 (Banten); the codes are those of Kemendagri"
	}
	return "did you mean " + strings.Join(names, " or ") + "?"
}
