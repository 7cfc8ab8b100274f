package assemble

import (
	"strconv"

	"github.com/rapor-publik/rapor/generator/export"
	"github.com/rapor-publik/rapor/generator/score"
	"github.com/rapor-publik/rapor/generator/site"
)

// Structured data: schema.org JSON-LD for search engines, one @graph per
// page. Every page but the 404 page and embed pages has a BreadcrumbList; the data page
// and each year page describe their downloads as a Dataset; news pages
// are a NewsArticle. Layouts write it with
// <script type="application/ld+json">{{.JSONLD}}</script>, where
// html/template marshals it to JSON and escapes it for the script.

type ldGraph struct {
	Context string `json:"@context"`
	Graph   []any  `json:"@graph"`
}

type ldList struct {
	Type  string   `json:"@type"`
	Items []ldItem `json:"itemListElement"`
}

type ldItem struct {
	Type     string `json:"@type"`
	Position int    `json:"position"`
	Name     string `json:"name"`
	Item     string `json:"item"`
}

type ldOrg struct {
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type ldPlace struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type ldDownload struct {
	Type           string `json:"@type"`
	EncodingFormat string `json:"encodingFormat"`
	ContentURL     string `json:"contentUrl"`
	Name           string `json:"name,omitempty"`
}

type ldDataset struct {
	Type                string       `json:"@type"`
	Name                string       `json:"name"`
	Description         string       `json:"description"`
	URL                 string       `json:"url"`
	InLanguage          string       `json:"inLanguage"`
	TemporalCoverage    string       `json:"temporalCoverage,omitempty"`
	SpatialCoverage     ldPlace      `json:"spatialCoverage"`
	DatePublished       string       `json:"datePublished,omitempty"`
	Creator             *ldOrg       `json:"creator,omitempty"`
	Publisher           ldOrg        `json:"publisher"`
	IsAccessibleForFree bool         `json:"isAccessibleForFree"`
	VariableMeasured    []string     `json:"variableMeasured"`
	Distribution        []ldDownload `json:"distribution"`
}

type ldArticle struct {
	Type             string  `json:"@type"`
	Headline         string  `json:"headline"`
	Description      string  `json:"description,omitempty"`
	URL              string  `json:"url"`
	MainEntityOfPage string  `json:"mainEntityOfPage"`
	InLanguage       string  `json:"inLanguage"`
	DatePublished    string  `json:"datePublished"`
	DateModified     string  `json:"dateModified"`
	Image            string  `json:"image,omitempty"`
	Author           ldOrg   `json:"author"`
	Publisher        ldOrg   `json:"publisher"`
	About            []ldOrg `json:"about,omitempty"`
}

// JSONLD is the page's structured data, or nil where it has none.
func (c *Context) JSONLD() *ldGraph {
	if c.Page.Kind == site.NotFound || c.Page.Kind == site.Embed {
		return nil
	}
	g := &ldGraph{Context: "https://schema.org", Graph: []any{c.breadcrumbList()}}
	switch c.Page.Kind {
	case site.DataPage:
		g.Graph = append(g.Graph, c.dataset(nil))
	case site.YearPage:
		g.Graph = append(g.Graph, c.dataset(c.Page.Year))
	case site.News:
		g.Graph = append(g.Graph, c.newsArticle())
	}
	return g
}

// breadcrumbList is the page's trail from the home page, the page last.
func (c *Context) breadcrumbList() ldList {
	l := ldList{Type: "BreadcrumbList"}
	add := func(name, url string) {
		l.Items = append(l.Items, ldItem{Type: "ListItem", Position: len(l.Items) + 1, Name: name, Item: c.Abs(url)})
	}
	for _, cr := range c.Page.Crumbs {
		add(cr.Title, cr.URL)
	}
	add(c.Page.Title, c.Page.URL)
	return l
}

// site is the organisation that publishes this site.
func (c *Context) siteOrg() ldOrg {
	return ldOrg{Type: "Organization", Name: c.Config.Title, URL: c.Abs(site.HomeURL(c.L))}
}

// dataset describes one year's results, or every year's (y nil), with
// their downloads.
func (c *Context) dataset(y *score.Year) ldDataset {
	years := c.Site.Scores.Years
	d := ldDataset{
		Type:                "Dataset",
		URL:                 c.Abs(c.Page.URL),
		InLanguage:          c.L.Code,
		SpatialCoverage:     ldPlace{Type: "Country", Name: "Indonesia"},
		Publisher:           c.siteOrg(),
		IsAccessibleForFree: true,
		VariableMeasured:    export.CSVHeader,
	}
	if c.Config.Publisher != "" {
		d.Creator = &ldOrg{Type: "Organization", Name: c.Config.Publisher}
	}
	csv := func(y *score.Year) ldDownload {
		return ldDownload{Type: "DataDownload", EncodingFormat: "text/csv", ContentURL: c.Abs("/" + export.CSVName(y.Year)),
			Name: c.T("ld.csv", "year", strconv.Itoa(y.Year))}
	}
	if y != nil {
		year := strconv.Itoa(y.Year)
		d.Name = c.T("ld.dataset.year", "title", c.Config.Title, "year", year)
		if y.Data.Title != "" {
			d.Name = y.Data.Title
		}
		d.Description = c.T("ld.description.year", "year", year, "count", c.L.Lang.Int(len(y.Results)), "title", c.Config.Title)
		d.TemporalCoverage = year
		if y.Data.Announced != nil {
			d.DatePublished = y.Data.Announced.String()
		}
		d.Distribution = []ldDownload{csv(y)}
		return d
	}
	d.Name = c.T("ld.dataset.all", "title", c.Config.Title)
	d.Description = c.T("ld.description.all", "title", c.Config.Title)
	if len(years) > 0 {
		first, last := strconv.Itoa(years[0].Year), strconv.Itoa(years[len(years)-1].Year)
		d.TemporalCoverage = first + "/" + last
		d.Description = c.T("ld.description.years", "first", first, "last", last, "title", c.Config.Title)
	}
	for _, y := range years {
		d.Distribution = append(d.Distribution, csv(y))
	}
	d.Distribution = append(d.Distribution, ldDownload{Type: "DataDownload", EncodingFormat: "application/json",
		ContentURL: c.Abs("/" + export.JSONName), Name: "rapor.json"})
	return d
}

// newsArticle describes a news page: the site is its author and
// publisher, and the bodies it names are what it is about.
func (c *Context) newsArticle() ldArticle {
	a := c.Page.Article
	org := c.siteOrg()
	out := ldArticle{
		Type:             "NewsArticle",
		Headline:         a.Title,
		Description:      a.Summary,
		URL:              c.Abs(c.Page.URL),
		MainEntityOfPage: c.Abs(c.Page.URL),
		InLanguage:       c.L.Code,
		Image:            c.CardImage(),
		Author:           org,
		Publisher:        org,
	}
	if a.Date != nil {
		out.DatePublished = a.Date.String()
		out.DateModified = out.DatePublished
	}
	for _, e := range a.Entities {
		about := ldOrg{Type: "GovernmentOrganization", Name: c.L.Name(e)}
		if c.Site.HasPage(e) {
			about.URL = c.Abs(site.BodyURL(c.L, e, 0))
		}
		out.About = append(out.About, about)
	}
	return out
}
