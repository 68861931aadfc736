package ground

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// framingRE is a clause saying how the passage frames what it reports:
// "so the link is presented as apparent rather than confirmed", "it is
// described as likely". Its group is the frame.
var framingRE = regexp.MustCompile(`(?i)^(?:so|and|thus|which means|meaning)?\s*(?:the\s+\p{L}+|it|this|that)\s+(?:is|are|was|were)\s+(?:only\s+)?(?:presented|described|framed|portrayed|reported|characteri[sz]ed|put|given|treated)\s+as\s+(.+?)\W*$`)

var (
	// hedgedFrames call a report uncertain.
	hedgedFrames = set("apparent possible probable likely uncertain unconfirmed tentative speculative suggested unclear unproven alleged suspected")
	// certainFrames call it settled.
	certainFrames = set("confirmed certain fact definite established proven sure")
	// frameGlue are the other words a frame may hold.
	frameGlue = set("a an the rather than not but only merely something more less")
)

// framedHedge reads a clause after a claim's last marker that says how
// the passage frames its report ("…[1: "seemed to set off violence"], so
// the link is presented as apparent rather than confirmed"): talk about
// the passage, true when the frame matches its quotes. A frame calling it
// uncertain ("apparent", "not confirmed", "rather than confirmed") needs a
// hedge in a quote the claim cites (or, without quotes, in a cited
// passage); one calling it settled ("presented as confirmed") needs none
// there. ok is false when the clause is no frame, or one the quotes belie.
func framedHedge(tail string, groups []group, cited []int, ev []evidence) bool {
	m := framingRE.FindStringSubmatch(tail)
	if m == nil {
		return false
	}
	hedged, certain, negated := false, false, false
	for _, w := range text.Words(m[1]) {
		switch {
		case w == "not" || w == "than":
			negated = true
		case hedgedFrames[w]:
			hedged = hedged || !negated
			certain = certain || negated
		case certainFrames[w]:
			hedged = hedged || negated
			certain = certain || !negated
		case !frameGlue[w]:
			return false // the frame says more than how sure the passage is
		}
	}
	if hedged == certain {
		return false // no frame, or both at once
	}
	var said []string
	for _, g := range groups {
		for _, q := range g.quotes {
			said = append(said, q.q)
		}
	}
	if len(said) == 0 {
		for _, n := range cited {
			said = append(said, ev[n-1].raw)
		}
	}
	hedges := false
	for _, s := range said {
		ws := text.Words(s)
		for i := range ws {
			if hedgeAt(ws, i) {
				hedges = true
			}
		}
	}
	return hedges == hedged
}

// framedTail returns a claim's body up to its last marker when what
// follows that marker is a frame its quotes bear out (framedHedge).
func framedTail(claimText string, groups []group, cited []int, ev []evidence) (string, bool) {
	if len(groups) == 0 || len(cited) == 0 {
		return "", false
	}
	last := groups[len(groups)-1].end
	tail := strings.TrimLeft(claimBody(claimText[last:], nil), ",;:-–—() ")
	if !strings.Contains(tail, " as ") || !framedHedge(tail, groups, cited, ev) {
		return "", false
	}
	return claimBody(claimText[:last], groups), true
}
