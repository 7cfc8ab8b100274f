package main

import (
	"context"
	"fmt"
	"io"
	"net"

	"github.com/rapor-publik/rapor/generator/serve"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "serve [-s DIR] [--addr HOST:PORT]", stderr)
	src := fs.String("s", ".", "the site `folder`, holding data/ and content/")
	addr := fs.String("addr", "127.0.0.1:1313", "the `address` to listen on; keep it on 127.0.0.1 unless others must see the preview")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	site, code, ok := openSource(*src, stderr)
	if !ok {
		return code
	}
	site.Close() // the server opens it for itself
	if host, _, err := net.SplitHostPort(*addr); err == nil {
		if ip := net.ParseIP(host); host == "" || (ip != nil && !ip.IsLoopback()) {
			fmt.Fprintf(stderr, "rapor serve: warning: %s is reachable from other machines; the preview is not meant to be public\n", *addr)
		}
	}
	srv, err := serve.New(serve.Options{Src: *src, Addr: *addr, Log: stdout, Today: today})
	if err != nil {
		fmt.Fprintf(stderr, "rapor serve: %s\n", shown(err))
		return exitUsage
	}
	if err := srv.Run(ctx); err != nil {
		fmt.Fprintf(stderr, "rapor serve: %s\n", shown(err))
		return exitData
	}
	fmt.Fprintln(stdout, "rapor serve: stopped")
	return exitOK
}
