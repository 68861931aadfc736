package discord

import (
	"errors"
	"testing"
	"time"
)

// The expected wait counts started rounds: the first in line with two
// workers still waits one answer's time.
func TestExpectedWaitCountsPartRounds(t *testing.T) {
	t.Parallel()
	q := newQueue(100, 10, 2, time.Second)
	q.served(2 * time.Second)
	if _, err := q.push(&job{user: "a"}); !errors.Is(err, errWaitTooLong) {
		t.Errorf("first place, 2 s expected, max wait 1 s: %v, want errWaitTooLong", err)
	}
}

// The average answer time leans on the past: four parts the old average,
// one part the new answer.
func TestServedAverage(t *testing.T) {
	t.Parallel()
	q := newQueue(10, 10, 1, 0)
	q.served(10 * time.Second)
	q.served(5 * time.Second)
	if q.service != 9*time.Second {
		t.Errorf("average after 10 s and 5 s = %v, want 9s", q.service)
	}
}
