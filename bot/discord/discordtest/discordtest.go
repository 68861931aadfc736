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
	"net/http"
	"net/http/httptest"
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

	srv *httptest.Server

	mu        sync.Mutex
	changed   chan struct{} // closed and replaced whenever something is recorded
	requests  []Request
	messages  map[string]map[string]any // by message ID
	identify  []json.RawMessage
	ratelimit map[string]int // "METHOD path" -> 429s still to give
	nextID    int
	conns     map[int]*websocket.Conn // by shard ID
	wmu       sync.Mutex              // serialises gateway writes
	seq       int
	heartbeat int
}

// New starts a fake Discord that accepts token; Close stops it.
func New(token string) *Server {
	s := &Server{
		Token: token, changed: make(chan struct{}), messages: map[string]map[string]any{},
		ratelimit: map[string]int{}, nextID: 100000, conns: map[int]*websocket.Conn{},
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
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ratelimit[method+" "+path] = n
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
	return s.messages[id]
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
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("PATCH /webhooks/{app}/{token}/messages/{msg}", withBody(func(w http.ResponseWriter, r *http.Request, body []byte) {
		m := s.store(body, "", "")
		writeJSON(w, 200, m)
	}))
	mux.HandleFunc("POST /webhooks/{app}/{token}", withBody(func(w http.ResponseWriter, r *http.Request, body []byte) {
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
		s.mu.Lock()
		s.requests = append(s.requests, Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Body: body})
		limited := s.ratelimit[key] > 0
		if limited {
			s.ratelimit[key]--
		}
		s.notify()
		s.mu.Unlock()
		if r.Header.Get("Authorization") != "Bot "+s.Token {
			writeJSON(w, 401, map[string]any{"message": "401: Unauthorized", "code": 0})
			return
		}
		if limited {
			w.Header().Set("Retry-After", "0")
			w.Header().Set("X-RateLimit-Scope", "user")
			writeJSON(w, 429, map[string]any{"message": "You are being rate limited.", "retry_after": 0.01, "global": false})
			return
		}
		mux.ServeHTTP(w, r)
	})
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

// heartbeatInterval is what HELLO asks for, in milliseconds; long, so a
// test sees heartbeats only when it asks for them (the client sends one
// at once after READY).
const heartbeatInterval = 41250

func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	if err := s.write(c, map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": heartbeatInterval}}); err != nil {
		return
	}
	var id struct {
		Op int `json:"op"`
		D  struct {
			Token string `json:"token"`
			Shard []int  `json:"shard"`
		} `json:"d"`
	}
	_, raw, err := c.ReadMessage()
	if err != nil || json.Unmarshal(raw, &id) != nil || id.Op != 2 {
		c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4002, "Decode error"))
		return
	}
	s.mu.Lock()
	s.identify = append(s.identify, json.RawMessage(raw))
	s.notify()
	s.mu.Unlock()
	if id.D.Token != "Bot "+s.Token {
		c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
		return
	}
	shard := 0
	if len(id.D.Shard) == 2 {
		shard = id.D.Shard[0]
	}
	ready := map[string]any{
		"v": 9, "session_id": fmt.Sprintf("fake-session-%d", shard), "user": botUser(), "guilds": []any{},
		"application":        map[string]any{"id": AppID, "flags": 0},
		"resume_gateway_url": "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway",
	}
	if len(id.D.Shard) == 2 {
		ready["shard"] = id.D.Shard
	}
	s.mu.Lock()
	s.conns[shard] = c
	s.seq++
	seq := s.seq
	s.notify()
	s.mu.Unlock()
	if err := s.write(c, map[string]any{"op": 0, "t": "READY", "s": seq, "d": ready}); err != nil {
		return
	}
	for {
		_, raw, err := c.ReadMessage()
		if err != nil {
			return
		}
		var op struct {
			Op int `json:"op"`
		}
		if json.Unmarshal(raw, &op) != nil {
			continue
		}
		if op.Op == 1 {
			s.mu.Lock()
			s.heartbeat++
			s.notify()
			s.mu.Unlock()
			if err := s.write(c, map[string]any{"op": 11}); err != nil {
				return
			}
		}
	}
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
			return m
		}
	}
	return nil
}
