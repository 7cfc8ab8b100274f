package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path"
	"sync"

	"github.com/rapor-publik/rapor/generator/data"
)

// inputFingerprint hashes everything a build of the site reads: every
// file under data/, content/ and the site's theme folder, the chart
// library file site.toml names, and the rapor executable itself (which
// holds the default theme and decides every byte). Two builds with the
// same fingerprint publish the same files: output depends on nothing
// else (not the clock, time zone, locale or number of cores; today's
// date only changes warnings). "" where it cannot be told (a file that
// cannot be read, no executable to read): the build then always runs.
func inputFingerprint(src fs.FS, site *data.Site) string {
	exe := executableHash()
	if exe == "" {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "rapor input 1\nexecutable %s\n", exe)
	for _, dir := range []string{"data", data.ContentDir, path.Join("themes", site.Theme)} {
		err := fs.WalkDir(src, dir, func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			return hashFile(h, src, name)
		})
		if errors.Is(err, fs.ErrNotExist) {
			if _, serr := fs.Stat(src, dir); errors.Is(serr, fs.ErrNotExist) {
				fmt.Fprintf(h, "no %q\n", dir) // no theme folder of its own, say
				continue
			}
		}
		if err != nil {
			return ""
		}
	}
	if e := site.ECharts; e != "" && e != "cdn" && e != "theme" {
		if hashFile(h, src, e) != nil {
			return ""
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// hashFile writes a file's name, size and bytes into h.
func hashFile(h hash.Hash, src fs.FS, name string) error {
	b, err := fs.ReadFile(src, name)
	if err != nil {
		return err
	}
	fmt.Fprintf(h, "file %q %d\n", name, len(b))
	h.Write(b)
	return nil
}

var (
	exeOnce sync.Once
	exeSum  string
)

// executableHash is the SHA-256 of the running executable, read once.
func executableHash() string {
	exeOnce.Do(func() {
		name, err := os.Executable()
		if err != nil {
			return
		}
		f, err := os.Open(name)
		if err != nil {
			return
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err == nil {
			exeSum = hex.EncodeToString(h.Sum(nil))
		}
	})
	return exeSum
}
