//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package retrieval

import (
	"os"
	"syscall"
)

// lockFile takes an exclusive advisory lock on f, held until f is closed
// or the process ends. A failure only weakens RemoveStaleTemp to its age
// rule.
func lockFile(f *os.File) {
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
}

// lockDir holds dir's own lock (flock on the directory) until unlock is
// called: writeAtomic holds it while it creates and locks a temp file, and
// RemoveStaleTemp while it looks at them, so a temp file RemoveStaleTemp
// finds unlocked is one whose writer is gone, however new it is.
func lockDir(dir string) (unlock func()) {
	f, err := os.Open(dir)
	if err != nil {
		return func() {}
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return func() {}
	}
	return func() { f.Close() }
}

// inUse reports whether someone holds the lock on the file at path.
func inUse(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return true // not ours to judge
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return true
	}
	_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}
