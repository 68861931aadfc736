package ground

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/storybot-dev/storybot/text"
)

// The rules in this file read what a claim says, not only which words it
// uses. Each runs after the word test has passed, against the claim's
// anchor: the sentences of its cited passages (as scoped: a quoting claim
// sees only its quotes' sentences) that share the most content words with
// it. Each is deterministic and names what it found.

// sentWords is one anchor sentence as folded words in order.
type sentWords []string

// holdsAny reports a word of s whose stem is one of stems.
func (s sentWords) holdsAny(stems []string) bool {
	for _, w := range s {
		if slices.Contains(stems, stemOf(w)) {
			return true
		}
	}
	return false
}

// deedAfter is what a count does in a claim: the stems of the (at most
// three) content words from word from on, leaving out the counted nouns.
func deedAfter(claim []string, from int, nouns []string) []string {
	var deed []string
	for j := from; j < len(claim) && len(deed) < 3; j++ {
		if t := stemOf(claim[j]); t != "" && !slices.Contains(nouns, t) {
			deed = append(deed, t)
		}
	}
	return deed
}

// meaning applies the meaning rules to a claim whose words the cited
// passages hold. It returns the rule the claim breaks and why, or "", "".
func meaning(body, asked string, cited []int, ev []evidence) (rule, reason string) {
	cw := text.Words(body)
	if len(cw) == 0 {
		return "", ""
	}
	anchor, all := anchorOf(body, cited, ev)
	for _, r := range meaningRules {
		seen, a := all, anchor
		if r.name == "day" || r.name == "negation" || r.whole {
			seen = wholeSentences(cited, ev, all)
		}
		if r.name == "modality" {
			// A hedge in a sentence the claim quotes is the model's own
			// evidence hedging: "was set off by the government's
			// announcement [2: "That declaration seemed to set off
			// violence"]" is read against the sentence it quotes, not
			// only against the one "That declaration" refers back to,
			// which holds more of its words.
			a = append(slices.Clip(anchor), quotedAnchors(body, cited, ev)...)
		}
		if reason := r.test(cw, a, seen, asked); reason != "" {
			return r.name, reason
		}
	}
	if reason := quotedNegationRule(cw, quotedSentences(cited, ev), all); reason != "" {
		return "negation", reason
	}
	if parts := strings.Split(body, ";"); len(parts) > 1 {
		// "Gang clashes began on Saturday; on Tuesday police raised the
		// death toll": each clause after a semicolon has its own subject
		for _, part := range parts[1:] {
			if reason := subjectDeedRule(text.Words(part), anchor, all, asked); reason != "" {
				return "who", reason
			}
		}
	}
	if reason := placeOfEvent(cw, nameSet(body), cited, ev); reason != "" {
		return "place", reason
	}
	return "", ""
}

// gainsayRules are the meaning rules that find the passage text saying
// otherwise (another day, number or the opposite for the same thing),
// not a word missing from it.
var gainsayRules = set("day opposite number")

// gainsaid applies the gainsay rules alone (and the restrictor rule): for
// a claim the title supports, whose words the text need not hold.
func gainsaid(body, asked string, cited []int, ev []evidence) (rule, reason string) {
	cw := text.Words(body)
	if len(cw) == 0 {
		return "", ""
	}
	anchor, all := anchorOf(body, cited, ev)
	for _, r := range meaningRules {
		if !gainsayRules[r.name] {
			continue
		}
		seen := all
		if r.name == "day" {
			seen = wholeSentences(cited, ev, all)
		}
		if reason := r.test(cw, anchor, seen, asked); reason != "" {
			return r.name, reason
		}
	}
	// and a class the text narrows: "the most dangerous prison", which a
	// title would hold, where the text says "one of the most dangerous"
	if reason := restrictorRule(cw, anchor, all, asked); reason != "" {
		return "quantifier", reason
	}
	return "", ""
}

// wholeSentences are all the sentences of the cited passages, their
// whole views where a quote narrowed them (all, as scoped, when none
// was): a claim quoting one sentence may move the day of an event
// another sentence gives ("talks broke down on Thursday" quoting the
// walkout on Thursday, where the talks broke down on Tuesday).
func wholeSentences(cited []int, ev []evidence, all []sentWords) []sentWords {
	narrowed := false
	for _, c := range cited {
		narrowed = narrowed || ev[c-1].full != nil
	}
	if !narrowed {
		return all
	}
	var out []sentWords
	for _, c := range cited {
		e := &ev[c-1]
		if e.full != nil {
			e = e.full
		}
		if len(out) > 0 {
			out = append(out, nil) // no two passages' sentences in a row (anchorOf)
		}
		for i := range e.sents {
			out = append(out, e.sents[i].ws)
		}
		out = append(out, e.lines...)
	}
	return out
}

// quotedAnchors are the sentences a claim's quotes touch (not those the
// quoted view holds only because a quote refers back to them) that share
// a term with the claim.
func quotedAnchors(body string, cited []int, ev []evidence) []sentWords {
	ct := text.TermSet(body)
	var out []sentWords
	for _, c := range cited {
		e := &ev[c-1]
		for i := range e.sents {
			s := &e.sents[i]
			if !slices.ContainsFunc(e.quotes, func(q text.Span) bool { return q.End > s.start && q.Start < s.end }) {
				continue
			}
			for t := range ct {
				if s.terms[t] {
					out = append(out, s.ws)
					break
				}
			}
		}
	}
	return out
}

// quotedSentences are the sentences the claim's quotes sit in: the
// sentences of each cited passage's view narrowed to its quotes.
func quotedSentences(cited []int, ev []evidence) []sentWords {
	var out []sentWords
	for _, c := range cited {
		if e := &ev[c-1]; e.quoted {
			for i := range e.sents {
				out = append(out, e.sents[i].ws)
			}
		}
	}
	return out
}

// quotedNegationRule: a claim that denies what the sentence it quotes
// states ("had not fully complied with human rights" quoting "complied
// with human rights"). The model named that sentence as its evidence, so
// the negated clause is read against it, though the clause says more
// than the sentence does (negationRule, with no quote, wants a sentence
// holding most of the clause); two of the clause's terms must be there.
// Only a negated verb is read so ("not", "never", "failed to"): "no
// soldiers were hurt" denies that any soldier was hurt, which a sentence
// saying soldiers retook the prison and a civilian was hurt does not
// state; who was hurt is a binding the words cannot show.
func quotedNegationRule(claim []string, quoted, all []sentWords) string {
	for i, w := range claim {
		if determinerNeg[w] && (i+1 == len(claim) || !clauseBreaks[claim[i+1]]) {
			return ""
		}
	}
	for _, f := range negatedFacts(claim) {
		for _, s := range quoted {
			if hasNeg(s) {
				continue
			}
			shared := 0
			for t := range f.terms {
				if holdsTerm(s, t) {
					shared++
				}
			}
			if shared < 2 {
				continue
			}
			for _, t := range f.neg {
				if holdsTerm(s, t) && !negatedAnywhere(t, all) {
					return fmt.Sprintf("negation: the claim denies %q, which the quoted sentence states", t)
				}
			}
		}
	}
	return ""
}

// determinerNeg deny that a thing exists or did something ("no one",
// "none of the guards"), not a verb.
var determinerNeg = set("no none nobody nothing neither lack lacked")

// meaningRule is one rule: it gets the claim's folded words, the anchor
// sentences and every sentence of the cited passages (as scoped).
type meaningRule struct {
	name string
	test func(claim []string, anchor, all []sentWords, asked string) string
	// whole reads the cited passages' whole sentences where a quote
	// narrowed them, as the day and negation rules do
	whole bool
}

var meaningRules = []meaningRule{
	{name: "negation", test: negationRule},
	{name: "number", test: boundNumberRule},
	{name: "number", test: boundSideRule},
	{name: "day", test: untilTimeRule},
	{name: "day", test: dayTimeRule},
	{name: "number", test: timeUnitRule},
	{name: "number", test: rateRule},
	{name: "number", test: spanLengthRule},
	{name: "number", test: conjoinedCountRule},
	{name: "number", test: listedCountRule},
	{name: "number", test: countedNounRule},
	{name: "number", test: fromValueRule},
	{name: "number", test: changeSideRule},
	{name: "number", test: magnitudeStackRule},
	{name: "precision", test: precisionRule},
	{name: "quantifier", test: quantifierRule},
	{name: "quantifier", test: floatingAllRule},
	{name: "quantifier", test: restrictorRule},
	{name: "quantifier", test: exclusiveRule},
	{name: "quantifier", test: scopeRule},
	{name: "quantifier", test: spreadRule},
	{name: "quantifier", test: periodCountRule},
	{name: "quantifier", test: vagueCountRule},
	{name: "comparison", test: comparisonRule},
	{name: "modality", test: modalityRule},
	{name: "modality", test: certaintyRule},
	{name: "modality", test: addedHedgeRule},
	{name: "modality", test: forecastRule},
	{name: "link", test: linkRule},
	{name: "link", test: purposeRule},
	{name: "link", test: timeLinkRule, whole: true},
	{name: "outcome", test: outcomeRule},
	{name: "outcome", test: countedOutcomeRule},
	{name: "outcome", test: planRule},
	{name: "outcome", test: attemptRule},
	{name: "day", test: dayBindingRule},
	{name: "day", test: dayBorrowedRule, whole: true},
	{name: "day", test: sinceDayRule},
	{name: "day", test: relativeDayRule},
	{name: "day", test: afterDayRule},
	{name: "day", test: dayShiftRule},
	{name: "day", test: dateWeekdayRule},
	{name: "place", test: placeBindingRule},
	{name: "during", test: duringRule},
	{name: "opposite", test: oppositeRule},
	{name: "opposite", test: firstTimeRule},
	{name: "opposite", test: voteSideRule},
	{name: "opposite", test: prefixOppositeRule},
	{name: "order", test: orderRule},
	{name: "degree", test: degreeRule},
	{name: "who", test: subjectDeedRule},
	{name: "who", test: modalSubjectRule},
	{name: "who", test: amongRule},
	{name: "who", test: roleModifierRule},
	{name: "who", test: titleNameRule},
	{name: "who", test: attackTargetRule, whole: true},
	{name: "number", test: priorInstanceRule, whole: true},
}

// oppositeRule: a claim saying the opposite of its anchor ("voted 1,214
// to 96 against the stoppage" where the passage has "in favour of";
// "killed in the same accident" where it has "separate accidents"): a
// claim word whose opposite an anchor sentence holds, when no anchor
// sentence holds the word and the claim doesn't hold the opposite too
// (or its short form: "for" of "in favour").
func oppositeRule(claim []string, anchor, _ []sentWords, _ string) string {
	have := map[string]bool{}
	for _, w := range claim {
		have[w] = true
	}
	for _, w := range claim {
		ops, ok := opposites[w]
		if !ok || anyIn(anchor, set(w)) {
			continue
		}
		for _, o := range ops {
			if !have[o] && !have[sameAs[o]] && anyIn(anchor, set(o)) {
				return fmt.Sprintf("opposite: the claim says %q where the passage says %q", w, o)
			}
		}
	}
	return ""
}

// sameAs is a short word a claim says an opposite with: "voted for it
// and 96 against" holds both sides of "in favour".
var sameAs = map[string]string{"favour": "for", "favor": "for"}

// opposites are words whose meaning the other word reverses, folded;
// each pair is listed both ways.
var opposites = func() map[string][]string {
	m := map[string][]string{}
	for _, p := range [][2]string{
		{"against", "favour"}, {"against", "favor"}, {"same", "separate"}, {"same", "different"},
		{"increased", "decreased"}, {"rose", "fell"}, {"risen", "fallen"}, {"higher", "lower"},
		{"more", "fewer"}, {"won", "lost"}, {"approved", "rejected"}, {"accepted", "rejected"},
		{"guilty", "innocent"}, {"acquitted", "convicted"}, {"legal", "illegal"}, {"majority", "minority"},
		{"single", "separate"}, {"private", "public"},
		{"raised", "lowered"}, {"raised", "downward"}, {"increased", "downward"}, {"lowered", "upward"},
		{"decreased", "upward"}, {"upward", "downward"},
	} {
		m[p[0]] = append(m[p[0]], p[1])
		m[p[1]] = append(m[p[1]], p[0])
	}
	return m
}()

// dayBindingRule: a day stays with its event. When the claim says an
// event happened "on <day>" and the passages say the same event (the two
// content words before "on") happened on another day, and never on the
// claim's, the claim has moved it ("shot dead on Monday" where the mayor
// was "shot dead on Sunday" and the emergency declared on Monday).
func dayBindingRule(claim []string, _, all []sentWords, _ string) string {
	return dayBinding(claim, all, false)
}

// dayBinding is dayBindingRule; strict (for passages the claim does not
// cite) reads the passages' bare weekdays as "on" them, as a claim's are
// ("began Tuesday", "Thursday's launch").
func dayBinding(claim []string, all []sentWords, strict bool) string {
	claim = withOn(claim)
	var terms map[string]bool // the claim's, made on first need
	for i := 0; i+1 < len(claim); i++ {
		if claim[i] != "on" {
			continue
		}
		if _, ok := text.Weekday(claim[i+1]); !ok {
			continue
		}
		if i == 0 {
			if r := frontedDay(claim, all); r != "" {
				return r
			}
			continue
		}
		event := eventBefore(claim, i)
		if len(event) < 2 && !(len(event) == 1 && deedVerb(claim, i, event[0])) {
			// one content word before the day: an event only when it is
			// a deed's verb ("They walked off on Tuesday")
			continue
		}
		// "raised the toll to 31 on Monday": the deed is "raised the
		// toll", its figure what it came to
		var deed []string
		if e := wordsBefore(claim, i); len(e) == 2 && !slices.Equal(e, event) {
			deed = e
		}
		day, other := claim[i+1], ""
		same := false
		if terms == nil {
			terms = map[string]bool{}
			for _, w := range claim {
				terms[stemOf(w)] = true
			}
		}
		for _, s := range all {
			if strict {
				s = withOn(s)
			}
			for j := 0; j+1 < len(s); j++ {
				if s[j] != "on" {
					continue
				}
				if _, ok := text.Weekday(s[j+1]); !ok {
					continue
				}
				// the same event: its two terms, or its verb (the term
				// just before "on": "fighting began" and "clashes
				// between gangs here began"), in the lemma's form
				if s[j+1] == day && saidAfter(s, j+2, event, claim[i-1]) {
					// the claim's speaker saying on its day, the day
					// fronted ("On Thursday, Solis told reporters")
					same = true
					continue
				}
				if e := eventBefore(s, j); !slices.Equal(e, event) && !sameVerb(e, event) && !saidOn(s, j, e, event, claim[i-1]) && !heldBefore(s, j, event) && !heldAfter(s, j+1, event, terms) && !(deed != nil && heldAfter(s, j+1, deed, terms)) {
					continue
				}
				if s[j+1] == day || j+3 < len(s) && (s[j+2] == "and" || s[j+2] == "or") && s[j+3] == day {
					same = true // "on Sunday and Monday"
				} else {
					other = s[j+1]
				}
			}
		}
		if other != "" && !same {
			return fmt.Sprintf("day: the passage says %q happened on %s, not %s", strings.Join(event, " "), other, day)
		}
	}
	return ""
}

// dayElsewhere is dayBindingRule read over every passage of the cited
// passages' stories, cited or not: the model was shown them all, and a
// claim moving an event to another day ("The clashes between gangs began
// on Sunday, the same day the mayor ... was shot dead", citing only the
// mayor's passage) is gainsaid by the passage that gives its day ("Clashes
// between gangs here began on Saturday"). The rule is read strictly
// there (dayBinding): a bare weekday is a day. A story is its title and
// date. "" when the rule holds over them all, or the claim tells another
// of a kind ("a second round of talks", "the new rocket", "again").
func dayElsewhere(claim string, cited []int, ev []evidence) string {
	cw := text.Words(claim)
	if !slices.ContainsFunc(cw, func(w string) bool { _, ok := text.Weekday(w); return ok }) {
		return "" // no day to bind: most claims, read no further (the rule's own first test)
	}
	if slices.ContainsFunc(cw, func(w string) bool { return instanceCues[w] || w == "again" }) {
		return "" // "a second round of talks", "the new rocket": another of the story's events
	}
	stories := map[[2]string]bool{} // title and date
	for _, n := range cited {
		stories[[2]string{ev[n-1].title, ev[n-1].date}] = true
	}
	var all []sentWords
	for i := range ev {
		if !stories[[2]string{ev[i].title, ev[i].date}] || ev[i].title == "" {
			continue
		}
		for j := range ev[i].sents {
			all = append(all, ev[i].sents[j].ws)
		}
	}
	return dayBinding(cw, all, true)
}

// withOn reads a bare weekday after an event as "on" it: "shot dead
// Monday" is "shot dead on Monday". A weekday after a word that sets
// another time ("last Monday", "since Monday", "by Monday") or opening
// the claim is left as written.
func withOn(claim []string) []string {
	var out []string
	for i, w := range claim {
		if _, ok := text.Weekday(w); ok && i > 0 && !dayQualifiers[claim[i-1]] {
			if out == nil {
				out = append([]string{}, claim[:i]...)
			}
			out = append(out, "on")
		}
		if out != nil {
			out = append(out, w)
		}
	}
	if out == nil {
		return claim
	}
	return out
}

// dayQualifiers before a weekday set its time otherwise than "on".
var dayQualifiers = set("on last next this that since by until till from to every each of and or through before after the a early late")

// frontedDay is dayBindingRule for a claim opening with its day ("On
// Saturday, the attorney general raised the toll"): the event is the
// four content terms after the day. The passages say it on another day
// when a sentence holds two of them within three content terms of "on
// <day>" (either side: "the attorney general on Tuesday raised", "raised
// the death toll on Tuesday"), and no sentence holds two so near the
// claim's day.
func frontedDay(claim []string, all []sentWords) string {
	day := claim[1]
	for k := 2; k < len(claim) && k <= 4; k++ {
		if dayRelativeCues[claim[k]] {
			return "" // "On Monday, the day after the mayor was shot on Sunday, ...": the day is set by another event
		}
	}
	event := eventAfterN(claim, 1, 4)
	if len(event) < 2 {
		return ""
	}
	other, same := "", false
	for _, s := range all {
		for j := 0; j+1 < len(s); j++ {
			if s[j] != "on" {
				continue
			}
			if _, ok := text.Weekday(s[j+1]); !ok {
				continue
			}
			near := append(termsBefore(s, j, 3), eventAfterN(s, j+1, FrontedDayReach)...)
			shared := 0
			for _, t := range event {
				if slices.Contains(near, t) {
					shared++
				}
			}
			if shared < 2 {
				continue
			}
			if s[j+1] == day {
				same = true
			} else {
				other = s[j+1]
			}
		}
	}
	if other != "" && !same {
		return fmt.Sprintf("day: the passage says %q happened on %s, not %s", strings.Join(event, " "), other, day)
	}
	return ""
}

// dayRelativeCues, just after a fronted day, set it by another event:
// "On Monday, the day after ...", "On Sunday, a week before ...".
var dayRelativeCues = set("after before following")

// FrontedDayReach is how many content terms after a passage's "on <day>"
// may hold the claim's event: a sentence opening "On Monday, current
// President Guillermo Lasso declared" names its doer before its deed.
const FrontedDayReach = 5

// eventAfterN is the first n content terms after words[at].
func eventAfterN(words []string, at, n int) []string {
	var out []string
	for k := at + 1; k < len(words) && len(out) < n; k++ {
		if t := stemOf(words[k]); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// termsBefore is the last n content terms before words[at].
func termsBefore(words []string, at, n int) []string {
	var out []string
	for k := at - 1; k >= 0 && len(out) < n; k-- {
		if t := stemOf(words[k]); t != "" {
			out = append([]string{t}, out...)
		}
	}
	return out
}

// duringRule: "during the strike" places the claim's event in another;
// the sentences the claim rests on must name that other event (its term
// or a synonym), or the claim has moved its event in time ("killed during
// the strike" where the passage has the deaths in March, months before).
// Only an event with its determiner: "during inhalation" is a process.
func duringRule(claim []string, anchor, _ []sentWords, _ string) string {
	for i := 0; i+1 < len(claim); i++ {
		if claim[i] != "during" {
			continue
		}
		j := i + 2
		if !duringDeterminers[claim[i+1]] || j >= len(claim) {
			continue // "during inhalation": a process, no event
		}
		t := stemOf(claim[j])
		if t == "" {
			continue
		}
		found := false
		for _, s := range anchor {
			st := map[string]bool{}
			for _, w := range s {
				st[stemOf(w)] = true
			}
			if st[t] || anySynonymIn(st, t) {
				found = true
				break
			}
		}
		if !found {
			return fmt.Sprintf("during: the passage doesn't place it during the %s", claim[j])
		}
	}
	return ""
}

// duringDeterminers stand between "during" and its event.
var duringDeterminers = set("the a an its their his her this that these those")

// sameVerb reports two events whose last terms (the verb before "on")
// are one verb: "broke" of "talks broke down" and of "night-shift safety
// broke down".
func sameVerb(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	x, y := a[len(a)-1], b[len(b)-1]
	return x == y || text.Lemma(x) == text.Lemma(y) && text.Lemma(x) != ""
}

// saidOn reports a passage's speaker saying on a day (s[j] is "on": "Ricardo
// Solis, said on Wednesday") as the claim's event, the same speaker in
// another verb of saying ("Solis spoke on Thursday"): "said" has no term
// of its own, so the passage's event ends on the speaker, or holds the
// claim's word for the speaker before it ("Chile's transport minister,
// Ricardo Solis, said": "the minister spoke").
// verb is the claim's word before its "on".
func saidOn(s []string, j int, e, event []string, verb string) bool {
	n := len(event)
	return n > 1 && len(e) > 0 && j > 0 && text.IsSpeechVerb(s[j-1]) && text.IsSpeechVerb(verb) && (e[len(e)-1] == event[n-2] || heldBefore(s, j, event[n-2:n-1]))
}

// saidAfter reports the claim's speaker saying just after a passage's day
// ("On Thursday, Solis told reporters" for "Solis spoke on Thursday"): in
// the four words from s[from], the speaker's term and a verb of saying,
// when the claim's verb is one.
func saidAfter(s []string, from int, event []string, verb string) bool {
	if len(event) < 2 || !text.IsSpeechVerb(verb) {
		return false
	}
	speaker, speaks := false, false
	for k := from; k < len(s) && k < from+4; k++ {
		speaker = speaker || stemOf(s[k]) == event[len(event)-2]
		speaks = speaks || text.IsSpeechVerb(s[k])
	}
	return speaker && speaks
}

// deedVerb reports the event's one term a verb of a deed in the past
// ("walked off on Tuesday"), no verb of saying: the last verb before
// words[at].
func deedVerb(words []string, at int, t string) bool {
	for k := at - 1; k >= 0; k-- {
		if stemOf(words[k]) != t {
			continue
		}
		w := words[k]
		return strings.HasSuffix(w, "ed") && text.Lemma(w) != w && !text.IsSpeechVerb(w)
	}
	return false
}

// clauseLinks open a clause of another event.
var clauseLinks = set("after before when while because but since although though which who whom where whereas until once")

// DayReach is how many words before "on <day>" a passage's event may
// stand, a setting between: "walked off the job at the port of
// Valparaiso in Chile on Thursday".
const DayReach = 12

// heldBefore reports every term of event among the DayReach words before
// words[at] (its last, the verb, also as a word of its synonym group),
// with no other day and no word opening another clause between ("declared a state of emergency in Duran, after the mayor ...
// was shot dead on Sunday": the emergency is not Sunday's).
func heldBefore(words []string, at int, event []string) bool {
	from := max(0, at-DayReach)
	for k := at - 1; k > from; k-- {
		if _, ok := text.Weekday(words[k]); ok || clauseLinks[words[k]] {
			from = k
			break
		}
	}
	for i, t := range event {
		// the event's verb in a word of its group ("killed" of "shot
		// dead"), when its other term is the passage's own
		var deed []string
		if i == len(event)-1 && len(event) > 1 {
			deed = text.StemSynonyms(t) // "killed" of "shot dead", not of "shot at"
		}
		found := false
		for k := from; k < at; k++ {
			if st := stemOf(words[k]); st == t || st != "" && slices.Contains(deed, st) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// heldAfter reports every term of event among the first content terms
// after the day at words[at], at most three more than the event has, all
// of them the claim's (its terms: claim): a day set before its verb ("the
// attorney general on Tuesday raised the death toll" is Tuesday's raising
// of the toll). A word the claim lacks ("Governor Hale on Monday visited
// the flooded town", "Police on Monday said a gunman opened fire", "on
// Monday and on Tuesday charged") makes the event after it another's; an
// adverb ("unexpectedly cut") does not.
func heldAfter(words []string, at int, event []string, claim map[string]bool) bool {
	need := map[string]bool{}
	for _, t := range event {
		need[t] = true
	}
	for k, n := at+1, 0; k < len(words) && n < len(event)+3; k++ {
		t := stemOf(words[k])
		if text.IsSpeechVerb(words[k]) && (t == "" || !claim[t]) {
			return false // what is said after a verb of saying has a day of its own
		}
		if t == "" || strings.HasSuffix(words[k], "ly") && !claim[t] {
			continue
		}
		n++
		if !claim[t] && !(k+1 < len(words) && need[stemOf(words[k+1])] && !isWeekday(words[k]) && !text.PastParticiple(words[k]) && !verbLike(words[k])) {
			return false
		}
		delete(need, t)
		if len(need) == 0 {
			return true
		}
	}
	return false
}

// wordsBefore is eventBefore without numbers: the two content terms
// that are no figure just before words[at].
func wordsBefore(words []string, at int) []string {
	var out []string
	for k := at - 1; k >= 0 && len(out) < 2; k-- {
		if t := stemOf(words[k]); t != "" && !text.IsNumeral(words[k]) {
			out = append([]string{t}, out...)
		}
	}
	return out
}

// isWeekday reports a weekday's name.
func isWeekday(w string) bool {
	_, ok := text.Weekday(w)
	return ok
}

// eventBefore is the two content terms just before words[at].
func eventBefore(words []string, at int) []string {
	var out []string
	for k := at - 1; k >= 0 && len(out) < 2; k-- {
		if t := stemOf(words[k]); t != "" {
			out = append([]string{t}, out...)
		}
	}
	return out
}

// anchorOf returns the claim's anchor sentences and all sentences of the
// cited passages. The anchor is every sentence sharing at least 60 % of
// the best sentence's count of the claim's content terms (at least one).
func anchorOf(body string, cited []int, ev []evidence) (anchor, all []sentWords) {
	ct := text.TermSet(body)
	type scored struct {
		w sentWords
		n int
	}
	var ss []scored
	best := 0
	for _, c := range cited {
		e := &ev[c-1]
		if len(all) > 0 {
			// an empty sentence between two passages: no rule reads
			// the last sentence of one as beside the first of the next
			all = append(all, nil)
		}
		for i := range e.sents {
			s := &e.sents[i]
			if s.end > len(e.raw) {
				continue
			}
			n := 0
			for t := range ct {
				if s.terms[t] || anySynonymIn(s.terms, t) {
					n++
				}
			}
			w := s.ws
			ss = append(ss, scored{w, n})
			all = append(all, w)
			best = max(best, n)
		}
		for _, w := range e.lines {
			n := 0
			for _, x := range w {
				if t := stemOf(x); t != "" && ct[t] {
					n++
				}
			}
			ss = append(ss, scored{w, n})
			all = append(all, w)
			best = max(best, n)
		}
	}
	for _, s := range ss {
		if s.n >= 1 && 10*s.n >= 6*best {
			anchor = append(anchor, s.w)
		}
	}
	return anchor, all
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stemOf is a folded word's term (stemmed), "" for a stop word. Terms
// are remembered: the rules ask for the same words' terms many times.
func stemOf(w string) string {
	if t, ok := stemCache.Load(w); ok {
		return t.(string)
	}
	ts := text.Terms(w)
	t := ""
	if len(ts) > 0 {
		t = ts[0]
	}
	if stemCached.Add(1) <= maxStemCache {
		stemCache.Store(w, t)
	}
	return t
}

// maxStemCache bounds the remembered terms: a long-running bot meets new
// words without end.
const maxStemCache = 200000

var (
	stemCache  sync.Map
	stemCached atomic.Int64
)

// ---- negation and polarity ----

var negCues = set("no not never none nobody nothing neither nor without cannot denied denies deny refused refuses failed fails unable impossible lack lacked")

// isNeg reports a negation cue at words[i]: a cue word, or the "t" of a
// contraction ("didn't" folds to "didn t").
func isNeg(words []string, i int) bool {
	w := words[i]
	if negCues[w] {
		return true
	}
	return w == "t" && i > 0 && strings.HasSuffix(words[i-1], "n")
}

// clauseBreaks end the reach of a negation or a hedge.
var clauseBreaks = set("and but or if while whereas when then so because until unless which who that although though however according")

// polarity splits the content terms of a sentence into those under a
// negation (within three words after a cue, in its clause) and the rest.
func polarity(words []string) (neg, pos map[string]bool) {
	neg, pos = map[string]bool{}, map[string]bool{}
	under := 0
	for i := range words {
		if isNeg(words, i) {
			under = 3
			continue
		}
		if clauseBreaks[words[i]] {
			under = 0
		}
		t := stemOf(words[i])
		if under > 0 {
			under--
			if t != "" {
				neg[t] = true
			}
			continue
		}
		if t != "" {
			pos[t] = true
		}
	}
	return neg, pos
}

// implicitNeg are words that deny or avoid without a negation cue: a
// claim holding one may restate a passage's negation in its own words.
// "Difficulty walking" restates "unable to walk" as a hardship.
var implicitNeg = set("avoid avoids avoided avoiding prevent prevents prevented preventing stop stops stopped instead rather unknown absent lacking free unlike except difficulty difficult trouble struggle struggles")

// relativeCues open a clause whose subject stands before it.
var relativeCues = set("which who that")

// condCues open a condition: a negation inside one ("if it won't lock")
// states no fact.
var condCues = set("if unless whether when whenever once until")

// clauses cuts folded words at clause breaks and punctuation-free cues.
func clauses(words []string) [][]string {
	var out [][]string
	start := 0
	for i, w := range words {
		if clauseBreaks[w] && i > start {
			out = append(out, words[start:i])
			start = i
		}
	}
	return append(out, words[start:])
}

// commentAdverbs comment on a whole clause ("Fortunately, no one was
// injured"): they say how the writer takes the fact, not which fact, so
// they are no term of it.
var commentAdverbs = set("fortunately unfortunately luckily thankfully sadly tragically happily regrettably surprisingly unsurprisingly notably importantly interestingly ironically remarkably crucially mercifully hopefully")

// negAdverbs, after a negation, say when or how strongly it holds, not
// what is denied: "has not yet been charged" denies "has been charged",
// "had not fully complied" that it complied.
var negAdverbs = set("yet even ever fully completely entirely totally wholly really quite always")

// negatedFacts lists, per clause of a sentence that is no condition, the
// terms a negation covers (within three words of its cue) and the
// clause's content terms.
func negatedFacts(words []string) []negFact { return readNegatedFacts(words, false) }

// reportedFacts is negatedFacts of a passage sentence, a denial reported
// after a verb of saying read as the reported clause's ("Quiroz said she
// had not heard from her son": she had not heard from her son).
func reportedFacts(words []string) []negFact { return readNegatedFacts(words, true) }

func readNegatedFacts(words []string, reported bool) (out []negFact) {
	cls := clauses(words)
	for ci, cl := range cls {
		if len(cl) > 0 && condCues[cl[0]] {
			continue
		}
		var f negFact
		f.terms = map[string]bool{}
		if ci > 0 && len(cl) > 0 && relativeCues[cl[0]] {
			// "tartrate ..., which does not stay": the clause's subject
			// is in the clause before
			for _, w := range cls[ci-1] {
				if t := stemOf(w); t != "" {
					f.terms[t] = true
				}
			}
		}
		under, cued := 0, false
		for i := range cl {
			if reported && !cued && text.IsSpeechVerb(cl[i]) && reportedNegation(cl[i+1:]) {
				// "Quiroz said she had not heard from her son": the fact
				// is the reported clause, whose subject the claim may
				// give as "she" or by name
				f.terms, f.head = map[string]bool{}, nil
				continue
			}
			if isNeg(cl, i) && !(i+1 < len(cl) && (cl[i+1] == "only" || cl[i+1] == "just")) {
				under, cued = 3, true
				continue
			}
			if cued && negAdverbs[cl[i]] {
				continue // "not yet charged" denies "charged"
			}
			if commentAdverbs[cl[i]] {
				continue // "Fortunately, no one was hurt": the writer's comment
			}
			t := stemOf(cl[i])
			if t == "" {
				continue
			}
			f.terms[t] = true
			if !cued || under == 3 && len(f.neg) == 0 {
				f.head = append(f.head, t)
			}
			if under > 0 {
				under--
				f.neg = append(f.neg, t)
			}
		}
		if len(f.neg) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// reportedNegation reports a negation within the first six words of a
// clause reported after a verb of saying ("she had not heard", "the port
// operator had not agreed").
func reportedNegation(rest []string) bool {
	for i := 0; i < len(rest) && i < 6; i++ {
		if isNeg(rest, i) {
			return true
		}
	}
	return false
}

type negFact struct {
	neg   []string        // the terms under the negation
	terms map[string]bool // the clause's content terms
	// head is the clause's terms up to the first one the negation covers:
	// its subject and the verb denied ("the government would not
	// intervene": government, intervene).
	head []string
}

// hasNeg reports any negation cue or denying word in a sentence.
func hasNeg(words []string) bool {
	for i, w := range words {
		if isNeg(words, i) || implicitNeg[w] {
			return true
		}
	}
	return false
}

// negReaching reports a negation in s that may reach t: any but a
// contrasting "not" after t ("this is a national issue, not something
// concerning a single institution": the issue is stated, the institution
// denied), unless another of the claim's denied terms (denied) follows
// that "not" ("a national issue, not a local one" of "not a local
// issue": the claim denies what the passage denies).
func negReaching(s sentWords, t string, denied []string) bool {
	at := slices.IndexFunc(s, func(w string) bool { return stemOf(w) == t })
	for i, w := range s {
		if !isNeg(s, i) && !implicitNeg[w] {
			continue
		}
		if at >= 0 && i > at && contrastNot(s, i) && !slices.ContainsFunc(s[i+1:], func(x string) bool {
			st := stemOf(x)
			return st != t && slices.Contains(denied, st)
		}) {
			continue
		}
		return true
	}
	return false
}

// contrastNot reports a "not" at s[i] that sets a noun phrase against
// what came before ("..., not something concerning", "..., not the
// guards"): no auxiliary or verb before it, a determiner or an indefinite
// after it.
func contrastNot(s sentWords, i int) bool {
	return s[i] == "not" && i > 0 && i+1 < len(s) && !auxWords[s[i-1]] && contrastHeads[s[i+1]]
}

// contrastHeads open the noun phrase a contrasting "not" denies.
var contrastHeads = set("a an the something someone anything one just only merely simply")

// NegationCover is the share of a negated clause's content terms that one
// passage sentence must hold for the negation to be read against it:
// below it, the sentence is about something else (another drug, another
// step) and the two cannot contradict.
const NegationCover = 0.8

// stoppedIn reports the sentence stopping the thing of term t: a verb of
// stopping within three words before it ("had halted the loading of
// 12,000 containers": they are not being loaded, as a claim may deny).
func stoppedIn(s sentWords, t string) bool {
	for i, w := range s {
		if stemOf(w) != t {
			continue
		}
		for j := max(0, i-3); j < i; j++ {
			if stopVerbs[s[j]] {
				return true
			}
		}
	}
	return false
}

var stopVerbs = set("halted halts halt stopped stops stop blocked blocks prevented prevents suspended suspends paralysed paralyzed ceased ended froze frozen banned bans")

// bestSentences are the sentences sharing the most of terms (at least
// two, and at least NegationCover of them), each as written or through a
// stem synonym ("prisoners" holds "inmates").
func bestSentences(terms map[string]bool, all []sentWords) []sentWords {
	best := 0
	var out []sentWords
	for _, s := range all {
		has := map[string]bool{}
		for _, w := range s {
			if t := stemOf(w); t != "" {
				has[t] = true
			}
		}
		n := 0
		for t := range terms {
			if has[t] || anySynonymIn(has, t) {
				n++
			}
		}
		switch {
		case n > best:
			best, out = n, []sentWords{s}
		case n == best && n > 0:
			out = append(out, s)
		}
	}
	if best < 2 || float64(best) < NegationCover*float64(len(terms)) {
		return nil
	}
	return out
}

// scopeTerms say how far a denial reaches ("had not complied with human
// rights in every case"): no part of the fact denied, which a passage
// stating it plainly need not hold. ("Not fully", "in all instances",
// "at all times" leave enough of the fact without it.)
var scopeTerms = map[string]bool{stemOf("case"): true}

// shellNouns stand for a fact the passage says in its own words ("the
// problem was not a national issue" of "this is a national issue"): no
// part of the fact denied, which the passage need not name.
var shellNouns = set("problem matter situation thing")

// shellNounsIn returns the stems of the shell nouns the claim uses as
// nouns, after an article or a demonstrative ("the problem", "a matter";
// not "it did not matter").
func shellNounsIn(claim []string) map[string]bool {
	out := map[string]bool{}
	for i := 1; i < len(claim); i++ {
		if shellNouns[claim[i]] && determiners[claim[i-1]] {
			out[stemOf(claim[i])] = true
		}
	}
	return out
}

// negationRule: a claim that denies a fact the passage states plainly
// ("no one was hurt" against "one civilian was hurt"), or states plainly
// what the passage denies ("the toll was raised" against "was not
// raised"). The negation must cover the fact: the sentence of the passage
// that says most of the negated clause is read, and a negation inside a
// condition ("if it won't lock") or "not only" states nothing.
func negationRule(claim []string, _, all []sentWords, _ string) string {
	sents := all
	frame := reportFrame(claim)
	shells := shellNounsIn(claim)
	for _, f := range negatedFacts(claim) {
		terms := map[string]bool{}
		for t := range f.terms {
			if !frame[t] && !framingTerms[t] && !scopeTerms[t] && !shells[t] {
				terms[t] = true
			}
		}
		ss := bestSentences(terms, all)
		if len(ss) == 0 {
			continue
		}
		for _, t := range f.neg {
			plain := true
			for _, s := range ss {
				if negReaching(s, t, f.neg) || !holdsTerm(s, t) || stoppedIn(s, t) {
					plain = false
					break
				}
			}
			if plain && !negatedAnywhere(t, all) {
				return fmt.Sprintf("negation: the claim denies %q, which the passage states", t)
			}
		}
	}
	if t := deniedByNobody(claim, all); t != "" {
		return fmt.Sprintf("negation: the claim says no one was %q, which the passage says of someone", t)
	}
	// a "not" inside the claim's condition ("would intervene if the talks
	// did not resume") denies nothing the claim states; a refusal before
	// it denies ("declined to intervene when talks did not resume")
	if c := slices.IndexFunc(claim, func(w string) bool { return condCues[w] }); hasNeg(claim) && (c < 0 || hasNeg(claim[:c]) || slices.ContainsFunc(claim[:c], func(w string) bool { return refusals[text.Lemma(w)] })) {
		return ""
	}
	ct := map[string]bool{}
	for _, w := range claim {
		if t := stemOf(w); t != "" {
			ct[t] = true
		}
	}
	// The passage's negated clause, said by the claim without its
	// negation: every term of the clause. A claim's condition states no
	// fact, unless the passage's denial has none: "would intervene if the
	// strike lasted" gainsays a flat "would not intervene", as "will
	// reopen if repairs end" does not "will not reopen until they end"
	// (the passage's own condition skips its sentence below). What the
	// condition supposes ("would end if the guards were released") is no
	// fact: only the claim's words before it are read as stated. A
	// phrasal verb states its one-word synonym: "would step in" says
	// "would intervene", which "would not intervene" denies (read only
	// when a passage denies something).
	var facts []negFact
	for _, s := range all {
		if !anyIn([]sentWords{s}, condCues) {
			facts = append(facts, reportedFacts(s)...)
		}
	}
	if len(facts) == 0 {
		return ""
	}
	for _, t := range phrasalStems(claim) {
		ct[t] = true
	}
	stated := ct
	if c := slices.IndexFunc(claim, func(w string) bool { return condCues[w] }); c >= 0 {
		stated = map[string]bool{}
		for _, w := range claim[:c] {
			if t := stemOf(w); t != "" {
				stated[t] = true
			}
		}
		for _, t := range phrasalStems(claim[:c]) {
			stated[t] = true
		}
	}
	for _, f := range facts {
		n := 0
		for t := range f.terms {
			if ct[t] {
				n++
			}
		}
		denied := f.neg
		if n < 2 || n < len(f.terms) {
			if !holdsHead(f, ct) {
				continue // the claim says more of something else, or less
			}
			denied = f.neg[:1]
		}
		all := true
		for _, t := range denied {
			if !stated[t] {
				all = false
			}
		}
		if all && !statedToo(f, ct, sents) {
			return fmt.Sprintf("negation: the passage denies %q, which the claim states", strings.Join(denied, " "))
		}
	}
	return ""
}

// holdsHead reports a claim that says the subject and the verb a
// negated clause denies ("the government would intervene" against "the
// government would not intervene in what he called a private dispute"):
// the claim states what the clause denies, whatever else the clause
// adds. The clause must name its subject (a head of two terms at least).
// deniedByNobody returns the deed a claim says no one suffered or did
// ("nobody was hurt", "no one was arrested") when a cited sentence,
// with no negation, has it happen: "one civilian was hurt". The denial
// is of one word, so negationRule's two shared terms never meet it.
// perfectAux are the auxiliaries of the perfect: "nobody has been hurt"
// is "nobody was hurt" when "been" follows.
var perfectAux = map[string]bool{"has": true, "have": true, "had": true}

func deniedByNobody(claim []string, all []sentWords) string {
	for i, w := range claim {
		if !(w == "nobody" || w == "no" && i+1 < len(claim) && claim[i+1] == "one") {
			continue
		}
		j := i + 1
		if w == "no" {
			j++
		}
		for j < len(claim) && (copulas[claim[j]] || claim[j] == "been" || perfectAux[claim[j]] && j+1 < len(claim) && claim[j+1] == "been") {
			j++
		}
		if j >= len(claim) || j == i+1 && w == "nobody" || j == i+2 && w == "no" {
			continue // "nobody knows": no deed suffered
		}
		t := stemOf(claim[j])
		if t == "" {
			continue
		}
		for _, s := range all {
			if !hasNeg(s) && !anyIn([]sentWords{s}, condCues) && holdsTerm(s, t) {
				return claim[j]
			}
		}
	}
	return ""
}

// phrasalStems are the stems of the one-word synonyms WordNet gives the
// phrasal verbs of words ("step in": intervene).
//
// Only a phrasal verb used without an object is read so ("would step in
// to mediate", "stepped in."): with one ("went on strike", "carried out
// raids", "set up a hotline") it is another sense of the verb, whose
// synonyms are not what it says. And not after a refusal ("declined to
// step in"), which denies as the passage does.
func phrasalStems(words []string) []string {
	var out []string
	for i := 0; i+1 < len(words); i++ {
		if i+2 < len(words) && !particleEnds[words[i+2]] {
			continue
		}
		if i > 1 && words[i-1] == "to" && (refusals[text.Lemma(words[i-2])] || words[i-2] == "unwilling" || words[i-2] == "reluctant") {
			continue
		}
		for _, syn := range text.PhrasalSynonyms(words[i], words[i+1]) {
			if t := stemOf(syn); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

// particleEnds may follow a phrasal verb used without an object and for a
// purpose or a condition: "step in to mediate", "step in if talks fail".
// Other words after it ("stepped down as party chairman", "broke out
// before dawn", "broke down and") may go with another sense.
var particleEnds = set("to if unless when")

func holdsHead(f negFact, ct map[string]bool) bool {
	if len(f.head) < 2 {
		return false
	}
	for _, t := range f.head {
		if !ct[t] {
			return false
		}
	}
	return true
}

// statedToo reports a passage sentence that states plainly, outside any
// negation, what the negated fact f denies, sharing at least as many of
// the claim's terms ct as f's clause does: the passage says both ("X can
// be made by the body, while Y cannot be made by the body"), and the
// claim may say the plain one.
func statedToo(f negFact, ct map[string]bool, all []sentWords) bool {
	near := 0
	for t := range f.terms {
		if ct[t] {
			near++
		}
	}
	for _, s := range all {
		_, pos := polarity(s)
		ok := true
		for _, t := range f.neg {
			if !pos[t] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		n := 0
		for t := range pos {
			if ct[t] {
				n++
			}
		}
		if n >= near {
			return true
		}
	}
	return false
}

func holdsTerm(s sentWords, t string) bool {
	for _, w := range s {
		if stemOf(w) == t {
			return true
		}
	}
	return false
}

// holdsLemma reports a word of s with w's lemma: "began" for "begun".
func holdsLemma(s sentWords, w string) bool {
	l := text.Lemma(w)
	return l != "" && slices.ContainsFunc(s, func(x string) bool { return text.Lemma(x) == l })
}

// deniesTerm reports a sentence whose negation (outside a condition)
// covers t.
func deniesTerm(s sentWords, t string) bool {
	for _, f := range negatedFacts(s) {
		for _, x := range f.neg {
			if x == t {
				return true
			}
		}
	}
	return false
}

func negatedAnywhere(t string, all []sentWords) bool {
	for _, s := range all {
		if deniesTerm(s, t) {
			return true
		}
	}
	return false
}

// ---- numbers bound to their nouns, quantities ----

var magnitudes = set("dozens hundreds thousands millions billions scores")

// numberNouns lists the numbers of a text (canonical values; magnitude
// words as themselves) with the content terms that follow each (up to
// two words): "15 prison guards" gives 15 → prison, guard.
func numberNouns(words []string) []numNoun {
	var out []numNoun
	for i := 0; i < len(words); i++ {
		v, n := numberAt(words, i)
		if v == "" {
			continue
		}
		nn := numNoun{val: v, approx: i > 0 && approxWords[words[i-1]]}
		if i > 0 {
			nn.before = words[i-1]
			// "revised the toll up to 31", "bumped the death toll up to
			// 31": where the figure went, within four words of its verb
			changed := i > 2 && words[i-2] == "up" && slices.ContainsFunc(words[max(0, i-7):i-2], func(w string) bool { return movedVerbs[text.Lemma(w)] })
			if nn.before == "to" && i > 1 && words[i-2] == "up" && !changed {
				nn.before, nn.approx = "up to", true
			}
			if !changed || words[i-2] != "up" {
				nn.side = boundSide(words[max(0, i-2):i])
			}
		}
		for j := i + n; j < len(words) && j < i+n+2; j++ {
			if v2, _ := numberAt(words, j); v2 != "" {
				break
			}
			if t := stemOf(words[j]); t != "" {
				nn.nouns = append(nn.nouns, t)
			}
		}
		out = append(out, nn)
		i += n - 1
	}
	return out
}

type numNoun struct {
	val    string
	nouns  []string
	approx bool // rounded: "about 20 years"
	// before is the word before the number ("than" of "more than 40").
	before string
	// side is which side of the number a bound puts the count: +1 at or
	// above it ("more than 40", "over 40"), -1 at or below it ("under 40",
	// "nearly 40"), 0 for no bound.
	side int
}

// movedVerbs move a figure: after one, "up to 31" is where it went, no
// bound ("revised the toll up to 31", "pushed it up to 40").
var movedVerbs = set("revise raise increase push bump move bring put go climb jump rise ratchet")

// boundSide reads the one or two words before a number as a bound's side.
func boundSide(before []string) int {
	two := strings.Join(before, " ")
	one := ""
	if len(before) > 0 {
		one = before[len(before)-1]
	}
	switch {
	case lowerBounds[two] || lowerBounds[one]:
		return 1
	case upperBounds[two] || upperBounds[one]:
		return -1
	}
	return 0
}

// lowerBounds put the count at or above their number, upperBounds at or
// below it.
var (
	lowerBounds = map[string]bool{"over": true, "above": true, "exceeding": true, "beyond": true, "more than": true, "at least": true, "upwards of": true, "excess of": true}
	upperBounds = map[string]bool{"under": true, "below": true, "nearly": true, "almost": true, "less than": true, "fewer than": true, "at most": true, "up to": true}
)

// boundSideRule: a bound turned round. "Just under 40 cargo ships" where
// the passage has "more than forty cargo ships" puts the count on the
// other side of the same number, for the same thing: the passage says
// otherwise. A passage giving the number flat or from the claim's side
// too lets it pass.
func boundSideRule(claim []string, _, all []sentWords, _ string) string {
	var src []numNoun
	for _, s := range all {
		src = append(src, numberNouns(s)...)
	}
	for _, c := range numberNouns(claim) {
		if c.side == 0 {
			continue
		}
		other := false
		for _, s := range src {
			if s.val != c.val || !sharesNoun(c.nouns, s.nouns) {
				continue
			}
			if s.side != -c.side {
				other = false
				break
			}
			other = true
		}
		if other {
			return fmt.Sprintf("number: the claim puts the count %s %s, the passage %s it", sideWord(c.side), c.val, sideWord(-c.side))
		}
	}
	return ""
}

func sideWord(side int) string {
	if side > 0 {
		return "above"
	}
	return "below"
}

// approxWords round the number after them.
var approxWords = set("about around nearly almost over roughly approximately some than least under beyond")

// scaleWords multiply the number before them.
var scaleWords = set("hundred thousand million billion")

// MaxNumberWords is the longest number in words a claim or passage is read
// with: "one thousand two hundred and fourteen" is six.
const MaxNumberWords = 7

// numberAt reads a number at words[i]: its value and how many words it
// takes ("thirty one" is 31 in two words); "" when there is none.
func numberAt(words []string, i int) (string, int) {
	if magnitudes[words[i]] {
		return words[i], 1
	}
	if (words[i] == "a" || words[i] == "an") && i > 0 && i+1 < len(words) && spanLeads[words[i-1]] && timeUnits[words[i+1]] {
		// "more than a week", "for a year": one of the unit, which
		// "two weeks" is not
		return "1", 1
	}
	if words[i] == "one" && (i+1 >= len(words) || !scaleWords[words[i+1]]) {
		// the numeral before its noun ("one civilian", "one prison
		// guard"), not the pronoun ("no one", "one of them", "one can");
		// before a scale, the start of a figure ("one thousand two
		// hundred")
		if i+1 < len(words) && stemOf(words[i+1]) != "" && !auxWords[words[i+1]] &&
			(i == 0 || !oneDeterminers[words[i-1]] || thatOneNoun(words, i)) {
			return "1", 1
		}
		return "", 0
	}
	if !text.MayHoldNumber(words[i]) {
		return "", 0
	}
	single := text.Numbers(words[i])
	if words[i] == "one" {
		single = []string{"1"} // before a scale
	}
	if len(single) != 1 {
		return "", 0
	}
	for n := min(MaxNumberWords, len(words)-i); n > 1; n-- {
		if last := words[i+n-1]; !text.IsNumberTerm(stemOf(last)) && (!text.MayHoldNumber(last) || len(text.Numbers(last)) == 0) {
			continue // "twelve thousand containers" is two words of number; none ends on "and"
		}
		if i+n < len(words) && scaleWords[words[i+n]] {
			continue // "three hundred and four" of "three hundred and four hundred": cut inside a figure
		}
		if ns := text.Numbers(strings.Join(words[i:i+n], " ")); len(ns) == 1 && ns[0] != single[0] {
			return ns[0], n
		}
	}
	return single[0], 1
}

// timeUnits are spans of time; spanLeads, before "a" or "an" and a unit,
// make it a length of time ("than a week", "for a year"), not a rate ("12,000
// containers a day") nor a time ("a day later").
var (
	timeUnits = set("minute hour day night week fortnight month year decade century")
	spanLeads = set("than for about nearly almost around over under within lasted lasts last after")
)

// thatOneNoun reports "that one" opening a reported clause, "one" the
// numeral of its subject of one or two words: "said that one civilian was
// hurt", "said that one police officer was hurt" ("that one was bigger"
// has no noun; "that one guard" with no verb after is left a
// determiner's).
func thatOneNoun(words []string, i int) bool {
	if words[i-1] != "that" {
		return false
	}
	// "that one civilian was hurt", "that one police officer was hurt"
	return i+2 < len(words) && auxWords[words[i+2]] || i+3 < len(words) && auxWords[words[i+3]] && stemOf(words[i+2]) != "" && !auxWords[words[i+2]]
}

// oneDeterminers before "one" make it a pronoun: "no one", "the one",
// "any one", "this one".
var oneDeterminers = set("no any every some the this that each which another")

// sharesNoun reports a term in both lists, exactly: near synonyms
// ("staffer", "guard") are what a swap trades.
func sharesNoun(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// srcVals are the numbers of src.
func srcVals(src []numNoun) map[string]bool {
	out := map[string]bool{}
	for _, s := range src {
		out[s.val] = true
	}
	return out
}

// boundNumberRule: a number stays with its noun. When the passages give
// the claim's number to other things only, and the claim's noun to another
// number, the claim has swapped them ("15 staffers" where the passage has
// "15 prison guards and 2 other staffers"). Magnitude words count as
// numbers ("thousands of prisoners" where the passage has "thousands of
// soldiers" and "hundreds of prisoners"). A sum of two numbers the
// passages give the noun, said as a total or with both parts, is said of
// it too, as the support check reads it; so is a percent the claim
// computes from two numbers it gives (shareOf).
func boundNumberRule(claim []string, _, all []sentWords, _ string) string {
	var src []numNoun
	for _, s := range all {
		src = append(src, numberNouns(s)...)
	}
	cns := numberNouns(claim)
	var claimVals []string
	for _, c := range cns {
		claimVals = append(claimVals, c.val)
	}
	total := totalRE.MatchString(strings.Join(claim, " "))
	for _, c := range cns {
		if len(c.nouns) == 0 {
			continue
		}
		same, other := false, ""
		vals := map[string]bool{} // the numbers said of the claim's noun
		for _, s := range src {
			if !sharesNoun(c.nouns, s.nouns) {
				continue
			}
			vals[s.val] = true
			switch {
			case s.val == c.val || c.approx && nearOf(c.val, map[string]bool{s.val: true}):
				same = true
			case other == "" && isYear(s.val) == isYear(c.val):
				// a year ("the 1995 film", the "20" of "2019-20")
				// is no number a count could be swapped with
				other = s.val
			}
		}
		if !same && sumOf(c.val, vals, claimVals, total, nil) {
			continue // "15 days in total" of "11 days" and "4 days"
		}
		if !same && c.nouns[0] == "percent" && shareOf(c.val, strings.Join(claim, " "), srcVals(src), claimVals) {
			continue // "93 percent" of a vote of "1,214 to 96" the claim gives
		}
		if !same && other != "" && !saidWithoutNoun(c, all) && !(runWords[stemOf(c.nouns[0])] && ordinalRunIn(c.val, all)) {
			return fmt.Sprintf("number %q is not said of %q in the passage (%s is)", c.val, c.nouns[0], other)
		}
		if !same && !magnitudes[c.val] && !isYear(c.val) {
			if n := movedFrom(c, all, claim); n != "" {
				return fmt.Sprintf("number %q is said of %q in the passage, not of %q", c.val, n, c.nouns[0])
			}
		}
	}
	return ""
}

// conjoinedCountRule: counts joined as one subject ("14 inmates and 15
// prison guards were taken to hospital") share its deed, so each must
// have it in the passages: a count whose sentences hold none of the
// deed's terms, where another sentence holds them, was merged in from
// another event (the guards were held hostage). So must a count alone
// as the subject of a verb ("About 200 families spent the night on the
// pavement", where the 200 families got blankets and "many" spent the
// night).
func conjoinedCountRule(claim []string, _, all []sentWords, _ string) string {
	type count struct {
		val        string
		nouns      []string
		start, end int
	}
	var cs []count
	for i := 0; i < len(claim); i++ {
		v, n := numberAt(claim, i)
		if v == "" || magnitudes[v] {
			continue
		}
		c := count{val: v, start: i, end: i + n}
		for j := i + n; j < len(claim) && j < i+n+2; j++ {
			if v2, _ := numberAt(claim, j); v2 != "" {
				break
			}
			if t := stemOf(claim[j]); t != "" {
				c.nouns = append(c.nouns, t)
				c.end = j + 1
			}
		}
		if len(c.nouns) > 0 {
			cs = append(cs, c)
		}
		i += n - 1
	}
	if len(cs) == 0 || cs[0].start > 1 {
		return "" // counts opening the claim, as its subject
	}
	a := cs[0]
	counts := []count{a}
	deedFrom := a.end
	if len(cs) > 1 && cs[1].start-a.end <= 2 && slices.Contains(claim[a.end:cs[1].start], "and") {
		counts = append(counts, cs[1])
		deedFrom = cs[1].end
	} else {
		// one count: only as the subject of a deed right after its
		// noun ("about 200 families spent the night"), not of a clause
		// going on ("14 inmates, police said")
		_, n := numberAt(claim, a.start)
		noun := a.start + n
		for noun < len(claim) && stemOf(claim[noun]) == "" {
			noun++
		}
		if noun+1 >= len(claim) || !countAux[claim[noun+1]] {
			return ""
		}
		a.nouns = []string{stemOf(claim[noun])}
		counts[0] = a
		deedFrom = noun + 1
	}
	deed := deedAfter(claim, deedFrom, nil)
	if len(deed) == 0 {
		return ""
	}
	holds := func(s sentWords) bool { return s.holdsAny(deed) }
	said := false
	for _, s := range all {
		said = said || holds(s)
	}
	if !said {
		return ""
	}
	for _, c := range counts {
		found, with := false, false
		for _, s := range all {
			for _, n := range numberNouns(s) {
				if n.val == c.val && (sharesNoun(c.nouns, n.nouns) || len(c.nouns) == 1 && peopleNouns[c.nouns[0]] && len(n.nouns) > 0) {
					found = true
					with = with || holds(s)
				}
			}
		}
		if found && !with {
			return fmt.Sprintf("number: the passage says %s %s, but not that they %s", c.val, strings.Join(c.nouns, " "), strings.Join(deed, " "))
		}
	}
	return ""
}

// peopleNouns (as terms) count people of any kind: "14 people" are the
// passage's 14 inmates (a count of something; a bare number, "from 18 to
// 31", is none the claim's people are bound to).
var peopleNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"people", "persons", "individuals"} {
		m[stemOf(w)] = true
	}
	return m
}()

// countAux open the deed of a count that is a clause's subject: "200
// families had spent", "14 inmates were taken", "200 families spent".
var countAux = set("was were had have has are is spent died fled escaped gathered waited remained stayed slept")

// timeUnitRule: a length of time keeps its unit. When the passages give
// the claim's number to another unit of time only ("lasted 11 days",
// "more than a week") and never to the claim's ("11 weeks", "more than a
// month"), the claim has changed the span.
func timeUnitRule(claim []string, _, all []sentWords, _ string) string {
	var src []numNoun
	for _, c := range numberNouns(claim) {
		if len(c.nouns) == 0 || !timeUnitTerms[c.nouns[0]] {
			continue
		}
		if src == nil {
			src = []numNoun{}
			for _, s := range all {
				src = append(src, numberNouns(s)...)
			}
		}
		same, other := false, ""
		for _, s := range src {
			if s.val != c.val || len(s.nouns) == 0 || !timeUnitTerms[s.nouns[0]] {
				continue
			}
			if s.nouns[0] == c.nouns[0] {
				same = true
			} else {
				other = s.nouns[0]
			}
		}
		if other != "" && !same {
			return fmt.Sprintf("number: the passage gives %s %s, not %s %s", c.val, other, c.val, c.nouns[0])
		}
	}
	return ""
}

// timeUnitTerms are timeUnits as terms.
var timeUnitTerms = func() map[string]bool {
	m := map[string]bool{}
	for w := range timeUnits {
		m[stemOf(w)] = true
	}
	return m
}()

// ordinalRunIn reports a passage counting a run with the ordinal of val
// ("for the seventh consecutive year"): the claim's "seven consecutive"
// is that run, not a count the passage gives another noun.
func ordinalRunIn(val string, all []sentWords) bool {
	for _, s := range all {
		for i := 0; i+1 < len(s); i++ {
			if runWords[stemOf(s[i+1])] && (ordinalWords[s[i]] == val || strings.TrimRight(s[i], "stndrh") == val && s[i] != val) {
				return true
			}
		}
	}
	return false
}

// runWords (as terms) follow a count of a run: "seventh consecutive".
var runWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"consecutive", "straight", "successive"} {
		m[stemOf(w)] = true
	}
	return m
}()

// movedFrom returns the noun the passages give the claim's number to,
// when they give it only to nouns the claim doesn't count with it, in
// sentences without the claim's noun, and the claim names that noun
// elsewhere, counted by no number of its own: "About 12,000 dockworkers
// walked out, halting container loading" where the passage has "about
// 12,000 containers a day". "" when the number is said of the claim's
// noun, with no noun, beside the claim's noun ("40 hours a week"), or
// of a noun the claim doesn't name or counts too ("three white stars
// ... the three Grand Divisions").
func movedFrom(c numNoun, all []sentWords, claim []string) string {
	named := map[string]bool{}
	for _, w := range claim {
		if t := stemOf(w); t != "" && !slices.Contains(c.nouns, t) {
			named[t] = true
		}
	}
	for _, o := range numberNouns(claim) {
		for _, t := range o.nouns {
			delete(named, t) // counted in the claim too
		}
	}
	noun := ""
	for _, s := range all {
		for _, n := range numberNouns(s) {
			if n.val != c.val {
				continue
			}
			if len(n.nouns) == 0 || sharesNoun(c.nouns, n.nouns) || holdsTerm(s, c.nouns[0]) {
				return ""
			}
			if noun == "" && named[n.nouns[0]] {
				noun = n.nouns[0]
			}
		}
	}
	return noun
}

// precisionRule: a bound is no count. A number the passages give only
// as a bound ("more than forty ships", "nearly 200", "at least 5") is
// not the number itself: a claim that states it flat ("forty ships")
// says something else. A rounding ("about 12,000") is read as the
// number, as people read it, unless the claim insists on it ("exactly
// 12,000"). A claim keeping any bound or rounding word passes.
func precisionRule(claim []string, _, all []sentWords, _ string) string {
	var src []numNoun
	for _, s := range all {
		src = append(src, numberNouns(s)...)
	}
	for _, c := range numberNouns(claim) {
		if c.approx && (boundWords[c.before] || c.before == "least") && !magnitudes[c.val] && !isYear(c.val) {
			// a bound the passage doesn't set: "at least 31", "nearly 31"
			// where it says the toll is 31, or "more than 200" where it
			// says "about 200" (a rounding may fall either side)
			exact, rounding, bound := false, false, false
			for _, s := range src {
				if s.val == c.val {
					switch {
					case !s.approx:
						exact = true
					case roundingWords[s.before]:
						rounding = true
					default:
						bound = true
					}
				}
			}
			if exact && !rounding && !bound {
				return fmt.Sprintf("precision: the passage gives %s exactly, the claim only as a bound", c.val)
			}
			if rounding && !bound {
				return fmt.Sprintf("precision: the passage gives about %s, the claim a bound", c.val)
			}
		}
		if c.approx && roundingWords[c.before] && !magnitudes[c.val] && !isYear(c.val) {
			// a rounding of a bound: "about 40 ships" where the passage
			// says "more than forty" (about may fall short of it)
			flat, rounding, bound := false, false, false
			for _, s := range src {
				if s.val != c.val || len(c.nouns) > 0 && len(s.nouns) > 0 && !sharesNoun(c.nouns, s.nouns) {
					continue // another thing's count ("40 tugboats")
				}
				switch {
				case !s.approx:
					flat = true
				case boundWords[s.before] || s.before == "least" || s.before == "over":
					bound = true
				default:
					rounding = true
				}
			}
			if bound && !flat && !rounding {
				return fmt.Sprintf("precision: the passage gives %s only as a bound, the claim as about it", c.val)
			}
		}
		if c.approx || magnitudes[c.val] || isYear(c.val) {
			continue
		}
		bound, rounded, flat, roughCount := false, false, false, false
		for _, s := range src {
			if s.val != c.val {
				continue
			}
			switch {
			case !s.approx:
				flat = true
			case boundWords[s.before]:
				bound = true
			default:
				rounded = true
				roughCount = roughCount || roundingWords[s.before] && bigCount(c.val) && sharesNoun(c.nouns, s.nouns)
			}
		}
		switch {
		case flat:
		case bound:
			return fmt.Sprintf("precision: the passage gives %s only as a bound", c.val)
		case rounded && exactWords[c.before]:
			return fmt.Sprintf("precision: the passage gives %s only as a rounded figure, the claim as %q", c.val, c.before)
		case roughCount:
			return fmt.Sprintf("precision: the passage gives %s only as a rounded figure, the claim states it flat", c.val)
		}
	}
	return ""
}

// roundingWords, before a count of a hundred or more of a thing
// ("about 200 families", "around 12,000 containers"), make it an
// estimate: the same count of the same thing stated flat ("200
// families") claims a precision the passage doesn't give. Smaller
// numbers, and spans or rates without the passage's noun, are read as
// the number, as RAGTruth's annotators read them.
var roundingWords = set("about around approximately roughly some")

func bigCount(v string) bool {
	f, err := strconv.ParseFloat(v, 64)
	return err == nil && f >= 100 && !isYear(v)
}

// boundWords, before a number, make it a bound ("more than", "fewer
// than", "up to", "nearly"): the count is on one side of it. Not "over"
// and "under" (also places and spans: "over two seasons"), nor "at
// least" (read as the number by annotators of RAGTruth: "at least three
// terminals" is three terminals). exactWords insist the count is the
// number.
var (
	boundWords = map[string]bool{"than": true, "up to": true, "nearly": true, "almost": true}
	exactWords = set("exactly precisely")
)

// saidWithoutNoun reports a passage sentence that names the claim's noun
// and gives the claim's number with no noun of its own: "adults only need
// to obtain eight of them", "the number of days with precipitation is 56".
// The number refers back to the noun; it is said of it.
func saidWithoutNoun(c numNoun, all []sentWords) bool {
	for _, s := range all {
		named := false
		for _, w := range s {
			if t := stemOf(w); t != "" && slices.Contains(c.nouns, t) {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		for _, n := range numberNouns(s) {
			if n.val == c.val && len(n.nouns) == 0 {
				return true
			}
		}
	}
	return false
}

// quantifierRule: "all", "every", "most" and their kin ("entire",
// "full control") claim more than a passage that says none of them. "All three cellblocks" says the three
// are every one there is (allOfCount).
func quantifierRule(claim []string, anchor, _ []sentWords, _ string) string {
	classes := []map[string]bool{
		set("all every entire whole everyone everybody everything full complete"),
		set("most majority mostly"),
	}
	for _, cl := range classes {
		q := ""
		for i, w := range claim {
			if cl[w] && (quantifies(claim, i) || allOfCount(claim, i, anchor) || allOfCounted(claim, i, anchor)) && !countedWith(claim, i, anchor) && (!wholeAdjectives[w] || attributive(claim, i)) {
				q = w
				break
			}
		}
		if q == "" || anyIn(anchor, cl) || q == "all" && distributedOver(claim, anchor) {
			continue // ("each of the cellblocks", "both cellblocks": all of them)
		}
		if q == "majority" && splitVote(anchor) {
			continue // "a majority backed it" of "voted 1,214 to 96 in favour"
		}
		return fmt.Sprintf("quantifier %q is not in the passage", q)
	}
	for _, w := range claim {
		if (w == "unanimous" || w == "unanimously") && !anyIn(anchor, set("unanimous unanimously")) && (splitVote(anchor) || !voteWithoutDissent(anchor) && !anyIn(anchor, set("all every everyone everybody"))) {
			return fmt.Sprintf("quantifier %q is not in the passage", w)
		}
	}
	return ""
}

// voteWithoutDissent reports a sentence telling a vote with none against:
// a count then 0 ("voted 9 to 0", "9-0"), or "without" or "no" before
// "against" or "opposed" ("without a single vote against"), in a
// sentence of voting or approving.
func voteWithoutDissent(anchor []sentWords) bool {
	for _, s := range anchor {
		if !slices.ContainsFunc(s, func(w string) bool { l := text.Lemma(w); return l == "vote" || l == "approve" || l == "pass" }) {
			continue
		}
		for i, w := range s {
			if (w == "0" || w == "zero") && i >= 1 && (isCount(s[i-1]) || s[i-1] == "to" && i >= 2 && isCount(s[i-2])) {
				return true
			}
			if (w == "without" || w == "no") && slices.ContainsFunc(s[i+1:min(i+5, len(s))], func(x string) bool { return x == "against" || x == "opposed" }) {
				return true
			}
		}
	}
	return false
}

// isCount reports a word of digits that is no year.
func isCount(w string) bool {
	_, err := strconv.Atoi(w)
	return err == nil && !isYear(w)
}

// splitVote reports a sentence telling a vote won by its first count:
// a word of voting and two counts joined by "to" or a dash ("voted 1,214
// to 96", "7-2", which the sentence's words give side by side), not
// followed by "against" (a vote the larger side lost), which makes the
// winners a majority and the vote not unanimous. A year or "40 of the
// union's 100" is no vote's count.
func splitVote(anchor []sentWords) bool {
	for _, s := range anchor {
		if !slices.ContainsFunc(s, func(w string) bool { l := text.Lemma(w); return l == "vote" || l == "ballot" }) {
			continue
		}
		for i := 0; i+1 < len(s); i++ {
			if !isCount(s[i]) {
				continue
			}
			j := i + 1
			if s[j] == "to" {
				j++
			}
			if j >= len(s) || !isCount(s[j]) {
				continue
			}
			a, _ := strconv.Atoi(s[i])
			b, _ := strconv.Atoi(s[j])
			if a <= b || b == 0 || slices.Contains(s[j+1:min(j+4, len(s))], "against") {
				continue
			}
			return true
		}
	}
	return false
}

// allOfCounted reports "all the X" where an anchor sentence gives a count
// of X ("to all the families" of "to about 200 families"): the claim makes
// the passage's number everyone, whatever preposition stands before it
// (which elsewhere makes "all" general). A count of the whole set ("the
// three piers") is what "all the piers" says.
func allOfCounted(claim []string, i int, anchor []sentWords) bool {
	if claim[i] != "all" || i+2 >= len(claim) || claim[i+1] != "the" {
		return false
	}
	noun := stemOf(claim[i+2])
	if noun == "" {
		return false
	}
	counted := false
	for _, s := range anchor {
		for _, n := range numberNouns(s) {
			if slices.Contains(n.nouns, noun) {
				if n.before == "the" || n.before == "all" {
					return false // "the three piers": the whole set, which "all the piers" is
				}
				counted = true
			}
		}
	}
	return counted
}

// wholeAdjectives say all of what they qualify ("regained full control"
// of "gained access to three cellblocks") only before it: "the schedule
// is complete" and a label ("Full name: …") quantify nothing.
var wholeAdjectives = set("full complete")

// namingNouns are what a whole adjective may qualify without quantifying
// the world: "its full name", "the complete text".
var namingNouns = set("name names title text")

// linkVerbs link a predicate adjective to its subject.
var linkVerbs = set("is are was were be been being become became seems seemed")

// attributive reports claim[i] inside a clause and before a content word,
// not after a linking verb, and not before a unit of time, where it only
// stresses the length ("eleven full days", "a full year").
func attributive(claim []string, i int) bool {
	if i == 0 || i+1 >= len(claim) || linkVerbs[claim[i-1]] || groupPronouns[claim[i+1]] || stemOf(claim[i+1]) == "" || namingNouns[claim[i+1]] {
		return false
	}
	n := claim[i+1]
	return !timeUnits[n] && !timeUnits[strings.TrimSuffix(n, "s")]
}

// exclusiveRule: "only" claims that nothing else was, which a passage
// naming some of a list does not say ("the only items seized were
// weapons" where the passage names weapons among others). The cited
// passages must hold "only" or a word of its kind. Not "not only" or
// "if only"; not before a number ("only 14", a small count), a verb of
// telling ("the passages only say") or a condition ("only if").
func exclusiveRule(claim []string, _, all []sentWords, _ string) string {
	for i, w := range claim {
		if w != "only" {
			continue
		}
		if i > 0 && (claim[i-1] == "not" || claim[i-1] == "if" || talkNouns[claim[i-1]]) {
			continue
		}
		if i+1 < len(claim) {
			n := claim[i+1]
			if onlyBefore[n] || text.Numbers(n) != nil {
				continue
			}
		}
		if i == 1 && (tellingVerbs[claim[0]] || text.IsSpeechVerb(claim[0])) {
			// "[Passage 1] gives only the order of events": the talk
			// about the passages, their name dropped, restricts what
			// they tell
			continue
		}
		if conditionNear(claim, i) || toldOnlyThat(claim, i) || onlyInPassages(claim, i) {
			continue
		}
		if anyIn(all, exclusives) {
			return ""
		}
		return `quantifier "only" is not in the passage`
	}
	return ""
}

// onlyInPassages reports "only" scoped by the passages within four words
// after it, or said of them just before: "the only figure in the passages",
// "the only name the passages give", "the passages tie them together only
// by timing" say what the passages hold, not that nothing else was.
func onlyInPassages(claim []string, i int) bool {
	for k := max(0, i-10); k < i; k++ {
		if talkNouns[claim[k]] && k > 0 && (claim[k-1] == "the" || claim[k-1] == "these") && !slices.ContainsFunc(claim[k:i], func(w string) bool { return clauseBreaks[w] }) {
			return true // "the passages tie them together only by timing": what they say, not what is
		}
	}
	for k := i + 1; k < min(len(claim), i+6); k++ {
		if talkNouns[claim[k]] && (claim[k-1] == "the" || claim[k-1] == "these") {
			return true
		}
	}
	// "the only statement on this comes from ...", "the only official
	// quoted is ...": what is quoted or stated in them
	for k := i + 1; k < min(len(claim), i+4); k++ {
		if quotedWords[claim[k]] && claim[k-1] != "to" { // "the only official to comment" comments
			return true
		}
	}
	return false
}

// toldOnlyThat reports "only" between a verb of telling and "that":
// "they report only that the mayor was shot", "it says only that"
// restrict what is told, no list of the world's.
func toldOnlyThat(claim []string, i int) bool {
	return i > 0 && i+1 < len(claim) && claim[i+1] == "that" && (onlyBefore[claim[i-1]] || text.IsSpeechVerb(claim[i-1]))
}

// conditionNear reports a condition or time within four words after
// claim[i]: "only open after a fire", "only run the pump when needed"
// restrict when something happens, not a list.
func conditionNear(claim []string, i int) bool {
	for j := i + 1; j < len(claim) && j <= i+4; j++ {
		if onlyConditions[claim[j]] {
			return true
		}
	}
	return false
}

var onlyConditions = set("if when whenever after before once until unless during while")

// talkNouns name the text: "the passages only call it ..." tells what
// the text says, no list of the story's.
var talkNouns = set("passage passages text texts article articles source sources document documents")

// quotedWords say a thing is stated or quoted: after "only", what the
// passages hold ("the only statement", "the only official quoted").
var quotedWords = set("statement statements comment comments quote quotes quotation quotations remarks quoted cited")

// exclusives are words a passage says "nothing else" with.
var exclusives = set("only sole solely exclusively alone just merely")

// tellingVerbs are verbs of a text telling something, beside verbs of
// saying: "gives only the order of events".
var tellingVerbs = set("give gives gave provide provides provided list lists listed offer offers offered contain contains contained include includes included mention mentions mentioned report reports reported describe describes described note notes noted")

// onlyBefore are words after which "only" restricts no list: a verb of
// telling, a condition or time, a count.
var onlyBefore = set("say says said mention mentions mentioned state states stated give gives gave report reports reported describe describes described refer refers note notes noted provide provides provided contain contains include includes discuss discusses tell tells told list lists name names confirm confirms confirmed call calls called because to a an one then now recently partly partially briefly slightly")

// comparisonRule: a comparison a claim makes ("the biggest strike vote",
// "nearly doubled the toll") must be the passage's: the cited passages
// hold the word or one of its kind ("largest" for "biggest").
func comparisonRule(claim []string, _, all []sentWords, _ string) string {
	for i, w := range claim {
		g, ok := comparisons[w]
		if !ok || i+1 < len(claim) && claim[i+1] == "down" {
			continue // "doubling down on his policy": an idiom, no figure
		}
		if !anyIn(all, g) {
			return fmt.Sprintf("comparison %q is not in the passage", w)
		}
	}
	return ""
}

// comparisons map a comparison word to the words of its kind, folded.
var comparisons = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, g := range []string{
		"biggest largest greatest",
		"smallest tiniest",
		"highest",
		"lowest cheapest",
		"deadliest bloodiest worst",
		"longest",
		"shortest",
		"doubled tripled quadrupled halved doubling tripling quadrupling halving",
	} {
		cl := set(g)
		for w := range cl {
			m[w] = cl
		}
	}
	return m
}()

// countedWith reports "all with <y>" after a count the claim gives
// ("Fourteen, police said, all with gunshot wounds") where an anchor
// sentence gives the same count "with <y>" ("14 inmates ... with
// gunshot and stab wounds"): the passage says it of the whole group.
func countedWith(claim []string, i int, anchor []sentWords) bool {
	if claim[i] != "all" || i+2 >= len(claim) || claim[i+1] != "with" {
		return false
	}
	counts := numberVals(claim[:i])
	for _, s := range anchor {
		for j := 0; j+1 < len(s); j++ {
			if s[j] != "with" || s[j+1] != claim[i+2] {
				continue
			}
			for _, v := range numberVals(s[:j]) {
				if slices.Contains(counts, v) {
					return true
				}
			}
		}
	}
	return false
}

// numberVals are the values of the numbers in words.
func numberVals(words []string) []string {
	var out []string
	for _, c := range numberNouns(words) {
		out = append(out, c.val)
	}
	return out
}

// universals claim a whole class: "every night shift".
var universals = set("every each all")

// oneOfBefore reports "one of" just before the superlative's determiner at
// claim[i], or before the name whose "s" it is ("one of Ecuador's most
// dangerous"), or "among" before its determiner ("among the most
// dangerous", "among Ecuador's most dangerous").
func oneOfBefore(claim []string, i int) bool {
	if i >= 1 && claim[i-1] == "among" || claim[i] == "s" && i >= 2 && claim[i-2] == "among" {
		return true // "among the most dangerous prisons", "among its most dangerous": one of them
	}
	for _, k := range []int{i - 2, i - 3} {
		if k >= 0 && claim[k] == "one" && claim[k+1] == "of" && (k == i-2 || claim[i] == "s") {
			return true
		}
	}
	return false
}

// superlativeDet open a superlative of one thing: "the", a possessive's
// "s" ("Ecuador's most dangerous"), a possessive pronoun.
var superlativeDet = set("the s its their his her")

// restrictorRule: a universal or a superlative claims less when its
// class is narrower. Leaving out what narrows it widens the claim:
// "inspectors on every shift" where the passage has "every night shift";
// "the most dangerous prison" where it has "one of the most dangerous".
func restrictorRule(claim []string, anchor, _ []sentWords, _ string) string {
	for i := 0; i+1 < len(claim); i++ {
		w := claim[i]
		switch {
		case universals[w]:
			noun := claim[i+1]
			if stemOf(noun) == "" {
				continue
			}
			narrowed, same := "", false
			for _, s := range anchor {
				for j := 0; j+1 < len(s); j++ {
					if s[j] != w {
						continue
					}
					if s[j+1] == noun {
						same = true
					} else if j+2 < len(s) && s[j+2] == noun && stemOf(s[j+1]) != "" {
						narrowed = s[j+1]
					}
				}
			}
			if narrowed != "" && !same {
				return fmt.Sprintf("quantifier: the passage says %q of %s %s %s, not of %s %s", w, w, narrowed, noun, w, noun)
			}
		case superlativeDet[w] && claim[i+1] == "most" && i+2 < len(claim) && !oneOfBefore(claim, i):
			// "the most dangerous", "Ecuador's most dangerous", "its most
			// dangerous": one thing above all others
			adj := claim[i+2]
			oneOf, plain := false, false
			for _, s := range anchor {
				for j := 0; j+2 < len(s); j++ {
					if s[j] != "the" || s[j+1] != "most" || s[j+2] != adj {
						continue
					}
					if j >= 2 && s[j-2] == "one" && s[j-1] == "of" {
						oneOf = true
					} else {
						plain = true
					}
				}
			}
			if oneOf && !plain {
				return fmt.Sprintf("quantifier: the passage says \"one of the most %s\", not \"the most %s\"", adj, adj)
			}
		}
	}
	return ""
}

// groupPronouns after "most of" name a group already counted: "14
// inmates, most of them with gunshot wounds" claims a share of them.
var groupPronouns = set("them those these")

var prepositions = set("among of at above after in across for to with from on over under by between")

// quantifies reports a quantifier at claim[i] that claims a share of a
// group ("most of them" too): not "all three" or "all other" (a count,
// an enumeration), not
// "among all" or "of all" (a comparison), not "systems all work" after
// the things it sums up.
// allOfCount reports "all" before a count ("all three cellblocks") that
// the anchor gives as a part ("gained access to three cellblocks"): the
// claim says the count is the whole, which the passage says only with the
// count made definite ("the three cellblocks", "its three") or summed
// ("three in all", "a total of three"), or with "all" or "both" itself.
func allOfCount(claim []string, i int, anchor []sentWords) bool {
	if claim[i] != "all" || i+2 >= len(claim) || i > 0 && claim[i-1] == "not" || sumInAll(claim, i) {
		return false // "not all"; "17 in all: 15 guards and 2 staffers" sums, and its count is the next clause's
	}
	v, n := numberAt(claim, i+1)
	if v == "" || magnitudes[v] || i+1+n >= len(claim) || stemOf(claim[i+1+n]) == "" {
		return false
	}
	for _, s := range anchor {
		for j := range s {
			if sv, _ := numberAt(s, j); sv != v {
				continue
			}
			if j > 0 && wholeCountLeads[s[j-1]] || j+2 < len(s) && (s[j+1] == "in" && s[j+2] == "all" || s[j+1] == "of" && s[j+2] == "them") {
				return false // "the three cellblocks", "three in all", "all three of them"
			}
			return true
		}
	}
	return false // the passage doesn't give the count: the number rules read it
}

// refusals are verbs that deny the deed after them: "declined to
// intervene", "refused to", "failed to".
var refusals = set("decline refuse fail reject")

// sumInAll reports the "all" of "17 people in all": "in" before it and a
// number within the seven words before that ("17 workers were held
// hostage in all"; not "control in all three cellblocks").
func sumInAll(claim []string, i int) bool {
	if i < 2 || claim[i-1] != "in" {
		return false
	}
	for k := max(0, i-8); k < i-1; k++ {
		if v, _ := numberAt(claim, k); v != "" {
			return true
		}
	}
	return false
}

// wholeCountLeads before a count make it the whole: "the three", "its
// three", "all three", "total of three".
var wholeCountLeads = set("the its their his her all both of these those")

func quantifies(claim []string, i int) bool {
	if i > 0 && i+1 < len(claim) && claim[i] == "most" && degreeBefore(claim[i-1]) && superlativeOf(claim[i+1]) {
		return false // "the most recent measure", "is most dangerous": a degree, not a share ("most public schools" is one)
	}
	if i+1 < len(claim) {
		if n := claim[i+1]; n == "other" || n == "of" && claim[i] == "most" && !(i+2 < len(claim) && groupPronouns[claim[i+2]]) && !partOfMany(claim[i+2:]) || text.Numbers(n) != nil || n == "together" || claim[i] == "most" && strings.HasSuffix(n, "ly") {
			return false
		}
	}
	if i > 0 {
		p := claim[i-1]
		allOfMany := (claim[i] == "all" || claim[i] == "most") && i+2 < len(claim) && claim[i+1] == "of" && partOfMany(claim[i+2:])
		if (prepositions[p] || claim[i] == "all" && strings.HasSuffix(p, "s") && stemOf(p) != "") && !allOfMany {
			return false // "across all frames", "to every individual"; not "access to all (most) of the prison's cellblocks"
		}
		if claim[i] == "whole" && p == "a" {
			return false // "as a whole"
		}
		if p == "not" {
			return false // "not all": some, a weaker claim
		}
	}
	return true
}

// degreeBefore reports a word after which "most" and an adjective are a
// degree: a determiner or possessive ("the", "our", "Ecuador's"), a count
// ("the two most recent"), a linking verb ("is", "became").
func degreeBefore(w string) bool {
	return superlativeDet[w] || copulas[w] || linkingVerbs[w] || w == "a" || w == "our" || w == "your" || w == "my" || text.Numbers(w) != nil
}

var linkingVerbs = set("be been being become became becomes seem seems seemed remain remains remained")

// distributives say a thing of every one of a group, as "all" does.
var distributives = set("each both")

// distributedOver reports an anchor sentence saying "each" or "both" of
// what the claim's "all" is said of: a content word of the four after the
// claim's "all" within four words after it ("all of the prison's
// cellblocks" of "each of the prison's cellblocks"; not of "blamed each
// other").
func distributedOver(claim []string, anchor []sentWords) bool {
	at := slices.Index(claim, "all")
	if at < 0 {
		return false
	}
	var of []string
	for _, w := range claim[at+1 : min(len(claim), at+5)] {
		if t := stemOf(w); t != "" {
			of = append(of, t)
		}
	}
	for _, s := range anchor {
		for k, w := range s {
			if !distributives[w] {
				continue
			}
			for _, x := range s[k+1 : min(len(s), k+5)] {
				if t := stemOf(x); t != "" && slices.Contains(of, t) {
					return true
				}
			}
		}
	}
	return false
}

// superlativeOf reports an adjective after "most": a word the dictionary
// makes an adverb of with -ly ("recent": recently, "dangerous",
// "basic": basically); "most prisoners", "most people" share out a group.
func superlativeOf(w string) bool {
	if len(w) < 3 || strings.HasSuffix(w, "ly") {
		return false
	}
	return text.IsWord(w+"ly") || text.IsWord(w+"ally") || strings.HasSuffix(w, "le") && text.IsWord(w[:len(w)-1]+"y")
}

// partOfMany reports the many things "most of" takes a share of: a
// plural noun after a determiner and at most two modifiers ("most of the
// presidential candidates", "most of its inmates"). "Most of the day",
// "most of the city" measure one thing, which the quantifier rule leaves
// to others.
func partOfMany(rest []string) bool {
	if len(rest) == 0 || !partDeterminers[rest[0]] {
		return false
	}
	for j := 1; j < len(rest) && j <= 3; j++ {
		w := rest[j]
		if text.Numbers(w) != nil || measureNouns[w] {
			return false // "most of the 31": a count, the number rules' part; "most of the time"
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && text.Lemma(w) != w && stemOf(w) != "" {
			return true
		}
	}
	return false
}

// measureNouns are the stretches "most of the" measures: "most of the
// time", "for most of the year".
var measureNouns = set("time day days week weeks month months year years night nights morning afternoon evening way period season decade century")

// partDeterminers open the group "most of" takes a share of.
var partDeterminers = set("the its their his her our these those")

func anyIn(ss []sentWords, cl map[string]bool) bool {
	for _, s := range ss {
		for _, w := range s {
			if cl[w] {
				return true
			}
		}
	}
	return false
}

// ---- modality ----

var hedges = set("may might could possibly perhaps likely unlikely probably reportedly allegedly apparently expected suspected believed thought rumored rumoured alleged potentially seemed seems seem appeared appears appear")

// hedgesTo are hedges only before "to" ("thought to be", "expected to
// rise"): "thought processes" and "the expected result" hedge nothing.
// "seemed to set off violence" hedges; "appeared in court" does not.
var hedgesTo = set("expected suspected believed thought seemed seems seem appeared appears appear")

// claimHedges soften a claim: a claim holding one states no bare fact.
var claimHedges = set("may might could can possibly perhaps likely unlikely probably reportedly allegedly apparently expected suspected believed thought rumored rumoured alleged potential potentially if unknown unclear possible sometimes often usually consider suggest suggests suggested option options recommend recommends recommended seemed seems seem appeared appears appear")

// hedgeAt reports a hedge at s[i] that speculates: not "May" the month
// (a number next to it), and the verbs of
// belief only before "to".
func hedgeAt(s []string, i int) bool {
	w := s[i]
	if !hedges[w] {
		return false
	}
	next := ""
	if i+1 < len(s) {
		next = s[i+1]
	}
	if hedgesTo[w] && next != "to" {
		return false
	}
	if w == "could" && (next == "not" || next == "never" || next == "no") {
		return false // "could not confirm": it did not happen; no speculation
	}
	if w == "may" && (text.Numbers(next) != nil || i > 0 && text.Numbers(s[i-1]) != nil) {
		return false
	}
	return true
}

// MinHedged is how many of the claim's content terms a passage's hedge
// must cover for the claim to state what the passage only supposes: one
// shared word is a topic, not a statement.
const MinHedged = 2

// modalityRule: a hedge ("may", "expected to", "reportedly") that the
// anchor puts on what the claim says must stay in the claim: speculation
// is not fact. (A claim that hedges, or makes a condition, says less, not
// more: it passes.)
func modalityRule(claim []string, anchor, all []sentWords, _ string) string {
	for _, w := range claim {
		if claimHedges[w] && !(w == "if" && slices.Contains(claim, "will")) {
			// (a condition hedges, unless the claim says what "will"
			// happen if it is met: "cherries will rot if the stoppage
			// lasts" of "could rot if")
			return ""
		}
	}
	ct := map[string]bool{}
	for _, w := range claim {
		if t := stemOf(w); t != "" {
			ct[t] = true
		}
	}
	// Of a claim joining several sentences ("the walkout has halted the
	// loading of 12,000 containers a day, and cherries and grapes have
	// already started to rot"), the hedged one need not be the anchor: a
	// cited sentence is read too, its hedge covering MinHedged of the
	// claim's terms no anchor holds, unless the claim keeps the hedge in
	// other words ("exporters fear the fruit will rot").
	inAnchor := map[string]bool{}
	for _, s := range anchor {
		for _, w := range s {
			if t := stemOf(w); t != "" {
				inAnchor[t] = true
			}
		}
	}
	claimCauses := slices.ContainsFunc(claim, func(w string) bool { return linkClasses[0].words[w] })
	sents := slices.Clip(anchor)
	if !slices.ContainsFunc(claim, func(w string) bool { return keptHedges[w] }) {
		sents = append(sents, all...)
	}
	for k, s := range sents {
		joined := k >= len(anchor)
		for i, w := range s {
			if !hedgeAt(s, i) {
				continue
			}
			// What the hedge covers: the next five words of its clause,
			// auxiliaries aside ("may have been set off by").
			var covered []string
			for j, n := i+1, 0; j < len(s) && n < 5 && !clauseBreaks[s[j]]; j++ {
				if !auxWords[s[j]] && s[j] != "to" {
					n++
				}
				if t := stemOf(s[j]); t != "" && ct[t] && !text.IsNumeral(t) && !(joined && inAnchor[t]) {
					covered = append(covered, s[j])
				} else if j+1 < len(s) && phrasalIn(s[j], s[j+1], ct) {
					covered = append(covered, s[j]+" "+s[j+1]) // "seemed to set off violence": "triggered" the violence
				} else if claimCauses && causalAt(s, j) {
					covered = append(covered, s[j]) // "seemed to set off violence": it "caused" the violence
				}
			}
			if len(covered) >= MinHedged {
				return fmt.Sprintf("modality: the passage hedges %q (%q), the claim states it as fact", strings.Join(covered, " "), w)
			}
		}
	}
	return ""
}

// keptHedges keep a hedge in other words: "exporters fear the fruit will
// rot", "at risk of rotting", "police suspect it was started".
var keptHedges = set("warn warns warned warning fear fears feared threaten threatens threatened risk risks danger believe believes suspect suspects expect expects")

// phrasalIn reports terms (ct) holding a single-word synonym WordNet gives
// the phrasal verb, or a form of it: "trigger" for "set off", "intervened"
// for "step in".
func phrasalIn(verb, particle string, ct map[string]bool) bool {
	for _, syn := range text.PhrasalSynonyms(verb, particle) {
		for _, form := range append([]string{syn}, text.Inflections(syn)...) {
			if t := stemOf(form); t != "" && ct[t] {
				return true
			}
		}
	}
	return false
}

// causalAt reports a verb that makes one thing cause another at s[j]:
// "caused", "triggered", "sparked", "provoked", "prompted", or "set off",
// "touched off", "led to". A claim saying so in any of these words
// restates it ("seemed to set off violence": "caused the violence").
func causalAt(s sentWords, j int) bool {
	if causalVerbs[text.Lemma(s[j])] {
		return true
	}
	if j+1 >= len(s) {
		return false
	}
	l, p := text.Lemma(s[j]), s[j+1]
	return (l == "set" || l == "touch" || l == "spark") && p == "off" || l == "lead" && p == "to"
}

var causalVerbs = set("cause trigger spark provoke prompt")

// supposeWords speculate in a claim: "may be seeking", "possibly", "was
// probably". (Not "could", which also says what one was able to do, nor
// the verbs of belief, which report.)
var supposeWords = set("may might possibly perhaps probably reportedly allegedly apparently")

// reportHedges say a claim is someone's report: of a passage sentence that
// attributes ("the union said"), they are a fair reading.
var reportHedges = set("reportedly allegedly apparently")

// addedHedgeRule: a claim that only supposes ("the union may be seeking
// two extra inspectors") what an anchor sentence states flat ("the union
// said the strike would continue until the operator agreed to ... two
// extra safety inspectors") turns a fact into speculation: the passage
// says more than that, and the reader is told it is unsure. The
// supposition must cover at least MinHedged of the claim's terms in one
// anchor sentence holding no hedge of its own; "reportedly" of a sentence
// that attributes is a fair reading.
func addedHedgeRule(claim []string, anchor, _ []sentWords, _ string) string {
	for i, w := range claim {
		if !(supposeWords[w] || w == "could") || !supposesEvent(claim, i) {
			continue
		}
		var terms []string // the claim's words supposed
		for j, n := i+1, 0; j < len(claim) && n < 5 && !clauseBreaks[claim[j]]; j++ {
			if !auxWords[claim[j]] && claim[j] != "to" {
				n++
			}
			if t := stemOf(claim[j]); t != "" && !text.IsNumeral(t) && !metaTerms[t] {
				terms = append(terms, claim[j])
			}
		}
		if i+1 < len(claim) && (claim[i+1] == "be" || w == "could") {
			// "the death toll may be 31", "could reach 31": a copula or a
			// projected figure supposes of its subject, the words before
			// the hedge
			for j, n := i-1, 0; j >= 0 && n < 3 && !clauseBreaks[claim[j]]; j-- {
				if t := stemOf(claim[j]); t != "" && !text.IsNumeral(t) && !metaTerms[t] {
					terms = append(terms, claim[j])
					n++
				}
			}
		}
		if len(terms) < MinHedged {
			continue
		}
		for _, s := range anchor {
			held := 0
			for _, t := range terms {
				// "may have begun" of "began": by stem or lemma
				if holdsTerm(s, stemOf(t)) || holdsLemma(s, t) {
					held++
				}
			}
			if held < MinHedged || held*2 < len(terms) || sentenceHedges(s) || reportHedges[w] && attributes(s) || w == "could" && projects(s, claim, i) {
				continue
			}
			return fmt.Sprintf("modality: the passage states it, the claim only supposes it (%q)", w)
		}
	}
	return ""
}

// projectionStems are the stems of a passage's own projection of a
// figure ("will rise to 40", "is forecast to hit", "economists predict",
// "is set to", "carries up to 30 years"): a claim's "could" restates it.
var projectionStems = func() []string {
	var out []string
	for _, w := range strings.Fields("forecast predict project expect fear estimate anticipate likely") {
		out = append(out, stemOf(w))
	}
	return out
}()

// projects reports a passage sentence projecting the figure the claim's
// "could" at claim[at] brings: a stem of projectionStems, "will",
// "would", "set to" or "up to" within the five words before that figure
// in the sentence ("officials fear the toll will rise to 40"; not "rose
// to 40, and officials said they would release the names").
func projects(s sentWords, claim []string, at int) bool {
	fig := ""
	for k := at + 1; k < len(claim) && k <= at+4 && fig == ""; k++ {
		fig, _ = numberAt(claim, k)
	}
	for j := range s {
		if v, _ := numberAt(s, j); v == "" || v != fig {
			continue
		}
		for k := max(0, j-5); k < j; k++ {
			w := s[k]
			if w == "will" || w == "would" || (w == "set" || w == "up") && k+1 < len(s) && s[k+1] == "to" || slices.Contains(projectionStems, stemOf(w)) {
				return true
			}
		}
	}
	return false
}

// projectVerbs bring a figure a count may come to: "could reach 31",
// "could rise to 40", "could be as high as 31".
var projectVerbs = set("be reach rise climb hit top exceed surpass increase grow double")

// supposesEvent reports a supposition about a particular event at
// claim[i]: "may have killed", "might be seeking", "possibly fled",
// "reportedly walked off". A general "may cause side effects" or "you may
// need to" supposes no event: advice and tendencies are said that way.
func supposesEvent(claim []string, i int) bool {
	next := func(k int) string {
		if i+k < len(claim) {
			return claim[i+k]
		}
		return ""
	}
	switch claim[i] {
	case "could":
		// "the toll could reach 31", "could be as high as 31": a figure
		// projected (a past "could" is an ability: "could enter")
		if !projectVerbs[text.Lemma(next(1))] {
			return false // "could range from 1 to 55": what any case may be
		}
		for k := 2; k <= 4; k++ {
			if text.Numbers(next(k)) != nil {
				return true
			}
			if next(k) == "" || clauseBreaks[next(k)] {
				break
			}
		}
		return false
	case "may", "might":
		if next(1) == "be" {
			for k := 2; k <= 5; k++ {
				if text.Numbers(next(k)) != nil {
					return true // "the death toll may be as high as 31": a value of this event
				}
			}
		}
		return next(1) == "have" && pastVerb(next(2), text.Lemma(next(2))) || next(1) == "be" && strings.HasSuffix(next(2), "ing") && next(2) != "being"
	}
	for k := 1; k <= 2; k++ {
		if w := next(k); w != "" && !auxWords[w] && pastVerb(w, text.Lemma(w)) {
			return true // "reportedly walked off", "possibly fled"
		}
	}
	return false
}

// sentenceHedges reports a hedge anywhere in a sentence.
func sentenceHedges(s sentWords) bool {
	for i := range s {
		if hedgeAt(s, i) || s[i] == "could" || s[i] == "if" {
			return true
		}
	}
	return false
}

// attributes reports a sentence that says who said it: a verb of saying
// or "according to".
func attributes(s sentWords) bool {
	for i, w := range s {
		if text.IsSpeechVerb(w) || w == "according" && i+1 < len(s) && s[i+1] == "to" {
			return true
		}
	}
	return false
}

// certaintyVerbs report a statement as established: "confirmed that",
// "verified that", "proved that". A passage that has it only said, told
// or reported does not hold that.
var certaintyVerbs = set("confirmed confirms verified verifies proved proves")

// certaintyRule: "the office confirmed that one civilian was hurt" where
// the office "said" so raises a report to a certainty; the sentences
// that say what the claim says (its anchor) must hold the verb, in any
// form, for the claim to use it. Only the verb
// reporting a clause counts ("confirmed that ..."): "confirm the reset",
// "will be confirmed on Friday" and "hunger to prove himself" report
// nothing.
func certaintyRule(claim []string, anchor, _ []sentWords, _ string) string {
	for i, w := range claim {
		if !certaintyVerbs[w] || i+1 == len(claim) || claim[i+1] != "that" {
			continue
		}
		l := text.Lemma(w)
		for _, s := range anchor {
			for _, x := range s {
				if text.Lemma(x) == l {
					return ""
				}
			}
		}
		return fmt.Sprintf("modality: the passage does not say it was %s", w)
	}
	return ""
}

// irrealisCues put the verb after them in the future, a plan or a
// condition: "said it would publish", "until the operator agreed".
var irrealisCues = set("would will shall until unless if")

// planAt reports words[i], a verb, told as a plan or a condition: after
// an irrealis cue (irrealisAt), in its base form or perfect ("would run",
// "until the operator agrees", "would have published"), or in the past
// under a "would" ("would continue until the operator agreed"); not in its
// own past otherwise ("until the army took control": a deed done), nor after a "would"
// that looks back ("who would later become mayor") or tells a habit
// ("would bring bread every night").
func planAt(words []string, i int) bool {
	if !irrealisAt(words, i) {
		return false
	}
	w, l := words[i], text.Lemma(words[i])
	if w != l && pastVerb(w, l) && !(i > 0 && (words[i-1] == "have" || words[i-1] == "has" || words[i-1] == "had")) {
		// a past after "until" or "if" is a condition under a "would"
		// before it ("the strike would continue until the operator
		// agreed"), a deed done without one ("fighting raged until the
		// army took control")
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if words[k] == "until" || words[k] == "if" || words[k] == "unless" {
				return slices.ContainsFunc(words[:k], func(x string) bool { return x == "would" || x == "will" || x == "could" || x == "might" })
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if words[k] == "would" {
			if k+1 < len(words) && lookBack[words[k+1]] {
				return false
			}
			for m := i + 1; m+1 < len(words) && m <= i+8; m++ {
				if (words[m] == "every" || words[m] == "each") && habitUnits[words[m+1]] {
					return false
				}
			}
		}
	}
	return true
}

// toldAsPlan reports whether the sentences tell verb l (a lemma) as a plan
// or a condition (planAt), and whether they tell it as done.
func toldAsPlan(sents []sentWords, l string) (planned, done bool) {
	for _, s := range sents {
		for j, x := range s {
			if x != l && text.Lemma(x) != l {
				continue
			}
			if planAt(s, j) {
				planned = true
			} else {
				done = true
			}
		}
	}
	return planned, done
}

// lookBack after "would" tells what did happen later: "would later
// become", "would eventually win", "would go on to".
var lookBack = set("later eventually go soon afterwards subsequently")

// habitUnits after "every" or "each" make a "would" a habit: "would bring
// bread every night".
var habitUnits = set("night day morning evening week month year time weekend sunday monday tuesday wednesday thursday friday saturday")

// irrealisAt reports an irrealis cue within the three words before
// words[i].
func irrealisAt(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if irrealisCues[words[k]] {
			return true
		}
	}
	return false
}

// finiteAuxiliaries before an "-ed" word make it a passive or modal
// participle ("must be obtained", "can be assigned"), and a determiner or
// "as" an adjective ("the updated list", "as needed"): no past stating
// an outcome. ("Has agreed" states one.)
var finiteAuxiliaries = set("be been being is are was were am must can cannot could should may might will would shall do does did get got a an the as this that these those its their his her our your")

// determiners are the finiteAuxiliaries that make an adjective of the
// "-ed" word two after them only over an adverb ("the newly updated
// list", "the long-awaited report"): over a noun the "-ed" word is the
// subject's verb ("the authority published").
var determiners = set("a an the as this that these those its their his her our your")

// adverbsBeforeEd are the adverbs without "-ly" that join a participle
// to make an adjective: "so-called", "well-known", "much-needed".
var adverbsBeforeEd = set("so well much long ill little less more most least")

// participleAt reports words[i], an "-ed" word, as a participle or an
// adjective by the word before it or, over an adverb or an auxiliary's
// subject ("was not needed", "were all killed"), the word two before.
func participleAt(words []string, i int) bool {
	if i > 0 && finiteAuxiliaries[words[i-1]] {
		return true
	}
	if i < 2 || !finiteAuxiliaries[words[i-2]] {
		return false
	}
	return !determiners[words[i-2]] || strings.HasSuffix(words[i-1], "ly") || adverbsBeforeEd[words[i-1]]
}

// conditional reports a condition in a claim: "if", "unless", "whether",
// "whenever", a clause it opens with ("When talks broke down, ..."), or
// "when", "once" or "until" inside it before no verb in the simple past
// ("until the operator agrees", "until the sugar has dissolved"). "The
// strike ended when the operator agreed" tells when, and states that the
// operator agreed.
func conditional(claim []string) bool {
	for i, w := range claim {
		if !condCues[w] {
			continue
		}
		if w == "until" && untilTime(claim[i+1:]) {
			continue // "ran extra buses until midnight": a time, no condition
		}
		if w != "when" && w != "once" && w != "until" || i == 0 {
			return true
		}
		past := false
		for k := i + 1; k < len(claim) && k <= i+4 && !past; k++ {
			if perfectAux[claim[k]] || claim[k] == "will" || claim[k] == "would" {
				break // "until the sugar has dissolved": no event told
			}
			past = strings.HasSuffix(claim[k], "ed") && len(claim[k]) > 4 || pastVerb(claim[k], text.Lemma(claim[k])) && text.Lemma(claim[k]) != claim[k]
		}
		if !past {
			return true
		}
	}
	return false
}

// irregularPast reports an irregular inflection of a verb that reads as
// its simple past ("ran", "took", "began", "held"), not a participle
// spelled with its "-n" ("born", "taken", "shown", "done", "begun"),
// which as often follows its noun as an adjective ("people born in
// October").
func irregularPast(w, lemma string) bool {
	if !pastVerb(w, lemma) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "est") || notPasts[w] ||
		strings.HasSuffix(w, "a") || strings.HasSuffix(w, "i") {
		return false // "feet", "best", "worse", "media", "criteria", "alumni": a noun's or an adjective's forms
	}
	for _, end := range []string{"en", "wn", "rn", "ne", "un"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	return true
}

// notPasts are irregular forms of nouns and adjectives, no verb's: a
// closed class.
var notPasts = set("feet teeth geese men women mice lice children people oxen dice better best worse worst less least more most further farther elder eldest")

// untilTime reports the words after "until" naming a time ("midnight",
// "Thursday", "the end of the month", "2025"), not a clause that may
// never happen ("until the operator agrees").
func untilTime(rest []string) bool {
	if len(rest) == 0 {
		return false
	}
	w := rest[0]
	if (w == "the" || w == "this" || w == "next" || w == "late" || w == "early") && len(rest) > 1 {
		w = rest[1]
	}
	return text.IsTimeWord(w) || untilTimes[w] || text.IsNumeral(w)
}

// untilTimes are the times of day and the spans "until" may run to.
var untilTimes = set("midnight noon dawn dusk morning afternoon evening night tonight tomorrow today then now later end weekend week month year further")

// planRule: a plan or a condition is no outcome. A claim stating in the
// past ("the prison authority published an updated list", "the council
// ran extra buses", an irregular past as much as a regular one) what the
// sentences saying what it says hold only as a plan ("said it would
// publish") or a condition ("until the operator agreed") states an
// outcome the passage does not hold.
func planRule(claim []string, anchor, _ []sentWords, _ string) string {
	if conditional(claim) {
		return "" // a condition of its own states no outcome
	}
	for i, w := range claim {
		l := text.Lemma(w)
		if !strings.HasSuffix(w, "ed") && !irregularPast(w, l) || irrealisAt(claim, i) || participleAt(claim, i) {
			continue // "ran" and "took" as much as "published"
		}
		if l == w || stemOf(l) == "" {
			continue
		}
		if planned, done := toldAsPlan(anchor, l); planned && !done {
			return fmt.Sprintf("outcome: the passage has %q only as a plan or a condition", l)
		}
	}
	return ""
}

// ---- causal and temporal links ----

var linkClasses = []struct {
	name  string
	words map[string]bool
}{
	{"cause", set("because due cause caused causes causing led prompted prompting sparked triggered retaliation revenge response resulted consequence owing blamed provoked provoke linked" + paybackWords)},
}

// toLinks draw a cause only before "to": "led to", "due to", "linked to
// the gangs" (not "linked arms", "tied up"; "attributed to the union"
// names a source, no cause).
var toLinks = set("led due linked")

// baseCause are the cause words in the verb's base form, which a denial
// can govern ("does not cause").
var baseCause = set("cause provoke")

// deniedAt reports a negation in the two words before claim[i].
func deniedAt(claim []string, i int) bool {
	for k := max(0, i-2); k < i; k++ {
		if w := claim[k]; w == "not" || w == "never" || w == "t" || w == "nt" || w == "no" || w == "cannot" {
			return true
		}
	}
	return false
}

// isWhy reports "why" saying a reason, not asking one: "which is why it
// was included", "that was why", "those deaths are why".
func isWhy(claim []string, i int) bool {
	return claim[i] == "why" && i > 0 && (claim[i-1] == "is" || claim[i-1] == "was" || claim[i-1] == "s" || claim[i-1] == "are" || claim[i-1] == "were" || claim[i-1] == "re")
}

// causeEvidence are the words that draw a cause in a passage, its own way:
// a cue of the claim's kind, or a word that says one thing makes another.
var causeEvidence = set(`because due cause caused causes causing led lead leads leading prompted prompting prompt sparked spark
	triggered trigger retaliation revenge response resulted result results consequence consequently owing blamed blame
	linked
	so thus therefore hence since as reason reasons effect effects why allow allows allowing enable enables making makes
	helps help increase increases reduce reduces contribute contributes when` + paybackWords)

// timeOpposite are the time orders a claim may reverse: "after" where the
// passage says "before" of the same events.
var timeOpposite = map[string]map[string]bool{
	"after":     set("before prior earlier preceding"),
	"following": set("before prior earlier preceding"),
	"before":    set("after following later afterwards subsequently"),
	"prior":     set("after following later afterwards subsequently"),
}

var (
	laterCues    = set("later")
	timeEvidence = set("after before following later afterwards earlier prior until then since when while subsequently eventually next")
)

// motiveWords give a deed its motive or trigger: an answer to "why" that
// says one must find a link drawn in the passage too.
var motiveWords = set("retaliation revenge response prompted prompting provoked" + paybackWords)

// paybackWords say a deed pays another back, as "in retaliation for"
// does: "in reprisal for" (Spanish "en represalia por"), "avenged".
const paybackWords = " reprisal reprisals vengeance avenge avenged avenging retaliate retaliated retaliating retaliatory"

// causeNoun reports "cause" as a noun of no link: after a determiner or an
// adjective and not before "of" ("a charitable cause", "the cause they
// support"); "the cause of the fire" is a link.
func causeNoun(claim []string, i int) bool {
	if claim[i] != "cause" && claim[i] != "causes" || i == 0 {
		return false
	}
	if i+1 < len(claim) && claim[i+1] == "of" {
		return false
	}
	p := claim[i-1]
	return determiners[p] || strings.HasSuffix(p, "able") || strings.HasSuffix(p, "ible") || strings.HasSuffix(p, "al") || p == "good" || p == "worthy" || p == "noble" || p == "common"
}

// whyQuestion: a question that asks for a cause ("why", "what causes",
// "how does") presupposes a link; an answer drawing one reports it.
func whyQuestion(asked string) bool {
	ws := text.Words(asked)
	for i := 0; i+1 < len(ws) && i < 3; i++ {
		if en, ok := text.SpanishQuestionWord(ws[i] + " " + ws[i+1]); ok && en == "why" {
			return true // "¿Por qué hacen huelga?", "¿Y por qué ...?"
		}
	}
	for _, w := range text.Words(asked) {
		switch w {
		case "why", "cause", "causes", "caused", "reason", "reasons", "how", "important", "importance", "effect", "effects", "benefit", "benefits":
			return true
		}
	}
	return false
}

// mostHeld reports a sentence holding more than half of terms itself, by
// stem (all of one or two).
func mostHeld(s sentWords, terms []string) bool {
	n := 0
	for _, t := range terms {
		if slices.ContainsFunc(s, func(w string) bool { return stemOf(w) == t }) {
			n++
		}
	}
	return 2*n > len(terms)
}

// strictCauses give a reason in a passage's sentence ("in protest at",
// "blamed on"); "over" does when the cause follows it ("called the
// stoppage over the deaths"; not "died over the weekend").
var strictCauses = set("because due caused causing prompted sparked triggered retaliation protest response blamed" + paybackWords)

// linksCause reports a sentence giving the cause (its terms) as a reason.
func linksCause(s sentWords, cause []string, holds func(sentWords, []string) bool) bool {
	for k, w := range s {
		if strictCauses[w] || w == "over" && holds(s[k+1:min(len(s), k+4)], cause) {
			return true
		}
	}
	return false
}

// piecedLink reports a link word at claim[i] joining what the cited
// sentences say apart: no sentence, nor two in a row, holds both a
// content term of the claim before it (what is caused) and one after it,
// to its clause's end (the cause), though one holds the cause: "The
// strike was triggered by the deaths of two workers in March", where the
// deaths are told after a sentence about the loading halted and no
// sentence near them tells of the strike.
func piecedLink(claim []string, i int, all []sentWords) bool {
	var effect, cause []string
	for _, w := range claim[:i] {
		if t := stemOf(w); t != "" && !metaTerms[t] {
			effect = append(effect, t)
		}
	}
	for _, w := range claim[i+1:] {
		if clauseBreaks[w] && len(cause) > 0 {
			break
		}
		if t := stemOf(w); t != "" && !metaTerms[t] && text.Numbers(w) == nil {
			cause = append(cause, t)
		}
	}
	if len(effect) == 0 || len(cause) == 0 {
		return false
	}
	holds := func(s sentWords, ts []string) bool { return heldOrSynonym(s, ts) > 0 }
	causeHeld := false
	// a sentence holds the cause when it holds most of it: "The strike
	// was called by the union of port workers" holds "workers" and
	// "port" of "two workers were killed in accidents at the port in
	// March", and none of the deaths
	// (after "due to" or "owing to", one word of it is enough: "due to
	// external pressure" of "the pressure builds")
	most := func(s sentWords, ts []string) bool { return 2*heldOrSynonym(s, ts) > len(ts) }
	if claim[i] == "due" || claim[i] == "owing" {
		most = holds
	}
	for k, s := range all {
		e, c := holds(s, effect), most(s, cause)
		if holds(s, cause) && linksCause(s, cause, holds) {
			return false // the passage gives it as a cause: "called the stoppage over the deaths"
		}
		if e && c || k+1 < len(all) && (mostHeld(s, effect) && most(all[k+1], cause) || c && mostHeld(all[k+1], effect)) {
			// said together, or one right after the other, the sentence
			// of what is caused holding most of it in the claim's own
			// words: one word of it ("called" of "the strike was
			// called", in "what he called a private dispute"), or a
			// synonym of another thing told ("the walkout had halted
			// the loading"), tells the cause of nothing
			return false
		}
		causeHeld = causeHeld || holds(s, cause)
	}
	return causeHeld // a cause no sentence holds is the words' business
}

// linkRule: a cause the claim asserts ("in retaliation for", "because")
// must be drawn in its anchor sentences too, by a word that draws one;
// a time order it gives ("after") must not be the reverse of the
// passage's ("before"). A cause the question asks for is reported, not
// asserted: it passes on the words, unless the answer gives a motive
// (motiveWords: "in retaliation for", "prompted").
func linkRule(claim []string, anchor, all []sentWords, asked string) string {
	why := whyQuestion(asked)
	for _, lc := range linkClasses {
		cw := ""
		for i, w := range claim {
			// "led" draws a cause only as "led to"; "due" as "due to";
			// "linked" as "linked to"
			if toLinks[w] && (i+1 >= len(claim) || claim[i+1] != "to") {
				continue
			}
			if baseCause[w] && deniedAt(claim, i) {
				continue // "does not cause weight loss" draws no cause
			}
			if causeNoun(claim, i) {
				continue // "a charitable cause": no link
			}
			if why && !motiveWords[w] && !piecedLink(claim, i, all) {
				// a cause the question asks for is reported, not
				// asserted; a motive the answer gives ("in
				// retaliation for", "prompted") still needs the
				// passage's link, and so does a cause no sentence
				// says together with what it causes
				continue
			}
			if lc.words[w] || isWhy(claim, i) {
				cw = w
				break
			}
		}
		if cw == "" || anyIn(anchor, causeEvidence) || anyIn(anchor, set(cw)) {
			continue
		}
		return fmt.Sprintf("link: the claim says %q, the passage draws no %s link", cw, lc.name)
	}
	// "later" adds an event after the passage's: the passage must order
	// events too. (Opening a step, "Afterwards, ...", it only sequences.)
	for i, w := range claim[min(1, len(claim)):] {
		if laterCues[w] && !anyIn(anchor, timeEvidence) && !spanBefore(claim, i+1) {
			return fmt.Sprintf("link: the claim says %q, the passage draws no time link", claim[i+1])
		}
	}
	for i, w := range claim {
		opp := timeOpposite[w]
		if opp == nil || anyIn(anchor, set(w)) {
			continue
		}
		// The event the claim orders: the content terms after its cue,
		// to its clause's verb ("before the strike | were about pay").
		var ev []string
		for j := i + 1; j < len(claim) && len(ev) < 3; j++ {
			if len(ev) > 0 && clauseBreaks[claim[j]] {
				break
			}
			if len(ev) > 0 && auxWords[claim[j]] {
				// a passive or a perfect is the event's own verb ("after
				// the gang leader was transferred", "had been shut");
				// "were about pay" is another clause's
				k := j
				for k < len(claim) && auxWords[claim[k]] {
					k++
				}
				if k == len(claim) || !text.PastParticiple(claim[k]) {
					break
				}
				j = k - 1
				continue
			}
			if t := stemOf(claim[j]); t != "" {
				ev = append(ev, t)
			}
		}
		for _, s := range anchor {
			for k, x := range s {
				if !opp[x] || len(ev) > 0 && heldBeforeCue(s, k, ev[0]) && !heldAfterCue(s, k, ev[0]) {
					// "Before the operation, the government announced" of
					// "The operation came after the government announced":
					// the claim's ordered event heads the passage's other
					// clause, the same order told from its other end
					continue
				}
				for m := k + 1; m < len(s) && m <= k+4; m++ {
					if slices.Contains(ev, stemOf(s[m])) {
						return fmt.Sprintf("link: the claim says %q, the passage gives the reverse order", w)
					}
				}
			}
		}
	}
	return ""
}

// heldBeforeCue reports the term t in s before its cue at k, in the
// cue's own clause (within the eight words before it, back to an "and"
// or a relative pronoun: "The operation began and the government
// declared a curfew after ..." orders the curfew, not the operation).
func heldBeforeCue(s sentWords, k int, t string) bool {
	for m := k - 1; m >= 0 && m >= k-8; m-- {
		if orderClauseOpeners[s[m]] {
			return false
		}
		if stemOf(s[m]) == t {
			return true
		}
	}
	return false
}

// heldAfterCue reports the term t in the four words after the cue at k:
// "a vote on the budget after the vote on pensions" names the head of
// both events, and tells nothing by it.
func heldAfterCue(s sentWords, k int, t string) bool {
	for m := k + 1; m < len(s) && m <= k+4; m++ {
		if stemOf(s[m]) == t {
			return true
		}
	}
	return false
}

// orderClauseOpeners open another clause within a sentence's words.
var orderClauseOpeners = set("and but who which whom where")

// spanBefore reports a length of time just before claim[i] ("three days
// later", "a week later"): the claim reckons the gap between two days the
// passages give, it adds no event of its own.
func spanBefore(claim []string, i int) bool {
	if i < 2 || !spanUnits[claim[i-1]] {
		return false
	}
	n, _ := numberAt(claim, i-2)
	return n != "" || claim[i-2] == "a" || claim[i-2] == "an"
}

var spanUnits = set("day days week weeks month months year years hour hours minute minutes")

// ---- outcomes and actions ----

// outcomeVerbs are deeds and outcomes a claim may not add: their lemma, a
// synonym or a derived word must be in the passage.
var outcomeVerbs = set(`release free escape flee resign quit retire retake recapture capture seize storm arrest detain
	kill die murder execute shoot stab injure wound hurt convict sentence acquit fire dismiss sack elect win lose defeat
	rescue charge indict ban close evacuate surrender impeach deport extradite jail imprison suspend cancel approve reject
	veto ratify sign bomb explode collapse crash buy sell steal smuggle donate protest demonstrate riot raid loot
	hostage kidnap abduct`)

// resultOf reports the verb at claim[i] told as what a try achieved or
// missed: "have failed to reduce the violence", "succeeded in reducing
// it", "managed to restore order". That deed is an outcome the passage
// must hold, as an outcome verb is ("the passages never say they reduced
// it"); the failing or succeeding itself may be said in any words.
func resultOf(claim []string, i int) bool {
	if i < 2 || claim[i-1] != "to" && claim[i-1] != "in" {
		return false
	}
	switch text.Lemma(claim[i-2]) {
	case "fail", "succeed", "manage":
		return claim[i-2] != text.Lemma(claim[i-2]) // told as past: "failed", not "may fail"
	}
	return false
}

// endsIn reports "ended with" or "ended in" at claim[i] (l its lemma):
// what a thing ended with is its outcome ("the strike ended with a 9
// percent pay rise"), which the passage must give; "ended when ..." is
// a time, and "ended" alone the thing's own end.
func endsIn(claim []string, i int, l string) bool {
	return l == "end" && i+1 < len(claim) && (claim[i+1] == "with" || claim[i+1] == "in")
}

// converse are outcome verbs telling one deed from its other side: tickets
// participants buy are tickets sold to them.
var converse = map[string]string{"buy": "sell", "sell": "buy"}

// outcomeRule: an outcome or action the claim states (released, escaped,
// resigned, retook) must be one the passage holds.
func outcomeRule(claim []string, _, all []sentWords, _ string) string {
	var have map[string]bool
	for i, w := range claim {
		l := text.Lemma(w)
		if !resultOf(claim, i) && (!outcomeVerbs[l] && !endsIn(claim, i, l) && !laterDeed(claim, i) || !statesOutcome(claim, i)) {
			continue
		}
		if have == nil {
			have = map[string]bool{}
			for _, s := range all {
				for j, sw := range s {
					have[text.Lemma(sw)] = true
					have[sw] = true
					if lifeIdiomAt(s, j) {
						have["kill"], have["die"] = true, true
					}
					if sw == "dead" && j > 0 && killedDead[text.Lemma(s[j-1])] {
						have["kill"] = true // "shot dead": killed
					}
				}
			}
		}
		if have[l] || have[w] || have[converse[l]] || anyListed(have, text.Related(l)) || nounSynonymIn(have, l) {
			continue
		}
		if figureAt(claim, i) {
			continue // "has since put the death toll at 31": a figure given, the number rules'
		}
		if alts := append(text.Synonyms(l), listedBy(have, l)...); anyListed(have, alts) && sameSense(claim, i, alts, all) {
			continue
		}
		if compoundIn(claim, i, have) {
			continue // a noun: "a petrol bomb attack" of "a Molotov cocktail attack"
		}
		if laterDeed(claim, i) && stemSynonymHeld(stemOf(w), all) {
			continue // "has since climbed to 31" of "raised the death toll to 31"
		}
		if lifeIdiomAt(claim, i) && (have["kill"] || have["die"] || have["dead"] || have["death"]) {
			continue // the claim's "lost their lives" tells the death the passage tells
		}
		return fmt.Sprintf("outcome %q is not in the passage", w)
	}
	return ""
}

// sameSense reports the outcome verb at claim[i], held only through its
// WordNet synonyms alts, held in its sense: a sentence holding one of alts
// holds also a word of who did it or what it was done to (the content
// word before the verb, or one of the two after it before a word of
// setting or a clause's break), or the claim names neither. "Soldiers
// freed the hostages" is not "Footage released by Ecuadorian police":
// "release" is "free" in another sense, of neither soldiers nor hostages.
func sameSense(claim []string, i int, alts []string, all []sentWords) bool {
	var near []string
	for k := i - 1; k >= 0; k-- {
		if t := stemOf(claim[k]); t != "" {
			near = append(near, claim[k])
			break
		}
	}
	for k, n := i+1, 0; k < len(claim) && n < 2; k++ {
		if clauseBreaks[claim[k]] || settingPreps[claim[k]] {
			break // "freed the hostages held inside the prison": where is no object
		}
		if stemOf(claim[k]) != "" {
			near = append(near, claim[k])
			n++
		}
	}
	if len(near) == 0 {
		return true
	}
	for _, s := range all {
		holdsAlt := false
		for _, sw := range s {
			if slices.Contains(alts, text.Lemma(sw)) || slices.Contains(alts, sw) {
				holdsAlt = true
				break
			}
		}
		if !holdsAlt {
			continue
		}
		if slices.ContainsFunc(s, func(w string) bool { return referents[w] }) {
			return true // "Troops retook it", "Their release": whom it means, the words can't tell
		}
		for _, w := range near {
			if holdsTerm(s, stemOf(w)) || slices.ContainsFunc(text.Synonyms(text.Lemma(w)), func(x string) bool { return holdsWord(s, x) }) {
				return true
			}
		}
	}
	return false
}

// referents are the pronouns a sentence may name the claim's doer or thing
// by.
var referents = set("it they them him her he she their its his")

// holdsWord reports a word of s that is w or has w as its lemma.
func holdsWord(s sentWords, w string) bool {
	for _, x := range s {
		if x == w || text.Lemma(x) == w {
			return true
		}
	}
	return false
}

// laterDeed reports a verb at claim[i] told as what happened afterwards,
// in the perfect or the passive: "has since been extended", "have since
// diverted", "were later freed", "was subsequently destroyed". Whatever
// the verb, such a deed is an outcome the passage must hold: models add
// the sequel a story lacks. Without the auxiliary ("eventually agreed",
// "later succumbed", "a since-deleted post", "since armed men stormed")
// the adverb may tell the story's own order, which a paraphrase keeps.
func laterDeed(claim []string, i int) bool {
	w := claim[i]
	if beForms[w] || !text.PastParticiple(w) && !strings.HasSuffix(w, "ed") {
		return false // a verb's past form, not another word ("since then")
	}
	j := i - 1
	if j >= 0 && claim[j] == "been" {
		j--
	}
	if j >= 1 && claim[j] == "then" && claim[j-1] == "since" {
		j-- // "has since then been extended"
	}
	if j < 1 || !sequelCues[claim[j]] {
		return false
	}
	return sequelAux[claim[j-1]]
}

// figureAt reports claim[i], a verb of setting ("put", "placed",
// "set", "pegged"), giving a figure: a tally (figureNouns) in its phrase
// or just before it, then "at" and a number, hedged or not, within its
// next seven words ("put the death toll at 31", "the toll was later put
// at more than 30"). The figure is the number rules' to check; the verb
// states no outcome.
func figureAt(claim []string, i int) bool {
	if !figureVerbs[text.Lemma(claim[i])] {
		return false
	}
	tally := false
	for k := max(0, i-4); k < i; k++ {
		if figureNouns[text.Lemma(claim[k])] {
			tally = true // "the death toll was later put at 31"
		}
	}
	for k := i + 1; k+1 < len(claim) && k <= i+7; k++ {
		if figureNouns[text.Lemma(claim[k])] {
			tally = true
		}
		if claim[k] != "at" {
			continue
		}
		n := k + 1
		for n < len(claim) && figureHedges[claim[n]] {
			n++ // "at more than 30", "at about 30"
		}
		return tally && n < len(claim) && (text.Numbers(claim[n]) != nil || text.IsNumberTerm(stemOf(claim[n])))
	}
	return false
}

var (
	figureVerbs = set("put place set estimate peg")
	// figureNouns are what a figure is given of: "put the death toll at
	// 31", not "placed in custody at 9 pm" nor "troops placed at 3
	// checkpoints".
	figureNouns  = set("toll number figure count total tally cost bill damage loss estimate")
	figureHedges = set("more than less over under about around roughly nearly almost some at least just")
)

// beForms are the forms of "be", no deed of their own.
var beForms = set("be been being was were is are am")

// sequelCues are adverbs placing a deed after the story's events, and
// sequelAux the auxiliaries before them that make it a perfect or a
// passive ("has since", "were later").
var (
	sequelCues = set("since later subsequently eventually afterwards afterward ultimately")
	sequelAux  = set("has have had was were is are")
)

// stemSynonymHeld reports a sentence holding a stem synonym of term t.
func stemSynonymHeld(t string, all []sentWords) bool {
	for _, syn := range text.StemSynonyms(t) {
		for _, s := range all {
			if holdsTerm(s, syn) {
				return true
			}
		}
	}
	return false
}

// killedDead are the deeds "dead" after them tells a killing by: "shot
// dead", "stabbed dead", "beaten dead" ("found dead" tells none).
var killedDead = set("shoot stab beat hack gun strangle")

// lifeTakers are the verbs of "claimed the lives of", "took the life of",
// "cost the lives of", "lost their lives": a death told by its life.
var lifeTakers = set("claim take cost lose")

// lifeIdiomAt reports s[j] opening such a phrase: the verb, then "life"
// or "lives" within two words ("the", "their", "his"). It says someone
// was killed, or died.
func lifeIdiomAt(s sentWords, j int) bool {
	if !lifeTakers[text.Lemma(s[j])] {
		return false
	}
	for k := j + 1; k < len(s) && k <= j+2; k++ {
		if s[k] == "life" || s[k] == "lives" {
			return true
		}
	}
	return false
}

// statesOutcome reports an outcome verb at claim[i] that says something
// happened: not a noun ("the release of gases"), not an infinitive
// ("waiting to be released", "can lose"), not a gerund outside a
// progressive ("preventing them from escaping"), not denied ("cannot
// escape"), not a state after a linking verb or its object ("become
// lost", "holding them closed") and not a verb with "up" ("sign up",
// "free up space"), which says another thing.
// nounSynonymIn reports a passage word whose WordNet synonyms hold a
// noun the verb l derives: "favour" (of "voted in favour"), a synonym of
// "approval", for "approved". Read on the failing path only.
func nounSynonymIn(have map[string]bool, l string) bool {
	rel := text.Related(l)
	if len(rel) == 0 {
		return false
	}
	for x := range have {
		for _, y := range text.Synonyms(x) {
			if slices.Contains(rel, y) {
				return true
			}
		}
	}
	return false
}

func statesOutcome(claim []string, i int) bool {
	w := claim[i]
	prev, next := "", ""
	if i > 0 {
		prev = claim[i-1]
	}
	if i+1 < len(claim) {
		next = claim[i+1]
	}
	if nounCues[prev] || modalCues[prev] || stateCues[prev] || strings.HasSuffix(w, "ing") && !copulas[prev] || next == "t" || next == "up" {
		return false // "won't" is no win
	}
	for j := max(0, i-3); j < i; j++ {
		if claim[j] == "to" && j >= i-2 || isNeg(claim, j) || modalCues[claim[j]] {
			return false
		}
	}
	return true
}

var (
	nounCues  = set("the a an its their his her of this that")
	stateCues = set("become becomes became becoming remain remains remained stay stays stayed them it")
	modalCues = set("can could may might will would should must cannot")
)

// listedBy reports a word of the passage (a lemma in have) whose WordNet
// synonyms list l: near synonyms go one way ("arrest" lists "detain").
func listedBy(have map[string]bool, l string) []string {
	var out []string
	for w := range have {
		if outcomeVerbs[w] && slices.Contains(text.Synonyms(w), l) {
			out = append(out, w)
		}
	}
	return out
}

func anyListed(have map[string]bool, ws []string) bool {
	for _, w := range ws {
		if have[w] {
			return true
		}
	}
	return false
}

// isYear reports a value that reads as a year.
func isYear(v string) bool {
	n, err := strconv.Atoi(v)
	return err == nil && n >= 1900 && n <= 2100
}

// frameVerbs report what someone said, beside reportVerbs (lemmas):
// "acknowledged that", "admitted that".
var frameVerbs = set("acknowledged acknowledges admitted admits conceded concedes denied denies")

// framingTerms are the terms of the verbs that admit or concede, with or
// without "that" after them: "but admitted it did not comply" denies the
// complying, of which "admitted" is no word. ("denied" denies: it stays.)
var framingTerms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("acknowledged acknowledges admitted admits conceded concedes") {
		m[stemOf(w)] = true
	}
	return m
}()

// reportFrame is the terms of the words before a verb of saying and its
// "that" ("Rodriguez acknowledged that ..."): who said it, not what was
// said, which a sentence quoting the speaker need not repeat. Empty when
// the claim reports no one, or denies with "no", "none", "nobody"
// ("admitted that no soldiers were hurt": who was hurt is a binding the
// words cannot show, which a wider reading would only guess).
func reportFrame(claim []string) map[string]bool {
	if slices.ContainsFunc(claim, func(w string) bool { return determinerNeg[w] }) {
		return nil
	}
	for i := 1; i+1 < len(claim) && i < 14; i++ {
		if (reportVerbs[text.Lemma(claim[i])] || frameVerbs[claim[i]]) && claim[i+1] == "that" {
			out := map[string]bool{}
			for _, w := range claim[:i+1] {
				if t := stemOf(w); t != "" {
					out[t] = true
				}
			}
			return out
		}
	}
	return nil
}

// modalAux are the auxiliaries a subject-swap reads between a subject and
// its verb: "the government would not intervene".
var modalAux = set("would will could can did does do not never")

// modalSubjectRule: who would (or would not) do a thing is read where the
// passage says it. A claim giving "the company would not intervene" where
// every cited sentence saying "would not intervene" gives it to another
// subject ("the government would not intervene"), and none to the claim's,
// has swapped the subject for a word of the same sentence. Only a subject
// noun after a determiner, right before a chain of modalAux and the verb,
// is read, in the claim and in the passage (a name, or "a firm or
// individual", is left to the other rules).
func modalSubjectRule(claim []string, _, all []sentWords, _ string) string {
	for j := 2; j < len(claim); j++ {
		v := stemOf(claim[j])
		if v == "" || modalAux[claim[j]] {
			continue
		}
		i := j - 1
		for i >= 0 && modalAux[claim[i]] {
			i--
		}
		if i < 1 || i == j-1 || stemOf(claim[i]) == "" || !determiners[claim[i-1]] {
			continue // no auxiliary, or no subject noun after a determiner ("the company") before it
		}
		x, chain := stemOf(claim[i]), claim[i+1:j]
		other := ""
		for _, s := range all {
			for k := len(chain) + 1; k < len(s); k++ {
				if stemOf(s[k]) != v || !slices.Equal(s[k-len(chain):k], chain) {
					continue
				}
				at := k - len(chain) - 1
				if at < 1 || !determiners[s[at-1]] {
					continue // the passage's subject too: a noun after a determiner
				}
				switch y := stemOf(s[at]); {
				case y == x || y != "" && anySynonymIn(map[string]bool{y: true}, x):
					return "" // the passage's own subject
				case y != "" && other == "":
					other = s[at]
				}
			}
		}
		if other != "" {
			return fmt.Sprintf("who: the passage says the %s %s %s, not the %s", other, strings.Join(chain, " "), claim[j], claim[i])
		}
	}
	return ""
}
