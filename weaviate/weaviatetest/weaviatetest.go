// Package weaviatetest starts a real Weaviate server on loopback for tests,
// from the binary scripts/install-weaviate.sh installs: one node (Start,
// StartMain) or a cluster of several (StartCluster).
//
// Without the binary, Start skips the test with a message saying how to
// install it, unless STORYBOT_REQUIRE_WEAVIATE=1, in which case the test
// fails (CI sets it after installing).
package weaviatetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Version is the Weaviate version the tests are written against.
const Version = "v1.35.2"

// Binary finds the weaviate-server binary: $STORYBOT_WEAVIATE_BIN, then
// where scripts/install-weaviate.sh puts it ($WEAVIATE_HOME/bin, default
// $HOME/.local/weaviate-v1.35.2/bin), then /opt/weaviate/v1.35.2/bin, then
// $PATH.
func Binary() (string, error) {
	if p := os.Getenv("STORYBOT_WEAVIATE_BIN"); p != "" {
		if isExec(p) {
			return p, nil
		}
		return "", fmt.Errorf("STORYBOT_WEAVIATE_BIN=%s is not an executable file", p)
	}
	var cands []string
	if h := os.Getenv("WEAVIATE_HOME"); h != "" {
		cands = append(cands, filepath.Join(h, "bin", "weaviate-server"))
	}
	if h, err := os.UserHomeDir(); err == nil {
		cands = append(cands, filepath.Join(h, ".local", "weaviate-"+Version, "bin", "weaviate-server"))
	}
	cands = append(cands, filepath.Join("/opt/weaviate", Version, "bin", "weaviate-server"))
	for _, p := range cands {
		if isExec(p) {
			return p, nil
		}
	}
	if p, err := exec.LookPath("weaviate-server"); err == nil {
		return p, nil
	}
	return "", errors.New("weaviate-server " + Version + " is not installed")
}

func isExec(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

// Required reports whether STORYBOT_REQUIRE_WEAVIATE=1 asks tests to fail,
// not skip, without a Weaviate binary.
func Required() bool { return os.Getenv("STORYBOT_REQUIRE_WEAVIATE") == "1" }

// Need returns the binary's path, or skips (fails when Required) tb.
func Need(tb testing.TB) string {
	tb.Helper()
	bin, err := Binary()
	if err != nil {
		msg := fmt.Sprintf("%v: install it with `bash scripts/install-weaviate.sh` (6 to 9 minutes on 2 cores), or set STORYBOT_WEAVIATE_BIN", err)
		if Required() {
			tb.Fatalf("STORYBOT_REQUIRE_WEAVIATE=1 but %s", msg)
		}
		tb.Skip(msg)
	}
	return bin
}

// Server is a running Weaviate node.
type Server struct {
	Name    string // CLUSTER_HOSTNAME: node1, node2, …
	URL     string // http://127.0.0.1:PORT
	DataDir string

	cmd  *exec.Cmd
	log  *lockedBuffer
	done chan struct{}
}

// Options tune a server. The zero value is a plain single node.
type Options struct {
	// Env adds to or overrides the environment (e.g.
	// QUERY_HYBRID_MAXIMUM_RESULTS).
	Env []string
	// StartTimeout bounds waiting for readiness (default 90s).
	StartTimeout time.Duration
}

// Start starts a single-node Weaviate on loopback with a fresh data
// directory, waits until it is ready, and stops it when the test ends. It
// skips (or fails, see Need) the test when the binary is not installed.
func Start(tb testing.TB, opts Options) *Server {
	tb.Helper()
	bin := Need(tb)
	s, err := start(bin, tb.TempDir(), opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := s.Stop(); err != nil {
			tb.Logf("stopping weaviate: %v", err)
		}
		if tb.Failed() {
			tb.Logf("weaviate log (tail):\n%s", s.LogTail(4000))
		}
	})
	return s
}

// StartMain is Start for TestMain and benchmarks' shared servers: the
// caller must Stop it. It returns an error instead of skipping.
func StartMain(dataDir string, opts Options) (*Server, error) {
	bin, err := Binary()
	if err != nil {
		return nil, err
	}
	return start(bin, dataDir, opts)
}

func start(bin, dataDir string, opts Options) (*Server, error) {
	ports, err := freePorts(6)
	if err != nil {
		return nil, err
	}
	n := node{
		name: "node1", http: ports[0], grpc: ports[1], gossip: ports[2], data: ports[3], raft: ports[4], raftRPC: ports[5],
		expect: 1,
	}
	n.raftJoin = n.name + ":" + strconv.Itoa(n.raft)
	s, err := launch(bin, dataDir, n, opts)
	if err != nil {
		return nil, err
	}
	if err := s.waitReady(startTimeout(opts)); err != nil {
		_ = s.Stop()
		return nil, fmt.Errorf("%w\nweaviate log (tail):\n%s", err, s.LogTail(4000))
	}
	return s, nil
}

// StartCluster starts an n-node Weaviate cluster on loopback, every node
// with its own data directory and ports, named node1, node2, …, waits until
// every node is ready, and stops them all when the test ends. Node 1 is the
// one the others join (CLUSTER_JOIN, its gossip port); all n are Raft
// voters (RAFT_JOIN, RAFT_BOOTSTRAP_EXPECT=n). It skips (or fails, see
// Need) the test when the binary is not installed.
//
// The nodes share 127.0.0.1, so they run with CLUSTER_IN_LOCALHOST=true:
// Weaviate then takes each peer's Raft port from its RAFT_JOIN entry (and
// not from its own RAFT_PORT), and a peer's internal Raft RPC port as its
// Raft port + 1, so each node's RAFT_INTERNAL_RPC_PORT is its RAFT_PORT + 1
// (cluster/resolver in Weaviate's source). Gossip is advertised on each
// node's own CLUSTER_GOSSIP_BIND_PORT, and peers learn its data port from
// the gossip metadata.
func StartCluster(tb testing.TB, n int, opts Options) []*Server {
	tb.Helper()
	bin := Need(tb)
	if n < 1 {
		tb.Fatalf("weaviatetest: a cluster of %d nodes", n)
	}
	dirs := make([]string, n)
	for i := range dirs {
		dirs[i] = tb.TempDir()
	}
	servers, err := startCluster(bin, dirs, opts)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		var wg sync.WaitGroup
		for _, s := range servers {
			wg.Go(func() {
				if err := s.Stop(); err != nil {
					tb.Logf("stopping weaviate %s: %v", s.Name, err)
				}
			})
		}
		wg.Wait()
		if tb.Failed() {
			for _, s := range servers {
				tb.Logf("weaviate %s log (tail):\n%s", s.Name, s.LogTail(4000))
			}
		}
	})
	return servers
}

func startCluster(bin string, dirs []string, opts Options) ([]*Server, error) {
	var pa portAlloc
	var err error
	nodes := make([]node, len(dirs))
	var raftJoin []string
	for i := range nodes {
		n := &nodes[i]
		n.name = "node" + strconv.Itoa(i+1)
		n.localhost = true
		n.expect = len(dirs)
		for _, p := range []*int{&n.http, &n.grpc, &n.gossip, &n.data} {
			if *p, err = pa.one(); err != nil {
				pa.close()
				return nil, err
			}
		}
		if n.raft, err = pa.pair(); err != nil {
			pa.close()
			return nil, err
		}
		n.raftRPC = n.raft + 1
		raftJoin = append(raftJoin, n.name+":"+strconv.Itoa(n.raft))
	}
	pa.close()
	for i := range nodes {
		nodes[i].raftJoin = strings.Join(raftJoin, ",")
		if i > 0 {
			nodes[i].join = "127.0.0.1:" + strconv.Itoa(nodes[0].gossip)
		}
	}
	timeout := startTimeout(opts)
	deadline := time.Now().Add(timeout)
	var servers []*Server
	fail := func(err error) ([]*Server, error) {
		var tails strings.Builder
		for _, s := range servers {
			_ = s.Stop()
			fmt.Fprintf(&tails, "\nweaviate %s log (tail):\n%s", s.Name, s.LogTail(4000))
		}
		return nil, fmt.Errorf("%w%s", err, tails.String())
	}
	for i, n := range nodes {
		s, err := launch(bin, dirs[i], n, opts)
		if err != nil {
			return fail(err)
		}
		servers = append(servers, s)
		if i == 0 && len(nodes) > 1 {
			// The others join node 1 by gossip at start, and give up if
			// nobody answers: wait until it listens.
			if err := s.waitListening(nodes[0].gossip, time.Until(deadline)); err != nil {
				return fail(err)
			}
		}
	}
	// Every node waits for all n voters before it is ready: wait for them
	// together.
	errs := make([]error, len(servers))
	var wg sync.WaitGroup
	for i, s := range servers {
		wg.Go(func() { errs[i] = s.waitReady(time.Until(deadline)) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return fail(fmt.Errorf("weaviate %s: %w", servers[i].Name, err))
		}
	}
	return servers, nil
}

func startTimeout(opts Options) time.Duration {
	if opts.StartTimeout > 0 {
		return opts.StartTimeout
	}
	return 90 * time.Second
}

// node is one server's name, ports and cluster settings.
type node struct {
	name                                    string
	http, grpc, gossip, data, raft, raftRPC int
	join                                    string // CLUSTER_JOIN: another node's gossip address, or ""
	raftJoin                                string // RAFT_JOIN: every voter's name:raft port
	expect                                  int    // RAFT_BOOTSTRAP_EXPECT
	localhost                               bool   // CLUSTER_IN_LOCALHOST: several nodes share one address
}

// launch starts one weaviate-server process; it does not wait for it.
func launch(bin, dataDir string, n node, opts Options) (*Server, error) {
	env := append(os.Environ(),
		"PERSISTENCE_DATA_PATH="+dataDir,
		"DEFAULT_VECTORIZER_MODULE=none",
		"ENABLE_MODULES=",
		"AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED=true",
		"CLUSTER_HOSTNAME="+n.name,
		"CLUSTER_ADVERTISE_ADDR=127.0.0.1",
		"CLUSTER_GOSSIP_BIND_PORT="+strconv.Itoa(n.gossip),
		"CLUSTER_DATA_BIND_PORT="+strconv.Itoa(n.data),
		"RAFT_PORT="+strconv.Itoa(n.raft),
		"RAFT_INTERNAL_RPC_PORT="+strconv.Itoa(n.raftRPC),
		"RAFT_JOIN="+n.raftJoin,
		"RAFT_BOOTSTRAP_EXPECT="+strconv.Itoa(n.expect),
		"GRPC_PORT="+strconv.Itoa(n.grpc),
		"GO_PROFILING_DISABLE=true",
		"DISABLE_TELEMETRY=true",
		"LOG_LEVEL=warning",
		"QUERY_DEFAULTS_LIMIT=25",
	)
	if n.join != "" {
		env = append(env, "CLUSTER_JOIN="+n.join)
	}
	if n.localhost {
		env = append(env, "CLUSTER_IN_LOCALHOST=true")
	}
	env = append(env, opts.Env...)
	log := &lockedBuffer{}
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", strconv.Itoa(n.http), "--scheme", "http")
	cmd.Env = env
	cmd.Dir = dataDir
	cmd.Stdout = log
	cmd.Stderr = log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", bin, err)
	}
	s := &Server{Name: n.name, URL: "http://127.0.0.1:" + strconv.Itoa(n.http), DataDir: dataDir, cmd: cmd, log: log, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(s.done) }()
	return s, nil
}

// waitListening waits until the server accepts TCP connections on port.
func (s *Server) waitListening(port int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	addr := "127.0.0.1:" + strconv.Itoa(port)
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			return fmt.Errorf("weaviate %s exited before it listened on %s", s.Name, addr)
		default:
		}
		if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			c.Close()
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("weaviate %s not listening on %s within %s", s.Name, addr, timeout)
}

func (s *Server) waitReady(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	hc := &http.Client{Timeout: 2 * time.Second}
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			return errors.New("weaviate exited before it was ready")
		default:
		}
		resp, err := hc.Get(s.URL + "/v1/.well-known/ready")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("weaviate not ready at %s within %s", s.URL, timeout)
}

// Stop ends the server: SIGTERM, then SIGKILL after 10 seconds.
func (s *Server) Stop() error {
	select {
	case <-s.done:
		return nil
	default:
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
		return nil
	case <-time.After(10 * time.Second):
	}
	_ = s.cmd.Process.Kill()
	select {
	case <-s.done:
		return nil
	case <-time.After(5 * time.Second):
		return errors.New("weaviate did not exit after SIGKILL")
	}
}

// LogTail is the last n bytes of the server's output.
func (s *Server) LogTail(n int) string {
	b := s.log.Bytes()
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// Ready reports whether the server answers its readiness probe now.
func (s *Server) Ready(ctx context.Context) bool {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+"/v1/.well-known/ready", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// freePorts asks the kernel for n distinct free loopback ports. They are
// released before Weaviate binds them, so another process could take one
// meanwhile; the window is short.
func freePorts(n int) ([]int, error) {
	var pa portAlloc
	defer pa.close()
	var out []int
	for range n {
		p, err := pa.one()
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// portAlloc hands out distinct free loopback ports, holding each until
// close.
type portAlloc struct{ ls []net.Listener }

func (pa *portAlloc) one() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	pa.ls = append(pa.ls, l)
	return l.Addr().(*net.TCPAddr).Port, nil
}

// pair returns a free port p whose p+1 is free too.
func (pa *portAlloc) pair() (int, error) {
	for range 50 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return 0, fmt.Errorf("finding a free port: %w", err)
		}
		p := l.Addr().(*net.TCPAddr).Port
		l2, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(p+1))
		if err != nil {
			l.Close()
			continue
		}
		pa.ls = append(pa.ls, l, l2)
		return p, nil
	}
	return 0, errors.New("finding two consecutive free ports: gave up after 50 tries")
}

func (pa *portAlloc) close() {
	for _, l := range pa.ls {
		l.Close()
	}
	pa.ls = nil
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	// Keep the last 1 MiB or so.
	if l.b.Len() > 1<<20 {
		rest := append([]byte(nil), l.b.Bytes()[l.b.Len()-(512<<10):]...)
		l.b.Reset()
		l.b.Write(rest)
	}
	return l.b.Write(p)
}

func (l *lockedBuffer) Bytes() []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]byte(nil), l.b.Bytes()...)
}
