package ground

import (
	"fmt"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/text"
)

// quoteHit is a marker's quote found in its passage: the group it stands
// in, the passage, and the bytes of the source it matched (start == end
// when it matched the passage's title, which has no bytes in the passage).
type quoteHit struct {
	group, n   int
	start, end int
}

// quoteScope finds every marker quote of a claim in its passage (folded
// for case, quote marks, spaces and hyphens; an ellipsis's parts in
// order). It returns the reason when a quote is not there, the quotes
// found, and what the claim is checked against: for each passage the
// claim quotes, only the sentences its quotes sit in (or the title, when
// it quotes the title); other passages whole.
func quoteScope(groups []group, ev []evidence) (string, []quoteHit, []evidence) {
	var hits []quoteHit
	spans := map[int][]text.Span{}
	title := map[int]bool{}
	for gi, g := range groups {
		for _, mq := range g.quotes {
			if mq.n < 1 || mq.n > len(ev) {
				continue
			}
			e := &ev[mq.n-1]
			if s, end, ok := cite.FindQuote(e.raw, mq.q); ok {
				hits = append(hits, quoteHit{gi, mq.n, e.start + s, e.start + end})
				spans[mq.n] = append(spans[mq.n], text.Span{Start: s, End: end})
				continue
			}
			if _, _, ok := cite.FindQuote(e.title, mq.q); ok && e.title != "" {
				hits = append(hits, quoteHit{gi, mq.n, 0, 0})
				title[mq.n] = true
				continue
			}
			return fmt.Sprintf("quote %q is not in passage %d", text.Clip(mq.q, 80), mq.n), nil, nil
		}
	}
	if len(hits) == 0 {
		return "", nil, ev
	}
	scope := make([]evidence, len(ev))
	copy(scope, ev)
	for n, sp := range spans {
		scope[n-1] = ev[n-1].narrow(sp)
		if title[n] {
			scope[n-1].add(ev[n-1].title)
		}
	}
	for n := range title {
		if spans[n] == nil {
			scope[n-1] = *ev[n-1].titled
		}
	}
	return "", hits, scope
}

func hasQuotes(groups []group) bool {
	for _, g := range groups {
		if len(g.quotes) > 0 {
			return true
		}
	}
	return false
}
