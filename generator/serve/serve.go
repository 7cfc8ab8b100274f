// Package serve previews a site while it is edited: it builds the site,
// serves the output on a loopback address, rebuilds when a file under
// data/, content/ or themes/ changes, and reloads the open browser tabs.
//
// Input: the site folder and an address. Output: HTTP responses; builds
// are held in memory and nothing is written to disk.
//
// Rules: only files of the last good build are served, under the path of
// the site's base_url, looked up by path among the build's files: no
// request reaches the file system. The reload script is added to HTML responses by the
// server alone; a real build never holds it. While the site has errors,
// every page answers with those errors, written as "rapor check" writes
// them, and the last good build stays one click away; fixing the files
// brings the pages back. Stopping the server (cancelling its context)
// closes every connection.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/pipeline"
	"github.com/rapor-publik/rapor/generator/sitefs"
)

// Options configure a Server.
type Options struct {
	Src  string    // the site folder
	Addr string    // host:port to listen on; port 0 picks a free one
	Log  io.Writer // where builds are reported; nil for nowhere
	// Today, when set, gives the date each rebuild judges news dates by
	// (a warning for news dated after it); nil for none.
	Today func() data.Date
}

// Server is a preview server for one site.
type Server struct {
	opts   Options
	site   *sitefs.FS // the site folder, read through no link leaving it
	events *hub
	ln     net.Listener
	// parsed keeps the site's parsed documents from one rebuild to the
	// next, so that a rebuild parses only the files that changed.
	// Rebuilds run one at a time.
	parsed *data.ParseCache

	mu    sync.RWMutex
	state state
}

// state is what the server shows: the last good build, and the failure
// of the build after it, if any.
type state struct {
	files    *pipeline.Preview // the last good build; nil before the first
	built    time.Time         // when it was made
	base     string            // path of base_url, "/…/", for that build
	gen      int               // number of the latest build, good or not
	failure  data.Diagnostics  // the latest build's errors and warnings when it failed
	err      error             // the latest build's error, when it failed
	duration time.Duration
}

// New makes a server for the site in opts.Src and listens on opts.Addr.
// Nothing is built until Run.
func New(opts Options) (*Server, error) {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if info, err := os.Stat(opts.Src); err != nil || !info.IsDir() {
		return nil, fmt.Errorf("site folder %s not found; give the folder that holds data/ and content/", opts.Src)
	}
	site, err := sitefs.Open(opts.Src)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		site.Close()
		return nil, err
	}
	return &Server{opts: opts, site: site, events: newHub(), ln: ln, parsed: data.NewParseCache()}, nil
}

// URL returns the address of the site's home page.
func (s *Server) URL() string {
	s.mu.RLock()
	base := s.state.base
	s.mu.RUnlock()
	if base == "" {
		base = "/"
	}
	return "http://" + s.ln.Addr().String() + base
}

// Run builds the site, serves it and rebuilds it on every change until
// ctx is cancelled; then it stops cleanly and returns nil.
func (s *Server) Run(ctx context.Context) error {
	defer s.site.Close()
	w, err := newWatcher(s.opts.Src)
	if err != nil {
		s.ln.Close()
		return err
	}
	defer w.close()

	s.rebuild(ctx, nil)
	fmt.Fprintf(s.opts.Log, "serving %s on %s (Ctrl-C to stop)\n", s.opts.Src, s.URL())

	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(s.ln) }()

	for {
		select {
		case <-ctx.Done():
			s.events.close()
			shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			err := srv.Shutdown(shutdown)
			cancel()
			if err != nil {
				srv.Close()
			}
			return nil
		case err := <-served:
			return err
		case changed := <-w.changes:
			s.rebuild(ctx, changed)
		case err := <-w.errors:
			fmt.Fprintf(s.opts.Log, "rapor serve: watching files: %s\n", data.PrintableMessage(err.Error()))
		}
	}
}

// loadOptions are the loader's options for a rebuild.
func (s *Server) loadOptions() data.Options {
	opts := data.Options{Cache: s.parsed}
	if s.opts.Today != nil {
		opts.Today = s.opts.Today()
	}
	return opts
}

// rebuild builds the site and serves the new build, or keeps the last
// good build and shows the errors.
func (s *Server) rebuild(ctx context.Context, changed []string) {
	start := time.Now()
	files, res, err := pipeline.BuildPreviewWith(s.site, s.snapshot().files, s.loadOptions())
	if ctx.Err() != nil {
		return
	}
	next := s.snapshot()
	next.gen++
	next.duration = time.Since(start)
	next.failure, next.err = nil, nil
	if err != nil {
		next.failure, next.err = res.Diagnostics, err
	} else {
		next.files, next.built, next.base = files, time.Now(), basePath(s.opts.Src)
	}
	s.mu.Lock()
	s.state = next
	s.mu.Unlock()
	s.events.send(next.gen)
	s.report(next, res, changed)
}

// report logs a build as rapor build and rapor check would.
func (s *Server) report(st state, res pipeline.Result, changed []string) {
	log := s.opts.Log
	what := "built"
	if len(changed) > 0 {
		what = "rebuilt after a change to " + data.Printable(strings.Join(changed, ", "))
		if len(changed) > 3 {
			what = fmt.Sprintf("rebuilt after changes to %d files", len(changed))
		}
	}
	for _, d := range res.Diagnostics.Capped(data.MaxLike) {
		fmt.Fprintln(log, d)
	}
	if st.err != nil {
		if !errors.Is(st.err, pipeline.ErrInvalid) {
			fmt.Fprintf(log, "rapor serve: %s\n", data.PrintableMessage(st.err.Error()))
		}
		fmt.Fprintf(log, "rapor serve: the site has errors; the browser shows them, and the last good build stays served\n")
		return
	}
	fmt.Fprintf(log, "%s: %d pages planned (with their embeds and cards, each rendered when first asked for), ready in %d ms\n", what, res.Pages, st.duration.Milliseconds())
}

// basePath returns the path of the site's base_url ("/rapor/"), or "/"
// when site.toml cannot tell.
func basePath(src string) string {
	var site struct {
		BaseURL string `toml:"base_url"`
	}
	// Read only within the limits Load keeps: the file may have changed
	// since the build, and the library hangs on deep nesting.
	b, err := readLimited(filepath.Join(src, filepath.FromSlash(data.SiteFile)), data.SiteFile)
	if err != nil || len(data.CheckTOML(data.SiteFile, b)) > 0 {
		return "/"
	}
	if _, err := toml.Decode(string(b), &site); err != nil {
		return "/"
	}
	u, err := url.Parse(site.BaseURL)
	if err != nil || u.Path == "" || !strings.HasPrefix(u.Path, "/") {
		return "/"
	}
	if !strings.HasSuffix(u.Path, "/") {
		return u.Path + "/"
	}
	return u.Path
}

// readLimited reads the file at path, the site file name, refusing one
// over its size limit.
func readLimited(path, name string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	limit, _ := data.SizeLimit(name)
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(b)) > limit {
		err = fmt.Errorf("%s is over %d bytes", name, limit)
	}
	return b, err
}
