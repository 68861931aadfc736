package discord

import (
	"strings"
	"testing"
	"time"
)

// How long until the next try is shown to a tenth of a second under ten
// seconds.
func TestUntilTextShort(t *testing.T) {
	t.Parallel()
	if s := untilText(time.Now().Add(5 * time.Second)); !strings.Contains(s, ".") {
		t.Errorf("untilText(5s) = %q, want tenths of a second", s)
	}
}
