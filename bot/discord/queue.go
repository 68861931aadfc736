package discord

import (
	"errors"
	"slices"
	"sync"
	"time"
)

// Why a question is not queued.
var (
	errQueueFull    = errors.New("the queue is full")
	errUserQueued   = errors.New("the user has too many questions waiting")
	errWaitTooLong  = errors.New("the expected wait is too long")
	errQueueClosing = errors.New("shutting down")
)

// queue holds questions waiting for an answering slot: bounded, and fair
// across users: each user's questions wait in their own FIFO, and users
// take turns (round robin, in the order they started waiting), so one
// user's burst delays that user, not everyone. A user may hold at most
// perUser places.
type queue struct {
	size, perUser, workers int
	maxWait                time.Duration

	mu     sync.Mutex
	cond   *sync.Cond
	users  map[string][]*job
	ring   []string // users with questions waiting, in turn order
	n      int
	closed bool
	// service is a moving average of how long one answer takes, for the
	// expected wait; 0 until the first answer.
	service time.Duration
}

func newQueue(size, perUser, workers int, maxWait time.Duration) *queue {
	q := &queue{size: size, perUser: perUser, workers: max(workers, 1), maxWait: maxWait, users: map[string][]*job{}}
	q.cond = sync.NewCond(&q.mu)
	return q
}

// push queues j, or says why not. It returns j's place (1 = next).
func (q *queue) push(j *job) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	switch {
	case q.closed:
		return 0, errQueueClosing
	case q.n >= q.size:
		return 0, errQueueFull
	case len(q.users[j.user]) >= q.perUser:
		return 0, errUserQueued
	}
	place := q.placeOf(j.user, len(q.users[j.user]))
	if q.maxWait > 0 && q.expected(place) > q.maxWait {
		return 0, errWaitTooLong
	}
	if len(q.users[j.user]) == 0 {
		q.ring = append(q.ring, j.user)
	}
	q.users[j.user] = append(q.users[j.user], j)
	q.n++
	j.queued = time.Now()
	q.cond.Signal()
	return place, nil
}

// expected is the wait of the question at place: every worker takes one
// question per average answer time.
func (q *queue) expected(place int) time.Duration {
	rounds := (place + q.workers - 1) / q.workers
	return time.Duration(rounds) * q.service
}

// placeOf is the place of the k-th (from 0) question of user: every user
// with more than k questions waiting serves k+1 of them first if ahead in
// turn order, k otherwise; others all theirs.
func (q *queue) placeOf(user string, k int) int {
	ahead := 0
	before := true
	for _, u := range q.ring {
		if u == user {
			before = false
			continue
		}
		n := len(q.users[u])
		switch {
		case n > k && before:
			ahead += k + 1
		case n > k:
			ahead += k
		default:
			ahead += n
		}
	}
	return ahead + k + 1
}

// place is j's place now, 0 when it no longer waits.
func (q *queue) place(j *job) int {
	q.mu.Lock()
	defer q.mu.Unlock()
	k := slices.Index(q.users[j.user], j)
	if k < 0 {
		return 0
	}
	return q.placeOf(j.user, k)
}

// pop takes the next question in turn, waiting for one; false once the
// queue is closed.
func (q *queue) pop() (*job, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.n == 0 && !q.closed {
		q.cond.Wait()
	}
	if q.closed {
		return nil, false
	}
	u := q.ring[0]
	js := q.users[u]
	j := js[0]
	q.ring = q.ring[1:]
	if len(js) > 1 {
		q.users[u] = js[1:]
		q.ring = append(q.ring, u)
	} else {
		delete(q.users, u)
	}
	q.n--
	return j, true
}

// remove takes j out of the queue; false when it was not there.
func (q *queue) remove(j *job) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	js := q.users[j.user]
	k := slices.Index(js, j)
	if k < 0 {
		return false
	}
	js = slices.Delete(js, k, k+1)
	if len(js) == 0 {
		delete(q.users, j.user)
		q.ring = slices.DeleteFunc(q.ring, func(u string) bool { return u == j.user })
	} else {
		q.users[j.user] = js
	}
	q.n--
	return true
}

// close wakes the workers to stop, and returns the questions still
// waiting (no longer queued).
func (q *queue) close() []*job {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	var left []*job
	for _, u := range q.ring {
		left = append(left, q.users[u]...)
	}
	q.users, q.ring, q.n = map[string][]*job{}, nil, 0
	q.cond.Broadcast()
	return left
}

// waiting returns the questions waiting, in no particular order.
func (q *queue) waiting() []*job {
	q.mu.Lock()
	defer q.mu.Unlock()
	var all []*job
	for _, js := range q.users {
		all = append(all, js...)
	}
	return all
}

func (q *queue) len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.n
}

// served records how long one answer took.
func (q *queue) served(d time.Duration) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.service == 0 {
		q.service = d
	} else {
		q.service = (q.service*4 + d) / 5
	}
}
