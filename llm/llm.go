// Package llm reaches an OpenAI-compatible model server (OpenAI, Ollama's
// /v1, vLLM, llama.cpp's server, LM Studio) through go-openai: an Embedder
// for retrieval and a Generator for the answering core. Every call has a
// deadline and a bounded number of retries, every fault comes back as an
// *Error, and no error, log line or reply ever holds the API key.
package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	openai "github.com/sashabaranov/go-openai"
	"github.com/storybot-dev/storybot/config"
)

// Config says which server and models to use. It is filled from the
// [llm] config section and the environment by the caller.
type Config struct {
	// BaseURL of the server's /v1 API; "" is OpenAI's.
	BaseURL string
	// APIKey is sent as a bearer token; "" sends none (local servers).
	APIKey         string
	ChatModel      string
	EmbeddingModel string
	// Timeout bounds one answer, retries included.
	Timeout time.Duration
	// EmbedTimeout bounds one batch of embeddings, retries included.
	EmbedTimeout time.Duration
	// EmbedBatch is how many texts go in one /v1/embeddings request.
	EmbedBatch int
	// EmbedParallel is how many embedding requests may run at once.
	EmbedParallel int
	// MaxRetries is how many times a call is retried after a 429 or 5xx.
	MaxRetries  int
	Temperature float64
	// MaxTokens bounds the answer's length; 0 leaves it to the server.
	MaxTokens int
	// Stream asks for the answer as server-sent events.
	Stream bool
}

// Defaults for the zero values of Config, with why.
const (
	// DefaultBaseURL is OpenAI's API.
	DefaultBaseURL = "https://api.openai.com/v1"
	// DefaultTimeout and DefaultEmbedTimeout are config's, which says why
	// they are 60 s and 30 s.
	DefaultTimeout      = config.DefaultLLMTimeout
	DefaultEmbedTimeout = config.DefaultEmbedTimeout
	// DefaultEmbedBatch is config's, which says why it is 64.
	DefaultEmbedBatch = config.DefaultEmbedBatch
	// maxBackoff caps the wait between retries when the server gives no
	// Retry-After.
	maxBackoff = 8 * time.Second
	// firstBackoff is the wait before the first retry, doubled each time.
	firstBackoff = 500 * time.Millisecond
)

// Metrics receives one event per model call attempt and the tokens used.
// kind is "chat", "embed" or "verify"; outcome "ok", "retry" (failed, will be
// retried) or "error" (failed for good). Tokens' kind is "prompt" or
// "completion"; it is reported for chat completions.
type Metrics interface {
	ModelCall(kind, outcome string, latency time.Duration)
	Tokens(kind string, n int)
}

// Errors a call can fail with; every *Error matches one with errors.Is.
var (
	ErrTimeout       = errors.New("the model server did not answer in time")
	ErrUnreachable   = errors.New("couldn't reach the model server")
	ErrRateLimited   = errors.New("the model server is rate limiting")
	ErrServer        = errors.New("the model server failed")
	ErrContextLength = errors.New("the prompt is too long for the model's context window")
	ErrRejected      = errors.New("the model server rejected the request")
	ErrBadReply      = errors.New("the model server's reply was malformed")
)

// Error is a failed model call. Its text is safe to log and to show: it
// never holds the API key.
type Error struct {
	// Op is "chat" or "embed".
	Op string
	// Kind is one of the Err values above.
	Kind error
	// Status is the HTTP status, when the server answered.
	Status int
	// Detail is what the server or the transport said, scrubbed.
	Detail string
	// Attempts is how many requests were made.
	Attempts int
	ctxErr   error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Kind.Error())
	if e.Detail != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail)
	}
	if e.Attempts > 1 {
		fmt.Fprintf(&b, " (after %d attempts)", e.Attempts)
	}
	return b.String()
}

// Unwrap lets errors.Is match the Kind and, for deadlines, the context error.
func (e *Error) Unwrap() []error {
	if e.ctxErr != nil {
		return []error{e.Kind, e.ctxErr}
	}
	return []error{e.Kind}
}

// Client holds the connection settings shared by the Embedder and the
// Generator.
type Client struct {
	cfg       Config
	api       *openai.Client
	transport *http.Transport
	host      string
	log       *slog.Logger
	metrics   Metrics
	scrub     *strings.Replacer
	// sleep waits between retries; tests replace it to record the waits.
	sleep func(ctx context.Context, d time.Duration) error

	mu sync.Mutex
	// reasoning holds the chat models sent max_completion_tokens and no
	// temperature, as OpenAI's reasoning models require.
	reasoning map[string]bool
	// noJSONMode holds the verifier models asked for JSON without
	// response_format, which their server refused.
	noJSONMode map[string]bool
}

// New checks cfg, fills its defaults and returns a Client. m may be nil.
func New(cfg Config, m Metrics, log *slog.Logger) (*Client, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	u, err := url.Parse(cfg.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("invalid model server base URL %q: want http(s)://host[:port]/v1", config.RedactURL(cfg.BaseURL))
	}
	if cfg.ChatModel == "" || cfg.EmbeddingModel == "" {
		return nil, errors.New("invalid model config: chat_model and embedding_model must be set")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.EmbedTimeout <= 0 {
		cfg.EmbedTimeout = DefaultEmbedTimeout
	}
	if cfg.EmbedBatch <= 0 {
		cfg.EmbedBatch = DefaultEmbedBatch
	}
	cfg.EmbedParallel = max(cfg.EmbedParallel, 1)
	cfg.MaxRetries = max(cfg.MaxRetries, 0)

	oc := openai.DefaultConfig(cfg.APIKey)
	oc.BaseURL = cfg.BaseURL
	tr := http.DefaultTransport.(*http.Transport).Clone()
	// No client-wide timeout: each call's context carries its deadline,
	// which also cuts a stream that stalls after its headers.
	oc.HTTPClient = &http.Client{Transport: headerTap{tr}}
	c := &Client{cfg: cfg, api: openai.NewClientWithConfig(oc), transport: tr, host: u.Host, log: log, metrics: m, sleep: sleepCtx}
	pairs := []string{}
	// A key shorter than 6 bytes is no secret and would mangle every
	// message if replaced; real keys are 20 to 200 bytes.
	if len(cfg.APIKey) >= 6 {
		pairs = append(pairs, cfg.APIKey, "[redacted]")
	}
	c.scrub = strings.NewReplacer(pairs...)
	return c, nil
}

// Close closes the client's idle connections to the model server. Calls
// made afterwards open new ones.
func (c *Client) Close() { c.transport.CloseIdleConnections() }

// Ping checks that the model server answers, by listing its models (GET
// /v1/models, which OpenAI, Ollama, vLLM, llama.cpp and LM Studio serve),
// once, without retries: it is for health checks.
func (c *Client) Ping(ctx context.Context) error {
	if _, err := c.api.ListModels(ctx); err != nil {
		return c.classify(ctx, "models", err)
	}
	return nil
}

// Host is the model server's host:port, for logs.
func (c *Client) Host() string { return c.host }

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// replyInfo is what the transport saw of the last response of a call:
// go-openai's errors carry the status but not the headers.
type replyInfo struct {
	retryAfter string
	retryMS    string
}

type replyInfoKey struct{}

// headerTap records Retry-After headers into the request's replyInfo.
type headerTap struct{ base http.RoundTripper }

func (t headerTap) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if resp != nil {
		if info, ok := req.Context().Value(replyInfoKey{}).(*replyInfo); ok {
			info.retryAfter = resp.Header.Get("Retry-After")
			info.retryMS = resp.Header.Get("Retry-After-Ms")
		}
	}
	return resp, err
}

// resend wraps a refusal that do has fixed in its request: call sends it
// again at once, once per call, outside the retry budget.
type resend struct{ error }

func (r resend) Unwrap() error { return r.error }

// call runs one request with retries on 429 and 5xx, within ctx's
// deadline. op is the metrics kind, "chat" or "embed".
func (c *Client) call(ctx context.Context, op string, do func(ctx context.Context) error) error {
	resent := 0
	for attempt := 1; ; attempt++ {
		info := &replyInfo{}
		start := time.Now()
		err := do(context.WithValue(ctx, replyInfoKey{}, info))
		took := time.Since(start)
		if err == nil {
			c.record(op, "ok", took)
			return nil
		}
		e := c.classify(ctx, op, err)
		e.Attempts = attempt
		if errors.As(err, new(resend)) && resent == 0 && ctx.Err() == nil {
			resent = 1
			c.record(op, "retry", took)
			continue
		}
		retryable := e.Kind == ErrRateLimited || e.Kind == ErrServer
		if !retryable || attempt-resent > c.cfg.MaxRetries {
			c.record(op, "error", took)
			return e
		}
		wait := retryAfter(info, time.Now())
		if wait == 0 {
			wait = backoff(attempt)
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			c.record(op, "error", took)
			e.Detail += fmt.Sprintf("; no time left to retry in %s", wait.Round(time.Millisecond))
			return e
		}
		c.record(op, "retry", took)
		c.log.Warn("model call failed; retrying", "op", op, "attempt", attempt, "wait", wait, "err", e.Error())
		if err := c.sleep(ctx, wait); err != nil {
			e.Kind, e.ctxErr = ErrTimeout, err
			return e
		}
	}
}

func (c *Client) record(op, outcome string, took time.Duration) {
	if c.metrics != nil {
		c.metrics.ModelCall(op, outcome, took)
	}
}

// backoff is the jittered exponential wait before retry n (1-based):
// between half and all of 0.5 s, 1 s, 2 s, ... capped at 8 s, so clients
// that failed together do not retry together.
func backoff(n int) time.Duration {
	d := min(firstBackoff<<min(n-1, 10), maxBackoff)
	return d/2 + rand.N(d/2+1)
}

// retryAfter reads the server's requested wait: Retry-After-Ms, or
// Retry-After in seconds or as an HTTP date. 0 means none given.
func retryAfter(info *replyInfo, now time.Time) time.Duration {
	if ms, err := strconv.Atoi(strings.TrimSpace(info.retryMS)); err == nil && ms > 0 {
		return time.Duration(ms) * time.Millisecond
	}
	s := strings.TrimSpace(info.retryAfter)
	if s == "" {
		return 0
	}
	if n, err := strconv.Atoi(s); err == nil {
		return time.Duration(max(n, 0)) * time.Second
	}
	if t, err := http.ParseTime(s); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// maxDetail bounds the server text kept in an error: enough to tell a
// wrong model name from a bad key, short enough for a log line.
const maxDetail = 200

// classify turns whatever go-openai or the transport returned into an
// *Error with a scrubbed message.
func (c *Client) classify(ctx context.Context, op string, err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		e.Detail = c.clean(e.Detail)
		return e
	}
	e = &Error{Op: op}
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded):
		e.Kind, e.ctxErr = ErrTimeout, cmpErr(ctx.Err(), context.DeadlineExceeded)
		if errors.Is(e.ctxErr, context.Canceled) {
			e.Detail = "the request was cancelled"
		} else {
			e.Detail = "no complete reply before the deadline"
		}
	case errors.As(err, &apiErr):
		e.Status = apiErr.HTTPStatusCode
		e.Kind = statusKind(apiErr.HTTPStatusCode)
		code, _ := apiErr.Code.(string)
		if code == "context_length_exceeded" || mentionsContextLength(apiErr.Message) {
			e.Kind = ErrContextLength
		}
		e.Detail = fmt.Sprintf("HTTP %d: %s", apiErr.HTTPStatusCode, apiErr.Message)
		if apiErr.HTTPStatusCode == 0 {
			// An error event inside a stream.
			e.Kind, e.Detail = ErrServer, "error in stream: "+apiErr.Message
			if mentionsContextLength(apiErr.Message) {
				e.Kind = ErrContextLength
			}
		}
	case errors.As(err, &reqErr):
		e.Status = reqErr.HTTPStatusCode
		e.Kind = statusKind(reqErr.HTTPStatusCode)
		body := string(reqErr.Body)
		if mentionsContextLength(body) {
			e.Kind = ErrContextLength
		}
		e.Detail = fmt.Sprintf("HTTP %d: %s", reqErr.HTTPStatusCode, strings.TrimSpace(body))
	case errors.Is(err, syscall.ECONNREFUSED):
		e.Kind, e.Detail = ErrUnreachable, "connection refused at "+c.host
	case isNetErr(err):
		e.Kind, e.Detail = ErrUnreachable, err.Error()
	case errors.As(err, &syntaxErr), errors.As(err, &typeErr):
		e.Kind, e.Detail = ErrBadReply, "invalid JSON: "+err.Error()
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		e.Kind, e.Detail = ErrBadReply, "the reply was cut off"
	case errors.Is(err, openai.ErrTooManyEmptyStreamMessages):
		e.Kind, e.Detail = ErrBadReply, "the stream sent no data"
	default:
		e.Kind, e.Detail = ErrBadReply, err.Error()
	}
	e.Detail = c.clean(e.Detail)
	return e
}

// clean scrubs the key from text and bounds its length.
func (c *Client) clean(s string) string {
	s = c.scrub.Replace(strings.Join(strings.Fields(s), " "))
	if len(s) > maxDetail {
		cut := maxDetail
		for cut > 0 && !utf8Start(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func statusKind(status int) error {
	switch {
	case status == http.StatusTooManyRequests:
		return ErrRateLimited
	case status >= 500:
		return ErrServer
	case status >= 400:
		return ErrRejected
	}
	return ErrBadReply
}

func mentionsContextLength(s string) bool {
	s = strings.ToLower(s)
	for _, k := range []string{"context_length_exceeded", "context length", "maximum context", "context window", "too many tokens", "exceeds the available context"} {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

func isNetErr(err error) bool {
	var ne net.Error
	var oe *net.OpError
	var de *net.DNSError
	return errors.As(err, &oe) || errors.As(err, &de) || (errors.As(err, &ne) && !ne.Timeout())
}

// badReply is an error for a reply that parsed but is not what was asked.
func badReply(op, format string, args ...any) *Error {
	return &Error{Op: op, Kind: ErrBadReply, Detail: fmt.Sprintf(format, args...)}
}
