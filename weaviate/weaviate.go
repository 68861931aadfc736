// Package weaviate keeps storybot's chunks in a Weaviate collection and
// searches them with Weaviate's hybrid query (BM25 + storybot's own query
// vector, fused by rank). It talks to Weaviate's REST and GraphQL API with
// net/http and encoding/json: four endpoints do not justify the official
// client's dependency tree (the Weaviate module itself, gRPC, go-openapi),
// and owning the HTTP layer keeps retries and timeouts storybot's own.
//
// The collection is written only by Sync, which is idempotent and
// incremental by story content hash; readers call Search. Weaviate v1.35 is
// the version it is tested against (scripts/install-weaviate.sh).
package weaviate

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/storybot-dev/storybot/config"
)

// DefaultCollection, DefaultTimeout and DefaultBatchSize are config's,
// which says why each is that value.
const (
	DefaultCollection = config.DefaultCollection
	DefaultTimeout    = config.DefaultWeaviateTimeout
	DefaultBatchSize  = config.DefaultWeaviateBatch
)

// Config says where the collection lives and how to reach it.
type Config struct {
	// URL is Weaviate's HTTP address, e.g. http://127.0.0.1:8080.
	URL string
	// Collection is the Weaviate class name (default "Storybot"). Weaviate
	// class names start with a capital letter.
	Collection string
	// APIKey, if set, is sent as "Authorization: Bearer <key>". The caller
	// reads it from the environment; it is never configuration.
	APIKey string
	// Timeout bounds each HTTP attempt (default DefaultTimeout). A search
	// is also bounded by its context.
	Timeout time.Duration
	// Replicas is the collection's replication factor (default 1): how
	// many nodes of a Weaviate cluster hold each shard. It applies when
	// EnsureCollection (or Sync) creates the collection; an existing
	// collection keeps its own. With 2 or more, searches keep working
	// with a node down: Weaviate runs a search at consistency level ONE
	// unless asked otherwise (one replica answers, this node's own first),
	// so Search does not send GraphQL's consistencyLevel, an argument
	// Weaviate only accepts on a replicated collection
	// (TestClusterReplicated stops a node and asks the other).
	Replicas int
	// Shards is how many shards a new collection is split into (default
	// 1), each held by Replicas nodes. Weaviate scores the keyword side of
	// a search within each shard (a word's rarity is counted per shard)
	// and assigns chunks to shards at random when it creates the
	// collection, so with 2 or more shards the same question can rank
	// chunks differently from one collection to the next, and differently
	// from the in-process index. Weaviate's own default, one shard per
	// node, did exactly that in TestClusterReplicated now and then; one
	// shard keeps a search's ranking the same everywhere. Raise it only
	// for a collection too large for one node.
	Shards int
	// BatchSize is how many objects go in one batch write (default
	// DefaultBatchSize).
	BatchSize int
	// Progress, if set, is told how many chunk objects Sync has written of
	// how many it has to write.
	Progress func(done, total int)
	// Alpha is the vector side's weight in hybrid search, the keyword side
	// weighing 1 - Alpha (0 means the default, 0.5: both sides equal, as
	// in the in-process index's fusion). Above 0, up to 1.
	Alpha float64
	// NoSideScores makes Search leave out each side's own score (it then
	// fetches neither the hits' vectors nor the BM25 scores): ranks and
	// contributions remain.
	NoSideScores bool
	// HybridCandidates is how many results each side of Weaviate's hybrid
	// search brings to fusion: the server's QUERY_HYBRID_MAXIMUM_RESULTS
	// (default 100), which Search needs to know to fetch the keyword side's
	// scores. Default 100.
	HybridCandidates int
	// MaxRetries bounds the retries of one request after a transient error:
	// 429, 5xx, a reset or refused connection (default 4, so five attempts).
	// Negative: no retries.
	MaxRetries int
	// RetryBase is the first backoff (default 250ms); each retry doubles it,
	// with jitter, up to 8s, unless the server sends Retry-After.
	RetryBase time.Duration
	// HTTPClient, if set, carries the requests (its Timeout is left alone;
	// Config.Timeout applies per attempt).
	HTTPClient *http.Client
}

// Client talks to one Weaviate collection. It is safe for concurrent use.
type Client struct {
	cfg  Config
	base *url.URL
	hc   *http.Client
	// listPage is how many objects one listing request asks for
	// (defaultListPage; tests make it small to list in several pages).
	listPage int
}

var classNameRE = regexp.MustCompile(`^[A-Z][_0-9A-Za-z]*$`)

// New checks cfg and returns a client; it does not contact Weaviate (see
// Ready and EnsureCollection).
func New(cfg Config) (*Client, error) {
	if cfg.URL == "" {
		return nil, errors.New("weaviate: no URL")
	}
	u, err := url.Parse(strings.TrimRight(cfg.URL, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("weaviate: URL %q: want http://host:port or https://host:port", cfg.URL)
	}
	if cfg.Collection == "" {
		cfg.Collection = DefaultCollection
	}
	if !classNameRE.MatchString(cfg.Collection) {
		return nil, fmt.Errorf("weaviate: collection %q: want a capital letter, then letters, digits or _", cfg.Collection)
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	if cfg.Replicas < 0 {
		return nil, fmt.Errorf("weaviate: replicas %d: want 1 or more", cfg.Replicas)
	}
	if cfg.Replicas == 0 {
		cfg.Replicas = 1
	}
	if cfg.Shards < 0 {
		return nil, fmt.Errorf("weaviate: shards %d: want 1 or more", cfg.Shards)
	}
	if cfg.Shards == 0 {
		cfg.Shards = 1
	}
	if cfg.Alpha < 0 || cfg.Alpha > 1 {
		return nil, fmt.Errorf("weaviate: alpha %g: want a number from 0 to 1", cfg.Alpha)
	}
	if cfg.Alpha == 0 {
		cfg.Alpha = 0.5
	}
	if cfg.HybridCandidates <= 0 {
		cfg.HybridCandidates = 100
	}
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = 4
	} else if cfg.MaxRetries < 0 {
		cfg.MaxRetries = 0
	}
	if cfg.RetryBase <= 0 {
		cfg.RetryBase = 250 * time.Millisecond
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{}
	}
	return &Client{cfg: cfg, base: u, hc: hc, listPage: defaultListPage}, nil
}

// Collection is the class name the client reads and writes.
func (c *Client) Collection() string { return c.cfg.Collection }

// ErrNoCollection is returned (wrapped) by Search, Count and Stats when the
// collection does not exist yet: nothing has been indexed.
var ErrNoCollection = errors.New("weaviate: the collection does not exist (nothing indexed yet)")

// StatusError is a response Weaviate refused with.
type StatusError struct {
	Method, Path string
	Code         int
	Body         string // the start of the response body
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("weaviate: %s %s: %d %s: %s", e.Method, e.Path, e.Code, http.StatusText(e.Code), e.Body)
}

// Ready asks Weaviate's readiness endpoint once (no retries): nil when
// the node is ready to serve.
func (c *Client) Ready(ctx context.Context) error {
	return c.doOnce(ctx, http.MethodGet, "/v1/.well-known/ready", nil, nil)
}

// do sends a request, retrying transient failures with backoff, and
// decodes a JSON response into out (if not nil).
func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return fmt.Errorf("weaviate: encoding %s %s: %w", method, path, err)
		}
	}
	for attempt := 0; ; attempt++ {
		retryAfter, err := c.attempt(ctx, method, path, body, out)
		if err == nil || !isTransient(err) || attempt >= c.cfg.MaxRetries || ctx.Err() != nil {
			if err != nil && attempt > 0 && isTransient(err) && ctx.Err() == nil {
				return fmt.Errorf("%w (after %d attempts)", err, attempt+1)
			}
			return err
		}
		wait := c.backoff(attempt, retryAfter)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("weaviate: %s %s: %w (last error: %v)", method, path, ctx.Err(), err)
		case <-t.C:
		}
	}
}

func (c *Client) doOnce(ctx context.Context, method, path string, in, out any) error {
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return err
		}
	}
	_, err := c.attempt(ctx, method, path, body, out)
	return err
}

// backoff is RetryBase·2^attempt with ±25 % jitter, capped at 8s; a
// Retry-After from the server (capped at 30s) wins when longer.
func (c *Client) backoff(attempt int, retryAfter time.Duration) time.Duration {
	d := c.cfg.RetryBase << min(attempt, 10)
	d = min(d, 8*time.Second)
	d = time.Duration(float64(d) * (0.75 + 0.5*rand.Float64()))
	if retryAfter > d {
		d = min(retryAfter, 30*time.Second)
	}
	return d
}

// attempt sends one request; it returns the server's Retry-After, if any.
func (c *Client) attempt(ctx context.Context, method, path string, body []byte, out any) (time.Duration, error) {
	actx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(actx, method, c.base.String()+path, rd)
	if err != nil {
		return 0, fmt.Errorf("weaviate: %s %s: %w", method, path, err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	if c.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		if ctx.Err() == nil && actx.Err() != nil {
			// This attempt's own timeout, not the caller's: worth another try.
			return 0, &transientError{fmt.Errorf("weaviate: %s %s: no answer within %s", method, path, c.cfg.Timeout)}
		}
		err = fmt.Errorf("weaviate: %s %s: %w", method, path, err)
		if ctx.Err() == nil && isTransientNet(err) {
			return 0, &transientError{err}
		}
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
		serr := &StatusError{Method: method, Path: path, Code: resp.StatusCode, Body: strings.TrimSpace(string(b))}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			return retryAfterOf(resp), &transientError{serr}
		}
		return 0, serr
	}
	if out == nil {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
		return 0, nil
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		err = fmt.Errorf("weaviate: %s %s: reading the response: %w", method, path, err)
		if ctx.Err() == nil && isTransientNet(err) {
			return 0, &transientError{err}
		}
		return 0, err
	}
	return 0, nil
}

func retryAfterOf(resp *http.Response) time.Duration {
	v := resp.Header.Get("Retry-After")
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		return time.Until(t)
	}
	return 0
}

// transientError marks a failure worth retrying.
type transientError struct{ err error }

func (e *transientError) Error() string { return e.err.Error() }
func (e *transientError) Unwrap() error { return e.err }

func isTransient(err error) bool {
	var t *transientError
	return errors.As(err, &t)
}

// isTransientNet: the connection was refused, reset or cut short, or a
// network operation timed out.
func isTransientNet(err error) bool {
	if errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNABORTED) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// IsUnavailable reports whether err means Weaviate could not be reached or
// kept failing (as opposed to refusing a request): the caller's cue for
// "the story index is unavailable".
func IsUnavailable(err error) bool {
	if isTransient(err) {
		return true
	}
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code == http.StatusTooManyRequests || se.Code >= 500
	}
	return errors.Is(err, context.DeadlineExceeded)
}

// graphql runs a GraphQL query and decodes its data into out. GraphQL
// errors (which Weaviate returns with status 200) become an error.
func (c *Client) graphql(ctx context.Context, query string, out any) error {
	var resp struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := c.do(ctx, http.MethodPost, "/v1/graphql", map[string]string{"query": query}, &resp); err != nil {
		// Weaviate's answer when no collection at all exists yet.
		var se *StatusError
		if errors.As(err, &se) && se.Code == http.StatusUnprocessableEntity && strings.Contains(se.Body, "no graphql provider present") {
			return fmt.Errorf("%w: %v", ErrNoCollection, err)
		}
		return err
	}
	if len(resp.Errors) > 0 {
		msgs := make([]string, 0, len(resp.Errors))
		missing := false
		for _, e := range resp.Errors {
			msgs = append(msgs, e.Message)
			// graphql-go's message for a class the schema lacks.
			missing = missing || strings.Contains(e.Message, `Cannot query field "`+c.cfg.Collection+`"`)
		}
		if missing {
			return fmt.Errorf("%w: %s", ErrNoCollection, strings.Join(msgs, "; "))
		}
		return fmt.Errorf("weaviate: graphql: %s", strings.Join(msgs, "; "))
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(resp.Data, out); err != nil {
		return fmt.Errorf("weaviate: graphql: decoding data: %w", err)
	}
	return nil
}

// gqlString quotes s as a GraphQL string literal (JSON's escapes are
// GraphQL's).
func gqlString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
