package llm

import (
	"testing"
	"time"
)

// Retry-After-Ms of zero says nothing: Retry-After is read instead.
func TestRetryAfterZeroMillisecondsFallsBack(t *testing.T) {
	got := retryAfter(&replyInfo{retryMS: "0", retryAfter: "7"}, time.Now())
	if got != 7*time.Second {
		t.Errorf("retryAfter = %v, want 7s from Retry-After", got)
	}
}
