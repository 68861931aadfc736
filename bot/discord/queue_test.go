package discord

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// The queue is fair: users take turns, so one user's burst does not hold
// up everyone; places predict the order of service.
func TestQueueIsFairAcrossUsers(t *testing.T) {
	t.Parallel()
	q := newQueue(100, 10, 2, 0)
	var jobs []*job
	push := func(user string) {
		j := &job{user: user, text: user + string(rune('0'+len(jobs)))}
		if _, err := q.push(j); err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, j)
	}
	for range 5 {
		push("a")
	}
	push("b")
	push("b")
	push("c")
	places := map[*job]int{}
	for _, j := range jobs {
		places[j] = q.place(j)
	}
	var got []string
	for n := 1; q.len() > 0; n++ {
		j, _ := q.pop()
		got = append(got, j.user)
		if places[j] != n {
			t.Errorf("%s was told place %d, served %d", j.text, places[j], n)
		}
	}
	if s := strings.Join(got, ""); s != "abcabaaa" {
		t.Errorf("served %s, want abcabaaa (users take turns)", s)
	}
}

func TestQueueBounds(t *testing.T) {
	t.Parallel()
	q := newQueue(5, 2, 1, time.Minute)
	for _, u := range []string{"a", "a", "b", "c"} {
		if _, err := q.push(&job{user: u}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := q.push(&job{user: "a"}); !errors.Is(err, errUserQueued) {
		t.Errorf("a third question of one user with 2 per user = %v, want errUserQueued", err)
	}
	if _, err := q.push(&job{user: "d"}); err != nil {
		t.Fatal(err)
	}
	if _, err := q.push(&job{user: "e"}); !errors.Is(err, errQueueFull) {
		t.Errorf("push past the size = %v, want errQueueFull", err)
	}
	left := q.close()
	if len(left) != 5 {
		t.Errorf("close returned %d questions, want the 5 waiting", len(left))
	}
	if _, ok := q.pop(); ok {
		t.Error("pop after close returned a question")
	}

	// The expected wait: rounds of workers times the average answer.
	q = newQueue(100, 10, 1, time.Minute)
	q.served(40 * time.Second)
	if _, err := q.push(&job{user: "a"}); err != nil {
		t.Errorf("first place, 40 s expected: %v", err)
	}
	if _, err := q.push(&job{user: "b"}); !errors.Is(err, errWaitTooLong) {
		t.Errorf("second place at 40 s each with max wait 1m = %v, want errWaitTooLong", err)
	}
}

// A question taken out of the queue (its interaction could not be
// acknowledged) leaves nothing behind: its user out of the turns, the
// count down, its place free for another.
func TestQueueRemoveLeavesNothingBehind(t *testing.T) {
	t.Parallel()
	q := newQueue(2, 2, 1, 0)
	a, b := &job{user: "a"}, &job{user: "b"}
	for _, j := range []*job{a, b} {
		if _, err := q.push(j); err != nil {
			t.Fatal(err)
		}
	}
	if !q.remove(a) {
		t.Fatal("remove of a waiting question = false")
	}
	if q.remove(a) {
		t.Error("a question removed twice")
	}
	if n := q.len(); n != 1 {
		t.Errorf("len after removing one of two = %d, want 1", n)
	}
	if p := q.place(b); p != 1 {
		t.Errorf("b's place after a was removed = %d, want 1", p)
	}
	c := &job{user: "c"}
	if _, err := q.push(c); err != nil {
		t.Errorf("push into the place a left = %v", err)
	}
	for _, want := range []*job{b, c} {
		got, ok := q.pop()
		if !ok || got != want {
			t.Fatalf("pop = %v, want %s's question (a's user must have left the turns)", got, want.user)
		}
	}
	if n := q.len(); n != 0 {
		t.Errorf("len of an empty queue = %d", n)
	}
}
