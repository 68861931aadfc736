// Package llmtest is a loopback fake of an OpenAI-compatible model server
// for tests: /v1/embeddings and /v1/chat/completions (plain JSON and SSE
// streaming) in the real wire format, scriptable to fail in each of the
// ways a real server does, and to refuse what OpenAI's reasoning models
// refuse. Embeddings are a pure function of the text.
package llmtest

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"
	"github.com/storybot-dev/storybot/retrieval"
)

// Fault is one way a reply can go wrong.
type Fault int

// The faults. OK is a correct reply.
const (
	OK Fault = iota
	// RateLimited is a 429 with Retry-After: 7.
	RateLimited
	// ServerError is a 500 with an OpenAI-style error body.
	ServerError
	// BadGateway is a 502 with an HTML body, as a proxy sends.
	BadGateway
	// InvalidJSON is a 200 whose body is not JSON.
	InvalidJSON
	// EmptyChoices is a 200 chat reply with "choices": [].
	EmptyChoices
	// WrongShape is a 200 whose JSON has the wrong types
	// ("choices" or "data" is a string).
	WrongShape
	// ContextLength is OpenAI's 400 context_length_exceeded.
	ContextLength
	// StreamCut sends part of a streamed reply, then ends the body with
	// no finish reason and no [DONE].
	StreamCut
	// StreamAbort sends part of a streamed reply, then drops the
	// connection in the middle of the chunked body.
	StreamAbort
	// Slow sends nothing until the client gives up.
	Slow
	// EchoKey is a 401 whose message repeats the Authorization header, as
	// some proxies do.
	EchoKey
	// TooFewVectors is an embeddings reply with one vector missing.
	TooFewVectors
	// DuplicateIndex is an embeddings reply whose last vector carries the
	// first one's index, so one text has two vectors and another none
	// (for two texts or more).
	DuplicateIndex
	// IndexOutOfRange is an embeddings reply whose last vector's index is
	// the number of texts.
	IndexOutOfRange
	// RefuseMaxTokens is the 400 unsupported_parameter OpenAI sends a
	// reasoning model's request that has max_tokens, whatever the request.
	RefuseMaxTokens
)

var faultNames = [...]string{"ok", "rate-limited", "server-error", "bad-gateway", "invalid-json", "empty-choices",
	"wrong-shape", "context-length", "stream-cut", "stream-abort", "slow", "echo-key", "too-few-vectors",
	"duplicate-index", "index-out-of-range", "refuse-max-tokens"}

func (f Fault) String() string {
	if int(f) < len(faultNames) {
		return faultNames[f]
	}
	return fmt.Sprintf("fault-%d", int(f))
}

// Server is the fake. Its fields are read under its lock; set them with
// the methods.
type Server struct {
	*httptest.Server
	// Dim is the embedding size.
	Dim int

	mu         sync.Mutex
	reply      func(req openai.ChatCompletionRequest) string
	chatFaults []Fault
	embFaults  []Fault
	chatAlways Fault
	embAlways  Fault
	embedCalls int
	embedTexts int
	chatCalls  int
	auth       []string
	chatReqs   []openai.ChatCompletionRequest
	hash       *retrieval.HashEmbedder
	reasoning  map[string]bool
	shuffle    bool
	delay      time.Duration // between streamed chunks
	replyDelay time.Duration // before a plain (not streamed) chat reply
	noJSONMode bool
}

// New starts a fake that answers every chat with reply.
func New(reply string) *Server {
	s := &Server{Dim: 64, reply: func(openai.ChatCompletionRequest) string { return reply }}
	s.hash = retrieval.NewHashEmbedder(s.Dim)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/embeddings", s.embeddings)
	mux.HandleFunc("POST /v1/chat/completions", s.chat)
	mux.HandleFunc("GET /v1/models", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]any{"object": "list", "data": []any{
			map[string]any{"id": "fake-chat", "object": "model", "owned_by": "llmtest"},
		}})
	})
	s.Server = httptest.NewServer(mux)
	return s
}

// BaseURL is the URL to give the client: http://127.0.0.1:PORT/v1.
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// SetReply makes every chat answer with what f returns for the request.
func (s *Server) SetReply(f func(req openai.ChatCompletionRequest) string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reply = f
}

// SetStreamDelay makes streamed replies slow: d between chunks of 12
// bytes, as a model writing token by token.
func (s *Server) SetStreamDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.delay = d
}

// SetReplyDelay makes plain (not streamed) chat replies slow: d before
// the reply is written, as a model thinking; a client that gives up first
// gets nothing.
func (s *Server) SetReplyDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.replyDelay = d
}

// RefuseJSONMode makes the fake refuse chat requests that carry a
// response_format, with the 400 OpenAI sends a model without JSON mode.
// A refusal takes no queued fault.
func (s *Server) RefuseJSONMode(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.noJSONMode = on
}

// ChatFaults queues faults for the next chat requests, one each.
func (s *Server) ChatFaults(f ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.chatFaults = append(s.chatFaults, f...)
}

// EmbedFaults queues faults for the next embedding requests, one each.
func (s *Server) EmbedFaults(f ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.embFaults = append(s.embFaults, f...)
}

// AlwaysFail makes every request of both endpoints fail with f once the
// queues are empty; OK restores correct replies.
func (s *Server) AlwaysFail(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.chatAlways, s.embAlways = f, f
}

// ReasoningModels makes the fake refuse chat requests for these model
// names as OpenAI refuses them for its reasoning models (o1, o3, o4-mini,
// gpt-5): a 400 unsupported_parameter when the request has max_tokens,
// else a 400 unsupported_value when it has a temperature other than 1.
// A refusal takes no queued fault. Requests with max_completion_tokens and
// no temperature are answered.
func (s *Server) ReasoningModels(names ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reasoning == nil {
		s.reasoning = map[string]bool{}
	}
	for _, n := range names {
		s.reasoning[n] = true
	}
}

// ShuffleEmbeddings makes embedding replies list their vectors out of
// order, each with its correct index, as the API allows: a client must
// place them by index. Replies of two vectors or more are never in order.
func (s *Server) ShuffleEmbeddings(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.shuffle = on
}

// Counts returns how many embedding requests, embedded texts and chat
// requests the server has seen.
func (s *Server) Counts() (embedCalls, embedTexts, chatCalls int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.embedCalls, s.embedTexts, s.chatCalls
}

// ChatRequests returns the chat requests received, in order.
func (s *Server) ChatRequests() []openai.ChatCompletionRequest {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]openai.ChatCompletionRequest(nil), s.chatReqs...)
}

// Authorizations returns the Authorization headers received.
func (s *Server) Authorizations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.auth...)
}

// Vector is the embedding the fake gives text.
func (s *Server) Vector(text string) []float32 { return s.hash.Vector(text) }

func next(q *[]Fault, always Fault) Fault {
	if len(*q) == 0 {
		return always
	}
	f := (*q)[0]
	*q = (*q)[1:]
	return f
}

func (s *Server) embeddings(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Input []string `json:"input"`
		Model string   `json:"model"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Model == "" {
		apiError(w, http.StatusBadRequest, "invalid_request_error", nil, nil, "bad embeddings request")
		return
	}
	s.mu.Lock()
	s.embedCalls++
	s.auth = append(s.auth, r.Header.Get("Authorization"))
	f := next(&s.embFaults, s.embAlways)
	if f == OK || f == TooFewVectors {
		s.embedTexts += len(req.Input)
	}
	shuffle := s.shuffle
	s.mu.Unlock()
	if s.fail(w, r, f) {
		return
	}
	type datum struct {
		Object    string    `json:"object"`
		Index     int       `json:"index"`
		Embedding []float32 `json:"embedding"`
	}
	data := make([]datum, len(req.Input))
	for i, t := range req.Input {
		data[i] = datum{Object: "embedding", Index: i, Embedding: s.hash.Vector(t)}
	}
	switch {
	case f == TooFewVectors && len(data) > 0:
		data = data[:len(data)-1]
	case f == DuplicateIndex && len(data) > 1:
		data[len(data)-1].Index = data[0].Index
	case f == IndexOutOfRange && len(data) > 0:
		data[len(data)-1].Index = len(data)
	}
	if shuffle && len(data) > 1 {
		rand.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		if slices.IsSortedFunc(data, func(a, b datum) int { return a.Index - b.Index }) {
			slices.Reverse(data)
		}
	}
	writeJSON(w, map[string]any{
		"object": "list", "data": data, "model": req.Model,
		"usage": map[string]int{"prompt_tokens": 10 * len(req.Input), "total_tokens": 10 * len(req.Input)},
	})
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request) {
	var req openai.ChatCompletionRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Model == "" || len(req.Messages) == 0 {
		apiError(w, http.StatusBadRequest, "invalid_request_error", nil, nil, "bad chat request")
		return
	}
	s.mu.Lock()
	s.chatCalls++
	s.auth = append(s.auth, r.Header.Get("Authorization"))
	s.chatReqs = append(s.chatReqs, req)
	if s.reasoning[req.Model] && refuseReasoning(w, req) {
		s.mu.Unlock()
		return
	}
	if s.noJSONMode && req.ResponseFormat != nil {
		s.mu.Unlock()
		apiError(w, http.StatusBadRequest, "invalid_request_error", "response_format", nil,
			"Invalid parameter: 'response_format' of type 'json_object' is not supported with this model.")
		return
	}
	f := next(&s.chatFaults, s.chatAlways)
	reply := s.reply(req)
	replyDelay := s.replyDelay
	s.mu.Unlock()
	if req.Stream && (f == InvalidJSON || f == WrongShape || f == EmptyChoices) {
		s.badStream(w, req.Model, f)
		return
	}
	if s.fail(w, r, f) {
		return
	}
	if f == EmptyChoices {
		writeJSON(w, map[string]any{"id": "x", "object": "chat.completion", "model": req.Model, "choices": []any{}})
		return
	}
	usage := map[string]int{"prompt_tokens": 100, "completion_tokens": utf8.RuneCountInString(reply) / 4, "total_tokens": 100 + utf8.RuneCountInString(reply)/4}
	if !req.Stream {
		if replyDelay > 0 {
			select {
			case <-time.After(replyDelay):
			case <-r.Context().Done():
				return
			}
		}
		writeJSON(w, map[string]any{
			"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "message": map[string]string{"role": "assistant", "content": reply}, "finish_reason": "stop"}},
			"usage":   usage,
		})
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	fl, _ := w.(http.Flusher)
	event := func(v any) {
		b, _ := json.Marshal(v)
		fmt.Fprintf(w, "data: %s\n\n", b)
		if fl != nil {
			fl.Flush()
		}
	}
	chunk := func(delta map[string]string, finish any) map[string]any {
		return map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}}}
	}
	event(chunk(map[string]string{"role": "assistant", "content": ""}, nil))
	parts := split(reply, 12)
	s.mu.Lock()
	delay := s.delay
	s.mu.Unlock()
	for i, p := range parts {
		if delay > 0 && i > 0 {
			select {
			case <-time.After(delay):
			case <-r.Context().Done():
				return
			}
		}
		if (f == StreamCut || f == StreamAbort) && i >= len(parts)/2 {
			if f == StreamAbort {
				abort(w)
			}
			return
		}
		event(chunk(map[string]string{"content": p}, nil))
	}
	event(chunk(map[string]string{}, "stop"))
	if req.StreamOptions != nil && req.StreamOptions.IncludeUsage {
		event(map[string]any{"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": req.Model, "choices": []any{}, "usage": usage})
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
}

// refuseReasoning writes the 400 OpenAI sends for a reasoning model's
// request with max_tokens or a temperature other than 1, with OpenAI's
// fields and values, and reports whether it did. Seen from OpenAI:
//
//	{"error": {"message": "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
//	 "type": "invalid_request_error", "param": "max_tokens", "code": "unsupported_parameter"}}
//	{"error": {"message": "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
//	 "type": "invalid_request_error", "param": "temperature", "code": "unsupported_value"}}
func refuseReasoning(w http.ResponseWriter, req openai.ChatCompletionRequest) bool {
	switch {
	case req.MaxTokens > 0: //lint:ignore SA1019 the field under test
		refuseMaxTokens(w)
	case req.Temperature != 0 && req.Temperature != 1:
		apiError(w, http.StatusBadRequest, "invalid_request_error", "temperature", "unsupported_value",
			"Unsupported value: 'temperature' does not support "+strconv.FormatFloat(float64(req.Temperature), 'g', -1, 32)+
				" with this model. Only the default (1) value is supported.")
	default:
		return false
	}
	return true
}

func refuseMaxTokens(w http.ResponseWriter) {
	apiError(w, http.StatusBadRequest, "invalid_request_error", "max_tokens", "unsupported_parameter",
		"Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.")
}

// badStream is a streamed reply gone wrong: an event that is not JSON, an
// event of the wrong shape, or events with no choices at all.
func (s *Server) badStream(w http.ResponseWriter, model string, f Fault) {
	w.Header().Set("Content-Type", "text/event-stream")
	fmt.Fprintf(w, "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"model\":%q,\"choices\":[{\"index\":0,\"delta\":{\"content\":\"The toll\"}}]}\n\n", model)
	switch f {
	case InvalidJSON:
		fmt.Fprint(w, "data: {\"choices\": [{\"delta\": {\"content\": \"rose\n\n")
	case WrongShape:
		fmt.Fprint(w, "data: {\"choices\": \"rose to 31\"}\n\n")
	case EmptyChoices:
		fmt.Fprint(w, "data: {\"id\":\"c\",\"choices\":[]}\n\n")
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
}

// fail writes the faults common to both endpoints and reports whether it
// did.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, f Fault) bool {
	switch f {
	case RateLimited:
		w.Header().Set("Retry-After", "7")
		apiError(w, http.StatusTooManyRequests, "rate_limit_error", nil, "rate_limit_exceeded", "Rate limit reached; try again in 7s.")
	case ServerError:
		apiError(w, http.StatusInternalServerError, "server_error", nil, nil, "The server had an error while processing your request.")
	case BadGateway:
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprint(w, "<html><body><h1>502 Bad Gateway</h1></body></html>")
	case InvalidJSON:
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"id": "chatcmpl-1", "choices": [{"message": {"content": "The toll`)
	case WrongShape:
		writeJSON(w, map[string]any{"object": "list", "data": "not a list", "choices": "not a list"})
	case ContextLength:
		apiError(w, http.StatusBadRequest, "invalid_request_error", nil, "context_length_exceeded",
			"This model's maximum context length is 8192 tokens. However, your messages resulted in 9001 tokens.")
	case RefuseMaxTokens:
		refuseMaxTokens(w)
	case EchoKey:
		apiError(w, http.StatusUnauthorized, "invalid_request_error", nil, "invalid_api_key",
			"Incorrect API key provided: "+strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")+".")
	case Slow:
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
	default:
		return false
	}
	return true
}

// apiError writes an OpenAI error body; a nil param or code is null.
func apiError(w http.ResponseWriter, status int, typ string, param, code any, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": param, "code": code}})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// abort drops the connection without ending the chunked body.
func abort(w http.ResponseWriter) {
	if fl, ok := w.(http.Flusher); ok {
		fl.Flush()
	}
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	conn, _, err := hj.Hijack()
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	conn.Close()
}

// split cuts s into pieces of about n bytes on rune boundaries, as a
// model streams tokens.
func split(s string, n int) []string {
	var out []string
	for len(s) > 0 {
		i := min(n, len(s))
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return out
}

// RefusedURL is a base URL on which nothing listens: connecting to it is
// refused.
func RefusedURL() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr + "/v1", nil
}
