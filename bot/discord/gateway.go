package discord

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Gateway states, as /healthz and the log show them.
const (
	StateConnecting     = "connecting"      // dialing, before the first READY
	StateReady          = "ready"           // READY or RESUMED received
	StateReconnecting   = "reconnecting"    // asked to reconnect, or a zombie connection closed to resume
	StateInvalidSession = "invalid_session" // INVALID_SESSION: waiting 1-5 s before resuming or identifying
	StateDisconnected   = "disconnected"    // the connection ended; discordgo reconnects
	StateClosed         = "closed"          // shut down
)

// Status tells whether the bot's gateway connections are up and whether
// its commands are registered. Gateway states come from what happens on
// the connection as it happens (a dropped connection, a close frame,
// RECONNECT, INVALID_SESSION, a heartbeat left unacknowledged) and from
// READY and RESUMED; each change is logged once. Safe for concurrent use;
// the zero value reports not connected.
type Status struct {
	mu       sync.Mutex
	shards   map[int]*shardStatus
	commands error
	log      *slog.Logger
	stopped  bool
}

type shardStatus struct {
	state, reason string
	since         time.Time
	next          time.Time // the next reconnect attempt, zero when none is planned
}

// Connected reports whether every shard is ready.
func (st *Status) Connected() bool { return st.Check(context.Background()) == nil }

// Check is the "discord" health check: nil when every shard this process
// runs is ready, else which are not and why.
func (st *Status) Check(context.Context) error {
	st.mu.Lock()
	defer st.mu.Unlock()
	if len(st.shards) == 0 {
		return errors.New("gateway not connected")
	}
	ids := make([]int, 0, len(st.shards))
	for id := range st.shards {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var bad []string
	for _, id := range ids {
		s := st.shards[id]
		if s.state != StateReady {
			line := fmt.Sprintf("shard %d %s", id, s.state)
			why := s.reason
			if !s.next.IsZero() {
				if why != "" {
					why += "; "
				}
				why += "next try in " + untilText(s.next)
			}
			if why != "" {
				line += " (" + why + ")"
			}
			bad = append(bad, line)
		}
	}
	if len(bad) > 0 {
		return errors.New(strings.Join(bad, "; "))
	}
	return nil
}

// State returns a shard's gateway state and the reason for it.
func (st *Status) State(shard int) (state, reason string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if s := st.shards[shard]; s != nil {
		return s.state, s.reason
	}
	return "", ""
}

// NextTry is when the shard's next attempt to reconnect is due; zero when
// none is planned (connected, or an attempt is under way).
func (st *Status) NextTry(shard int) time.Time {
	st.mu.Lock()
	defer st.mu.Unlock()
	if s := st.shards[shard]; s != nil {
		return s.next
	}
	return time.Time{}
}

func (st *Status) setNextTry(shard int, at time.Time) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if s := st.shards[shard]; s != nil && !st.stopped {
		s.next = at
	}
}

// untilText says how long until t, as /healthz shows it: "12s", "0.4s".
func untilText(t time.Time) string {
	d := max(time.Until(t), 0)
	if d < 10*time.Second {
		return strconv.FormatFloat(d.Seconds(), 'f', 1, 64) + "s"
	}
	return d.Round(time.Second).String()
}

// Commands is nil once the application commands are registered, else why
// they are not (yet): the bot still answers DMs and mentions meanwhile.
func (st *Status) Commands() error {
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.commands
}

func (st *Status) setCommands(err error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.commands = err
}

// start resets the status for a run that logs to log.
func (st *Status) start(log *slog.Logger) {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.log, st.stopped, st.shards = log, false, map[int]*shardStatus{}
	st.commands = errors.New("not registered yet")
}

// stop marks every shard closed; later events change nothing.
func (st *Status) stop() {
	st.mu.Lock()
	defer st.mu.Unlock()
	for _, s := range st.shards {
		s.state, s.reason, s.next = StateClosed, "shut down", time.Time{}
	}
	st.stopped = true
}

// set records a shard's state, logging a change.
func (st *Status) set(shard int, state, reason string) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.stopped {
		return
	}
	if st.shards == nil {
		st.shards = map[int]*shardStatus{}
	}
	s := st.shards[shard]
	if s == nil {
		s = &shardStatus{}
		st.shards[shard] = s
	}
	if s.state == state && s.reason == reason {
		return
	}
	was := s.state
	s.state, s.reason, s.since = state, reason, time.Now()
	if state == StateReady {
		s.next = time.Time{}
	}
	if st.log == nil {
		return
	}
	attrs := []any{"shard", shard, "state", state, "was", was}
	if reason != "" {
		attrs = append(attrs, "reason", reason)
	}
	if state == StateReady || state == StateConnecting || state == StateClosed {
		st.log.Info("Discord gateway state", attrs...)
	} else {
		st.log.Warn("Discord gateway state", attrs...)
	}
}

// shardConn watches one shard's gateway connections, one after another:
// it is under the websocket (discordgo gives no hook for these), sees the
// frames go by, and
//   - reports a dropped connection, a close frame, RECONNECT and
//     INVALID_SESSION the moment they happen (discordgo reports a close
//     only after sleeping a second);
//   - treats a heartbeat sent while the previous one is still
//     unacknowledged (for half an interval or more) as a zombie
//     connection: unhealthy at once, and the connection is closed without
//     a close frame so discordgo reconnects and resumes the session (its
//     own threshold is five intervals);
//   - holds INVALID_SESSION back 1-5 s (random), as Discord asks, then
//     lets discordgo identify afresh, or, when the session is resumable,
//     closes the connection so discordgo resumes it;
//   - opens the session again once discordgo has closed it (reconnect),
//     with a backoff of its own: discordgo's doubles up to 10 minutes.
type shardConn struct {
	id     int
	status *Status
	log    *slog.Logger
	// after is time.After; wait picks the INVALID_SESSION delay. Tests
	// replace both.
	after func(time.Duration) <-chan time.Time
	wait  func() time.Duration
	// open opens the session's gateway connection (Session.Open);
	// retryWait is the wait before reconnect attempt n (reconnectWait;
	// tests replace it).
	open      func() error
	retryWait func(n int) time.Duration

	mu      sync.Mutex
	cur     *gwConn
	ready   bool // has been ready once: later dials are reconnects
	stopped bool
	stopc   chan struct{} // closed by stop
	again   bool          // discordgo closed the session since the loop last looked
	looping bool          // the reconnect loop runs
	loops   sync.WaitGroup
}

// invalidSessionWait is Discord's "wait a random amount of time—between 1
// and 5 seconds".
func invalidSessionWait() time.Duration {
	return time.Second + rand.N(4*time.Second)
}

func newShardConn(id int, st *Status, log *slog.Logger) *shardConn {
	return &shardConn{id: id, status: st, log: log, after: time.After, wait: invalidSessionWait,
		retryWait: reconnectWait, stopc: make(chan struct{})}
}

// Reconnect waits. The first attempt waits settleWait (jittered): by then
// discordgo's goroutines of the closed connection have run their course.
// Its heartbeat goroutine can be blocked on the session's lock while
// discordgo closes the connection (it holds the lock for a second); it
// then fails to write on the closed connection and closes the session
// again. Closing a session with no connection is harmless; closing the
// connection just opened is not: that is a reconnect, whose own heartbeat
// goroutine can be caught the same way, a loop. After a failed attempt
// the wait doubles from a second up to maxReconnectWait, jittered by
// ±25% so that many bots do not come back in step after an outage.
const (
	settleWait       = 300 * time.Millisecond
	maxReconnectWait = 30 * time.Second
)

// reconnectWait is the wait before reconnect attempt n (0 = the first).
func reconnectWait(n int) time.Duration {
	if n == 0 {
		return settleWait + rand.N(settleWait/2)
	}
	d := min(time.Second<<min(n-1, 10), maxReconnectWait)
	return d*3/4 + rand.N(d/2+1)
}

// disconnected is told that discordgo closed the session (its Disconnect
// event): it reconnects, unless the shard is stopping. discordgo's own
// reconnect is off (Session.ShouldReconnectOnError).
func (sh *shardConn) disconnected() {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.stopped || sh.open == nil {
		return
	}
	sh.again = true
	if sh.looping {
		return
	}
	sh.looping = true
	sh.loops.Add(1)
	go sh.reconnectLoop()
}

// reconnecting reports whether the reconnect loop runs.
func (sh *shardConn) reconnecting() bool {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	return sh.looping
}

// reconnectLoop reconnects while discordgo keeps closing the session; a
// close reported while an attempt is made is looked at again after it.
func (sh *shardConn) reconnectLoop() {
	defer sh.loops.Done()
	for {
		sh.mu.Lock()
		if !sh.again || sh.stopped {
			sh.looping = false
			sh.mu.Unlock()
			return
		}
		sh.again = false
		sh.mu.Unlock()
		sh.reconnect()
	}
}

// reconnect opens the session again, waiting between attempts, until it
// is open or the shard stops. /healthz shows when the next try is.
func (sh *shardConn) reconnect() {
	for n := 0; ; n++ {
		d := sh.retryWait(n)
		sh.status.setNextTry(sh.id, time.Now().Add(d))
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-sh.stopc:
			t.Stop()
			return
		}
		sh.status.setNextTry(sh.id, time.Time{})
		err := sh.open()
		if err == nil || errors.Is(err, discordgo.ErrWSAlreadyOpen) || sh.isStopped() {
			return
		}
		if c := sh.current(); c != nil && !c.isDown() {
			// Dialed, then failed: the connection's watch has not seen
			// it end (discordgo closed it without a frame).
			c.end("couldn't reconnect: " + err.Error())
		} else {
			sh.status.set(sh.id, StateDisconnected, "couldn't reconnect: "+err.Error())
		}
		sh.log.Warn("couldn't reconnect to the Discord gateway", "shard", sh.id, "attempt", n+1, "err", err)
	}
}

var errGatewayStopped = errors.New("the bot is shutting down")

// dialer is the websocket dialer for the shard's session. It connects
// directly (no HTTP proxy for the gateway).
func (sh *shardConn) dialer() *websocket.Dialer {
	nd := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	return &websocket.Dialer{
		HandshakeTimeout: 45 * time.Second,
		NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			if sh.isStopped() {
				return nil, errGatewayStopped
			}
			c, err := nd.DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return sh.wrap(c), nil
		},
		NetDialTLSContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			if sh.isStopped() {
				return nil, errGatewayStopped
			}
			raw, err := nd.DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			host, _, _ := net.SplitHostPort(addr)
			tc := tls.Client(raw, &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12})
			if err := tc.HandshakeContext(ctx); err != nil {
				raw.Close()
				return nil, err
			}
			return sh.wrap(tc), nil
		},
	}
}

func (sh *shardConn) isStopped() bool {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	return sh.stopped
}

func (sh *shardConn) wrap(c net.Conn) *gwConn {
	g := &gwConn{Conn: c, sh: sh, closed: make(chan struct{}), ended: make(chan struct{}), closeSent: make(chan struct{})}
	sh.mu.Lock()
	sh.cur = g
	again := sh.ready
	sh.mu.Unlock()
	if again {
		sh.status.set(sh.id, StateReconnecting, "connecting to the gateway again")
	} else {
		sh.status.set(sh.id, StateConnecting, "")
	}
	return g
}

// up records READY or RESUMED, unless the connection it came on has
// already ended.
func (sh *shardConn) up(what string) {
	sh.mu.Lock()
	c := sh.cur
	if c == nil || c.isDown() || sh.stopped {
		sh.mu.Unlock()
		return
	}
	sh.ready = true
	sh.mu.Unlock()
	c.mu.Lock()
	c.live = true
	c.mu.Unlock()
	sh.status.set(sh.id, StateReady, what)
}

// current is the shard's connection now, nil before the first.
func (sh *shardConn) current() *gwConn {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	return sh.cur
}

// stop refuses new connections and ends the reconnect loop's waits;
// closeNow ends the current connection.
func (sh *shardConn) stop() {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if !sh.stopped {
		sh.stopped = true
		close(sh.stopc)
	}
}

func (sh *shardConn) closeNow() {
	if c := sh.current(); c != nil {
		c.end("shut down")
		c.kill()
	}
}

// WebSocket opcodes (RFC 6455 section 5.2).
const (
	wsText  = 0x1
	wsClose = 0x8
)

// inspectMax is the largest text frame looked into: heartbeats, ACKs,
// RECONNECT, INVALID_SESSION and the bot's own IDENTIFY are far smaller;
// big dispatches pass through unread.
const inspectMax = 4096

// gwConn is one gateway connection, seen frame by frame.
type gwConn struct {
	net.Conn
	sh *shardConn

	closeOnce sync.Once
	closed    chan struct{} // kill was called

	// Read side: only the one goroutine reading at a time uses these.
	rhead   headScan
	in, out []byte
	skip    int64
	held    *heldFrame
	rerr    error
	rbuf    []byte

	// Write side, under wmu.
	wmu   sync.Mutex
	whead headScan
	win   []byte
	wskip int64

	mu          sync.Mutex
	awaitingAck bool          // a heartbeat went out and no ACK came yet
	unackedAt   time.Time     // when that heartbeat went out
	requested   bool          // Discord asked for a heartbeat (op 1)
	interval    time.Duration // the heartbeat interval HELLO asked for
	down        bool          // the connection ended (or is ending); the first reason stands
	live        bool          // READY or RESUMED came on it: the session runs on it
	endOnce     sync.Once
	ended       chan struct{} // the read side saw the end, or kill
	sentOnce    sync.Once
	closeSent   chan struct{} // the bot's close frame went out
}

type heldFrame struct {
	n         int // bytes of the frame at the head of in
	resumable bool
}

func (c *gwConn) isDown() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.down
}

func (c *gwConn) isLive() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.live
}

// fail marks the connection down with state and reason, once.
func (c *gwConn) fail(state, reason string) bool {
	c.mu.Lock()
	if c.down {
		c.mu.Unlock()
		return false
	}
	c.down = true
	c.mu.Unlock()
	c.sh.status.set(c.sh.id, state, reason)
	return true
}

// end records that the connection is over for reading.
func (c *gwConn) end(reason string) {
	c.fail(StateDisconnected, reason)
	c.endOnce.Do(func() { close(c.ended) })
}

// kill closes the network connection; discordgo's reader then fails and
// it reconnects (resuming: a close without a close frame keeps the
// session).
func (c *gwConn) kill() {
	c.closeOnce.Do(func() {
		close(c.closed)
		c.Conn.Close()
	})
}

func (c *gwConn) Read(p []byte) (int, error) {
	for {
		if len(c.out) > 0 {
			n := copy(p, c.out)
			c.out = c.out[n:]
			return n, nil
		}
		if c.held != nil {
			if err := c.release(); err != nil {
				return 0, err
			}
			continue
		}
		if c.rerr != nil {
			return 0, c.rerr
		}
		if c.rbuf == nil {
			c.rbuf = make([]byte, 16<<10)
		}
		n, err := c.Conn.Read(c.rbuf)
		if n > 0 {
			c.in = append(c.in, c.rbuf[:n]...)
			c.process()
		}
		if err != nil {
			c.rerr = err
			reason := "connection lost: " + err.Error()
			select {
			case <-c.closed:
				reason = "connection closed by the bot"
			default:
			}
			c.end(reason)
		}
	}
}

// process moves whole frames (and the HTTP upgrade before them) from in
// to out, looking into small text frames, until a frame must be held.
func (c *gwConn) process() {
	for len(c.in) > 0 && c.held == nil {
		if !c.rhead.done {
			n := c.rhead.scan(c.in)
			c.out, c.in = append(c.out, c.in[:n]...), c.in[n:]
			continue
		}
		if c.skip > 0 {
			n := int(min(c.skip, int64(len(c.in))))
			c.out, c.in = append(c.out, c.in[:n]...), c.in[n:]
			c.skip -= int64(n)
			continue
		}
		hlen, plen, ok := frameHeader(c.in)
		if !ok {
			return
		}
		op := c.in[0] & 0x0f
		fin := c.in[0]&0x80 != 0
		if !(fin && (op == wsText || op == wsClose) && plen <= inspectMax) {
			c.out, c.in = append(c.out, c.in[:hlen]...), c.in[hlen:]
			c.skip = plen
			continue
		}
		total := hlen + int(plen)
		if len(c.in) < total {
			return
		}
		payload := c.in[hlen:total]
		if op == wsClose {
			code := 0
			if len(payload) >= 2 {
				code = int(binary.BigEndian.Uint16(payload))
			}
			// Discord's close frame (or its answer to the bot's): the
			// connection is over.
			c.end(fmt.Sprintf("Discord closed the connection (code %d)", code))
		} else if h := c.inspectRead(payload); h != nil {
			h.n = total
			c.held = h
			return
		}
		c.out, c.in = append(c.out, c.in[:total]...), c.in[total:]
	}
}

type gatewayPayload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	T  string          `json:"t"`
}

// inspectRead looks at one payload from Discord; a frame to hold back is
// returned.
func (c *gwConn) inspectRead(payload []byte) *heldFrame {
	var p gatewayPayload
	if json.Unmarshal(payload, &p) != nil {
		return nil
	}
	switch p.Op {
	case 10: // HELLO
		var h struct {
			Interval float64 `json:"heartbeat_interval"`
		}
		if json.Unmarshal(p.D, &h) == nil {
			c.mu.Lock()
			c.interval = time.Duration(h.Interval * float64(time.Millisecond))
			c.mu.Unlock()
		}
	case 11: // HEARTBEAT_ACK
		c.mu.Lock()
		c.awaitingAck = false
		c.mu.Unlock()
	case 1: // HEARTBEAT request: discordgo answers with one at once
		c.mu.Lock()
		c.requested = true
		c.mu.Unlock()
	case 7: // RECONNECT: discordgo closes and resumes
		c.fail(StateReconnecting, "Discord asked the bot to reconnect")
	case 9: // INVALID_SESSION
		return &heldFrame{resumable: bytes.Equal(bytes.TrimSpace(p.D), []byte("true"))}
	}
	return nil
}

// release waits as Discord asks after INVALID_SESSION, then either lets
// discordgo read it (it identifies afresh) or, when the session can be
// resumed, ends the connection so that discordgo reconnects and resumes.
func (c *gwConn) release() error {
	h := c.held
	d := c.sh.wait()
	next := "identifying afresh"
	if h.resumable {
		next = "resuming"
	}
	c.sh.status.set(c.sh.id, StateInvalidSession, fmt.Sprintf("Discord invalidated the session; %s in %.1fs", next, d.Seconds()))
	select {
	case <-c.sh.after(d):
	case <-c.closed:
		c.held = nil
		return net.ErrClosed
	}
	c.held = nil
	if h.resumable {
		c.fail(StateReconnecting, "resuming the invalidated session")
		c.in = nil
		c.kill()
		c.end("resuming the invalidated session")
		return errors.New("invalid session: reconnecting to resume")
	}
	c.out, c.in = append(c.out, c.in[:h.n]...), c.in[h.n:]
	c.process()
	return nil
}

// Write passes the bot's frames on. Once the bot has ended the connection
// itself (kill), writes are dropped without an error: discordgo's
// heartbeat goroutine would otherwise answer the error with a reconnect
// of its own, racing the reader's, and close the new connection.
func (c *gwConn) Write(p []byte) (int, error) {
	select {
	case <-c.closed:
		return len(p), nil
	default:
	}
	c.wmu.Lock()
	zombie := c.observeWrite(p)
	c.wmu.Unlock()
	n, err := c.Conn.Write(p)
	if err != nil {
		select {
		case <-c.closed:
			return len(p), nil
		default:
		}
	}
	if zombie && c.fail(StateReconnecting, "heartbeat not acknowledged (zombie connection); reconnecting to resume") {
		c.kill()
	}
	return n, err
}

// observeWrite follows the bot's own frames (masked, RFC 6455 5.3); it
// reports a heartbeat sent while the last one is unacknowledged.
func (c *gwConn) observeWrite(p []byte) (zombie bool) {
	if !c.whead.done {
		n := c.whead.scan(p)
		p = p[n:]
	}
	for len(p) > 0 {
		if c.wskip > 0 {
			n := int(min(c.wskip, int64(len(p))))
			p, c.wskip = p[n:], c.wskip-int64(n)
			continue
		}
		c.win = append(c.win, p...)
		p = nil
		for len(c.win) > 0 {
			hlen, plen, ok := frameHeader(c.win)
			if !ok {
				break
			}
			op := c.win[0] & 0x0f
			if plen > inspectMax {
				drop := min(len(c.win), hlen+int(plen))
				c.wskip = int64(hlen) + plen - int64(drop)
				c.win = c.win[drop:]
				continue
			}
			total := hlen + int(plen)
			if len(c.win) < total {
				break
			}
			payload := append([]byte(nil), c.win[hlen:total]...)
			if c.win[1]&0x80 != 0 {
				key := c.win[hlen-4 : hlen]
				for i := range payload {
					payload[i] ^= key[i%4]
				}
			}
			c.win = c.win[total:]
			switch op {
			case wsClose:
				c.sentOnce.Do(func() { close(c.closeSent) })
			case wsText:
				var g gatewayPayload
				if json.Unmarshal(payload, &g) == nil && g.Op == 1 && c.heartbeat() {
					zombie = true
				}
			}
		}
	}
	return zombie
}

// heartbeat records one sent; true when the previous one had no ACK for
// half an interval or more. The heartbeat Discord asked for (op 1) is
// never a miss, nor is one sent right after another: the one asked for
// and the regular one can go out together, in either order (discordgo
// answers op 1 from its reader, the regular one from its ticker).
func (c *gwConn) heartbeat() bool {
	now := time.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.requested {
		c.requested = false
		c.awaitingAck, c.unackedAt = true, now
		return false
	}
	if !c.awaitingAck {
		c.awaitingAck, c.unackedAt = true, now
		return false
	}
	return now.Sub(c.unackedAt) >= c.interval/2
}

// frameHeader reads a frame header: its length (mask key included) and
// the payload length; ok is false until the header is complete.
func frameHeader(b []byte) (hlen int, plen int64, ok bool) {
	if len(b) < 2 {
		return 0, 0, false
	}
	hlen = 2
	plen = int64(b[1] & 0x7f)
	switch plen {
	case 126:
		if len(b) < 4 {
			return 0, 0, false
		}
		plen, hlen = int64(binary.BigEndian.Uint16(b[2:4])), 4
	case 127:
		if len(b) < 10 {
			return 0, 0, false
		}
		plen, hlen = int64(binary.BigEndian.Uint64(b[2:10])&(1<<63-1)), 10
	}
	if b[1]&0x80 != 0 {
		hlen += 4
	}
	if len(b) < hlen {
		return 0, 0, false
	}
	return hlen, plen, true
}

// headScan finds the end of the HTTP upgrade ("\r\n\r\n") in a stream.
type headScan struct {
	k    int
	done bool
}

// scan returns how many bytes of b belong to the HTTP head.
func (h *headScan) scan(b []byte) int {
	const end = "\r\n\r\n"
	for i, c := range b {
		switch {
		case c == end[h.k]:
			h.k++
		case c == '\r':
			h.k = 1
		default:
			h.k = 0
		}
		if h.k == len(end) {
			h.done = true
			return i + 1
		}
	}
	return len(b)
}
