package weaviate

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// These tests need no Weaviate.

func TestRetryTransient(t *testing.T) {
	for _, tc := range []struct {
		name string
		fail func(w http.ResponseWriter)
	}{
		// 500 is retried like every 5xx: a request Weaviate failed on its
		// side may pass the next time; one it refused (4xx) will not.
		{"500", func(w http.ResponseWriter) { http.Error(w, "internal", http.StatusInternalServerError) }},
		{"503", func(w http.ResponseWriter) { http.Error(w, "overloaded", http.StatusServiceUnavailable) }},
		{"429", func(w http.ResponseWriter) {
			w.Header().Set("Retry-After", "0")
			http.Error(w, "slow down", http.StatusTooManyRequests)
		}},
		{"reset", func(w http.ResponseWriter) {
			// Cut the connection without a response.
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if calls.Add(1) <= 2 {
					tc.fail(w)
					return
				}
				w.Header().Set("Content-Type", "application/json")
				io.WriteString(w, `{"data":{"Aggregate":{"Storybot":[{"meta":{"count":42}}]}}}`)
			}))
			defer srv.Close()
			c := newTestClient(t, srv.URL, 3)
			n, err := c.Count(context.Background())
			if err != nil {
				t.Fatalf("Count: %v", err)
			}
			if n != 42 || calls.Load() != 3 {
				t.Errorf("count %d after %d calls, want 42 after 3", n, calls.Load())
			}
		})
	}
}

// IsUnavailable: Weaviate down or overloaded (429, any 5xx, a transient
// failure, a timeout), as opposed to refusing the request.
func TestIsUnavailable(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{&StatusError{Code: 500}, true},
		{&StatusError{Code: 502}, true},
		{&StatusError{Code: 503}, true},
		{&StatusError{Code: 429}, true},
		{&StatusError{Code: 400}, false},
		{&StatusError{Code: 404}, false},
		{&StatusError{Code: 422}, false},
		{&StatusError{Code: 499}, false},
		{&transientError{errors.New("connection reset")}, true},
		{fmt.Errorf("searching: %w", &StatusError{Code: 500}), true},
		{context.DeadlineExceeded, true},
		{ErrNoCollection, false},
		{errors.New("weaviate: graphql: bad query"), false},
	} {
		if got := IsUnavailable(tc.err); got != tc.want {
			t.Errorf("IsUnavailable(%v) = %t, want %t", tc.err, got, tc.want)
		}
	}
}

func TestRetryBounded(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		http.Error(w, "down", http.StatusBadGateway)
	}))
	defer srv.Close()
	c := newTestClient(t, srv.URL, 2)
	_, err := c.Count(context.Background())
	if err == nil || !IsUnavailable(err) {
		t.Fatalf("err = %v, want an unavailable error", err)
	}
	if calls.Load() != 3 {
		t.Errorf("%d calls, want 3 (1 + 2 retries)", calls.Load())
	}
	if !strings.Contains(err.Error(), "after 3 attempts") {
		t.Errorf("error %q does not say how many attempts", err)
	}
}

func TestNoRetryOnClientError(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		http.Error(w, `{"error":[{"message":"bad"}]}`, http.StatusUnprocessableEntity)
	}))
	defer srv.Close()
	c := newTestClient(t, srv.URL, 4)
	err := c.EnsureCollection(context.Background())
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 422 || IsUnavailable(err) {
		t.Fatalf("err = %v, want a 422 StatusError", err)
	}
	if calls.Load() != 1 {
		t.Errorf("%d calls, want 1", calls.Load())
	}
}

func TestRetryStopsWithContext(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	c, err := New(Config{URL: srv.URL, MaxRetries: 10, RetryBase: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = c.Search(ctx, "prison riot", nil, 5)
	if err == nil || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the context's deadline", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("search took %s after its context ended", d)
	}
}

func TestAPIKeySentAsBearer(t *testing.T) {
	var got atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got.Store(r.Header.Get("Authorization"))
	}))
	defer srv.Close()
	c, err := New(Config{URL: srv.URL, APIKey: "s3cret"})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Ready(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got.Load() != "Bearer s3cret" {
		t.Errorf("Authorization = %q", got.Load())
	}
}

func TestNewValidates(t *testing.T) {
	for _, cfg := range []Config{
		{},
		{URL: "127.0.0.1:8080"},
		{URL: "ftp://x"},
		{URL: "http://x", Collection: "storybot"},
		{URL: "http://x", Collection: "Story-bot"},
		{URL: "http://x", Alpha: 1.5},
		{URL: "http://x", Shards: -1},
		{URL: "http://x", Replicas: -1},
	} {
		if _, err := New(cfg); err == nil {
			t.Errorf("New(%+v) accepted", cfg)
		}
	}
	c, err := New(Config{URL: "http://127.0.0.1:8080/"})
	if err != nil || c.Collection() != "Storybot" {
		t.Errorf("New: %v, collection %q", err, c.Collection())
	}
}

// A zero Config gets the documented defaults.
func TestNewDefaults(t *testing.T) {
	c, err := New(Config{URL: "http://127.0.0.1:8080"})
	if err != nil {
		t.Fatal(err)
	}
	got := c.cfg
	want := Config{URL: got.URL, Collection: DefaultCollection, Timeout: DefaultTimeout, BatchSize: DefaultBatchSize,
		Replicas: 1, Shards: 1, Alpha: 0.5, HybridCandidates: 100, MaxRetries: 4, RetryBase: 250 * time.Millisecond}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("defaults (-want +got):\n%s", diff)
	}
	if c.listPage != defaultListPage {
		t.Errorf("list page %d, want %d", c.listPage, defaultListPage)
	}
}

func TestParseExplainScore(t *testing.T) {
	const id = "0c7e2c4b-6f1d-5a3b-9d7e-2f1a4b5c6d7e"
	for _, tc := range []struct {
		name          string
		explain       string
		alpha         float64
		keyword, vect Side
	}{{
		name: "both sides, ranked",
		// As Weaviate v1.35's FusionRanked writes it: the keyword side's
		// BM25F statistics, then one line per side.
		explain: ", BM25F_text_frequency:2, BM25F_text_propLength:41\n" +
			"Hybrid (Result Set keyword) Document " + id + " contributed 0.008196721 to the score\n" +
			"Hybrid (Result Set vector) Document " + id + " contributed 0.008333334 to the score",
		alpha:   0.5,
		keyword: Side{Rank: 2, Contribution: 0.008196721},
		vect:    Side{Rank: 1, Contribution: 0.008333334},
	}, {
		name:    "vector only, unequal weights",
		explain: "\nHybrid (Result Set vector) Document " + id + " contributed 0.010958904 to the score",
		alpha:   0.8,
		vect:    Side{Rank: 14, Contribution: 0.010958904}, // 0.8 / (60 + 14 - 1)
	}, {
		name:    "keyword only, far down",
		explain: "\nHybrid (Result Set keyword) Document " + id + " contributed 0.0031847134 to the score",
		alpha:   0.5,
		keyword: Side{Rank: 98, Contribution: 0.0031847134}, // 0.5 / (60 + 98 - 1)
	}, {
		name: "relative score fusion",
		explain: "\nHybrid (Result Set vector) Document " + id + ": original score 0.8754, normalized score: 0.5 - " +
			"\nHybrid (Result Set keyword) Document " + id + ": original score 3.2, normalized score: 0.25",
		alpha:   0.5,
		keyword: Side{Score: 3.2, HasScore: true, Contribution: 0.25},
		vect:    Side{Score: 0.8754, HasScore: true, Contribution: 0.5},
	}, {
		name:    "older set names",
		explain: "Hybrid (Result Set keyword,bm25) Document " + id + " contributed 0.008333334 to the score",
		alpha:   0.5,
		keyword: Side{Rank: 1, Contribution: 0.008333334},
	}, {
		name:    "nothing known",
		explain: "something else entirely",
		alpha:   0.5,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			k, v := ParseExplainScore(tc.explain, tc.alpha)
			if !sideEqual(k, tc.keyword) || !sideEqual(v, tc.vect) {
				t.Errorf("got keyword %+v vector %+v\nwant keyword %+v vector %+v", k, v, tc.keyword, tc.vect)
			}
		})
	}
}

func sideEqual(a, b Side) bool {
	return a.Rank == b.Rank && a.HasScore == b.HasScore &&
		math.Abs(a.Contribution-b.Contribution) < 1e-9 && math.Abs(a.Score-b.Score) < 1e-9
}

// The rank recovered from a contribution is exact for every rank Weaviate's
// hybrid search can bring (QUERY_HYBRID_MAXIMUM_RESULTS, 100 by default),
// with the contribution rounded to float32 as Weaviate does.
func TestRankFromContribution(t *testing.T) {
	for _, alpha := range []float64{0.1, 0.5, 0.75} {
		for rank := 1; rank <= 10000; rank++ {
			c := float32(alpha / float64(rank-1+60))
			line := "Hybrid (Result Set vector) Document x contributed " + formatFloat32(c) + " to the score"
			if _, v := ParseExplainScore(line, alpha); v.Rank != rank {
				t.Fatalf("alpha %g rank %d: parsed rank %d from %q", alpha, rank, v.Rank, line)
			}
		}
	}
}

func TestObjectID(t *testing.T) {
	a := ObjectID("a.txt", "h1", "a.txt#0-10")
	if a != ObjectID("a.txt", "h1", "a.txt#0-10") {
		t.Error("ObjectID is not deterministic")
	}
	if !regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`).MatchString(a) {
		t.Errorf("ObjectID %q is not a UUID v5", a)
	}
	for _, b := range []string{
		ObjectID("a.txt", "h2", "a.txt#0-10"),
		ObjectID("b.txt", "h1", "a.txt#0-10"),
		ObjectID("a.txt", "h1", "a.txt#0-11"),
	} {
		if a == b {
			t.Error("different chunks share an object ID")
		}
	}
}

func TestSyncRefuses(t *testing.T) {
	c := newTestClient(t, "http://127.0.0.1:1", 0) // never reached
	ctx := context.Background()
	if _, err := c.Sync(ctx, nil); !errors.Is(err, ErrNoChunks) {
		t.Errorf("empty sync: %v", err)
	}
	v := []float32{1, 0}
	for name, chunks := range map[string][]Chunk{
		"two hashes": {{Source: "a", StoryHash: "1", ID: "a#0-1", End: 1, Vector: v}, {Source: "a", StoryHash: "2", ID: "a#1-2", Start: 1, End: 2, Vector: v}},
		"no vector":  {{Source: "a", StoryHash: "1", ID: "a#0-1", End: 1}},
		"dimensions": {{Source: "a", StoryHash: "1", ID: "a#0-1", End: 1, Vector: v}, {Source: "b", StoryHash: "1", ID: "b#0-1", End: 1, Vector: []float32{1}}},
		"NaN":        {{Source: "a", StoryHash: "1", ID: "a#0-1", End: 1, Vector: []float32{float32(math.NaN()), 0}}},
		"twice":      {{Source: "a", StoryHash: "1", ID: "a#0-1", End: 1, Vector: v}, {Source: "a", StoryHash: "1", ID: "a#0-1", End: 1, Vector: v}},
		"no source":  {{StoryHash: "1", ID: "a#0-1", End: 1, Vector: v}},
	} {
		if _, err := c.Sync(ctx, chunks); err == nil || IsUnavailable(err) {
			t.Errorf("%s: err = %v, want a validation error", name, err)
		}
	}
}

func newTestClient(t *testing.T, url string, retries int) *Client {
	t.Helper()
	if retries == 0 {
		retries = -1
	}
	c, err := New(Config{URL: url, MaxRetries: retries, RetryBase: time.Millisecond, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// formatFloat32 formats as Weaviate's explainScore does (fmt's %v).
func formatFloat32(f float32) string { return fmt.Sprintf("%v", f) }
