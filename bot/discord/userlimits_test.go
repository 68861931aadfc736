package discord

import (
	"fmt"
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

// The rate is per minute: six a minute is one every ten seconds.
func TestRateLimitIsPerMinute(t *testing.T) {
	t.Parallel()
	u := newUserLimits(6, 1)
	t0 := time.Unix(1_700_000_000, 0)
	for _, s := range []struct {
		at   time.Duration
		want bool
	}{{0, true}, {2 * time.Second, false}, {9 * time.Second, false}, {10100 * time.Millisecond, true}} {
		if ok, _ := u.allow("alice", t0.Add(s.at)); ok != s.want {
			t.Errorf("at +%s: allow = %v, want %v (6 a minute)", s.at, ok, s.want)
		}
	}
}

// The sweep that keeps the map small forgets only users whose bucket has
// refilled: an active user over the limit stays over it.
func TestSweepKeepsActiveUsersBuckets(t *testing.T) {
	t.Parallel()
	u := newUserLimits(1, 1) // one a minute
	t0 := time.Unix(1_700_000_000, 0)
	for i := range sweepAt - 1 {
		u.allow(fmt.Sprint("idle", i), t0)
	}
	now := t0.Add(time.Hour)
	u.allow("alice", now)
	if ok, _ := u.allow("alice", now.Add(time.Second)); ok {
		t.Fatal("alice's second question within the minute was allowed")
	}
	u.allow("newcomer", now.Add(30*time.Second)) // past sweepAt: the idle users go
	if n := len(u.users); n > 2 {
		t.Errorf("%d users tracked after the sweep, want alice and the newcomer", n)
	}
	if ok, _ := u.allow("alice", now.Add(31*time.Second)); ok {
		t.Error("the sweep reset alice's bucket: she asked again within the minute and was allowed")
	}
}
