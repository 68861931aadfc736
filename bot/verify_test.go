package bot

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storybot-dev/storybot/ground"
	"github.com/storybot-dev/storybot/story"
)

// scriptedVerifier labels claims from a script: by default each claim is
// supported unless its text holds a key of refute.
type scriptedVerifier struct {
	refute map[string]string // claim word -> label
	labels []ClaimLabel      // when set, the reply whatever the claims
	err    error
	block  bool // wait for the deadline

	mu  sync.Mutex
	got []VerifyRequest
}

func (s *scriptedVerifier) Verify(ctx context.Context, req VerifyRequest) (VerifyResult, error) {
	s.mu.Lock()
	s.got = append(s.got, req)
	s.mu.Unlock()
	u := Usage{PromptTokens: 300, CompletionTokens: 30, TotalTokens: 330}
	if s.block {
		select {
		case <-ctx.Done():
			return VerifyResult{}, ctx.Err()
		case <-time.After(5 * time.Second):
			return VerifyResult{}, errors.New("not cut by the verifier's timeout")
		}
	}
	if s.err != nil {
		return VerifyResult{Usage: u}, s.err
	}
	if s.labels != nil {
		return VerifyResult{Labels: s.labels, Usage: u}, nil
	}
	var ls []ClaimLabel
	for _, c := range req.Claims {
		l := ClaimLabel{ID: c.ID, Label: LabelSupported, Words: "as quoted"}
		for w, label := range s.refute {
			if strings.Contains(c.Text, w) {
				l = ClaimLabel{ID: c.ID, Label: label, Words: "the passage says otherwise about " + w}
			}
		}
		ls = append(ls, l)
	}
	return VerifyResult{Labels: ls, Usage: u}, nil
}

// verifyReply has three claims the check keeps and one it drops (no word
// of "army bombed" is in passage 1).
const (
	verifyQ     = "What happened in the prison violence?"
	verifyReply = `The toll rose from 18 to 31 [1: "raised the death toll from the violence from 18 to 31"]. ` +
		"Guillermo Rodriguez heads the prison authority [1]. In Esmeraldas, 15 prison guards were held hostage [2]. " +
		"The army bombed the jail [1]."
)

func askVerified(t *testing.T, reply string, v Verifier, q Question) *Answer {
	t.Helper()
	gen := &scripted{text: reply}
	if q.Text == "" {
		q.Text = verifyQ
	}
	ans, err := testBot(t, WithVerifier(gen, v, time.Second)).Ask(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	checkCitations(t, story.Parse("ecuador.txt", testStory), ans.Text, ans.Citations)
	return ans
}

// unverified is the answer the claim check alone gives.
func unverified(t *testing.T, reply string) *Answer {
	t.Helper()
	ans, err := testBot(t, &scripted{text: reply}).Ask(context.Background(), Question{Text: verifyQ})
	if err != nil {
		t.Fatal(err)
	}
	return ans
}

func TestVerifierDropsARefutedClaim(t *testing.T) {
	for _, label := range []string{LabelContradicted, LabelNotInPassage} {
		t.Run(label, func(t *testing.T) {
			v := &scriptedVerifier{refute: map[string]string{"Rodriguez": label}}
			ans := askVerified(t, verifyReply, v, Question{})
			want := "The toll rose from 18 to 31 [1]. In Esmeraldas, 15 prison guards were held hostage [2]."
			if ans.Mode != ModeLLM || ans.Text != want {
				t.Fatalf("mode %s, text %q (fallback %q), want %q", ans.Mode, ans.Text, ans.FallbackReason, want)
			}
			if len(ans.Citations) != 2 || !strings.Contains(ans.Citations[1].Quote, "Esmeraldas") {
				t.Errorf("citations not renumbered: %+v", ans.Citations)
			}
			var d *DroppedClaim
			for i := range ans.DroppedClaims {
				if ans.DroppedClaims[i].Rule == DropRuleVerifier {
					d = &ans.DroppedClaims[i]
				}
			}
			wantWhy := "verifier: " + strings.ReplaceAll(label, "_", " ") + `: "the passage says otherwise about Rodriguez"`
			if d == nil || d.Claim != "Guillermo Rodriguez heads the prison authority." || d.Reason != wantWhy {
				t.Errorf("dropped claims %+v, want Rodriguez's with reason %q", ans.DroppedClaims, wantWhy)
			}
			if ans.Verification == nil || ans.Verification.Outcome != VerifyOK || len(ans.Verification.Labels) != 3 {
				t.Errorf("verification = %+v, want ok with 3 labels", ans.Verification)
			}
			if ans.VerifyUsage == nil || ans.VerifyUsage.TotalTokens != 330 || ans.Usage.TotalTokens != 120 {
				t.Errorf("usage %+v, verifier's %+v: want the model's 120 and the verifier's 330 apart", ans.Usage, ans.VerifyUsage)
			}
		})
	}
}

// A verifier that supports every claim leaves the answer byte for byte
// as the claim check gave it.
func TestVerifierSupportingEverythingChangesNothing(t *testing.T) {
	want := unverified(t, verifyReply)
	got := askVerified(t, verifyReply, &scriptedVerifier{}, Question{})
	if diff := cmp.Diff(want.Text, got.Text); diff != "" {
		t.Errorf("text changed (-unverified +verified):\n%s", diff)
	}
	if diff := cmp.Diff(want.Citations, got.Citations); diff != "" {
		t.Errorf("citations changed:\n%s", diff)
	}
	if diff := cmp.Diff(want.DroppedClaims, got.DroppedClaims); diff != "" {
		t.Errorf("dropped claims changed:\n%s", diff)
	}
	if got.Verification == nil || got.Verification.Outcome != VerifyOK {
		t.Errorf("verification = %+v", got.Verification)
	}
}

// The check's veto holds: the verifier is shown only the claims the check
// kept, and a claim the check dropped never comes back, whatever the
// verifier says.
func TestVerifierCannotRestoreADroppedClaim(t *testing.T) {
	v := &scriptedVerifier{}
	ans := askVerified(t, verifyReply, v, Question{})
	if strings.Contains(ans.Text, "bombed") {
		t.Errorf("a claim the check dropped is shown: %q", ans.Text)
	}
	if len(v.got) != 1 {
		t.Fatalf("%d verifier calls, want 1", len(v.got))
	}
	var claims []string
	for _, c := range v.got[0].Claims {
		claims = append(claims, c.Text)
	}
	want := []string{"The toll rose from 18 to 31.", "Guillermo Rodriguez heads the prison authority.", "In Esmeraldas, 15 prison guards were held hostage."}
	if diff := cmp.Diff(want, claims); diff != "" {
		t.Errorf("claims sent to the verifier (-want +got):\n%s", diff)
	}
	if q := v.got[0].Claims[0].Quotes; len(q) != 1 || q[0].N != 1 || q[0].Text != "raised the death toll from the violence from 18 to 31" {
		t.Errorf("the first claim's evidence = %+v, want its quote of passage 1", q)
	}
	// A reply the check rejects whole is never put to the verifier: the
	// extractive answer is given for the check's reason.
	v = &scriptedVerifier{}
	ans, err := testBot(t, WithVerifier(&scripted{text: "The army bombed the jail [1]."}, v, time.Second)).Ask(context.Background(), Question{Text: verifyQ})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Mode != ModeExtractive || !strings.Contains(ans.FallbackReason, "army bomb") || len(v.got) != 0 {
		t.Errorf("mode %s, fallback %q, %d verifier calls: want the check's fallback, the verifier not asked", ans.Mode, ans.FallbackReason, len(v.got))
	}
	// Even a verifier that claims to label the dropped claim as supported
	// gets no say: its reply is not the labels asked for.
	bad := &scriptedVerifier{labels: []ClaimLabel{{1, LabelSupported, ""}, {2, LabelSupported, ""}, {3, LabelSupported, ""}, {4, LabelSupported, "bombed"}}}
	ans = askVerified(t, verifyReply, bad, Question{})
	if strings.Contains(ans.Text, "bombed") || ans.Verification.Outcome != VerifyFailed {
		t.Errorf("text %q, verification %+v", ans.Text, ans.Verification)
	}
}

// A verifier that fails, times out or replies with something other than
// the labels asked for never holds back the checked answer.
func TestVerifierFailureShowsTheCheckedAnswer(t *testing.T) {
	want := unverified(t, verifyReply)
	tests := []struct {
		name    string
		v       *scriptedVerifier
		outcome string
		err     string
	}{
		{"error", &scriptedVerifier{err: errors.New("the model server failed: HTTP 500")}, VerifyFailed, "HTTP 500"},
		{"timeout", &scriptedVerifier{block: true}, VerifyTimeout, "deadline"},
		{"unknown label", &scriptedVerifier{labels: []ClaimLabel{{1, LabelSupported, ""}, {2, "false", ""}, {3, LabelSupported, ""}}}, VerifyFailed, `label "false"`},
		{"claim missing", &scriptedVerifier{labels: []ClaimLabel{{1, LabelContradicted, ""}, {2, LabelSupported, ""}}}, VerifyFailed, "labelled 2 of 3"},
		{"claim twice", &scriptedVerifier{labels: []ClaimLabel{{1, LabelSupported, ""}, {1, LabelContradicted, ""}, {3, LabelSupported, ""}}}, VerifyFailed, "twice"},
		{"no claims", &scriptedVerifier{labels: []ClaimLabel{}}, VerifyFailed, "labelled 0 of 3"},
		{"claim zero", &scriptedVerifier{labels: []ClaimLabel{{0, LabelContradicted, ""}, {2, LabelSupported, ""}, {3, LabelSupported, ""}}}, VerifyFailed, "claim 0 of 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gen := &scripted{text: verifyReply}
			b := testBot(t, WithVerifier(gen, tt.v, 50*time.Millisecond))
			ans, err := b.Ask(context.Background(), Question{Text: verifyQ})
			if err != nil {
				t.Fatal(err)
			}
			if ans.Mode != ModeLLM || ans.Text != want.Text || ans.FallbackReason != "" {
				t.Errorf("mode %s, text %q (fallback %q), want the checked answer %q", ans.Mode, ans.Text, ans.FallbackReason, want.Text)
			}
			if ans.Verification == nil || ans.Verification.Outcome != tt.outcome || !strings.Contains(ans.Verification.Error, tt.err) {
				t.Errorf("verification = %+v, want %s with %q", ans.Verification, tt.outcome, tt.err)
			}
			if diff := cmp.Diff(want.DroppedClaims, ans.DroppedClaims); diff != "" {
				t.Errorf("dropped claims changed:\n%s", diff)
			}
		})
	}
}

// When the verifier leaves nothing that answers, the extractive answer is
// given, as after the check's own drops; the reason names the verifier.
func TestVerifierRefutingTheAnswerFallsBack(t *testing.T) {
	reply := `The toll rose from 18 to 31 [1: "raised the death toll from the violence from 18 to 31"]. Guillermo Rodriguez heads the prison authority [1].`
	v := &scriptedVerifier{refute: map[string]string{"toll": LabelContradicted}}
	gen := &scripted{text: reply}
	ans, err := testBot(t, WithVerifier(gen, v, time.Second)).Ask(context.Background(), Question{Text: "How many people died in the prison violence?"})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Mode != ModeExtractive || !strings.Contains(ans.FallbackReason, "verifier: contradicted") {
		t.Errorf("mode %s, fallback %q: want the extractive answer, for the verifier", ans.Mode, ans.FallbackReason)
	}
	// Every claim refuted: the same.
	v = &scriptedVerifier{refute: map[string]string{"toll": LabelContradicted, "Rodriguez": LabelNotInPassage}}
	ans = askVerified(t, reply, v, Question{})
	if ans.Mode != ModeExtractive || !strings.Contains(ans.FallbackReason, "verifier:") || ans.Verification == nil || len(ans.DroppedClaims) != 2 {
		t.Errorf("mode %s, fallback %q, verification %+v", ans.Mode, ans.FallbackReason, ans.Verification)
	}
}

// An abstention claims nothing: the verifier is not asked.
func TestVerifierNotAskedAboutAnAbstention(t *testing.T) {
	v := &scriptedVerifier{}
	ans := askVerified(t, "NOT_IN_PASSAGES", v, Question{})
	if !ans.Abstained || len(v.got) != 0 || ans.Verification != nil {
		t.Errorf("abstained %v, %d verifier calls, verification %+v", ans.Abstained, len(v.got), ans.Verification)
	}
}

// With a verifier, a streamed answer shows nothing before it is verified:
// a claim once shown is never withdrawn, and the verifier may refute one.
func TestVerifierStreamsNothingBeforeVerified(t *testing.T) {
	var shown []string
	v := &scriptedVerifier{refute: map[string]string{"Rodriguez": LabelContradicted}}
	gen := &scripted{text: verifyReply, partials: []string{
		"The toll rose from 18 to 31 [1]. Guillermo Rodriguez heads the prison authority [1]. In",
		verifyReply,
	}}
	ans, err := testBot(t, WithVerifier(gen, v, time.Second)).Ask(context.Background(), Question{Text: verifyQ, OnPartial: func(s string) { shown = append(shown, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(shown) != 0 || gen.got.OnPartial != nil {
		t.Errorf("streamed %q before the verifier spoke", shown)
	}
	if strings.Contains(ans.Text, "Rodriguez") {
		t.Errorf("refuted claim shown: %q", ans.Text)
	}
}

// keep removes claims with their markers and keeps the others' layout:
// paragraphs, list items, claims without a marker.
func TestKeepLayout(t *testing.T) {
	cits := []Citation{{N: 1, Quote: "a"}, {N: 2, Quote: "b"}, {N: 3, Quote: "c"}}
	tests := []struct {
		txt  string
		drop []string // words of the claims dropped
		want string
		ns   []string
	}{
		{"One [1]. Two [2]. Three [3].", []string{"Two"}, "One [1]. Three [2].", []string{"a", "c"}},
		{"One [1]. Two [2].\n\nThree [3][1].", []string{"One"}, "Two [1].\n\nThree [2][3].", []string{"b", "c", "a"}},
		{"One [1]. Two [2].\n\nThree [3].", []string{"Two"}, "One [1].\n\nThree [2].", []string{"a", "c"}},
		{"Sure! Here:\n- One [1].\n- Two [2].\n- Three [3].", []string{"Two"}, "Sure! Here:\n- One [1].\n- Three [2].", []string{"a", "c"}},
		{"One [1]. Two [2][1]. Three [3].", []string{"One", "Three"}, "Two [1][2].", []string{"b", "a"}},
	}
	for _, tt := range tests {
		us := unitsOf(tt.txt, len(cits))
		drop := map[int]bool{}
		for i, u := range us {
			for _, w := range tt.drop {
				if strings.Contains(u.body, w) {
					drop[i] = true
				}
			}
		}
		v := ground.Verdict{Text: tt.txt, Citations: cits}
		keep(&v, us, drop, "What happened?")
		var qs []string
		for i, c := range v.Citations {
			if c.N != i+1 {
				t.Errorf("%q: citation %d numbered %d", tt.txt, i+1, c.N)
			}
			qs = append(qs, c.Quote)
		}
		if v.Text != tt.want || !cmp.Equal(qs, tt.ns) || !v.Answers {
			t.Errorf("%q less %v:\n got %q %v (answers %v)\nwant %q %v", tt.txt, tt.drop, v.Text, qs, v.Answers, tt.want, tt.ns)
		}
	}
}
