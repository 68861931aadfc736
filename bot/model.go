package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/storybot-dev/storybot/ground"
)

// answerWithModel asks the Generator and checks its reply. It fills ans
// and returns "" when the reply can be shown, or the reason it cannot (the
// caller then gives the extractive answer with that reason).
func (b *Bot) answerWithModel(ctx context.Context, q Question, ans *Answer) string {
	ev := ground.Prepare(ans.Passages)
	vf, _ := b.gen.(*verifying)
	var st *streamCheck
	// With a verifier, the stream shows nothing: a claim the check passed
	// may still be refuted by the verifier, and what a stream shows is
	// never withdrawn (a reader may already have taken it). Verifying
	// claim by claim as they stream would cost a call per claim; one call
	// per answer means the answer appears whole, once verified.
	if q.OnPartial != nil && vf == nil {
		st = &streamCheck{question: ans.Question, ev: ev, out: q.OnPartial,
			open: func(claim string) bool { return b.openAnswer(ans.Passages, claim) != "" }}
	}
	req := GenerateRequest{Question: ans.Question, History: q.History, Passages: ans.Passages}
	if st != nil {
		req.OnPartial = st.partial
	}
	res, err := b.gen.Generate(ctx, req)
	if err != nil {
		return fmt.Sprintf("model failed: %v", err)
	}
	u := res.Usage
	ans.Usage = &u // tokens were spent even when the reply is rejected
	v, reason := checkReply(ev, res.Text, ans.Question)
	ans.DroppedClaims = v.Dropped
	if reason != "" {
		return reason
	}
	reason = b.openAnswered(ans, &v)
	ans.DroppedClaims = v.Dropped
	if reason != "" {
		return reason
	}
	if vf != nil {
		// The verifier sees only the claims the check kept, and can only
		// remove some of them: the check's veto holds.
		reason = b.verify(ctx, vf, ans, &v)
		ans.DroppedClaims = v.Dropped
		if reason != "" {
			return reason
		}
	}
	ans.Text, ans.Citations, ans.Abstained = v.Text, v.Citations, v.Abstained
	return ""
}

// streamCheck shows a streamed reply claim by claim: a claim appears once
// it is complete (another has begun after it) and has passed the support
// test, numbered as the final answer numbers it. What it shows only ever
// grows; it stops at the first sign of a reply that will be rejected
// (the not-found marker, a code block, the prompt).
type streamCheck struct {
	question string
	ev       *ground.Evidence // the passages, made ready once per answer
	out      func(string)
	// open reports a claim saying the passages leave open a question
	// they answer (openAnswer): the final answer drops it, so the
	// stream stops before showing it.
	open    func(claim string) bool
	shown   string
	stopped bool
}

func (s *streamCheck) partial(raw string) {
	if s.stopped {
		return
	}
	txt, stop := partialReply(s.ev, raw, s.question)
	if stop {
		s.stopped = true
		return
	}
	if txt == "" || txt == s.shown {
		return
	}
	if !strings.HasPrefix(txt, s.shown) {
		s.stopped = true // cannot happen by construction; never withdraw text
		return
	}
	if s.open != nil {
		for _, u := range unitsOf(txt, strings.Count(txt, "[")) {
			if u.end > len(s.shown) && s.open(u.body) {
				s.stopped = true
				return
			}
		}
	}
	s.shown = txt
	s.out(txt)
}

// checkReply is the claim check of a whole reply, and partialReply of a
// growing one, each turned from a crash into a rejection: a reply that
// trips a bug in the check is not shown (the extractive answer is given,
// with the reason), and a stream stops showing.
func checkReply(ev *ground.Evidence, reply, question string) (v ground.Verdict, reason string) {
	defer func() {
		if r := recover(); r != nil {
			v, reason = ground.Verdict{}, fmt.Sprintf("claim check failed: %v", r)
		}
	}()
	return checkFn(ev, reply, question)
}

func partialReply(ev *ground.Evidence, raw, question string) (shown string, stop bool) {
	defer func() {
		if r := recover(); r != nil {
			shown, stop = "", true
		}
	}()
	return partialFn(ev, raw, question)
}

// checkFn and partialFn are the check itself, variables so a test can make
// them fail.
var (
	checkFn   = (*ground.Evidence).Check
	partialFn = (*ground.Evidence).Partial
)
