package discord

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// userLimits is a token bucket per user: each user may ask burst questions
// at once, then one per 1/perMinute minutes.
type userLimits struct {
	every time.Duration
	burst int

	mu    sync.Mutex
	users map[string]*userLimit
}

type userLimit struct {
	lim      *rate.Limiter
	last     time.Time
	notified bool // told about the limit since the last allowed question
}

// sweepAt is the number of tracked users past which idle ones are dropped,
// so the map does not grow with every user ever seen.
const sweepAt = 10000

func newUserLimits(perMinute float64, burst int) *userLimits {
	if burst < 1 {
		burst = 1
	}
	u := &userLimits{burst: burst, users: map[string]*userLimit{}}
	if perMinute > 0 {
		u.every = time.Duration(float64(time.Minute) / perMinute)
	}
	return u
}

// allow reports whether user may ask now, and whether they should be told
// they may not (once per run of refusals, so the notice is not spam).
func (u *userLimits) allow(user string, now time.Time) (ok, notify bool) {
	if u.every == 0 {
		return true, false
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	l := u.users[user]
	if l == nil {
		if len(u.users) >= sweepAt {
			u.sweep(now)
		}
		l = &userLimit{lim: rate.NewLimiter(rate.Every(u.every), u.burst)}
		u.users[user] = l
	}
	l.last = now
	if l.lim.AllowN(now, 1) {
		l.notified = false
		return true, false
	}
	notify = !l.notified
	l.notified = true
	return false, notify
}

// sweep drops users whose bucket has refilled: forgetting them changes nothing.
func (u *userLimits) sweep(now time.Time) {
	full := u.every * time.Duration(u.burst)
	for id, l := range u.users {
		if now.Sub(l.last) > full {
			delete(u.users, id)
		}
	}
}

// allowList is a set of IDs; empty allows everything.
type allowList map[string]bool

func newAllowList(ids []string) allowList {
	a := allowList{}
	for _, id := range ids {
		if id != "" {
			a[id] = true
		}
	}
	return a
}

func (a allowList) allows(id string) bool { return len(a) == 0 || a[id] }
