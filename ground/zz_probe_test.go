package ground

import (
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	for _, c := range strings.Split(os.Getenv("C"), "|") {
		t.Logf("%q -> %q", c, edgeReason(t, os.Getenv("P"), "What happened?", c))
	}
}
