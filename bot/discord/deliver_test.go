package discord

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// editSession records the interaction edits and follow-ups made, and
// whether the context each was made with was still live. Nothing else is
// expected: the embedded nil Session panics.
type editSession struct {
	Session
	mu    sync.Mutex
	calls []string
}

func (s *editSession) record(what string, opts []discordgo.RequestOption) {
	cfg := &discordgo.RequestConfig{Request: httptest.NewRequest(http.MethodPatch, "/", nil)}
	for _, o := range opts {
		o(cfg)
	}
	state := "live"
	if err := cfg.Request.Context().Err(); err != nil {
		state = err.Error()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, what+": "+state)
}

func (s *editSession) InteractionResponseEdit(_ *discordgo.Interaction, _ *discordgo.WebhookEdit, opts ...discordgo.RequestOption) (*discordgo.Message, error) {
	s.record("edit", opts)
	return &discordgo.Message{}, nil
}

func (s *editSession) FollowupMessageCreate(_ *discordgo.Interaction, _ bool, _ *discordgo.WebhookParams, opts ...discordgo.RequestOption) (*discordgo.Message, error) {
	s.record("follow-up", opts)
	return &discordgo.Message{}, nil
}

// The deferred response is edited even when the context it is delivered
// under is done (an answer's deadline, the shutdown's): otherwise the
// user is left on "thinking…". The edits get a live context of their own.
func TestInteractionEditsOutliveTheirContext(t *testing.T) {
	t.Parallel()
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	expired, cancel := context.WithDeadline(context.Background(), time.Unix(0, 0))
	defer cancel()
	for name, ctx := range map[string]context.Context{"cancelled": cancelled, "past its deadline": expired} {
		s := &editSession{}
		h := &Handler{s: s, log: slog.New(slog.DiscardHandler)}
		h.sendInteractionParts(ctx, &discordgo.Interaction{}, []part{textPart("One."), textPart("Two.")}, false)
		if want := []string{"edit: live", "follow-up: live"}; !slices.Equal(s.calls, want) {
			t.Errorf("delivered with a context %s: %q, want %q", name, s.calls, want)
		}
	}
}
