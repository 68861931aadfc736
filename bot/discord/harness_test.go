package discord_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/config"
	"github.com/storybot-dev/storybot/internal/testutil"
)

// The harness: the bot run against a loopback Discord (discordtest) with
// a scripted asker, and the helpers its tests share.

const token = "test-token"

var alice = discordtest.User{ID: "300000000000000001", Name: "alice"}

// fakeAsker answers from a script and records the questions.
type fakeAsker struct {
	answer func(ctx context.Context, q bot.Question) (*bot.Answer, error)

	mu        sync.Mutex
	questions []bot.Question
	asked     chan bot.Question
}

func newFakeAsker(answer func(context.Context, bot.Question) (*bot.Answer, error)) *fakeAsker {
	return &fakeAsker{answer: answer, asked: make(chan bot.Question, 100)}
}

func (f *fakeAsker) Ask(ctx context.Context, q bot.Question) (*bot.Answer, error) {
	f.mu.Lock()
	f.questions = append(f.questions, q)
	f.mu.Unlock()
	select {
	case f.asked <- q:
	default: // a test that asks more than asked holds reads Questions
	}
	return f.answer(ctx, q)
}

func (f *fakeAsker) Sources() []bot.Source {
	return []bot.Source{{Source: "000_a.txt", Title: "Flood in the valley", Date: "2024-03-01"}}
}

func (f *fakeAsker) Summary(_ context.Context, about string) (*bot.Answer, error) {
	return answer("Summary of " + about + ": the valley flooded [1]."), nil
}

// next is the next question asked.
func (f *fakeAsker) next(t *testing.T) bot.Question {
	t.Helper()
	return testutil.Recv(t, f.asked, guard, "no question reached the bot")
}

func (f *fakeAsker) Questions() []bot.Question {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Question(nil), f.questions...)
}

// answer is a scripted answer with one citation.
func answer(text string) *bot.Answer {
	return &bot.Answer{Text: text, Mode: bot.ModeExtractive, Citations: []bot.Citation{{
		N: 1, Source: "000_a.txt", Title: "Flood in the valley", Date: "2024-03-01", Start: 0, End: 40,
		Quote: "The river rose two metres overnight, officials said.",
	}}}
}

func fixed(text string) func(context.Context, bot.Question) (*bot.Answer, error) {
	return func(context.Context, bot.Question) (*bot.Answer, error) { return answer(text), nil }
}

// guard bounds every wait of a test on the bot: far more than any takes.
const guard = 6 * time.Second

type harness struct {
	t     *testing.T
	srv   *discordtest.Server
	ask   *fakeAsker
	log   *testutil.Sink
	ctx   context.Context
	stop  func() error
	start int // requests before the test's own events
	opts  discord.Options
}

// start runs the bot against a fresh loopback Discord until it has
// registered its commands.
func start(t *testing.T, a *fakeAsker, tune func(*discord.Options)) *harness {
	t.Helper()
	return startWith(t, a, nil, tune)
}

// startWith is start with the loopback Discord set up by tuneSrv first.
func startWith(t *testing.T, a *fakeAsker, tuneSrv func(*discordtest.Server), tune func(*discord.Options)) *harness {
	t.Helper()
	sink := testutil.NewSink(t)
	srv := discordtest.New(token)
	t.Cleanup(srv.Close)
	if tuneSrv != nil {
		tuneSrv(srv)
	}
	opts := discord.Options{Config: config.Default().Discord, EditInterval: 5 * time.Millisecond}
	opts.Config.APIURL = srv.URL
	// Long enough for any answer a test holds back, short enough that a
	// test failing with one held still ends in seconds.
	opts.Config.ShutdownTimeout.Duration = 3 * time.Second
	if tune != nil {
		tune(&opts)
	}
	// A guard, not a measurement: a broken test fails within seconds
	// instead of hanging.
	ctx, cancelTest := context.WithTimeout(context.Background(), guard)
	t.Cleanup(cancelTest)
	connected := sink.On("connected to Discord")
	runCtx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- discord.Run(runCtx, token, a, opts, sink.Logger()) }()
	var once sync.Once
	var runErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			// Run ends within its shutdown_timeout; a broken shutdown
			// fails here instead of hanging the test.
			limit := opts.Config.ShutdownTimeout.Duration + 5*time.Second
			select {
			case runErr = <-errc:
			case <-time.After(limit):
				runErr = fmt.Errorf("Run did not return within %s of the shutdown", limit)
				t.Error(runErr)
			}
		})
		return runErr
	}
	t.Cleanup(func() {
		_ = stop()
		// Whatever the test, nothing the bot sent may ping anyone.
		for _, r := range srv.Requests() {
			if err := r.CheckNoPings(); err != nil {
				t.Error(err)
			}
		}
	})
	select {
	case <-connected:
	case err := <-errc:
		errc <- err
		t.Fatalf("Run returned %v before it was connected", err)
	case <-ctx.Done():
		t.Fatal("the bot never connected")
	}
	return &harness{t: t, srv: srv, ask: a, log: sink, ctx: ctx, stop: stop, start: len(srv.Requests()), opts: opts}
}

func (h *harness) dispatch(event string, data any) {
	h.t.Helper()
	if err := h.srv.Dispatch(event, data); err != nil {
		h.t.Fatal(err)
	}
}

// wait returns the first request from index from on that is method path.
func (h *harness) wait(from int, method, path string) (discordtest.Request, int) {
	h.t.Helper()
	r, i, err := h.srv.WaitRequest(h.ctx, from, func(r discordtest.Request) bool { return r.Method == method && r.Path == path })
	if err != nil {
		h.t.Fatalf("no %s %s: %v\nrequests: %v", method, path, err, h.srv.Requests())
	}
	return r, i
}

// waitOK waits for a request method path the fake answered with 2xx.
func (h *harness) waitOK(from int, method, path string) (discordtest.Request, int) {
	h.t.Helper()
	r, i, err := h.srv.WaitRequest(h.ctx, from, func(r discordtest.Request) bool {
		return r.Method == method && r.Path == path && r.Status >= 200 && r.Status < 300
	})
	if err != nil {
		h.t.Fatalf("no successful %s %s: %v\nrequests: %v", method, path, err, h.srv.Requests())
	}
	return r, i
}

// checkNoPings checks every request the bot made.
func (h *harness) checkNoPings() {
	h.t.Helper()
	n := 0
	for _, r := range h.srv.Requests() {
		if err := r.CheckNoPings(); err != nil {
			h.t.Error(err)
		}
		if r.CarriesMessage() {
			n++
		}
	}
	if n == 0 {
		h.t.Error("no request carried a message: nothing was checked")
	}
}

func decode(t *testing.T, r discordtest.Request) map[string]any {
	t.Helper()
	m, err := r.Message()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// editPath is the path of an interaction's original response.
func editPath(tok string) string {
	return "/webhooks/" + discordtest.AppID + "/" + tok + "/messages/@original"
}

type countingMetrics struct {
	mu          sync.Mutex
	answered    map[string]int
	rateLimited map[string]int
}

func newCountingMetrics() *countingMetrics {
	return &countingMetrics{answered: map[string]int{}, rateLimited: map[string]int{}}
}

func (m *countingMetrics) Answered(surface string, _ *bot.Answer, _ error, _ time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.answered[surface]++
}

func (m *countingMetrics) RateLimited(surface string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.rateLimited[surface]++
}
