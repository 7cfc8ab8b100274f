package importer

import (
	"errors"
	"slices"

	"github.com/rapor-publik/rapor/generator/data"
)

// entity finds the body of a row: by its code where the sheet has a code
// column and the cell is filled, else by its name. given tells whether
// the row has scores: a row without any whose name is nothing like a body
// (a section heading, a signature) is skipped with a warning.
func (c *converter) entity(r Row, given bool) *data.Entity {
	name := r.Cell(c.l.name)
	if code := r.Cell(c.l.code); code != "" {
		return c.byCode(r, code, name)
	}
	e, err := c.m.Match(name)
	if err == nil {
		return e
	}
	var me *MatchError
	if errors.As(err, &me) && !me.Code && !given && len(me.Candidates) == 0 && len(me.Suggestions) == 0 {
		c.rep.warnf(r.N, c.l.name, "row skipped: %q is not a body in %s, and the row has no scores", name, data.EntitiesFile)
		return nil
	}
	c.rep.errorf(r.N, c.l.name, "%v", err)
	return nil
}

// byCode finds a body by the code column, and checks that the name, if
// any, does not say otherwise.
func (c *converter) byCode(r Row, code, name string) *data.Entity {
	e, _ := c.m.byCodeCell(code)
	if e == nil {
		msg := "kode %q in column %s is not the code of any body in %s"
		if other, err := c.m.Match(name); name != "" && err == nil {
			c.rep.errorf(r.N, c.l.code, msg+"; the name %q is %s", code, c.colName(c.l.code), data.EntitiesFile, name, describe(other))
		} else {
			c.rep.errorf(r.N, c.l.code, msg, code, c.colName(c.l.code), data.EntitiesFile)
		}
		return nil
	}
	if name == "" {
		return e
	}
	if other, looks := c.m.byCodeCell(name); looks {
		if other != e {
			c.rep.errorf(r.N, c.l.name, "the name column holds %q, but kode is %s, the code of %s; correct one of them", name, e.Code, describe(e))
			return nil
		}
		return e
	}
	l := c.m.lookup(name)
	switch {
	case slices.Contains(l.matches, e):
		return e
	case slices.Contains(l.fits, e):
		c.rep.warnf(r.N, c.l.name, "%q says %s, but kode %s is %s; imported as %s", name, l.kind, e.Code, describe(e), describe(e))
		return e
	case len(l.matches) > 0:
		c.rep.errorf(r.N, c.l.name, "kode %s is %s, but the name %q is %s; correct the kode or the name", e.Code, describe(e), name, orList(describeAll(l.matches)))
		return nil
	}
	near := c.m.suggest(l)
	switch {
	case slices.Contains(near, e):
		return e
	case len(near) == 0:
		c.rep.warnf(r.N, c.l.name, "the name %q matches no body; imported by its kode as %s", name, describe(e))
		return e
	}
	c.rep.errorf(r.N, c.l.name, "kode %s is %s, but the name %q looks like %s; correct the kode or the name", e.Code, describe(e), name, orList(describeAll(near)))
	return nil
}
