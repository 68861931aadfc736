// Package weaviatetest starts a real Weaviate server on loopback for tests,
// from the binary scripts/install-weaviate.sh installs.
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
	httpPort, grpcPort, gossip, dataPort, raft, raftRPC := ports[0], ports[1], ports[2], ports[3], ports[4], ports[5]
	node := "node1"
	env := append(os.Environ(),
		"PERSISTENCE_DATA_PATH="+dataDir,
		"DEFAULT_VECTORIZER_MODULE=none",
		"ENABLE_MODULES=",
		"AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED=true",
		"CLUSTER_HOSTNAME="+node,
		"CLUSTER_ADVERTISE_ADDR=127.0.0.1",
		"CLUSTER_GOSSIP_BIND_PORT="+strconv.Itoa(gossip),
		"CLUSTER_DATA_BIND_PORT="+strconv.Itoa(dataPort),
		"RAFT_PORT="+strconv.Itoa(raft),
		"RAFT_INTERNAL_RPC_PORT="+strconv.Itoa(raftRPC),
		"RAFT_JOIN="+node+":"+strconv.Itoa(raft),
		"RAFT_BOOTSTRAP_EXPECT=1",
		"GRPC_PORT="+strconv.Itoa(grpcPort),
		"GO_PROFILING_DISABLE=true",
		"DISABLE_TELEMETRY=true",
		"LOG_LEVEL=warning",
		"QUERY_DEFAULTS_LIMIT=25",
	)
	env = append(env, opts.Env...)
	log := &lockedBuffer{}
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", strconv.Itoa(httpPort), "--scheme", "http")
	cmd.Env = env
	cmd.Dir = dataDir
	cmd.Stdout = log
	cmd.Stderr = log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", bin, err)
	}
	s := &Server{URL: "http://127.0.0.1:" + strconv.Itoa(httpPort), DataDir: dataDir, cmd: cmd, log: log, done: make(chan struct{})}
	go func() { _ = cmd.Wait(); close(s.done) }()
	timeout := opts.StartTimeout
	if timeout <= 0 {
		timeout = 90 * time.Second
	}
	if err := s.waitReady(timeout); err != nil {
		_ = s.Stop()
		return nil, fmt.Errorf("%w\nweaviate log (tail):\n%s", err, s.LogTail(4000))
	}
	return s, nil
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
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	var out []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("finding a free port: %w", err)
		}
		ls = append(ls, l)
		out = append(out, l.Addr().(*net.TCPAddr).Port)
	}
	return out, nil
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
