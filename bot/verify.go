package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/storybot-dev/storybot/ground"
	"github.com/storybot-dev/storybot/prompts"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// Verifier labels the claims of an answer that passed the claim check,
// each against the passages it cites: the optional second opinion of LLM
// mode (llm.verify = "model"). It is asked once per answer. The bot checks
// what it returns: every claim labelled once, with a known label.
type Verifier interface {
	Verify(ctx context.Context, req VerifyRequest) (VerifyResult, error)
}

// VerifyRequest is what a Verifier gets: only claims the claim check kept.
type VerifyRequest struct {
	Question string
	// Passages are the passages the claims cite, numbered as the
	// answering model saw them.
	Passages []Passage
	Claims   []VerifyClaim
}

// VerifyClaim is one kept claim, its markers removed, with the evidence
// its citations show.
type VerifyClaim struct {
	ID     int // 1, 2, ... in the answer's order
	Text   string
	Quotes []VerifyQuote
}

// VerifyQuote is what a claim's citation of passage N shows: the quote of
// the claim, or the sentence the check found for it.
type VerifyQuote struct {
	N    int
	Text string
}

// VerifyResult is a Verifier's reply. Usage counts the tokens spent, also
// when the reply could not be used.
type VerifyResult struct {
	Labels []ClaimLabel
	Usage  Usage
}

// ClaimLabel is the verifier's word on one claim.
type ClaimLabel struct {
	ID    int    `json:"id"`
	Label string `json:"label"`
	// Words are the words that decide the label.
	Words string `json:"words,omitempty"`
}

// The labels a verifier gives (the verifier's prompt names them).
const (
	LabelSupported    = prompts.LabelSupported
	LabelContradicted = prompts.LabelContradicted
	LabelNotInPassage = prompts.LabelNotInPassage
)

// Verification outcomes, as reported in Verification.Outcome.
const (
	// VerifyOK: every claim was labelled; those refuted were dropped.
	VerifyOK = "ok"
	// VerifyFailed: the verifier failed or its reply was not the labels
	// asked for; the checked answer is shown as the claim check left it.
	VerifyFailed = "failed"
	// VerifyTimeout: the verifier did not answer in time; the checked
	// answer is shown as the claim check left it.
	VerifyTimeout = "timeout"
)

// Verification is what the verifier made of an answer.
type Verification struct {
	Outcome string `json:"outcome"`
	// Error says why the verifier failed (safe to show: no key).
	Error  string       `json:"error,omitempty"`
	Labels []ClaimLabel `json:"labels,omitempty"`
}

// DropRuleVerifier is the Rule of a claim the verifier dropped.
const DropRuleVerifier = "verifier"

// WithVerifier returns gen with v asked, within timeout, to label the
// claims of each answer that passed the claim check. The bot built on the
// result verifies; its answers wait for the verifier (see answerWithModel
// for what that means for streaming).
func WithVerifier(gen Generator, v Verifier, timeout time.Duration) Generator {
	return &verifying{Generator: gen, v: v, timeout: timeout}
}

// verifying is a Generator with a Verifier: the Bot type stays as it is,
// and a bot without one pays nothing.
type verifying struct {
	Generator
	v       Verifier
	timeout time.Duration
}

// unit is one claim of a checked answer's text, as the text renders it.
type unit struct {
	start, end int
	body       string // markers and bullet removed
	cites      []int  // citation numbers, in order
}

var (
	citeRE   = regexp.MustCompile(`\[(\d+)\]`)
	markRE   = regexp.MustCompile(`\s*\[\d+\]`)
	bulletRE = regexp.MustCompile(`^\s*(?:[-*•+]|\d{1,2}[.)])\s+`)
)

// unitsOf cuts a checked answer's text into its claims, with the splitter
// the claim check uses, line by line.
func unitsOf(txt string, ncite int) []unit {
	var out []unit
	for off := 0; off < len(txt); {
		end := strings.IndexByte(txt[off:], '\n')
		if end < 0 {
			end = len(txt)
		} else {
			end += off
		}
		for _, sp := range text.Split(txt, off, end, text.SplitOptions{Markers: true, Quotes: true}) {
			u := unit{start: sp.Start, end: sp.End}
			s := txt[sp.Start:sp.End]
			for _, m := range citeRE.FindAllStringSubmatch(s, -1) {
				if n, _ := strconv.Atoi(m[1]); n >= 1 && n <= ncite {
					u.cites = append(u.cites, n)
				}
			}
			s = markRE.ReplaceAllString(bulletRE.ReplaceAllString(s, ""), "")
			u.body = strings.Join(strings.Fields(s), " ")
			out = append(out, u)
		}
		off = end + 1
	}
	return out
}

// verify asks the verifier about the claims v kept and removes those it
// refutes from v. It returns "" when v can be shown, or, when what is left
// no longer answers the question, the reason for the extractive answer.
// A verifier that fails leaves v as it is: it never holds back an answer
// the claim check accepted.
func (b *Bot) verify(ctx context.Context, vf *verifying, ans *Answer, v *ground.Verdict) string {
	units := unitsOf(v.Text, len(v.Citations))
	req := VerifyRequest{Question: ans.Question}
	var ids []int // index in units of each claim asked about
	inReq := map[int]bool{}
	for i, u := range units {
		if len(u.cites) == 0 {
			continue // no fact cited ("Sure!"): nothing to verify
		}
		c := VerifyClaim{ID: len(req.Claims) + 1, Text: u.body}
		for _, cn := range u.cites {
			cit := v.Citations[cn-1]
			p := passageOf(ans.Passages, cit)
			if p == nil {
				continue
			}
			c.Quotes = append(c.Quotes, VerifyQuote{N: p.N, Text: cit.Quote})
			if !inReq[p.N] {
				inReq[p.N] = true
				req.Passages = append(req.Passages, *p)
			}
		}
		req.Claims = append(req.Claims, c)
		ids = append(ids, i)
	}
	if len(req.Claims) == 0 {
		return "" // an abstention: nothing claimed
	}
	start := time.Now()
	vctx, cancel := context.WithTimeout(ctx, vf.timeout)
	res, err := vf.v.Verify(vctx, req)
	cancel()
	ans.Timings.VerifyMS = ms(time.Since(start))
	if u := res.Usage; u != (Usage{}) {
		ans.VerifyUsage = &u
	}
	if err == nil {
		err = checkLabels(res.Labels, len(req.Claims))
	}
	if err != nil {
		out := VerifyFailed
		if errors.Is(err, context.DeadlineExceeded) {
			out = VerifyTimeout
		}
		ans.Verification = &Verification{Outcome: out, Error: err.Error()}
		b.log.Warn("verifier failed; showing the checked answer unverified", "outcome", out, "err", err.Error())
		return ""
	}
	ans.Verification = &Verification{Outcome: VerifyOK, Labels: res.Labels}
	drop := map[int]bool{} // index in units
	var dropped []ground.DroppedClaim
	for _, l := range res.Labels {
		if l.Label == LabelSupported {
			continue
		}
		u := units[ids[l.ID-1]]
		drop[ids[l.ID-1]] = true
		why := "verifier: " + strings.ReplaceAll(l.Label, "_", " ")
		if w := strings.TrimSpace(l.Words); w != "" {
			why += ": " + strconv.Quote(text.Clip(w, 120))
		}
		dropped = append(dropped, ground.DroppedClaim{Claim: text.Clip(u.body, 200), Reason: why, Rule: DropRuleVerifier})
	}
	if len(dropped) == 0 {
		return "" // all supported: the answer is unchanged
	}
	b.log.Info("verifier dropped claims the claim check kept", "dropped", len(dropped), "of", len(req.Claims))
	return dropUnits(v, units, drop, dropped, ans.Question)
}

// dropUnits removes the units drop marks from v, recording dropped. It
// returns "" when what is left can be shown, or, when it no longer answers
// the question, the reason for the extractive answer (the first claim
// dropped and why), as after the check's own drops.
func dropUnits(v *ground.Verdict, units []unit, drop map[int]bool, dropped []ground.DroppedClaim, asked string) string {
	v.Dropped = append(v.Dropped, dropped...)
	first := fmt.Sprintf("unsupported claim %q: %s", dropped[0].Claim, dropped[0].Reason)
	if v.Unsupported == "" {
		v.Unsupported = first
	}
	keep(v, units, drop, asked)
	if len(v.Citations) == 0 || !v.Answers {
		return first
	}
	return ""
}

// keep rewrites v with the dropped units removed: the text keeps the
// others and their separators, the citations they use are renumbered by
// first use, and Answers says whether a kept claim still answers asked.
func keep(v *ground.Verdict, units []unit, drop map[int]bool, asked string) {
	var b strings.Builder
	renum := map[int]int{}
	cits := v.Citations[:0:0]
	qt := question.Classify(asked)
	v.Answers = false
	pending, prevEnd := "", 0
	for i, u := range units {
		sep := v.Text[prevEnd:u.start]
		prevEnd = u.end
		if strings.Count(sep, "\n") >= strings.Count(pending, "\n") {
			pending = sep
		}
		if drop[i] {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(pending)
		}
		pending = ""
		b.WriteString(citeRE.ReplaceAllStringFunc(v.Text[u.start:u.end], func(m string) string {
			n, _ := strconv.Atoi(m[1 : len(m)-1])
			if n < 1 || n > len(v.Citations) {
				return m
			}
			if renum[n] == 0 {
				c := v.Citations[n-1]
				c.N = len(cits) + 1
				cits = append(cits, c)
				renum[n] = c.N
			}
			return "[" + strconv.Itoa(renum[n]) + "]"
		}))
		if len(u.cites) > 0 && (qt == question.General || qt.In(u.body, asked)) {
			v.Answers = true
		}
	}
	v.Text = strings.TrimSpace(b.String())
	v.Citations = cits
}

// checkLabels reports a reply that is not the labels asked for: each of
// the n claims labelled once, with one of the three labels.
func checkLabels(ls []ClaimLabel, n int) error {
	seen := make([]bool, n+1)
	for _, l := range ls {
		switch {
		case l.ID < 1 || l.ID > n:
			return fmt.Errorf("the verifier labelled claim %d of %d", l.ID, n)
		case seen[l.ID]:
			return fmt.Errorf("the verifier labelled claim %d twice", l.ID)
		case l.Label != LabelSupported && l.Label != LabelContradicted && l.Label != LabelNotInPassage:
			return fmt.Errorf("the verifier gave claim %d the label %q", l.ID, text.Clip(l.Label, 40))
		}
		seen[l.ID] = true
	}
	if len(ls) != n {
		return fmt.Errorf("the verifier labelled %d of %d claims", len(ls), n)
	}
	return nil
}

// passageOf is the passage a citation quotes from.
func passageOf(ps []Passage, c Citation) *Passage {
	for i := range ps {
		p := &ps[i]
		if p.Source == c.Source && p.Start <= c.Start && c.End <= p.End {
			return p
		}
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
