package render

// SetSitemapLimit changes the URLs per sitemap for a test; it returns a
// function that puts the limit back.
func SetSitemapLimit(n int) (restore func()) {
	old := sitemapLimit
	sitemapLimit = n
	return func() { sitemapLimit = old }
}
