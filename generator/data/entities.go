package data

import (
	"fmt"
	"regexp"
	"slices"
)

var yearPattern = regexp.MustCompile(`^[0-9]+$`)

// reservedSegments are first URL segments the site uses for its own pages.
var reservedSegments = []string{"data", NewsSection, "embed", "assets", "static", "en", "id"}

// loadEntities reads data/entities.toml: kinds, then bodies.
func (l *loader) loadEntities() {
	t := l.parse(EntitiesFile)
	if t == nil {
		return
	}
	for _, kt := range t.tables("kind", "[[kind]]") {
		l.addKind(kt)
	}
	for _, ut := range t.tables("unit_type", "[[unit_type]]") {
		l.addUnitType(ut)
	}
	var registered []*table // entity tables, to resolve province codes last
	for _, et := range t.tables("entity", "[[entity]]") {
		if e := l.addEntity(et); e != nil {
			registered = append(registered, et)
		}
	}
	for _, et := range registered {
		l.resolveProvince(et)
	}
	t.done()
	l.checkSlugs()
}

func (l *loader) addKind(t *table) {
	k := &Kind{}
	k.ID = t.reqStr("id", `id = "kabupaten"`)
	k.Pos = t.keyPos("id")
	k.Label = t.reqStr("label", `label = "Kabupaten"`)
	k.LabelEN = t.str("label_en")
	k.RankGroup = k.ID
	if t.has("rank_group") {
		if k.RankGroup = t.str("rank_group"); k.RankGroup == "" {
			t.valueErrorf("rank_group", "rank_group is empty; leave it out to rank the kind on its own")
			k.RankGroup = k.ID
		}
	}
	k.Regional = t.boolean("regional")
	if t.has("province_group") {
		k.ProvinceGroup = t.str("province_group")
		if !k.Regional {
			t.errorf("province_group", "province_group is only for regional kinds; set regional = true or remove province_group")
		}
	}
	k.ShareCards = true
	if t.has("share_cards") {
		k.ShareCards = t.boolean("share_cards")
	}
	t.done()
	switch {
	case k.ID == "":
		return
	case !ValidSlug(k.ID):
		t.valueErrorf("id", "kind id %q is also a URL segment: use lower-case letters, digits and single dashes, such as \"kabupaten\"", k.ID)
	case yearPattern.MatchString(k.ID):
		t.valueErrorf("id", "kind id %q is a number and would take the URL of a year; use a word", k.ID)
	case slices.Contains(reservedSegments, k.ID) || slices.Contains(l.ds.Site.Languages, k.ID):
		t.valueErrorf("id", "kind id %q is reserved for the site's own pages (/%s/); choose another", k.ID, k.ID)
	}
	if first, dup := l.ds.kinds[k.ID]; dup {
		t.valueErrorf("id", "kind %q is declared twice (first on line %d); remove one", k.ID, first.Pos.Line)
		return
	}
	k.Index = len(l.ds.Kinds)
	l.ds.kinds[k.ID] = k
	l.ds.Kinds = append(l.ds.Kinds, k)
}

// addUnitType reads one [[unit_type]]: a tag of result units and the
// words for it.
func (l *loader) addUnitType(t *table) {
	u := &UnitType{ID: t.reqStr("id", `id = "puskesmas"`), Pos: t.keyPos("id")}
	u.Label = t.reqStr("label", `label = "Puskesmas"`)
	u.LabelEN = t.str("label_en")
	t.done()
	switch {
	case u.ID == "":
		return
	case !ValidSlug(u.ID):
		t.valueErrorf("id", "unit type %q must be a tag of lower-case letters a–z, digits and single dashes, such as %q, as units give it in type",
			u.ID, orExample(DefaultSlug(u.ID), "puskesmas"))
		return
	}
	if first, dup := l.ds.unitTypes[u.ID]; dup {
		t.valueErrorf("id", "unit type %q is declared twice (first on line %d); remove one", u.ID, first.Pos.Line)
		return
	}
	l.ds.unitTypes[u.ID] = u
	l.ds.UnitTypes = append(l.ds.UnitTypes, u)
}

// unitTypeIDs lists the declared unit types, for suggestions.
func (l *loader) unitTypeIDs() []string {
	ids := make([]string, len(l.ds.UnitTypes))
	for i, u := range l.ds.UnitTypes {
		ids[i] = u.ID
	}
	return ids
}

// addEntity reads one body; nil when it cannot be registered.
func (l *loader) addEntity(t *table) *Entity {
	e := &Entity{}
	e.Code = t.reqStr("code", `code = "17.07"`)
	e.Pos = t.keyPos("code")
	e.Name = t.reqStr("name", `name = "Lebong"`)
	t.checkCode(e.Code)
	t.checkCell("name", "name", e.Name)
	kind := t.reqStr("kind", `kind = "kabupaten"`)
	t.get("province") // read in resolveProvince
	if t.has("slug") {
		l.slugPos[e] = t.valuePos("slug")
		e.Slug = t.str("slug")
		if !ValidSlug(e.Slug) {
			t.valueErrorf("slug", "slug %q must use lower-case letters a–z, digits and single dashes, such as %q", e.Slug, orExample(DefaultSlug(e.Slug), "lebong"))
		}
	} else if e.Name != "" {
		l.slugPos[e] = t.valuePos("name")
		if e.Slug = DefaultSlug(e.Name); e.Slug == "" {
			t.errorf("name", "name %q has no letters a–z or digits to make a URL from; add slug = \"…\"", e.Name)
		}
	}
	t.done()
	if kind != "" {
		// A body of an undeclared kind is still registered, so that its
		// results do not report it as unknown too.
		if e.Kind = l.ds.kinds[kind]; e.Kind == nil {
			t.valueErrorf("kind", "kind %q is not declared in a [[kind]] table%s", kind, didYouMean(kind, l.kindIDs()))
		}
	}
	if e.Code == "" {
		return nil
	}
	if first, dup := l.ds.entities[e.Code]; dup {
		t.valueErrorf("code", "code %q is used twice (first on line %d, %s); every body needs its own code", e.Code, first.Pos.Line, first.Name)
		return nil
	}
	l.ds.entities[e.Code] = e
	l.ds.Entities = append(l.ds.Entities, e)
	return e
}

func (l *loader) resolveProvince(t *table) {
	e := l.ds.entities[t.m["code"].(string)]
	code := t.str("province")
	regional := e.Kind != nil && e.Kind.Regional
	switch {
	case code == "" && regional:
		t.f.errorf(t.pos(), "%s %s has no province; add province = \"…\" with the code of its provinsi body", e.Kind.Label, e.Name)
	case code == "":
	case e.Kind != nil && e.Kind.ID == ProvinceKind:
		t.errorf("province", "a provinsi body has no province of its own; remove province")
	default:
		p := l.ds.entities[code]
		switch {
		case p == nil:
			t.valueErrorf("province", "province %q is not the code of any body in this file", code)
		case p.Kind == nil || p.Kind.ID != ProvinceKind:
			t.valueErrorf("province", "province %q is %s, not a body of kind %q", code, p.Name, ProvinceKind)
		default:
			e.Province = p
		}
	}
}

// checkSlugs reports bodies of one kind that share a slug.
func (l *loader) checkSlugs() {
	type key struct{ kind, slug string }
	first := map[key]*Entity{}
	r := l.report(EntitiesFile)
	for _, e := range l.ds.Entities {
		if e.Kind == nil || e.Slug == "" {
			continue
		}
		k := key{e.Kind.ID, e.Slug}
		if f, dup := first[k]; dup {
			r.errorf(l.slugPos[e], "%s %s (%s) has the URL /%s/%s/ of %s (%s, line %d); give one of them an explicit slug = \"…\"",
				e.Kind.Label, e.Name, e.Code, e.Kind.ID, e.Slug, f.Name, f.Code, f.Pos.Line)
			continue
		}
		first[k] = e
	}
}

func (l *loader) kindIDs() []string {
	ids := make([]string, len(l.ds.Kinds))
	for i, k := range l.ds.Kinds {
		ids[i] = k.ID
	}
	return ids
}

func didYouMean(s string, candidates []string) string {
	if c := suggest(s, candidates); c != "" {
		return fmt.Sprintf("; did you mean %q?", c)
	}
	return ""
}

func orExample(s, example string) string {
	if s == "" {
		return example
	}
	return s
}
