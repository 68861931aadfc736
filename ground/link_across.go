package ground

import "github.com/storybot-dev/storybot/text"

// linkAcross: a cause joins two facts, and a sentence must say them
// together. A claim marking one fact and, after a word of cause, the other
// with a marker of its own ("The strike began on Thursday [1] because two
// workers were killed in March [4]", "The gang clashes began on Saturday
// [1], set off by the government's declaration [4]", "He was shot dead
// Sunday [1] because of the elections [1]") has drawn the link itself,
// unless a cited sentence holds both: half of each side's content words,
// one at least, or, both sides marked with one passage, that passage says
// a cause (causeIn). It returns the link word, or "".
func linkAcross(claimText string, groups []group, scope []evidence) string {
	if w := frontedLink(claimText, groups, scope); w != "" {
		return w
	}
	for gi := 0; gi+1 < len(groups); gi++ {
		g, h := groups[gi], groups[gi+1]
		if h.start < g.end {
			continue
		}
		if sharesPassage(g.ns, h.ns) && causeIn(h.ns, scope) {
			continue // the passage draws a cause itself: the link rule reads it
		}
		between := text.Words(claimText[g.end:h.start])
		at, width := linkAt(between)
		if at < 0 {
			continue
		}
		from := 0
		if gi > 0 {
			from = groups[gi-1].end
		}
		a, b := sideTerms(text.Words(claimText[from:g.start])), sideTerms(between[at+width:])
		if len(a) == 0 || len(b) == 0 {
			continue
		}
		if !saidTogether(a, b, append(append([]int{}, g.ns...), h.ns...), scope) {
			return between[at]
		}
	}
	return ""
}

// linkAt finds a word of cause in ws ("because", "due to", "set off"):
// its index and its width in words; -1 when there is none.
func linkAt(ws []string) (int, int) {
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		switch {
		case w == "set" && next == "off":
			return i, 2
		case (w == "led" || w == "due") && next != "to":
			continue
		case linkClasses[0].words[w]:
			return i, 1
		}
	}
	return -1, 0
}

// sideTerms are the content terms of one side of a link, talk about the
// passages aside.
func sideTerms(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		if t := stemOf(w); t != "" && !metaTerms[t] {
			m[t] = true
		}
	}
	return m
}

// saidTogether reports a sentence of the cited passages holding a term
// (or a synonym) of each side, and half of each side's. A sentence
// opening on what the one before said ("That declaration seemed to set
// off violence", "It ...") is read with that one: the passage's own
// link across its sentences.
func saidTogether(a, b map[string]bool, cited []int, scope []evidence) bool {
	holds := func(terms ...map[string]bool) bool {
		in := func(side map[string]bool) int {
			k := 0
			for t := range side {
				for _, st := range terms {
					if st[t] || anySynonymIn(st, t) {
						k++
						break
					}
				}
			}
			return k
		}
		inA, inB := in(a), in(b)
		return inA > 0 && inB > 0 && 2*inA >= len(a) && 2*inB >= len(b)
	}
	for _, n := range cited {
		if n < 1 || n > len(scope) {
			continue
		}
		e := &scope[n-1]
		for i := range e.sents {
			if holds(e.sents[i].terms) {
				return true
			}
		}
		if e.full != nil {
			e = e.full // the sentence before a quoted one is the passage's
		}
		for i := 1; i < len(e.sents); i++ {
			if ws := e.sents[i].ws; len(ws) > 0 && anaphorOpeners[ws[0]] && holds(e.sents[i-1].terms, e.sents[i].terms) {
				return true
			}
		}
	}
	return false
}

// anaphorOpeners open a sentence on what the one before said: "That
// declaration", "This", "It".
var anaphorOpeners = set("this that these those it they he she its their his her such")

// causeIn reports a word of cause ("because", "caused", "prompted") in a
// sentence of one of the passages ns: a passage cited on both sides of a
// claim's link may draw it across its sentences ("The walkout came
// because ..."), which the link rule reads.
func causeIn(ns []int, scope []evidence) bool {
	for _, n := range ns {
		if n < 1 || n > len(scope) {
			continue
		}
		for _, s := range scope[n-1].sents {
			if at, _ := linkAt(s.ws); at >= 0 {
				return true
			}
		}
	}
	return false
}

// sharesPassage reports a passage number in both lists.
func sharesPassage(a, b []int) bool {
	for _, x := range a {
		if containsInt(b, x) {
			return true
		}
	}
	return false
}

// frontedLink is linkAcross for a claim opening with its cause: "Because
// two workers were killed in March [5], the union called the strike [1]".
// The cause is what stands before the first marker, the effect what stands
// between it and the second.
func frontedLink(claimText string, groups []group, scope []evidence) string {
	if len(groups) < 2 {
		return ""
	}
	g, h := groups[0], groups[1]
	if h.start < g.end || sharesPassage(g.ns, h.ns) && causeIn(h.ns, scope) {
		return ""
	}
	head := text.Words(claimText[:g.start])
	at, width := linkAt(head)
	if at != 0 {
		return ""
	}
	a, b := sideTerms(head[width:]), sideTerms(text.Words(claimText[g.end:h.start]))
	if len(a) == 0 || len(b) == 0 {
		return ""
	}
	if !saidTogether(a, b, append(append([]int{}, g.ns...), h.ns...), scope) {
		return head[0]
	}
	return ""
}
