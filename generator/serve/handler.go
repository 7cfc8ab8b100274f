package serve

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"
	"strconv"
	"strings"

	"github.com/rapor-publik/rapor/generator/data"
)

// internal is the path of the server's own files; no site page lives
// there (a site's paths start with its base_url's path).
const internal = "/__rapor/"

// lastGood is the query that asks for a page of the last good build while
// the site has errors.
const lastGood = "last-good"

//go:embed assets
var assets embed.FS

var pageTemplates = template.Must(template.ParseFS(assets, "assets/error.html"))

// reloadTag is what the reload script's tag needs.
type reloadTag struct {
	Src, Events string
	Generation  int
}

// errorPage is the page shown while the site has errors.
type errorPage struct {
	Prefix   string
	Errors   []string
	Warnings []string
	Count    int    // errors in all, Errors showing a few of each kind
	LastGood string // address of the page in the last good build, if any
	Reload   reloadTag
}

// Handler serves the last good build, the server's own files and the
// build events.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+internal+"reload.js", serveAsset("assets/reload.js", "text/javascript; charset=utf-8"))
	mux.HandleFunc("GET "+internal+"error.css", serveAsset("assets/error.css", "text/css; charset=utf-8"))
	mux.HandleFunc("GET "+internal+"events", s.serveEvents)
	mux.HandleFunc("GET /", s.serveSite)
	return mux
}

func serveAsset(name, contentType string) http.HandlerFunc {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(err) // embedded above
	}
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Cache-Control", "no-store")
		w.Write(b)
	}
}

func (s *Server) snapshot() state {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.state
}

// serveSite serves a file of the last good build, or the errors of the
// latest build in place of its pages.
func (s *Server) serveSite(w http.ResponseWriter, r *http.Request) {
	st := s.snapshot()
	w.Header().Set("Cache-Control", "no-store")
	if st.files == nil {
		if st.err == nil {
			http.Error(w, "rapor serve: the first build is still running; reload in a moment", http.StatusServiceUnavailable)
			return
		}
		s.serveErrors(w, r, st)
		return
	}
	name, ok := strings.CutPrefix(r.URL.Path, st.base)
	if !ok {
		if r.URL.Path == "/" || r.URL.Path+"/" == st.base {
			http.Redirect(w, r, st.base, http.StatusFound)
			return
		}
		s.notFound(w, r, st)
		return
	}
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	isHTML := strings.HasSuffix(name, ".html")
	if st.err != nil && isHTML && !r.URL.Query().Has(lastGood) {
		s.serveErrors(w, r, st)
		return
	}
	b, ok, err := st.files.Get(name)
	switch {
	case err != nil:
		http.Error(w, "rapor serve: "+err.Error(), http.StatusInternalServerError)
	case !ok && st.files.Has(name+"/index.html"):
		http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
	case !ok:
		s.notFound(w, r, st)
	case isHTML:
		s.serveHTML(w, b, st, http.StatusOK)
	default:
		http.ServeContent(w, r, name, st.built, bytes.NewReader(b))
	}
}

// notFound answers with the site's own 404 page.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request, st state) {
	if st.files == nil {
		http.NotFound(w, r)
		return
	}
	if page, ok, _ := st.files.Get("404.html"); ok {
		s.serveHTML(w, page, st, http.StatusNotFound)
		return
	}
	http.NotFound(w, r)
}

// serveHTML serves a page of the build with the reload script added
// before its </body>.
func (s *Server) serveHTML(w http.ResponseWriter, page []byte, st state, status int) {
	var tag bytes.Buffer
	if err := pageTemplates.ExecuteTemplate(&tag, "reload", reload(st)); err != nil {
		http.Error(w, "rapor serve: "+err.Error(), http.StatusInternalServerError)
		return
	}
	at := bytes.LastIndex(page, []byte("</body>"))
	if at < 0 {
		at = len(page)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(page)+tag.Len()))
	w.WriteHeader(status)
	w.Write(page[:at])
	w.Write(tag.Bytes())
	w.Write(page[at:])
}

// serveErrors answers with the latest build's problems.
func (s *Server) serveErrors(w http.ResponseWriter, r *http.Request, st state) {
	p := errorPage{Prefix: internal, Reload: reload(st)}
	for _, d := range st.failure.Capped(data.MaxLike) {
		if d.Severity == data.Error {
			p.Errors = append(p.Errors, d.String())
		} else {
			p.Warnings = append(p.Warnings, d.String())
		}
	}
	p.Count = st.failure.Count(data.Error)
	if len(p.Errors) == 0 && st.err != nil {
		p.Errors, p.Count = append(p.Errors, st.err.Error()), 1
	}
	if st.files != nil {
		p.LastGood = r.URL.Path + "?" + lastGood
	}
	var b bytes.Buffer
	if err := pageTemplates.ExecuteTemplate(&b, "error.html", p); err != nil {
		http.Error(w, "rapor serve: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusInternalServerError)
	w.Write(b.Bytes())
}

func reload(st state) reloadTag {
	return reloadTag{Src: internal + "reload.js", Events: internal + "events", Generation: st.gen}
}

// serveEvents streams build numbers to a page's reload script as
// server-sent events: the current one at once, then each new one.
func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	builds, leave := s.events.join()
	defer leave()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	send := func(gen int) {
		w.Write([]byte("retry: 500\nevent: build\ndata: " + strconv.Itoa(gen) + "\n\n"))
		flusher.Flush()
	}
	send(s.snapshot().gen)
	for {
		select {
		case <-r.Context().Done():
			return
		case gen, ok := <-builds:
			if !ok {
				return
			}
			send(gen)
		}
	}
}
