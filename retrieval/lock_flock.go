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
