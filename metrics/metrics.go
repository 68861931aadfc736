// Package metrics counts what storybot does, in Prometheus format on a
// registry of its own, and serves it with a health check over HTTP:
// /metrics for scrapers and /healthz for orchestrators.
package metrics

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/storybot-dev/storybot/bot"
)

// Question outcomes, the values of the "outcome" label of
// storybot_questions_total.
const (
	// OutcomeAnswered: an answer with citations.
	OutcomeAnswered = "answered"
	// OutcomeAbstained: "The stories don't say."
	OutcomeAbstained = "abstained"
	// OutcomeFellBack: the model's answer was replaced by an extractive
	// one (the model failed, timed out or misquoted). Counted here even if
	// the extractive answer then abstained: the operational signal is that
	// the model did not answer.
	OutcomeFellBack = "fell_back"
	// OutcomeRejected: the question could not be asked (empty, too long).
	OutcomeRejected = "rejected"
	// OutcomeFailed: any other error (a cancelled context, a failed search).
	OutcomeFailed = "failed"
)

// Metrics holds storybot's collectors. Its methods are safe for concurrent
// use and match the small interfaces the bot's surfaces and the model
// client declare.
type Metrics struct {
	reg *prometheus.Registry

	questions    *prometheus.CounterVec
	answerTime   *prometheus.HistogramVec
	retrieveTime prometheus.Histogram
	rateLimited  *prometheus.CounterVec
	modelCalls   *prometheus.CounterVec
	modelTime    *prometheus.HistogramVec
	tokens       *prometheus.CounterVec
	verifies     *prometheus.CounterVec
	verifyTime   prometheus.Histogram
	verifyTokens *prometheus.CounterVec
	verifyLabels *prometheus.CounterVec
	queueLength  prometheus.Gauge
	queueWait    *prometheus.HistogramVec
	queueRefused *prometheus.CounterVec
	restErrors   *prometheus.CounterVec

	health health
}

// Latency buckets, in seconds. Answers run from a few milliseconds
// (extractive) to tens of seconds (a streamed model answer near its
// timeout); retrieval from under a millisecond to a second for 100,000
// chunks with a remote embedder.
var (
	answerBuckets   = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 20, 30, 60}
	retrieveBuckets = prometheus.ExponentialBuckets(.0005, 2, 12) // 0.5ms .. ~1s
	modelBuckets    = []float64{.05, .1, .25, .5, 1, 2.5, 5, 10, 20, 30, 60}
	// The verifier replies in about a second and is cut at verify.timeout
	// (5 s by default, at most 2 minutes).
	verifyBuckets = []float64{.05, .1, .25, .5, 1, 2, 3, 5, 7.5, 10, 30, 120}
	// A question waits from nothing (a free slot) to minutes (a burst
	// behind a slow model); discord.max_queue_wait is at most 14 minutes.
	queueBuckets = []float64{.01, .1, .5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 900}
)

// New returns Metrics on a new registry, which also carries the Go runtime
// and process collectors.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_questions_total",
			Help: "Questions asked, by surface (slash, context_menu, dm, mention), answer mode (extractive, llm, none) and outcome (answered, abstained, fell_back, rejected, failed).",
		}, []string{"surface", "mode", "outcome"}),
		answerTime: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "storybot_answer_seconds",
			Help:    "Time from question to answer, as the surface saw it, by surface and mode.",
			Buckets: answerBuckets,
		}, []string{"surface", "mode"}),
		retrieveTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "storybot_retrieval_seconds",
			Help:    "Time spent retrieving passages for a question.",
			Buckets: retrieveBuckets,
		}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_rate_limited_total",
			Help: "Questions refused by the per-user rate limit, by surface.",
		}, []string{"surface"}),
		modelCalls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_model_calls_total",
			Help: "Calls to the model server, by kind (chat, embed, verify) and outcome (ok, retry, error).",
		}, []string{"kind", "outcome"}),
		modelTime: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "storybot_model_call_seconds",
			Help:    "Duration of calls to the model server, by kind.",
			Buckets: modelBuckets,
		}, []string{"kind"}),
		tokens: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_model_tokens_total",
			Help: "Tokens the model server reported, by kind (prompt, completion).",
		}, []string{"kind"}),
		verifies: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_verify_total",
			Help: "Answers whose claims the verifier was asked about (llm.verify = \"model\"), by outcome (ok; failed or timeout: the checked answer was shown unverified).",
		}, []string{"outcome"}),
		verifyTime: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "storybot_verify_seconds",
			Help:    "Time an answer waited for the verifier, retries included.",
			Buckets: verifyBuckets,
		}),
		verifyTokens: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_verify_tokens_total",
			Help: "Tokens the verifier's server reported, by kind (prompt, completion); not in storybot_model_tokens_total.",
		}, []string{"kind"}),
		verifyLabels: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_verify_claims_total",
			Help: "Claims the verifier labelled, by label (supported; contradicted and not_in_passage were dropped).",
		}, []string{"label"}),
		queueLength: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "storybot_queue_length",
			Help: "Questions waiting for an answering slot.",
		}),
		queueWait: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "storybot_queue_wait_seconds",
			Help:    "Time a question waited in the queue before it was answered, by surface.",
			Buckets: queueBuckets,
		}, []string{"surface"}),
		queueRefused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_queue_refused_total",
			Help: "Questions refused a place in the queue, by surface and reason (full: the queue or the user's share of it; wait: the expected wait is past discord.max_queue_wait).",
		}, []string{"surface", "reason"}),
		restErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storybot_discord_rest_errors_total",
			Help: "Discord REST responses that count toward Discord's 10,000 invalid requests per 10 minutes, by status (401, 403, 429) and rate-limit scope (user, global, shared, or empty).",
		}, []string{"status", "scope"}),
	}
	m.reg.MustRegister(m.questions, m.answerTime, m.retrieveTime, m.rateLimited, m.modelCalls, m.modelTime, m.tokens,
		m.verifies, m.verifyTime, m.verifyTokens, m.verifyLabels, m.queueLength, m.queueWait, m.queueRefused, m.restErrors,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Answered records one question: its outcome, the answer latency the
// surface measured, the retrieval time in a.Timings, and what the
// verifier did and cost (a.Verification, a.VerifyUsage, a.Timings). a may
// be nil when err is set.
func (m *Metrics) Answered(surface string, a *bot.Answer, err error, latency time.Duration) {
	mode, outcome := classify(a, err)
	m.questions.WithLabelValues(surface, mode, outcome).Inc()
	m.answerTime.WithLabelValues(surface, mode).Observe(latency.Seconds())
	if a != nil && err == nil {
		m.retrieveTime.Observe(a.Timings.RetrieveMS / 1000)
		m.verified(a)
	}
}

// verified records the verifier's part of an answer, if it was asked.
func (m *Metrics) verified(a *bot.Answer) {
	v := a.Verification
	if v == nil {
		return
	}
	m.verifies.WithLabelValues(v.Outcome).Inc()
	m.verifyTime.Observe(a.Timings.VerifyMS / 1000)
	if u := a.VerifyUsage; u != nil {
		for kind, n := range map[string]int{"prompt": u.PromptTokens, "completion": u.CompletionTokens} {
			if n > 0 {
				m.verifyTokens.WithLabelValues(kind).Add(float64(n))
			}
		}
	}
	for _, l := range v.Labels {
		m.verifyLabels.WithLabelValues(l.Label).Inc()
	}
}

func classify(a *bot.Answer, err error) (mode, outcome string) {
	switch {
	case errors.Is(err, bot.ErrEmptyQuestion) || errors.Is(err, bot.ErrQuestionTooLong):
		return "none", OutcomeRejected
	case err != nil || a == nil:
		return "none", OutcomeFailed
	}
	mode = a.Mode
	if mode == "" {
		mode = bot.ModeExtractive
	}
	switch {
	case a.FallbackReason != "":
		return mode, OutcomeFellBack
	case a.Abstained:
		return mode, OutcomeAbstained
	}
	return mode, OutcomeAnswered
}

// RateLimited records a question refused by the rate limit.
func (m *Metrics) RateLimited(surface string) { m.rateLimited.WithLabelValues(surface).Inc() }

// QueueLength sets how many questions wait for an answering slot.
func (m *Metrics) QueueLength(n int) { m.queueLength.Set(float64(n)) }

// QueueWait records how long a question waited for a slot.
func (m *Metrics) QueueWait(surface string, d time.Duration) {
	m.queueWait.WithLabelValues(surface).Observe(d.Seconds())
}

// QueueRefused records a question refused a place in the queue.
func (m *Metrics) QueueRefused(surface, reason string) {
	m.queueRefused.WithLabelValues(surface, reason).Inc()
}

// RESTError records a Discord REST response with status 401, 403 or 429.
func (m *Metrics) RESTError(status int, scope string) {
	m.restErrors.WithLabelValues(strconv.Itoa(status), scope).Inc()
}

// ModelCall records one call to the model server: kind is chat or embed,
// outcome ok, retry (a failed attempt that will be retried) or error.
func (m *Metrics) ModelCall(kind, outcome string, latency time.Duration) {
	m.modelCalls.WithLabelValues(kind, outcome).Inc()
	m.modelTime.WithLabelValues(kind).Observe(latency.Seconds())
}

// Tokens adds n tokens of kind prompt or completion.
func (m *Metrics) Tokens(kind string, n int) {
	if n > 0 {
		m.tokens.WithLabelValues(kind).Add(float64(n))
	}
}

// A Check reports whether one part of the process is healthy: nil when it
// is, else an error saying what is wrong (shown in /healthz, so it must
// hold no secret). An error wrapping ErrDegraded (see Degraded) means the
// part works in part: /healthz says "degraded" but still answers 200, so
// an orchestrator does not restart a process that is serving. It must be
// cheap and honour ctx.
type Check func(ctx context.Context) error

// ErrDegraded marks a check's error as degraded rather than unavailable.
var ErrDegraded = errors.New("degraded")

// Degraded marks err as degraded; nil stays nil.
func Degraded(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrDegraded, err)
}
