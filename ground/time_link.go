package ground

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// timeLinkRule: "after" joining two events is a link the passage must
// draw too. "The union called the strike after two workers were killed in
// March" pieces the strike's sentence ("called ... after talks broke
// down") and the deaths' sentence into an order the passage never gives.
// The claim passes when one sentence of the cited passages holds half of
// each side's content terms, or two sentences in a row hold one side each
// (the passage telling the events in turn), or the days of the two
// sides' sentences order them. An event no sentence holds is the word
// check's business, not this rule's; an effect no sentence holds is
// pieced when it has two words (piecedOrder). What follows "after" must be
// an event: a day, a span or a count of days orders nothing ("after
// Tuesday", "after two weeks").
func timeLinkRule(claim []string, _, all []sentWords, _ string) string {
	for i, w := range claim {
		if !orderWords[w] || i == 0 || clauseBreaks[claim[i-1]] || w == "following" && determiners[claim[i-1]] {
			continue // a fronted "After ..." orders the whole reply, not a clause
		}
		if spanWord(claim[i-1]) {
			continue // "the day after talks broke down" gives a day, not a link
		}
		if afterIdioms[text.Lemma(claim[i-1])] || i+1 < len(claim) && claim[i+1] == "all" || beAfter[claim[i-1]] {
			continue // "named after", "sought-after", "looks after", "after all", "police are after him"
		}
		effect := linkSide(claim[clauseStart(claim, i):i])
		effect = effect[max(0, len(effect)-sideWidth):]
		after := claimClause(claim, i+1)
		event := linkSide(after)
		event = event[:min(len(event), sideWidth)]
		if d, e := dayIn(claim[clauseStart(claim, i):i]), dayIn(after); d != "" && e != "" && d != e {
			continue // "began on Thursday, after talks broke down on Tuesday": the days order them, which the day rules read
		}
		if len(effect) == 0 || len(event) == 0 || !hasEvent(after) || slices.ContainsFunc(after, isYear) {
			// an event of a year ("after it was relegated at the end of
			// the 2013-14 season") is ordered by its date, which the day
			// and number rules read (isYear: the folded "2013-14" holds "2013")
			continue
		}
		if piecedOrder(effect, event, all) {
			return fmt.Sprintf("link: the claim says %q, no sentence of the passage holds both events", w)
		}
	}
	return ""
}

// orderWords tie an event to an earlier one: "after", "following"
// ("following the announcement"; not "the following day"). Not "before":
// instructions ("fold the flag before burning it") order steps their
// passage tells apart, and faithful answers lost more than bad ones.
var orderWords = set("after following")

// afterIdioms are the words "after" follows in an idiom, not a link:
// "named after", "sought-after", "look after", "take after", "ask after".
var afterIdioms = set("name seek sought look take ask")

// beAfter are the forms of "be" that make "after" a pursuit: "police are
// after El Tigre".
var beAfter = set("is are was were be been being s re")

// sideWidth is how many content terms each side of the link keeps, the
// nearest to "after": a claim's markers are gone from its words, so a
// clause may run on into the next claim's.
const sideWidth = 4

// clauseStart is where the clause ending at claim[i] begins: after the
// last clause break before it.
func clauseStart(claim []string, i int) int {
	for k := i - 1; k >= 0; k-- {
		if clauseBreaks[claim[k]] {
			return k + 1
		}
	}
	return 0
}

// claimClause is claim from i to its clause's end.
func claimClause(claim []string, i int) []string {
	for k := i; k < len(claim); k++ {
		if k > i && clauseBreaks[claim[k]] {
			return claim[i:k]
		}
	}
	return claim[min(i, len(claim)):]
}

// linkSide are the content words of one side of a link: no figures, no
// talk about the passages, no light verb ("came after", "took place"), no
// adverb ("eventually ended after").
func linkSide(ws []string) []string {
	var out []string
	for _, w := range ws {
		if t := stemOf(w); t != "" && !metaTerms[t] && text.Numbers(w) == nil && !lightVerbs[text.Lemma(w)] && !strings.HasSuffix(w, "ly") && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// sideHeld counts the words of ws a sentence holds: by term, synonym,
// lemma or a word WordNet derives ("the declaration" of "declared").
func sideHeld(s sentWords, ws []string) int {
	have := map[string]bool{}
	for _, w := range s {
		if t := stemOf(w); t != "" {
			have[t] = true
			have[stemOf(text.Lemma(w))] = true
		}
	}
	n := 0
	for _, w := range ws {
		t := stemOf(w)
		if have[t] || anySynonymIn(have, t) || have[stemOf(text.Lemma(w))] || slices.ContainsFunc(text.Related(w), func(r string) bool { return have[stemOf(r)] }) {
			n++
		}
	}
	return n
}

// hasEvent reports an event after "after": its first content word is no
// time word. "after Tuesday", "after two weeks", "after a night on the
// pavement" give a time, not an event.
func hasEvent(ws []string) bool {
	for _, w := range ws {
		if stemOf(w) == "" || text.Numbers(w) != nil {
			continue
		}
		return !timeWord(w)
	}
	return false
}

// timeWord reports a day, a month, a unit of time or a part of the day.
func timeWord(w string) bool {
	_, month := text.Month(w)
	return month || weekdays[w] || spanUnits[w] || timeOfDay[w]
}

// spanWord reports a unit of time or a part of the day: "the day after", "the morning after".
func spanWord(w string) bool {
	return spanUnits[w] || timeOfDay[w]
}

var timeOfDay = set("midnight noon morning evening night afternoon dawn dusk hour hours")

// piecedOrder reports the event held by a sentence and never said
// with the effect: no sentence holds half of both, no two sentences in a
// row hold one each, and no sentence holding the effect gives a day when
// one holding the event gives another (days order the two events, which
// the day rules read). An effect no sentence holds is pieced too when it
// has two terms: the link ties the event to what the passage never says
// ("It came after ..." has one, and leans on the claim before).
func piecedOrder(effect, event []string, all []sentWords) bool {
	half := func(n int, ts []string) bool { return n > 0 && 2*n >= len(ts) }
	// each sentence read once: whether it holds half of either side, and
	// whether it holds most of the effect in the claim's own words
	e, v, own := make([]bool, len(all)), make([]bool, len(all)), make([]bool, len(all))
	for k, s := range all {
		e[k], v[k] = half(sideHeld(s, effect), effect), half(sideHeld(s, event), event)
		own[k] = mostHeld(s, stems(effect))
	}
	var effectDays, eventDays []string
	effectHeld, eventHeld := false, false
	for k, s := range all {
		if e[k] && v[k] || k+1 < len(all) && (own[k] && v[k+1] || v[k] && own[k+1]) {
			// said together, or one right after the other, the
			// effect's sentence holding most of it in its own words: a
			// synonym in the sentence before ("the walkout had halted
			// the loading" for "the strike was called") tells of
			// another thing
			return false
		}
		if d := dayIn(s); d != "" {
			if e[k] {
				effectDays = append(effectDays, d)
			}
			if v[k] {
				eventDays = append(eventDays, d)
			}
		}
		effectHeld, eventHeld = effectHeld || e[k], eventHeld || v[k]
	}
	for _, a := range effectDays {
		for _, b := range eventDays {
			if a != b {
				return false
			}
		}
	}
	return eventHeld && (effectHeld || len(effect) >= 2)
}

// stems are the terms of words.
func stems(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, stemOf(w))
	}
	return out
}

// dayIn is the first weekday a sentence names, or "".
func dayIn(s sentWords) string {
	for _, w := range s {
		if weekdays[w] {
			return w
		}
	}
	return ""
}
