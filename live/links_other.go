//go:build !unix

package live

import "io/fs"

// hardLinked: without link counts, a file is taken as having one name
// (a full reload, on SIGHUP, still finds duplicates).
func hardLinked(fs.FileInfo) bool { return false }
