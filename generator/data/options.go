package data

// Options are what Load takes from outside the site folder. Load never
// reads the clock: the caller gives the date.
type Options struct {
	// Today is the date news articles are checked against: one dated
	// after it is a warning (a slip of the year, mostly). The zero Date
	// checks nothing. It changes no output.
	Today Date
	// Cache, where set, keeps parsed TOML documents for the next load
	// with the same cache (see ParseCache). It changes no output.
	Cache *ParseCache
}

// IsZero reports whether d is the zero Date, no date at all.
func (d Date) IsZero() bool { return d == Date{} }

// After reports whether d is a later day than e.
func (d Date) After(e Date) bool { return d.Time().After(e.Time()) }
