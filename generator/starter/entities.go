package starter

import (
	"bytes"
	"fmt"

	"github.com/rapor-publik/rapor/generator/data"
)

// kinds are the kinds of a regional site, as data/entities.toml declares
// them: provinces ranked nationally, kabupaten and kota ranked nationally
// each among their own kind and together within their province.
var kinds = []struct{ id, label, labelEn string }{
	{data.ProvinceKind, "Provinsi", "Province"},
	{"kabupaten", "Kabupaten", "Regency"},
	{"kota", "Kota", "City"},
}

// EntitiesTOML returns a data/entities.toml declaring the kinds of a
// regional site and, for each given province (in code order), the province
// and its kabupaten and kota from the Kemendagri list. For every province
// it is the sample site's own data/entities.toml.
func EntitiesTOML(provinces []Region) []byte {
	want := map[string]bool{}
	for _, p := range provinces {
		want[p.Code] = true
	}
	var picked []Region
	nProv, nLocal, nAdmin := 0, 0, 0
	for _, r := range Regions() {
		switch {
		case r.Kind == data.ProvinceKind && want[r.Code]:
			nProv++
		case r.Kind != data.ProvinceKind && want[r.Province]:
			nLocal++
			if r.Slug != "" {
				nAdmin++
			}
		default:
			continue
		}
		picked = append(picked, r)
	}

	var b bytes.Buffer
	b.WriteString("# Kinds of assessed bodies, and the bodies themselves.\n#\n")
	fmt.Fprintf(&b, "# Codes and names of the %s and %d kabupaten/kota follow the\n", plural(nProv, "province", "provinces"), nLocal)
	b.WriteString(`# Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025 (Kemendagri
# region codes), taken via the cahyadsn/wilayah dataset
# (https://github.com/cahyadsn/wilayah, MIT licence). Names are written
# without the kind's label ("Kabupaten", "Kota")`)
	if nAdmin > 0 {
		b.WriteString(`; the five administrative
# cities and one administrative regency of Jakarta keep "Administrasi" in
# their names but get short slugs`)
	}
	b.WriteString(".\n#\n# Order: by code; each province is followed by its kabupaten and kota.\n")
	for _, k := range kinds {
		fmt.Fprintf(&b, "\n[[kind]]\nid = %s\nlabel = %s\nlabel_en = %s\nregional = %t\n",
			data.TOMLString(k.id), data.TOMLString(k.label), data.TOMLString(k.labelEn), k.id != data.ProvinceKind)
	}
	b.WriteString("\n# Types of service units, the tags results' units give as type (the\n# like units compared across bodies), with the words that name them.\n")
	for _, u := range unitTypes {
		fmt.Fprintf(&b, "\n[[unit_type]]\nid = %s\nlabel = %s\nlabel_en = %s\n", data.TOMLString(u.id), data.TOMLString(u.label), data.TOMLString(u.labelEn))
	}
	for _, r := range picked {
		if r.Kind == data.ProvinceKind {
			fmt.Fprintf(&b, "\n# --- %s Provinsi %s ---\n", r.Code, r.Name)
		}
		fmt.Fprintf(&b, "\n[[entity]]\ncode = %s\nname = %s\nkind = %s\n", data.TOMLString(r.Code), data.TOMLString(r.Name), data.TOMLString(r.Kind))
		if r.Province != "" {
			fmt.Fprintf(&b, "province = %s\n", data.TOMLString(r.Province))
		}
		if r.Slug != "" {
			fmt.Fprintf(&b, "slug = %s\n", data.TOMLString(r.Slug))
		}
	}
	return b.Bytes()
}

// unitTypes are the service units the Ombudsman's assessments of local
// governments name most often.
var unitTypes = []struct{ id, label, labelEn string }{
	{"dinas-pendidikan", "Dinas Pendidikan", "Education office"},
	{"dinas-kesehatan", "Dinas Kesehatan", "Health office"},
	{"dinas-sosial", "Dinas Sosial", "Social affairs office"},
	{"dukcapil", "Dinas Dukcapil", "Population and civil registry"},
	{"dpmptsp", "DPMPTSP (perizinan)", "Investment and one-stop licensing"},
	{"puskesmas", "Puskesmas", "Community health centre"},
	{"rsud", "RSUD", "Regional public hospital"},
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
