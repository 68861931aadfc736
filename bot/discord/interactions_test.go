package discord_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/bot/discord"
	"github.com/storybot-dev/storybot/bot/discord/discordtest"
)

func TestSlashAskDefersThenEditsOriginal(t *testing.T) {
	t.Parallel()
	// The answer waits until Discord has the deferred response: the
	// acknowledgement must come before the slow work, not after it.
	var srv atomic.Pointer[discordtest.Server]
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		_, _, err := srv.Load().WaitRequest(ctx, 0, func(r discordtest.Request) bool {
			return r.Method == "POST" && r.Path == "/interactions/501/tok1/callback"
		})
		if err != nil {
			return nil, fmt.Errorf("no deferred response while answering: %w", err)
		}
		return answer("The river rose two metres [1]. Ping @everyone and <@42> and @here."), nil
	})
	h := start(t, a, nil)
	srv.Store(h.srv)
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("501", "tok1", "700", "701", alice,
		discordtest.Ask("How high did the river rise? @everyone <@42>", false)))

	cb, i := h.wait(h.start, "POST", "/interactions/501/tok1/callback")
	var body struct {
		Type int `json:"type"`
		Data struct {
			Flags int `json:"flags"`
		} `json:"data"`
	}
	if err := json.Unmarshal(cb.Body, &body); err != nil {
		t.Fatal(err)
	}
	if body.Type != 5 || body.Data.Flags != 0 {
		t.Errorf("callback type %d flags %d, want a public deferred response (type 5, flags 0)", body.Type, body.Data.Flags)
	}
	edit, _ := h.wait(i, "PATCH", "/webhooks/"+discordtest.AppID+"/tok1/messages/@original")
	m := decode(t, edit)
	content, _ := m["content"].(string)
	if !strings.HasPrefix(content, "The river rose two metres [1].") {
		t.Errorf("content = %q, want the answer", content)
	}
	for _, live := range []string{"@everyone", "@here", "<@42>"} {
		if strings.Contains(content, live) {
			t.Errorf("content keeps a live %q: %q", live, content)
		}
	}
	embeds, _ := m["embeds"].([]any)
	if len(embeds) != 1 {
		t.Fatalf("edit has %d embeds, want the sources embed", len(embeds))
	}
	e := embeds[0].(map[string]any)
	f := e["fields"].([]any)[0].(map[string]any)
	if e["title"] != "Sources" || f["name"] != "[1] Flood in the valley" ||
		!strings.Contains(f["value"].(string), "2024-03-01 · `000_a.txt` bytes 0–40") ||
		!strings.Contains(f["value"].(string), "The river rose two metres overnight") {
		t.Errorf("sources embed = %v", e)
	}
	if q := a.next(t); q.Text != "How high did the river rise? @everyone <@42>" {
		t.Errorf("asked %q", q.Text)
	}
	h.checkNoPings()
}

func TestPrivateAskIsEphemeral(t *testing.T) {
	t.Parallel()
	h := start(t, newFakeAsker(fixed("Yes [1].")), nil)
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("502", "tok2", "700", "701", alice, discordtest.Ask("Did it flood?", true)))
	cb, i := h.wait(h.start, "POST", "/interactions/502/tok2/callback")
	if d := decode(t, cb); d["flags"] != 64.0 {
		t.Errorf("deferred response flags = %v, want 64 (ephemeral)", d["flags"])
	}
	h.wait(i, "PATCH", "/webhooks/"+discordtest.AppID+"/tok2/messages/@original")
	h.checkNoPings()
}

func TestSourcesHelpAndContextMenu(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(fixed("It rose [1]."))
	h := start(t, a, nil)
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("503", "tok3", "700", "701", alice, discordtest.Command("sources")))
	r, _ := h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/tok3/messages/@original")
	if b := string(r.Body); !strings.Contains(b, "Flood in the valley") || !strings.Contains(b, "2024-03-01") {
		t.Errorf("/sources edit = %s, want the story's title and date", b)
	}
	summary := discordtest.Command("summary")
	summary["options"] = []any{map[string]any{"type": 3, "name": "story", "value": "flood"}}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("506", "tok6", "700", "701", alice, summary))
	r, _ = h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/tok6/messages/@original")
	if b := string(r.Body); !strings.Contains(b, "Summary of flood") || !strings.Contains(b, "000_a.txt") {
		t.Errorf("/summary edit = %s, want the summary of the story asked for, with its sources", b)
	}
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("504", "tok4", "", "702", alice, discordtest.Command("help")))
	r, _ = h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/tok4/messages/@original")
	if !strings.Contains(string(r.Body), "/ask") {
		t.Errorf("/help edit = %s", r.Body)
	}
	target := h.srv.UserMessage("600", "700", "701", alice, "<@"+discordtest.BotID+"> how high did the river rise?", true, "")
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("505", "tok5", "700", "701", alice, discordtest.AskMessage(target)))
	h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/tok5/messages/@original")
	if q := a.Questions(); len(q) != 1 || q[0].Text != "how high did the river rise?" {
		t.Errorf("context menu asked %+v, want the message's text without the mention", q)
	}
	h.checkNoPings()
}

func TestLongAnswerIsSplit(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for n := 0; b.Len() < 6000; n++ {
		fmt.Fprintf(&b, "Sätze über Überschwemmungen gehen weiter, Nummer %d [%d]. ", n, n%3+1)
	}
	text := string([]rune(b.String())[:4000])
	h := start(t, newFakeAsker(fixed(text)), nil)
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("506", "tok6", "700", "701", alice, discordtest.Ask("Tell me everything", false)))
	first, i := h.wait(h.start, "PATCH", "/webhooks/"+discordtest.AppID+"/tok6/messages/@original")
	parts := []map[string]any{decode(t, first)}
	// Follow-ups until the one that carries the sources.
	for from := i; ; {
		r, j := h.wait(from, "POST", "/webhooks/"+discordtest.AppID+"/tok6")
		parts = append(parts, decode(t, r))
		if e, _ := parts[len(parts)-1]["embeds"].([]any); len(e) > 0 || len(parts) > 5 {
			break
		}
		from = j + 1
	}
	// 4,000 characters cut at sentence ends in 2,000-character windows.
	if len(parts) < 2 || len(parts) > 3 {
		t.Errorf("answer sent in %d parts, want 2 or 3", len(parts))
	}
	var joined string
	for n, p := range parts {
		c := p["content"].(string)
		if utf8.RuneCountInString(c) > 2000 {
			t.Errorf("part %d has %d characters", n, utf8.RuneCountInString(c))
		}
		if !utf8.ValidString(c) {
			t.Errorf("part %d is not valid UTF-8", n)
		}
		e, _ := p["embeds"].([]any)
		if (n == len(parts)-1) != (len(e) == 1) {
			t.Errorf("part %d has %d embeds; the sources belong in the last part only", n, len(e))
		}
		joined += c
	}
	if strings.Join(strings.Fields(joined), "") != strings.Join(strings.Fields(text), "") {
		t.Error("the parts do not add up to the answer")
	}
	if !strings.HasSuffix(strings.TrimSpace(parts[0]["content"].(string)), ".") {
		t.Errorf("first part ends mid-sentence: %q", parts[0]["content"].(string)[len(parts[0]["content"].(string))-40:])
	}
	h.checkNoPings()
}

// The deferred response is edited even when the answer's deadline has
// passed: the user is never left on "thinking…".
func TestFinalEditAfterTheAnswerDeadline(t *testing.T) {
	t.Parallel()
	a := newFakeAsker(func(ctx context.Context, q bot.Question) (*bot.Answer, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	})
	h := start(t, a, func(o *discord.Options) { o.AnswerTimeout = 30 * time.Millisecond })
	failed := h.log.On("couldn't answer")
	h.dispatch("INTERACTION_CREATE", discordtest.Interaction("560", "tD", "700", "701", alice, discordtest.Ask("Slow?", false)))
	select {
	case <-failed:
	case <-h.ctx.Done():
		t.Fatal("the answer never failed at its deadline")
	}
	// The answer has failed. Stopping the bot waits for every delivery
	// still owed: once Run returns, the edit was made or never will be.
	if err := h.stop(); err != nil {
		t.Errorf("Run = %v", err)
	}
	var edits []string
	for _, r := range h.srv.Requests() {
		if r.Method == "PATCH" && r.Path == editPath("tD") && r.Status == 200 {
			edits = append(edits, string(r.Body))
		}
	}
	if len(edits) == 0 {
		t.Fatal("the deferred response was never edited after the answer's deadline: the user is left on \"thinking…\"")
	}
	if last := edits[len(edits)-1]; !strings.Contains(last, "couldn't answer that just now") {
		t.Errorf("after the deadline the response was edited with %s, want the polite failure line", last)
	}
}
