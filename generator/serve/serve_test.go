package serve_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rapor-publik/rapor/generator/data"
	"github.com/rapor-publik/rapor/generator/internal/sitetest"
	"github.com/rapor-publik/rapor/generator/pipeline"
	"github.com/rapor-publik/rapor/generator/serve"
)

// running is a server under test with a stream of its build numbers.
type running struct {
	srv    *serve.Server
	root   string // http://host:port
	builds chan int
	done   chan error
	stop   context.CancelFunc
}

// start runs a server for the site in dir and waits for its first build.
func start(t *testing.T, dir string) *running {
	t.Helper()
	return startWith(t, serve.Options{Src: dir, Addr: "127.0.0.1:0"})
}

// startWith is start with the server's options.
func startWith(t *testing.T, opts serve.Options) *running {
	t.Helper()
	srv, err := serve.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{srv: srv, builds: make(chan int, 16), done: make(chan error, 1), stop: cancel}
	go func() { r.done <- srv.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-r.done:
		case <-time.After(5 * time.Second):
			t.Error("the server did not stop within 5 s")
		}
	})
	u := srv.URL()
	r.root = u[:strings.Index(u[len("http://"):], "/")+len("http://")]
	r.listen(t)
	r.await(t, 1)
	return r
}

// listen follows the server's build events as a page's script does.
func (r *running) listen(t *testing.T) {
	t.Helper()
	var resp *http.Response
	var err error
	for range 100 { // the listener is open; Run may not serve yet
		resp, err = http.Get(r.root + "/__rapor/events")
		if err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if n, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				gen, _ := strconv.Atoi(n)
				r.builds <- gen
			}
		}
	}()
}

// await waits until the server reports build number gen.
func (r *running) await(t *testing.T, gen int) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case got := <-r.builds:
			if got >= gen {
				return
			}
		case <-deadline:
			t.Fatalf("build %d was not reported within 20 s", gen)
		}
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// TestEditBreakFix is an editor's session: edit a file and see the page
// change, break a file and see its errors, fix it and see the page again.
func TestEditBreakFix(t *testing.T) {
	dir := sitetest.CopySample(t, filepath.Join("..", ".."))
	r := start(t, dir)
	page := r.srv.URL() + "kabupaten/lebong/2023/"
	if !strings.HasSuffix(r.srv.URL(), "/rapor/") {
		t.Fatalf("URL %s is not under the base_url's path /rapor/", r.srv.URL())
	}

	status, body := get(t, page)
	if status != 200 || !strings.Contains(body, "92,00") {
		t.Fatalf("Lebong 2023: status %d, want 200 and the score 92,00", status)
	}
	if !strings.Contains(body, `src="/__rapor/reload.js"`) {
		t.Error("served page lacks the reload script")
	}
	if status, _ := get(t, r.root+"/"); status != 200 {
		t.Errorf("GET / (redirected to the base path): status %d", status)
	}

	// Edit: the title is on every page.
	began := time.Now()
	sitetest.Replace(t, filepath.Join(dir, "data", "site.toml"), `title = "Rapor Pelayanan Publik"`, `title = "Rapor Sunting Langsung"`)
	r.await(t, 2)
	t.Logf("edit → rebuilt and reported in %v", time.Since(began).Round(time.Millisecond))
	if _, body := get(t, page); !strings.Contains(body, "Rapor Sunting Langsung") {
		t.Error("the page does not show the edited title")
	}

	// Break: the page shows the errors as rapor check prints them.
	yearFile := filepath.Join(dir, "data", "years", "2023-bengkulu.toml")
	sitetest.Replace(t, yearFile, "score = 92.00", "score = 192.00")
	r.await(t, 3)
	_, _, diags := pipeline.Check(os.DirFS(dir))
	if !diags.HasErrors() {
		t.Fatal("the broken site checks clean")
	}
	status, body = get(t, page)
	if status != http.StatusInternalServerError {
		t.Errorf("broken site: status %d, want 500", status)
	}
	for _, d := range diags {
		if want := d.String(); !strings.Contains(body, want) {
			t.Errorf("error page lacks %q:\n%s", want, body)
		}
	}
	if !strings.Contains(body, `src="/__rapor/reload.js"`) {
		t.Error("error page lacks the reload script")
	}
	// The last good build stays served.
	if status, body := get(t, page+"?last-good"); status != 200 || !strings.Contains(body, "Rapor Sunting Langsung") {
		t.Errorf("last good page: status %d, or it lacks the edited title", status)
	}
	if status, _ := get(t, r.srv.URL()+"assets/css/rapor.css"); status != 200 {
		t.Errorf("stylesheet while broken: status %d", status)
	}

	// Fix: the page is back.
	sitetest.Replace(t, yearFile, "score = 192.00", "score = 92.00")
	r.await(t, 4)
	if status, body := get(t, page); status != 200 || !strings.Contains(body, "92,00") {
		t.Errorf("after the fix: status %d, want 200 and the score", status)
	}
}

// TestNewFolder sees files in a folder made after the server started.
func TestNewFolder(t *testing.T) {
	dir := sitetest.CopySample(t, filepath.Join("..", ".."))
	r := start(t, dir)
	folder := filepath.Join(dir, "content", "panduan")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // let the watcher add the folder
	page := "+++\ntitle = \"Panduan membaca rapor\"\n+++\n\nIsi panduan.\n"
	if err := os.WriteFile(filepath.Join(folder, "membaca.md"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if status, body := get(t, r.srv.URL()+"panduan/membaca/"); status == 200 && strings.Contains(body, "Isi panduan.") {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal("the page of a file in a new folder never appeared")
}

// TestOnlyTheBuild asks for files outside the build in every way a path
// can try to leave it; none may be served.
func TestOnlyTheBuild(t *testing.T) {
	dir := sitetest.CopySample(t, filepath.Join("..", ".."))
	secret := "SECRET-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	if err := os.WriteFile(filepath.Join(dir, "secret.txt"), []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(dir), "secret.txt"), []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	r := start(t, dir)
	paths := []string{
		"/rapor/../secret.txt",
		"/rapor/../../secret.txt",
		"/rapor/%2e%2e/secret.txt",
		"/rapor/%2e%2e/%2e%2e/secret.txt",
		"/rapor/..%2fsecret.txt",
		"/rapor/..%2f..%2fsecret.txt",
		"/rapor/..%5csecret.txt",
		"/rapor//secret.txt",
		"/rapor/data/../../secret.txt",
		"/secret.txt",
		"/rapor/secret.txt",
		"/../secret.txt",
		"/rapor/data/site.toml",
		"/rapor/../data/site.toml",
		"/rapor/.%2e/data/site.toml",
	}
	for _, p := range paths {
		body := rawGet(t, r.root, p)
		if strings.Contains(body, secret) || strings.Contains(body, "base_url =") {
			t.Errorf("GET %s served a file outside the build:\n%s", p, body)
		}
	}
}

// rawGet sends a request line exactly as written, without the client's
// path cleaning, and returns the whole response.
func rawGet(t *testing.T, root, path string) string {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(root, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", path, strings.TrimPrefix(root, "http://"))
	b, _ := io.ReadAll(conn)
	return string(b)
}

// TestStop stops the server while a page listens for builds: Run returns
// at once, the port is closed, and serving wrote nothing into the site.
func TestStop(t *testing.T) {
	dir := sitetest.CopySample(t, filepath.Join("..", ".."))
	before := listFiles(t, dir)
	r := start(t, dir)
	began := time.Now()
	r.stop()
	select {
	case err := <-r.done:
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
		r.done <- nil // for the cleanup
	case <-time.After(3 * time.Second):
		t.Fatal("Run did not return within 3 s of the stop")
	}
	t.Logf("stopped in %v", time.Since(began).Round(time.Millisecond))
	if _, err := net.DialTimeout("tcp", strings.TrimPrefix(r.root, "http://"), time.Second); err == nil {
		t.Error("the port still accepts connections after the stop")
	}
	if after := listFiles(t, dir); !slices.Equal(before, after) {
		t.Errorf("serving changed the site folder: %d files before, %d after", len(before), len(after))
	}
}

func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		out = append(out, p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// logBuffer is a log the server writes while the test reads it.
type logBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// The preview judges news dates by the date it is given, as rapor build
// does: an article dated after it is a warning in the log.
func TestPreviewToday(t *testing.T) {
	dir := sitetest.CopySample(t, filepath.Join("..", ".."))
	var log logBuffer
	today := func() data.Date { return data.Date{Year: 2020, Month: time.January, Day: 1} }
	startWith(t, serve.Options{Src: dir, Addr: "127.0.0.1:0", Log: &log, Today: today})
	if got := log.String(); !strings.Contains(got, "warning: date 20") || !strings.Contains(got, "is after today, 2020-01-01") {
		t.Errorf("log of the first build:\n%s\nwant a warning for news dated after 2020-01-01", got)
	}
}
