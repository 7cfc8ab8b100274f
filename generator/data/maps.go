package data

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/rapor-publik/rapor/generator/geo"
)

// MapsDir holds the boundaries the site's maps are drawn from (an
// extension of the format): kabkota.geojson, the kabupaten and kota, and
// provinsi.geojson, the provinces, GeoJSON features whose property "kode"
// is the region's Kemendagri code, as in entities.toml. Both are
// optional: without kabkota.geojson the site has no maps, without
// provinsi.geojson the map of Indonesia has no province borders.
const MapsDir = "data/maps"

// Maps are the site's boundaries, read from MapsDir.
type Maps struct {
	KabKota   []*geo.Region // in file order
	Provinces []*geo.Region
}

// loadMaps reads MapsDir; a file that is not GeoJSON of polygons with
// codes is an error, and a region whose code the registry lacks a
// warning (it is drawn, without a link).
func (l *loader) loadMaps() {
	m := &Maps{}
	for _, f := range []struct {
		name string
		into *[]*geo.Region
	}{{MapsDir + "/kabkota.geojson", &m.KabKota}, {MapsDir + "/provinsi.geojson", &m.Provinces}} {
		b, err := fs.ReadFile(l.fsys, f.name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		r := l.report(f.name)
		if err != nil {
			r.errorf(Pos{}, "%v", err)
			continue
		}
		regions, err := geo.LoadCached(b)
		if err != nil {
			r.errorf(Pos{Line: 1, Col: 1}, "%v; the file must be a GeoJSON FeatureCollection of Polygon or MultiPolygon features with a \"kode\" property", err)
			continue
		}
		var unknown []string
		for _, g := range regions {
			if l.ds.entities[g.Code] == nil {
				unknown = append(unknown, g.Code)
			}
		}
		if len(unknown) > 0 && len(l.ds.entities) > 0 {
			r.warnf(Pos{}, "%d regions have codes that %s does not declare (%s): they are drawn without a link",
				len(unknown), EntitiesFile, strings.Join(unknown[:min(5, len(unknown))], ", "))
		}
		*f.into = regions
	}
	if len(m.KabKota) > 0 {
		l.ds.Maps = m
	}
}
