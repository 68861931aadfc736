package discord

import (
	"testing"
	"time"
)

// The rate-limit notice is due once per run of refusals: not on every
// refusal, and again after an allowed question ends the run. Each user
// has their own run. The times are given, not read from the clock.
func TestRateLimitNoticeOncePerRunOfRefusals(t *testing.T) {
	t.Parallel()
	u := newUserLimits(60, 1) // one question a second, one at once
	t0 := time.Unix(1_700_000_000, 0)
	steps := []struct {
		user             string
		at               time.Duration
		wantOK, wantTell bool
	}{
		{"alice", 0, true, false},
		{"alice", time.Millisecond, false, true}, // the run starts: told
		{"alice", 2 * time.Millisecond, false, false},
		{"bob", 3 * time.Millisecond, true, false}, // bob's bucket is his own
		{"alice", 4 * time.Millisecond, false, false},
		{"bob", 5 * time.Millisecond, false, true},      // so is his run
		{"alice", 1100 * time.Millisecond, true, false}, // refilled: the run ends
		{"alice", 1101 * time.Millisecond, false, true}, // a new run: told again
		{"alice", 1102 * time.Millisecond, false, false},
	}
	for n, s := range steps {
		ok, tell := u.allow(s.user, t0.Add(s.at))
		if ok != s.wantOK || tell != s.wantTell {
			t.Errorf("step %d (%s at +%v): allow = %v, notify = %v; want %v, %v", n+1, s.user, s.at, ok, tell, s.wantOK, s.wantTell)
		}
	}
}
