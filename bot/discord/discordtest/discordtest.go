// Package discordtest is a loopback Discord for tests: the REST API over
// httptest and the gateway as a websocket server on 127.0.0.1, speaking
// the real wire format (HELLO, IDENTIFY, READY, dispatches, heartbeats and
// their ACKs), so the real discordgo client can run against it. It records
// every REST request and keeps the messages it was sent.
package discordtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// IDs of the fake's bot.
const (
	BotID = "900000000000000001"
	AppID = "900000000000000002"
)

// Request is one REST request the fake received.
type Request struct {
	Method string
	// Path is the URL path without the /api/v9 prefix, e.g.
	// "/channels/10/messages".
	Path  string
	Query string
	Body  []byte
	// At is when the fake received it.
	At time.Time
	// Status is the HTTP status the fake answered with.
	Status int
}

// String is "METHOD path".
func (r Request) String() string { return r.Method + " " + r.Path }

// Server is a loopback Discord.
type Server struct {
	// URL is the base address, for discord.api_url.
	URL string
	// Token is the bot token the fake accepts (without "Bot ").
	Token string
	// Shards is the shard count GET /gateway/bot recommends; set it before
	// the client connects. 0 means 1.
	Shards int
	// HeartbeatInterval is what HELLO asks for; set it before the client
	// connects. 0 means Discord's usual 41.25 s, so a test sees heartbeats
	// only when it asks for them (the client sends one at once after READY).
	HeartbeatInterval time.Duration
	// CallbackDelay, when set, is how long the fake takes to answer each
	// interaction callback (it may be called concurrently). Set it before
	// the client connects.
	CallbackDelay func() time.Duration

	srv *httptest.Server

	mu        sync.Mutex
	changed   chan struct{} // closed and replaced whenever something is recorded
	requests  []Request
	messages  map[string]map[string]any // by message ID
	identify  []json.RawMessage
	ratelimit map[string][]Limit // "METHOD path" -> 429s still to give
	failures  map[string][]failure
	slow      map[string]time.Duration // "METHOD path" -> how long the fake takes to answer
	global    time.Time                // a global rate limit is on until then
	globalHit int                      // requests that came during a global limit
	tooMany   int                      // 429s given
	nextID    int
	conns     map[int]*websocket.Conn // by shard ID
	wmu       sync.Mutex              // serialises gateway writes
	seq       int
	heartbeat int
	gw        []GatewayEvent
	noAck     map[int]bool          // shard -> heartbeats go unacknowledged on its current connection
	askBeat   map[int]time.Duration // shard -> its next heartbeat is answered with a heartbeat request, this much later
	sessions  map[string]int        // session ID -> shard
	dials     int
	gwDown    GatewayMode     // how the gateway treats new connections
	attempts  int             // gateway connections tried, refused ones included
	answered  map[string]bool // interaction tokens whose callback has been answered
	early     int             // webhook requests before their interaction's callback was answered
}

// GatewayEvent is something that happened on the fake's gateway, in order.
type GatewayEvent struct {
	At    time.Time
	Shard int
	// Kind: "connect", "identify", "resume", "heartbeat", "ack",
	// "no-ack", "heartbeat-request" (a heartbeat answered with op 1), "client-close" (Code is the close code the client sent),
	// "closed" (the connection ended), or what the fake sent: "ready",
	// "resumed", "invalid-session", "reconnect", "drop".
	Kind string
	Code int
	// Session is the session ID of a resume.
	Session string
}

// New starts a fake Discord that accepts token; Close stops it.
func New(token string) *Server {
	s := &Server{
		Token: token, changed: make(chan struct{}), messages: map[string]map[string]any{},
		ratelimit: map[string][]Limit{}, failures: map[string][]failure{}, slow: map[string]time.Duration{}, nextID: 100000, conns: map[int]*websocket.Conn{},
		noAck: map[int]bool{}, askBeat: map[int]time.Duration{}, sessions: map[string]int{}, answered: map[string]bool{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /gateway/", s.gateway)
	mux.Handle("/api/v9/", http.StripPrefix("/api/v9", s.api()))
	s.srv = httptest.NewServer(mux)
	s.URL = s.srv.URL
	return s
}

// Close stops the server and the gateway connection.
func (s *Server) Close() {
	s.mu.Lock()
	for _, c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// RateLimit makes the next n requests "METHOD path" get a 429 with a
// short retry_after, as Discord does.
func (s *Server) RateLimit(method, path string, n int) {
	for range n {
		s.Limit(method, path, Limit{RetryAfter: 10 * time.Millisecond})
	}
}

// Limit is one 429 the fake gives.
type Limit struct {
	// RetryAfter is how long the client must wait.
	RetryAfter time.Duration
	// Global makes it Discord's global rate limit: X-RateLimit-Global:
	// true, X-RateLimit-Scope: global, Retry-After and no
	// X-RateLimit-Reset-After. Until it ends, every request the fake gets
	// (but interaction responses and interaction webhooks, which Discord
	// exempts) is answered with another global 429 and counted as a
	// violation (GlobalViolations).
	Global bool
}

// Limit queues one 429 for the next request "METHOD path"; per-route 429s
// carry Discord's headers (X-RateLimit-Scope: user, Reset-After, Bucket).
func (s *Server) Limit(method, path string, l Limit) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := method + " " + path
	s.ratelimit[k] = append(s.ratelimit[k], l)
}

// GlobalViolations is how many requests came while a global rate limit
// was on (each answered with a 429, as Discord does).
func (s *Server) GlobalViolations() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.globalHit
}

// TooManyRequests is how many 429s the fake has given.
func (s *Server) TooManyRequests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.tooMany
}

type failure struct {
	code int
	body string
}

// Fail makes the next n requests "METHOD path" fail with HTTP code and
// body (a JSON error object, as Discord sends).
func (s *Server) Fail(method, path string, n, code int, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := method + " " + path
	for range n {
		s.failures[k] = append(s.failures[k], failure{code, body})
	}
}

// Slow makes the fake take d to answer every request "METHOD path" (less
// when the client gives up first), as a slow Discord does.
func (s *Server) Slow(method, path string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.slow[method+" "+path] = d
}

// ClearFailures drops the failures still queued for "METHOD path".
func (s *Server) ClearFailures(method, path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.failures, method+" "+path)
}

// exemptFromGlobal: "Interaction endpoints are not bound to the bot's
// Global Rate Limit" (discord.com/developers/docs/topics/rate-limits).
func exemptFromGlobal(path string) bool {
	return strings.HasPrefix(path, "/interactions/") || strings.HasPrefix(path, "/webhooks/")
}

// Requests returns every REST request so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Heartbeats is how many heartbeats the client has sent.
func (s *Server) Heartbeats() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.heartbeat
}

// Identify returns the IDENTIFY payloads received.
func (s *Server) Identify() []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]json.RawMessage(nil), s.identify...)
}

// Wait waits until ok holds for the fake's state (checked on every
// change), or ctx ends.
func (s *Server) Wait(ctx context.Context, ok func(s *Server) bool) error {
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if ok(s) {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("discordtest: condition not met: %w", ctx.Err())
		}
	}
}

// WaitRequest waits for the first request (from index from on) that
// match accepts and returns it with its index.
func (s *Server) WaitRequest(ctx context.Context, from int, match func(Request) bool) (Request, int, error) {
	var got Request
	idx := -1
	err := s.Wait(ctx, func(s *Server) bool {
		for i, r := range s.Requests() {
			if i >= from && match(r) {
				got, idx = r, i
				return true
			}
		}
		return false
	})
	return got, idx, err
}

// notify wakes waiters; s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

func (s *Server) id() string {
	s.nextID++
	return fmt.Sprintf("%d", s.nextID)
}

// AddMessage stores a message (say, a user's) so GET returns it and
// replies can reference it. It returns the message's JSON object.
func (s *Server) AddMessage(m map[string]any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.messages[m["id"].(string)] = m
	s.notify()
}

// Message returns a stored message by ID.
func (s *Server) Message(id string) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return maps.Clone(s.messages[id])
}

func (s *Server) api() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /gateway", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]any{"url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway"})
	})
	mux.HandleFunc("GET /gateway/bot", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		n := max(s.Shards, 1)
		s.mu.Unlock()
		writeJSON(w, 200, map[string]any{
			"url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway", "shards": n,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 16},
		})
	})
	mux.HandleFunc("GET /users/@me", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, botUser())
	})
	commands := func(w http.ResponseWriter, r *http.Request, body []byte) {
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			writeJSON(w, 400, map[string]any{"message": "Invalid Form Body", "code": 50035})
			return
		}
		s.mu.Lock()
		for _, c := range cmds {
			c["id"] = s.id()
			c["application_id"] = r.PathValue("app")
		}
		s.mu.Unlock()
		writeJSON(w, 200, cmds)
	}
	mux.HandleFunc("PUT /applications/{app}/commands", withBody(commands))
	mux.HandleFunc("PUT /applications/{app}/guilds/{guild}/commands", withBody(commands))
	mux.HandleFunc("POST /interactions/{id}/{token}/callback", func(w http.ResponseWriter, r *http.Request) {
		if s.CallbackDelay != nil {
			time.Sleep(s.CallbackDelay())
		}
		s.mu.Lock()
		s.answered[r.PathValue("token")] = true
		s.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("PATCH /webhooks/{app}/{token}/messages/{msg}", withBody(func(w http.ResponseWriter, r *http.Request, body []byte) {
		if s.unknownWebhook(w, r) {
			return
		}
		m := s.store(body, "", "")
		writeJSON(w, 200, m)
	}))
	mux.HandleFunc("POST /webhooks/{app}/{token}", withBody(func(w http.ResponseWriter, r *http.Request, body []byte) {
		if s.unknownWebhook(w, r) {
			return
		}
		m := s.store(body, "", "")
		writeJSON(w, 200, m)
	}))
	mux.HandleFunc("POST /channels/{ch}/messages", withBody(func(w http.ResponseWriter, r *http.Request, body []byte) {
		writeJSON(w, 200, s.store(body, r.PathValue("ch"), ""))
	}))
	mux.HandleFunc("PATCH /channels/{ch}/messages/{msg}", withBody(func(w http.ResponseWriter, r *http.Request, body []byte) {
		writeJSON(w, 200, s.store(body, r.PathValue("ch"), r.PathValue("msg")))
	}))
	mux.HandleFunc("GET /channels/{ch}/messages/{msg}", func(w http.ResponseWriter, r *http.Request) {
		if m := s.Message(r.PathValue("msg")); m != nil {
			writeJSON(w, 200, m)
			return
		}
		writeJSON(w, 404, map[string]any{"message": "Unknown Message", "code": 10008})
	})
	mux.HandleFunc("POST /channels/{ch}/typing", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		key := r.Method + " " + r.URL.Path
		now := time.Now()
		s.mu.Lock()
		idx := len(s.requests)
		s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Body: body, At: now})
		var lim *Limit
		var fail *failure
		globalLeft := time.Duration(0)
		if now.Before(s.global) && !exemptFromGlobal(r.URL.Path) {
			globalLeft = s.global.Sub(now)
			s.globalHit++
		} else if q := s.ratelimit[key]; len(q) > 0 {
			lim = &q[0]
			s.ratelimit[key] = q[1:]
			if lim.Global {
				s.global = now.Add(lim.RetryAfter)
			}
		} else if q := s.failures[key]; len(q) > 0 {
			fail = &q[0]
			s.failures[key] = q[1:]
		}
		if globalLeft > 0 || lim != nil {
			s.tooMany++
		}
		slow := s.slow[key]
		s.mu.Unlock()
		if slow > 0 {
			select {
			case <-time.After(slow):
			case <-r.Context().Done():
			}
		}
		rec := &statusRecorder{ResponseWriter: w}
		defer func() {
			s.mu.Lock()
			s.requests[idx].Status = rec.code
			s.notify()
			s.mu.Unlock()
		}()
		w = rec
		if r.Header.Get("Authorization") != "Bot "+s.Token {
			writeJSON(w, 401, map[string]any{"message": "401: Unauthorized", "code": 0})
			return
		}
		switch {
		case globalLeft > 0:
			globalLimit(w, globalLeft)
			return
		case lim != nil && lim.Global:
			globalLimit(w, lim.RetryAfter)
			return
		case lim != nil:
			secs := strconv.FormatFloat(lim.RetryAfter.Seconds(), 'f', 3, 64)
			h := w.Header()
			h.Set("Retry-After", strconv.Itoa(int(math.Ceil(lim.RetryAfter.Seconds()))))
			h.Set("X-RateLimit-Limit", "5")
			h.Set("X-RateLimit-Remaining", "0")
			h.Set("X-RateLimit-Reset", strconv.FormatFloat(float64(now.Add(lim.RetryAfter).UnixMilli())/1000, 'f', 3, 64))
			h.Set("X-RateLimit-Reset-After", secs)
			h.Set("X-RateLimit-Bucket", "fake-"+strings.ReplaceAll(strings.Trim(r.URL.Path, "/"), "/", "-"))
			h.Set("X-RateLimit-Scope", "user")
			writeJSON(w, 429, map[string]any{"message": "You are being rate limited.", "retry_after": lim.RetryAfter.Seconds(), "global": false})
			return
		case fail != nil:
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(fail.code)
			io.WriteString(w, fail.body)
			return
		}
		mux.ServeHTTP(w, r)
	})
}

// unknownWebhook answers a webhook request for an interaction whose
// callback has not been answered yet as Discord does: 404 Unknown Webhook.
func (s *Server) unknownWebhook(w http.ResponseWriter, r *http.Request) bool {
	s.mu.Lock()
	ok := s.answered[r.PathValue("token")]
	if !ok {
		s.early++
	}
	s.mu.Unlock()
	if !ok {
		writeJSON(w, 404, map[string]any{"message": "Unknown Webhook", "code": 10015})
	}
	return !ok
}

// EarlyWebhooks is how many edits and follow-ups of an interaction came
// before its callback was answered (each got 404 Unknown Webhook).
func (s *Server) EarlyWebhooks() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.early
}

// globalLimit writes Discord's global 429: X-RateLimit-Global and
// X-RateLimit-Scope, Retry-After in whole seconds, the exact time in the
// body, and no X-RateLimit-Reset-After.
func globalLimit(w http.ResponseWriter, left time.Duration) {
	w.Header().Set("Retry-After", strconv.Itoa(int(math.Ceil(left.Seconds()))))
	w.Header().Set("X-RateLimit-Global", "true")
	w.Header().Set("X-RateLimit-Scope", "global")
	writeJSON(w, 429, map[string]any{"message": "You are being rate limited.", "retry_after": left.Seconds(), "global": true})
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.code == 0 {
		r.code = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

func withBody(f func(http.ResponseWriter, *http.Request, []byte)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		f(w, r, body)
	}
}

func botUser() map[string]any {
	return map[string]any{"id": BotID, "username": "storybot", "discriminator": "0", "bot": true}
}

// store keeps a message the bot sent or edited, as Discord would return it.
func (s *Server) store(body []byte, channel, id string) map[string]any {
	var in map[string]any
	_ = json.Unmarshal(body, &in)
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.messages[id]
	if m == nil {
		if id == "" {
			id = s.id()
		}
		m = map[string]any{"id": id, "channel_id": channel, "author": botUser(), "type": 0,
			"timestamp": time.Now().UTC().Format(time.RFC3339)}
		s.messages[id] = m
	}
	for _, k := range []string{"content", "embeds", "flags"} {
		if v, ok := in[k]; ok {
			m[k] = v
		}
	}
	if ref, ok := in["message_reference"].(map[string]any); ok {
		m["message_reference"] = ref
		m["type"] = 19
		if rid, _ := ref["message_id"].(string); rid != "" {
			if rm := s.messages[rid]; rm != nil {
				m["referenced_message"] = rm
			}
		}
	}
	s.notify()
	return m
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

var upgrader = websocket.Upgrader{}

// heartbeatInterval is Discord's usual HELLO interval.
const heartbeatInterval = 41250 * time.Millisecond

// event records a gateway event; s.mu must be held.
func (s *Server) event(shard int, kind string, code int, session string) {
	s.gw = append(s.gw, GatewayEvent{At: time.Now(), Shard: shard, Kind: kind, Code: code, Session: session})
	s.notify()
}

// Gateway returns the gateway events so far, in order.
func (s *Server) Gateway() []GatewayEvent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]GatewayEvent(nil), s.gw...)
}

// CountGateway counts the gateway events of kind on shard.
func (s *Server) CountGateway(shard int, kind string) int {
	n := 0
	for _, e := range s.Gateway() {
		if e.Shard == shard && e.Kind == kind {
			n++
		}
	}
	return n
}

// GatewayMode is how the gateway treats new connections.
type GatewayMode int

const (
	GatewayUp     GatewayMode = iota // as Discord does
	GatewayRefuse                    // 503 before the websocket upgrade: an outage
	GatewaySilent                    // upgraded, then nothing: not even HELLO
)

// SetGateway sets how the gateway treats new connections (GatewayUp,
// GatewayRefuse or GatewaySilent); connections already open go on.
func (s *Server) SetGateway(mode GatewayMode) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gwDown = mode
	s.notify()
}

// GatewayAttempts is how many gateway connections clients have tried,
// refused ones included.
func (s *Server) GatewayAttempts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.attempts
}

func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.attempts++
	mode := s.gwDown
	s.notify()
	s.mu.Unlock()
	if mode == GatewayRefuse {
		http.Error(w, "gateway unavailable", http.StatusServiceUnavailable)
		return
	}
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	if mode == GatewaySilent {
		for {
			if _, _, err := c.ReadMessage(); err != nil {
				return
			}
		}
	}
	s.mu.Lock()
	s.dials++
	interval := s.HeartbeatInterval
	s.mu.Unlock()
	if interval <= 0 {
		interval = heartbeatInterval
	}
	if err := s.write(c, map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": interval.Milliseconds()}}); err != nil {
		return
	}
	shard := -1
	// The client's close frame is recorded when it arrives, before the
	// fake answers it (as Discord does) and ends the connection.
	c.SetCloseHandler(func(code int, _ string) error {
		s.mu.Lock()
		s.event(max(shard, 0), "client-close", code, "")
		s.mu.Unlock()
		s.wmu.Lock()
		defer s.wmu.Unlock()
		return c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, ""), time.Now().Add(time.Second))
	})
	defer func() {
		s.mu.Lock()
		if shard >= 0 && s.conns[shard] == c {
			delete(s.conns, shard)
		}
		s.event(max(shard, 0), "closed", 0, "")
		s.mu.Unlock()
	}()
	for {
		_, raw, err := c.ReadMessage()
		if err != nil {
			return
		}
		var op struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(raw, &op) != nil {
			c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4002, "Decode error"))
			return
		}
		switch op.Op {
		case 1:
			s.mu.Lock()
			s.heartbeat++
			askAfter, ask := s.askBeat[shard]
			delete(s.askBeat, shard)
			ack := !ask && (shard < 0 || !s.noAck[shard])
			kind := "heartbeat"
			switch {
			case ask:
				kind = "heartbeat-request"
			case !ack:
				kind = "no-ack"
			}
			s.event(max(shard, 0), kind, 0, "")
			s.mu.Unlock()
			switch {
			case ask:
				// "Send a heartbeat now", instead of the ACK.
				time.AfterFunc(askAfter, func() { _ = s.write(c, map[string]any{"op": 1}) })
			case ack:
				if err := s.write(c, map[string]any{"op": 11}); err != nil {
					return
				}
			}
		case 2:
			var id struct {
				Token string `json:"token"`
				Shard []int  `json:"shard"`
			}
			_ = json.Unmarshal(op.D, &id)
			s.mu.Lock()
			s.identify = append(s.identify, json.RawMessage(raw))
			n := 0
			if len(id.Shard) == 2 {
				n = id.Shard[0]
			}
			s.event(n, "identify", 0, "")
			s.mu.Unlock()
			if id.Token != "Bot "+s.Token {
				c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
				return
			}
			shard = n
			if err := s.ready(c, shard, id.Shard); err != nil {
				return
			}
		case 6:
			var res struct {
				Token     string `json:"token"`
				SessionID string `json:"session_id"`
				Seq       int    `json:"seq"`
			}
			_ = json.Unmarshal(op.D, &res)
			s.mu.Lock()
			n, known := s.sessions[res.SessionID]
			s.event(n, "resume", 0, res.SessionID)
			s.mu.Unlock()
			if res.Token != "Bot "+s.Token {
				c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
				return
			}
			if !known {
				s.mu.Lock()
				s.event(n, "invalid-session", 0, "")
				s.mu.Unlock()
				if err := s.write(c, map[string]any{"op": 9, "d": false}); err != nil {
					return
				}
				continue
			}
			shard = n
			s.mu.Lock()
			s.conns[shard] = c
			s.noAck[shard] = false
			s.seq++
			seq := s.seq
			s.event(shard, "resumed", 0, res.SessionID)
			s.mu.Unlock()
			if err := s.write(c, map[string]any{"op": 0, "t": "RESUMED", "s": seq, "d": map[string]any{}}); err != nil {
				return
			}
		}
	}
}

// ready sends READY for a new session on shard.
func (s *Server) ready(c *websocket.Conn, shard int, shardField []int) error {
	session := fmt.Sprintf("fake-session-%d", shard)
	ready := map[string]any{
		"v": 9, "session_id": session, "user": botUser(), "guilds": []any{},
		"application":        map[string]any{"id": AppID, "flags": 0},
		"resume_gateway_url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway",
	}
	if len(shardField) == 2 {
		ready["shard"] = shardField
	}
	s.mu.Lock()
	s.conns[shard] = c
	s.noAck[shard] = false
	s.sessions[session] = shard
	s.seq++
	seq := s.seq
	s.event(shard, "ready", 0, "")
	s.mu.Unlock()
	return s.write(c, map[string]any{"op": 0, "t": "READY", "s": seq, "d": ready})
}

// conn returns the shard's current connection.
func (s *Server) conn(shard int) (*websocket.Conn, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.conns[shard]
	if c == nil {
		return nil, fmt.Errorf("discordtest: no client connected on shard %d", shard)
	}
	return c, nil
}

// StopAcks makes the fake stop (or, with false, resume) acknowledging the
// heartbeats of shard's current connection: a zombie connection. A new
// connection gets its ACKs again.
func (s *Server) StopAcks(shard int, stop bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.noAck[shard] = stop
}

// AskHeartbeat makes the fake answer shard's next heartbeat, after
// delay, with a heartbeat request (op 1) instead of its ACK, as Discord
// may: the heartbeat the client sends in reply is acknowledged, the first
// never.
func (s *Server) AskHeartbeat(shard int, delay time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.askBeat[shard] = delay
}

// InvalidSession sends INVALID_SESSION (op 9) to shard, resumable or not.
func (s *Server) InvalidSession(shard int, resumable bool) error {
	c, err := s.conn(shard)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.event(shard, "invalid-session", 0, "")
	s.mu.Unlock()
	return s.write(c, map[string]any{"op": 9, "d": resumable})
}

// Reconnect sends RECONNECT (op 7) to shard.
func (s *Server) Reconnect(shard int) error {
	c, err := s.conn(shard)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.event(shard, "reconnect", 0, "")
	s.mu.Unlock()
	return s.write(c, map[string]any{"op": 7, "d": nil})
}

// Drop closes shard's connection without a close frame, as a network
// failure does.
func (s *Server) Drop(shard int) error {
	c, err := s.conn(shard)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.event(shard, "drop", 0, "")
	s.noAck[shard] = false
	s.mu.Unlock()
	return c.NetConn().Close()
}

// Dials is how many gateway connections clients have opened.
func (s *Server) Dials() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dials
}

func (s *Server) write(c *websocket.Conn, v any) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	return c.WriteJSON(v)
}

// Dispatch sends an event (op 0) to the client of shard 0 (the only one
// when the bot is not sharded).
func (s *Server) Dispatch(event string, data any) error {
	return s.DispatchTo(0, event, data)
}

// DispatchTo sends an event (op 0) to the client of one shard.
func (s *Server) DispatchTo(shard int, event string, data any) error {
	s.mu.Lock()
	c := s.conns[shard]
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	if c == nil {
		return fmt.Errorf("discordtest: no client connected on shard %d", shard)
	}
	return s.write(c, map[string]any{"op": 0, "t": event, "s": seq, "d": data})
}

// Connected waits until a client has identified and got READY (on every
// shard GET /gateway/bot recommends).
func (s *Server) Connected(ctx context.Context) error {
	return s.Wait(ctx, func(s *Server) bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		return len(s.conns) >= max(s.Shards, 1)
	})
}

// ReplyTo returns the stored message that replies to message id, or nil.
func (s *Server) ReplyTo(id string) map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, m := range s.messages {
		if ref, ok := m["message_reference"].(map[string]any); ok && ref["message_id"] == id {
			return maps.Clone(m)
		}
	}
	return nil
}
