//go:build unix

package live

import (
	"io/fs"
	"syscall"
)

// hardLinked reports whether a file has other names (a hard link), which
// may be stories already loaded.
func hardLinked(fi fs.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && st.Nlink > 1
}
