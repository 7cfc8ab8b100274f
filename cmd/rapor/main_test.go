package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain makes the test binary double as the rapor command, so that
// scripts run it as a user does: in its own process, with an exit status.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"rapor": func() { os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScript runs testdata/script/*.txtar. Besides testscript's own
// commands the scripts have:
//
//	exitcode N PROG [ARGS...]  run PROG; its exit status must be N
//	tree [-cards] DIR          list DIR's files and folders, hidden ones too;
//	                           -cards: share cards as card-*.png
//	chomp FILE                 remove the newline at the end of FILE
//	mkfifo FILE                make a named pipe (unix only)
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                filepath.Join("testdata", "script"),
		RequireUniqueNames: true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exitcode": cmdExitcode,
			"tree":     cmdTree,
			"chomp":    cmdChomp,
			"mkfifo":   cmdMkfifo,
		},
	})
}

// cmdExitcode checks a command's exit status exactly; "! rapor" only
// tells that it was not 0, and a panic exits with 2 as well.
func cmdExitcode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exitcode N program [args...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		ee, ok := errors.AsType[*exec.ExitError](err)
		if !ok {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
	}
}

// cmdTree prints every file and folder under a folder, one a line, in
// lexical order; folders end with a slash.
func cmdTree(ts *testscript.TestScript, neg bool, args []string) {
	cards := false // -cards: share cards as card-*.png, whatever their content hash
	if len(args) == 2 && args[0] == "-cards" {
		cards, args = true, args[1:]
	}
	if neg || len(args) != 1 {
		ts.Fatalf("usage: tree [-cards] dir")
	}
	root := ts.MkAbs(args[0])
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path == root {
			return err
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if cards && strings.HasPrefix(filepath.Base(rel), "card-") {
			rel = rel[:strings.LastIndexByte(rel, '/')+1] + "card-*.png"
		}
		if d.IsDir() {
			rel += "/"
		}
		fmt.Fprintln(ts.Stdout(), rel)
		return nil
	})
	ts.Check(err)
}

// cmdChomp removes the final newline of a file: txtar cannot hold a file
// that does not end with one.
func cmdChomp(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: chomp file")
	}
	name := ts.MkAbs(args[0])
	b, err := os.ReadFile(name)
	ts.Check(err)
	ts.Check(os.WriteFile(name, []byte(strings.TrimSuffix(string(b), "\n")), 0o644))
}
