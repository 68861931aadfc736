package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// RESTMetrics, when Options.Metrics has it too, counts the Discord REST
// responses that count toward Discord's limit of 10,000 invalid requests
// in 10 minutes: 401, 403 and 429 (scope: "user", "global", "shared" or
// "" when Discord did not say).
type RESTMetrics interface {
	RESTError(status int, scope string)
}

// globalGate is the transport under discordgo's HTTP client that makes
// Discord's global rate limit global. discordgo only honours a global
// 429 that carries X-RateLimit-Reset-After, which Discord's global 429s
// do not: after one (X-RateLimit-Global: true or X-RateLimit-Scope:
// global), every REST call waits here until Retry-After has passed.
// Interaction responses and interaction webhooks go on: "Interaction
// endpoints are not bound to the bot's Global Rate Limit"
// (https://discord.com/developers/docs/topics/rate-limits).
type globalGate struct {
	next    http.RoundTripper
	metrics RESTMetrics
	log     *slog.Logger

	mu    sync.Mutex
	until time.Time
}

func (g *globalGate) RoundTrip(r *http.Request) (*http.Response, error) {
	if !exemptFromGlobal(r.URL.Path) {
		if err := g.wait(r.Context()); err != nil {
			return nil, err
		}
	}
	resp, err := g.next.RoundTrip(r)
	if err != nil {
		return nil, err
	}
	switch resp.StatusCode {
	case http.StatusUnauthorized, http.StatusForbidden, http.StatusTooManyRequests:
		scope := resp.Header.Get("X-RateLimit-Scope")
		if g.metrics != nil {
			g.metrics.RESTError(resp.StatusCode, scope)
		}
		if resp.StatusCode == http.StatusTooManyRequests &&
			(strings.EqualFold(resp.Header.Get("X-RateLimit-Global"), "true") || scope == "global") {
			g.pause(resp)
		}
	}
	return resp, nil
}

// wait holds a request until the global limit is over; a request whose
// context ends first fails without being sent (it would get a 429).
func (g *globalGate) wait(ctx context.Context) error {
	g.mu.Lock()
	until := g.until
	g.mu.Unlock()
	d := time.Until(until)
	if d <= 0 {
		return nil
	}
	if dl, ok := ctx.Deadline(); ok && dl.Before(until) {
		return fmt.Errorf("discord: global rate limit for another %s, past this request's deadline", d.Round(time.Millisecond))
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// pause starts (or extends) the global pause from a 429: Retry-After, or
// the body's retry_after (more precise), whichever is longer.
func (g *globalGate) pause(resp *http.Response) {
	d := time.Second // Discord's usual global window, when it says nothing
	if s, err := strconv.ParseFloat(resp.Header.Get("Retry-After"), 64); err == nil && s >= 0 {
		d = time.Duration(s * float64(time.Second))
	}
	if resp.Body != nil {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(body))
		var b struct {
			RetryAfter float64 `json:"retry_after"`
		}
		if json.Unmarshal(body, &b) == nil && b.RetryAfter > 0 {
			d = max(d, time.Duration(b.RetryAfter*float64(time.Second)))
		}
	}
	d = min(d, 10*time.Minute)
	until := time.Now().Add(d)
	g.mu.Lock()
	extended := until.After(g.until)
	if extended {
		g.until = until
	}
	g.mu.Unlock()
	if extended && g.log != nil {
		g.log.Warn("Discord global rate limit: pausing REST calls", "for", d)
	}
}

func exemptFromGlobal(path string) bool {
	return strings.Contains(path, "/interactions/") || strings.Contains(path, "/webhooks/")
}

// restSession is the bot's REST client: discordgo's, except that every
// call about one interaction (its response, edits of it and follow-ups)
// goes through rate-limit buckets of that interaction's own. Discord
// limits each webhook id + token on its own, but discordgo puts every
// interaction edit into one bucket: one 429 there stalled every answer.
// The buckets go with the interaction (its token lives 15 minutes), so
// discordgo's bucket map does not grow by one per interaction either.
type restSession struct {
	*discordgo.Session

	mu        sync.Mutex
	lims      map[string]*tokenLimits
	lastSweep time.Time
}

type tokenLimits struct {
	rl   *discordgo.RateLimiter
	seen time.Time
}

// interactionTokenLife: Discord accepts an interaction's token for 15
// minutes.
const interactionTokenLife = 15 * time.Minute

func newRESTSession(s *discordgo.Session) *restSession {
	return &restSession{Session: s, lims: map[string]*tokenLimits{}, lastSweep: time.Now()}
}

// bucket locks the bucket key of the interaction's own limiter.
func (r *restSession) bucket(token, key string) *discordgo.Bucket {
	now := time.Now()
	r.mu.Lock()
	if now.Sub(r.lastSweep) > time.Minute {
		for t, l := range r.lims {
			if now.Sub(l.seen) > interactionTokenLife {
				delete(r.lims, t)
			}
		}
		r.lastSweep = now
	}
	l := r.lims[token]
	if l == nil {
		l = &tokenLimits{rl: discordgo.NewRatelimiter()}
		r.lims[token] = l
	}
	l.seen = now
	r.mu.Unlock()
	return l.rl.LockBucket(key)
}

func (r *restSession) request(token, method, uri, bucket string, data any, opts ...discordgo.RequestOption) ([]byte, error) {
	body, err := json.Marshal(data)
	if err != nil {
		return nil, err
	}
	return r.RequestWithLockedBucket(method, uri, "application/json", body, r.bucket(token, bucket), 0, opts...)
}

func (r *restSession) InteractionRespond(i *discordgo.Interaction, resp *discordgo.InteractionResponse, opts ...discordgo.RequestOption) error {
	if resp.Data != nil && len(resp.Data.Files) > 0 {
		return r.Session.InteractionRespond(i, resp, opts...)
	}
	uri := discordgo.EndpointInteractionResponse(i.ID, i.Token)
	_, err := r.request(i.Token, "POST", uri, "callback", resp, opts...)
	return err
}

func (r *restSession) InteractionResponseEdit(i *discordgo.Interaction, e *discordgo.WebhookEdit, opts ...discordgo.RequestOption) (*discordgo.Message, error) {
	if len(e.Files) > 0 {
		return r.Session.InteractionResponseEdit(i, e, opts...)
	}
	uri := discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original")
	body, err := r.request(i.Token, "PATCH", uri, "edit", e, opts...)
	if err != nil {
		return nil, err
	}
	var m discordgo.Message
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, fmt.Errorf("%w: %s", discordgo.ErrJSONUnmarshal, err)
	}
	return &m, nil
}

func (r *restSession) FollowupMessageCreate(i *discordgo.Interaction, wait bool, p *discordgo.WebhookParams, opts ...discordgo.RequestOption) (*discordgo.Message, error) {
	if len(p.Files) > 0 {
		return r.Session.FollowupMessageCreate(i, wait, p, opts...)
	}
	uri := discordgo.EndpointWebhookToken(i.AppID, i.Token)
	if wait {
		uri += "?wait=true"
	}
	body, err := r.request(i.Token, "POST", uri, "followup", p, opts...)
	if err != nil || !wait {
		return nil, err
	}
	var m discordgo.Message
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, fmt.Errorf("%w: %s", discordgo.ErrJSONUnmarshal, err)
	}
	return &m, nil
}
