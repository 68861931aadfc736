// Package ground is the claim check: a model's reply is cut into claims
// (sentences and Markdown list items), and each claim is tested against the
// passages it cites. It is pure: reply text and passages in, claims with
// verdicts, reasons and the citations kept out; no model, no index, no
// Discord. Everything is deterministic and lexical; see README "How answers
// are checked" for what it does and does not catch.
package ground

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"

	"github.com/storybot-dev/storybot/prompts"
)

// DroppedClaim is a claim of a model's reply that was not shown, and why.
type DroppedClaim struct {
	Claim  string `json:"claim"`
	Reason string `json:"reason"`
	// Rule names the test the claim failed ("number", "negation", ...),
	// for counting reasons by rule.
	Rule string `json:"rule,omitempty"`
}

// MaxReplyRunes caps a model's reply. The prompt asks for a few plain
// sentences, each with its quoted evidence (about twice the words of the
// claims themselves); a reply past this is a runaway generation, rejected
// as malformed even when the server says it stopped normally.
const MaxReplyRunes = 6000

// MinContentShare is the share of a claim's content words (stemmed, stop
// words and citation talk aside) that its cited passages must hold. Below
// it the claim brings in words from elsewhere: outside knowledge, or a
// passage cited for something it doesn't say. Calibrated on
// testdata/replies/tune.jsonl (see README), then lowered from 0.6 on the
// even half of the faith dev set (RAGTruth faithful answers flagged 44 ->
// 39 of 177, none of 37 hallucinated lost; checked on the odd half: 50 ->
// 44 of 170 flagged, 35 -> 34 of 45 caught): a paraphrase of a longer
// claim drifts in more words than a short one.
const MinContentShare = 0.55

// InjectedContentShare replaces MinContentShare when any passage the model
// saw held planted instructions: a reply then gets less room for words of
// its own ("ye landlubber").
const InjectedContentShare = 0.85

// claim is one sentence or list item of a reply.
type claim struct {
	sep  string // what stood before it in the reply: a space, line breaks
	text string // as the model wrote it, markers included
	// structure is a heading or a line introducing a list ("Here is what
	// the passages say:"): no fact, never shown, never a reason to reject.
	structure bool
	// inherit is the marker of the paragraph's last sentence, for a
	// sentence without one: "" when it has its own or none to inherit.
	inherit string
}

// Verdict is a checked reply.
type Verdict struct {
	Text      string // the supported claims, markers renumbered
	Citations []cite.Citation
	Abstained bool // the reply says the passages don't answer
	Dropped   []DroppedClaim
	// Unsupported is the reason of the first dropped claim, "" if none.
	Unsupported string
	// Answers reports whether a kept claim answers the question.
	Answers bool
}

// Evidence is a set of passages made ready for checking claims against
// them: made once per answer, shared by a stream's checks and the final one.
type Evidence struct {
	ps []cite.Passage
	ev []evidence
}

// Prepare makes ps ready for checking.
func Prepare(ps []cite.Passage) *Evidence { return &Evidence{ps: ps, ev: evidenceOf(ps)} }

// Check checks a model's reply against the passages it was given. It
// returns the verdict, or the reason the reply cannot be used at all (the
// caller then gives the extractive answer).
func Check(reply, asked string, ps []cite.Passage) (Verdict, string) {
	return Prepare(ps).Check(reply, asked)
}

// Check is the package's Check on prepared passages.
func (e *Evidence) Check(reply, asked string) (Verdict, string) {
	ps, ev := e.ps, e.ev
	if strings.Contains(reply, prompts.NotFoundMarker) {
		return Verdict{Text: cite.NotFound, Citations: []cite.Citation{}, Abstained: true, Answers: true}, ""
	}
	if reason := malformed(reply); reason != "" {
		return Verdict{}, reason
	}
	claims := splitClaims(reply, len(ps))
	v := checkClaims(claims, asked, ps, ev)
	if len(v.Citations) == 0 {
		if v.Unsupported != "" {
			return v, v.Unsupported
		}
		if v.Text != "" && saysOnlyAbsence(claims) {
			// "The passages don't say how many soldiers were hurt": the
			// model abstains in its own words, which say what is missing.
			v.Abstained, v.Answers = true, true
			return v, ""
		}
		return v, "model answer cites no passage"
	}
	if len(v.Dropped) > 0 && !v.Answers {
		// What is left after dropping the unsupported claims doesn't
		// answer the question: the extractive answer does better.
		return v, v.Unsupported
	}
	return v, ""
}

// Partial checks the growing text of a streamed reply: it returns the
// complete claims (another has begun after them) that pass, rendered as the
// final answer renders them, and stop when the reply shows it will be
// rejected (the not-found marker, a code block, the prompt leaking back).
// A prefix of a reply renders as a prefix of the whole, so what a stream
// shows only grows.
func (e *Evidence) Partial(raw, asked string) (shown string, stop bool) {
	if strings.Contains(raw, "NOT_IN") || strings.Contains(raw, "```") || strings.Contains(raw, "~~~") || leakRE.MatchString(raw) {
		return "", true
	}
	claims := splitClaims(raw, len(e.ps))
	if len(claims) < 2 {
		return "", false
	}
	done := claims[:len(claims)-1]
	// A sentence without a marker in the paragraph still being written
	// may inherit the marker its last sentence will bring: hold it back.
	for i := range done {
		if done[i].inherit == "" && !done[i].structure && !markerRE.MatchString(done[i].text) && !isFiller(done[i].text) && !strings.Contains(claims[i+1].sep, "\n") {
			done = done[:i]
			break
		}
	}
	return checkClaims(done, asked, e.ps, e.ev).Text, false
}

// checkClaims tests every claim and renders the supported ones, renumbering
// markers by first use. A claim's outcome and rendering depend on it alone,
// so a prefix of a reply renders as a prefix of the whole: streaming shows
// nothing the final answer withdraws.
func checkClaims(claims []claim, asked string, ps []cite.Passage, ev []evidence) Verdict {
	v := Verdict{Citations: []cite.Citation{}}
	num := map[[3]int]int{} // (passage, start, end) -> citation number
	var b strings.Builder
	qt := askedParts(asked)
	said := map[string]bool{}
	var lastStories map[string]bool // the stories the last claim with markers cited
	lastDay := ""                   // the last weekday the claims named
	forms := capitalForms(ev)       // the passages' names, for claims written in lower case
	// the last claim not opening with "he" or "she", for their antecedent
	// (at first, the person a "Who is ...?" question names)
	lastNamed := askedName(asked, forms, ev)
	lastNamedDropped := false // whether that claim was dropped for what it said of the person
	// a lead ending with a colon ("Rodriguez made these points:") says
	// whose words the list under it gives; so does a question asking
	// what someone said (its question proper: "My friend said it was
	// brutal. Did it comply?" asks of the fact)
	askedFocus := asked
	if ss := text.Sentences(asked, 0, len(asked)); len(ss) > 1 {
		askedFocus = asked[ss[len(ss)-1].Start:ss[len(ss)-1].End]
	}
	underLead, askedSaid := false, attributed(askedFocus)
	var number, numberSep string // a list item's number waiting for its item
	write := func(sep, txt string) {
		if number != "" {
			writeClaim(&b, numberSep, number)
			sep, number = " ", ""
		}
		writeClaim(&b, sep, txt)
	}
	for _, c := range claims {
		if lead := strings.TrimSpace(markerRE.ReplaceAllString(c.text, "")); strings.HasSuffix(lead, ":") {
			// a lead naming whom it quotes ("Rodriguez made these
			// points:"), not any lead ("Here is what happened:")
			underLead = attributed(lead) || namesSomeone(lead) || firstName(lead, everyPassage(len(ps)), ev) != ""
		} else if !bulletRE.MatchString(c.text) {
			underLead = false
		}
		if itemNumberRE.MatchString(c.text) {
			// "1." cut off before an item with a marker of its own: the
			// list's number, shown with its item if the item is kept,
			// never checked or cited (read as a claim it inherited the
			// item's marker and showed as a citation: "1. [1] Members
			// voted ...")
			number, numberSep = strings.TrimSpace(c.text), c.sep
			continue
		}
		if c.structure {
			if h := strings.Trim(c.text, "*#_: \n"); h != "" && openingName(h, forms).name == h {
				// a heading that is a name ("**Maria Fernanda Quiroz**"):
				// whom the "she" of the lines under it means
				lastNamed, lastNamedDropped = h, false
			}
			continue
		}
		// A claim made twice is shown once: a looping reply never shows
		// its loop, not even while it streams.
		key := strings.Join(text.Words(markerRE.ReplaceAllString(c.text, " ")), " ")
		if key == "" {
			// a bullet that is only its marker's quote ("- [2: "We are
			// not asking for luxuries."]"): the quote is what it says
			key = strings.TrimSpace(c.text)
		}
		if said[key] {
			continue
		}
		said[key] = true
		if c.inherit != "" {
			// Shown with the marker it inherits: the citation a reader
			// needs to check it.
			c.text = strings.TrimRight(c.text, " ") + " " + c.inherit
		}
		groups := findGroups(c.text)
		if len(groups) == 0 {
			if ns := passagesNamed(c.text, len(ps)); ns != "" {
				// "According to passage 1, ...": the claim names what it
				// cites; it is checked and shown as cited there.
				c.text = strings.TrimRight(c.text, " ") + " [" + ns + "]"
				groups = findGroups(c.text)
			}
		}
		var valid []int
		for _, g := range groups {
			for _, n := range g.ns {
				if n >= 1 && n <= len(ps) && !containsInt(valid, n) {
					valid = append(valid, n)
				}
			}
		}
		body := claimBody(c.text, groups)
		if len(groups) == 0 && isFiller(body) {
			// "Sure!", "Yes." : no fact to check, nothing to cite.
			write(c.sep, text.DefuseMentions(body))
			continue
		}
		if len(groups) == 0 && absence(body) && len(quotations(body)) == 0 {
			// "The passages don't say how many were hurt": talk about all
			// of them, nothing to cite, unless one says it after all.
			if all := everyPassage(len(ps)); saidAfterAll(body, "", all, ev) {
				d := DroppedClaim{Claim: text.Clip(strings.TrimSpace(body), 200), Rule: "absence",
					Reason: fmt.Sprintf("absence: %s says what the claim says it doesn't", passageList(all))}
				v.Dropped = append(v.Dropped, d)
				if v.Unsupported == "" {
					v.Unsupported = fmt.Sprintf("unsupported claim %q: %s", d.Claim, d.Reason)
				}
				continue
			}
			write(c.sep, text.DefuseMentions(body))
			continue
		}
		rule, reason := "marker", ""
		var found map[int]text.Span
		var hits []quoteHit
		prevStories := lastStories
		prevDay := lastDay
		if d := lastWeekday(sameDay(body, lastDay)); d != "" {
			lastDay = d // the day the next claim's "the same day" points back to
		}
		prevNamed, prevNamedDropped := lastNamed, lastNamedDropped
		pronoun := opensWithPronoun(body)
		if !pronoun {
			// "He visited the prison. He raised ...": the second "he"
			// is still the person named before the first
			lastNamed = body
		}
		if len(valid) > 0 && c.inherit == "" {
			lastStories = storiesOf(groups, ps) // its own markers, not its paragraph's
		}
		switch {
		case len(valid) == 0 && len(groups) > 0:
			reason = fmt.Sprintf("cites passage %d, which doesn't exist", groups[0].ns[0])
		case len(valid) == 0:
			reason = "cites no passage"
		default:
			scope := ev
			if hasQuotes(groups) {
				rule = "quote"
				reason, hits, scope = quoteScope(groups, ev)
			}
			if reason == "" && quoteLabel(c.text, groups) {
				// "- Start: [1: "... walked off the job ... on Thursday"]":
				// the quote is the claim; its label says which part of
				// the question it answers
				rule = "quote"
			} else if reason == "" {
				checked, glossed := withoutSourceLead(body), false
				if r, ok := countRow(body); ok {
					checked = r // "| Inspectors per shift | 9 |": 9 inspectors per shift
				}
				if head, ok := framedTail(c.text, groups, valid, scope); ok {
					checked = head // how the passage frames its report is no fact of the world
				}
				if spanishClaim(body) || spanishAnswer(body, asked) {
					if g, ok := glossSpanish(withoutSourceLead(body), valid, scope); ok {
						checked, glossed = g, true // its English reading; names, numbers and dates as written
					}
				}
				if !glossed {
					// "Nope, nobody got hurt n the govt won't step in": the
					// chat register read as plain English.
					checked = trueCase(text.Casual(checked), forms, valid)
					checked = sameDay(checked, prevDay) // "the same day": the day it points back to
				}
				rule, reason, found = check(checked, asked, valid, scope)
				if reason != "" && compressedRules[rule] {
					// the claim may compress its quote's sentence with the
					// one beside it: read there too, only once it fails
					if wide := compressedScope(checked, valid, scope); wide != nil {
						r, why, f := check(checked, asked, valid, wide)
						if why == "" || !compressedRules[r] {
							// it holds there, or fails there for what it
							// says, not for words the narrow view lacks
							rule, reason, found, scope = r, why, f, wide
						}
					}
				}
				if reason == "" && !glossed {
					if why := dayElsewhere(checked, valid, ev); why != "" {
						rule, reason = "day", why
					}
				}
				if reason == "" && !glossed {
					if miss := unsaidTail(c.text, body, groups, valid, scope); miss != "" {
						rule, reason = "words", fmt.Sprintf("words %q, a clause the claim adds after its last marker, are not in %s", miss, passageList(valid))
					}
				}
				if reason == "" {
					if q := droppedNegation(checked, groups); q != "" {
						rule, reason = "negation", fmt.Sprintf("negation: the claim drops the denial of the quote it cites (%q)", text.Clip(q, 80))
					}
				}
				if reason == "" {
					if why := quotedHedgeRule(checked, groups); why != "" {
						rule, reason = "modality", why
					}
				}
				if reason == "" && !underLead && !askedSaid {
					if why := quotedAsFact(checked, valid, scope); why != "" {
						rule, reason = "modality", why
					}
				}
				if reason == "" {
					if c, q := changedQuoteWord(checked, groups); c != "" {
						rule, reason = "quote", fmt.Sprintf("quote: the claim restates its quote with %q for %q", c, q)
					}
				}
				if reason == "" {
					if place := placeListSwap(checked, valid, scope); place != "" {
						rule, reason = "place", fmt.Sprintf("place: the claim lists %q with places %s lists without it", place, passageList(valid))
					}
				}
				if reason == "" && pronoun && prevNamed != "" {
					who := openingName(prevNamed, forms)
					if prevNamedDropped {
						// "Rodriguez is Ecuador's attorney general" was
						// dropped for that title: it tells no deed of his
						who.said = nil
					}
					if why := pronounDeed(checked, who, valid, scope); why != "" {
						rule, reason = "who", why
					} else if why := pronounRole(checked, openingName(withoutAnyLead(prevNamed), forms), valid, scope); why != "" {
						// the role rule reads past a source lead ("Based on
						// the provided passages, Guillermo Rodriguez is
						// ..."); the deed rule does not (review 20's B02,
						// B03, B09: a "he" after such a claim is too often
						// another's or told in other words)
						rule, reason = "who", why
					} else if why := pronounSpeech(checked, who, valid, scope, forms); why != "" {
						rule, reason = "who", why
					}
				}
				if reason == "" && !pronoun {
					if why := namedSpeech(checked, valid, scope, forms); why != "" {
						rule, reason = "who", why
					}
				}
				if reason == "" {
					// "Rodriguez is the SNAI's director and he raised the
					// death toll": the "he" inside the claim is the name
					// it opens with, as a "he" opening the next would be
					if at, rest := innerPronoun(checked); at > 0 {
						who := openingName(checked[:at], forms)
						if who.name == "" && pronoun && prevNamed != "" && !prevNamedDropped {
							who = openingName(prevNamed, forms) // "He is ... and he raised"
						}
						if why := pronounDeed(rest, who, valid, scope); why != "" && !who.possessive {
							rule, reason = "who", why
						}
					}
				}
				if reason == "" {
					if p := pronounAcrossStories(c.text, groups, ps, prevStories); p != "" {
						rule, reason = "who", fmt.Sprintf("who: the claim's %q is of another story than the passage it cites", p)
					}
				}
				if reason == "" {
					if a := quoteOfAnother(body, groups); a != "" {
						rule, reason = "who", fmt.Sprintf("who: the claim gives %s's deed, as its quote has it, to another", a)
					}
				}
				if reason == "" {
					if name := quotedDeedRenamed(body, hits, ev); name != "" {
						rule, reason = "who", fmt.Sprintf("who: the claim gives %s the deed its quote's sentence gives another", name)
					}
				}
				if reason == "" {
					if q, c := quotedDoerSwapped(body, groups); q != "" {
						rule, reason = "who", fmt.Sprintf("who: the claim gives the %s the deed its quote gives the %s", c, q)
					}
				}
				if reason == "" {
					if noun := otherInstance(checked, asked, valid, scope); noun != "" {
						rule, reason = "link", otherInstanceReason(noun, valid)
					}
				}
				if reason == "" && !glossed {
					if r, why := firstPart(c.text, groups, asked, scope); why != "" {
						rule, reason = r, why
					}
				}
				if reason == "" && !glossed {
					if why := laterPart(c.text, groups, asked, scope); why != "" {
						rule, reason = "words", why
					}
				}
				if reason == "" {
					if why := movedConditionRule(checked, valid, scope); why != "" {
						rule, reason = "link", why
					}
				}
				if reason == "" {
					if why := speakerRoleRule(text.Words(unquoted(checked)), valid, scope); why != "" {
						rule, reason = "who", why
					}
				}
				if reason == "" {
					if w := linkAcross(c.text, groups, scope); w != "" {
						rule, reason = "link", fmt.Sprintf("link: the claim says %q between what two passages say apart", w)
					}
				}
			}
		}
		if pronoun && reason == "" && prevNamed != "" && roleClaim(body) {
			// "He is the general director of the SNAI", kept: what the
			// reply says he is, for the "he" after it ("On Wednesday he
			// ordered" of "the SNAI director ordered")
			if who := openingName(prevNamed, forms); who.name != "" {
				lastNamed = who.name + " " + strings.Join(strings.Fields(pronounSubject(body))[1:], " ")
			}
		}
		if !pronoun {
			lastNamedDropped = rule == "who" && reason != "" // a title or deed not said of him; not a number
		}
		if reason != "" {
			d := DroppedClaim{Claim: text.Clip(strings.TrimSpace(body), 200), Reason: reason, Rule: rule}
			v.Dropped = append(v.Dropped, d)
			if v.Unsupported == "" {
				v.Unsupported = fmt.Sprintf("unsupported claim %q: %s", d.Claim, reason)
			}
			continue
		}
		// Number the citations: a marker's quote cites its exact bytes;
		// a plain marker, the sentence of its passage that holds the
		// claim's quotation, else the one sharing most words.
		cnum := func(n, start, end int) int {
			key := [3]int{n, start, end}
			c, seen := num[key]
			if !seen {
				c = len(v.Citations) + 1
				num[key] = c
				v.Citations = append(v.Citations, cite.Cite(c, &ps[n-1], start, end))
			}
			return c
		}
		gmarks := map[[2]int][]int{} // (group, passage) -> citation numbers of its quotes
		for _, h := range hits {
			if h.start == h.end {
				continue // the title: cited as a plain marker
			}
			k := [2]int{h.group, h.n}
			gmarks[k] = append(gmarks[k], cnum(h.n, h.start, h.end))
		}
		marks := map[int][]int{} // passage -> citation numbers for it
		for gi, g := range groups {
			for _, n := range g.ns {
				if n < 1 || n > len(ps) || gmarks[[2]int{gi, n}] != nil || marks[n] != nil {
					continue
				}
				p := &ps[n-1]
				start, end := p.Start, p.End
				if sp, ok := found[n]; ok {
					start, end = cite.Covering(p, sp.Start, sp.End)
				} else if sp, ok := cite.BestSentence(p, body); ok {
					start, end = sp.Start, sp.End
				}
				marks[n] = []int{cnum(n, start, end)}
			}
		}
		write(c.sep, renderClaim(c.text, groups, marks, gmarks, ev, valid))
		if !v.Answers && answersQuestion(qt, quotedBody(body, groups)) {
			v.Answers = true
		}
	}
	v.Text = strings.TrimSpace(b.String())
	return v
}

// saysOnlyAbsence reports a reply whose claims all say what the passages
// don't hold (or are filler), one of them at least.
func saysOnlyAbsence(claims []claim) bool {
	n := 0
	for _, c := range claims {
		if c.structure {
			continue
		}
		body := claimBody(c.text, findGroups(c.text))
		switch {
		case absence(body):
			n++
		case !isFiller(body):
			return false
		}
	}
	return n > 0
}

// passageNameRE finds a claim naming the passages it draws on:
// "according to passage 1", "passages 2 and 3 say".
var digitsRE = regexp.MustCompile(`\d+`)

var passageNameRE = regexp.MustCompile(`(?i)\bpassages?\s+(\d+(?:\s*(?:,|and|&)\s*\d+)*)`)

// passagesNamed returns the passages a claim without markers names
// ("1, 3"), those that exist, or "".
func passagesNamed(claim string, n int) string {
	var out []string
	for _, m := range passageNameRE.FindAllStringSubmatch(claim, -1) {
		for _, f := range digitsRE.FindAllString(m[1], -1) {
			if k, err := strconv.Atoi(f); err == nil && k >= 1 && k <= n && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return strings.Join(out, ", ")
}

// everyPassage is 1..n.
func everyPassage(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i + 1
	}
	return out
}

func writeClaim(b *strings.Builder, sep, txt string) {
	if b.Len() > 0 {
		if sep == "" {
			sep = " "
		}
		b.WriteString(sep)
	}
	b.WriteString(txt)
}

// quotedBody is what a kept claim shows the reader: its words and the
// words its markers quote (checked against their passages and shown as
// its citations): "revised the figure upward [1: "raised the death toll
// from 18 to 31"]" gives the count a "how many" question asks.
func quotedBody(body string, groups []group) string {
	var b strings.Builder
	b.WriteString(body)
	for _, g := range groups {
		for _, q := range g.quotes {
			b.WriteString(" ")
			b.WriteString(q.q)
		}
	}
	return b.String()
}

// answersQuestion: a kept claim answers a "how many" question when it has
// a number, a "when" question when it has a time, and so on; any kept
// claim answers a general one.
func answersQuestion(parts []askedPart, body string) bool {
	for _, p := range parts {
		if p.kind == question.General || p.kind.InClaim(body, p.text) {
			return true
		}
	}
	return false
}

// askedPart is a part of the question and the kind of answer it asks.
type askedPart struct {
	text string
	kind question.Kind
}

// secondAskRE opens a second question in one: ", and how long", "and who".
var secondAskRE = regexp.MustCompile(`(?i),?\s+and\s+(?:when|where|who|why|how\s+(?:many|much|long)|what)\b`)

// askedParts splits a question asking two things ("When did the strike
// begin, and how long will it go on?") into its parts, each with its
// kind: a kept claim answering either answers the question. A part a
// general question word opens ("and why?", "and what does the government
// plan") is left out: any kept claim would answer it.
func askedParts(asked string) []askedPart {
	if m := secondAskRE.FindStringIndex(asked); m != nil {
		a, b := asked[:m[0]]+"?", strings.TrimSpace(asked[m[0]:])
		b = strings.TrimSpace(strings.TrimPrefix(strings.TrimLeft(b, ", "), "and"))
		var parts []askedPart
		for _, p := range []askedPart{{a, question.Classify(a)}, {b, question.Classify(b)}} {
			if p.kind != question.General {
				parts = append(parts, p) // "and why?": any claim answers a general part
			}
		}
		if len(parts) > 0 {
			return parts
		}
	}
	return []askedPart{{asked, question.Classify(asked)}}
}

// rulePrefixes name the rule behind a reason, by how the reason begins.
var rulePrefixes = []struct{ prefix, rule string }{
	{"cites passage", "marker"}, {"cites no passage", "marker"},
	{"quotation", "quote"}, {"the quotation", "speaker"}, {"quote ", "quote"},
	{"number", "number"}, {"quantity", "quantity"}, {"date", "date"}, {"name", "name"},
	{"what the claim says of", "who"}, {"what the claim says", "speaker"}, {"listed item", "list"},
	{"words", "words"}, {"title", "title"},
}

// ruleOf names the rule behind a reason.
func ruleOf(reason string) string {
	for _, r := range rulePrefixes {
		if strings.HasPrefix(reason, r.prefix) {
			return r.rule
		}
	}
	if i := strings.Index(reason, ":"); i > 0 && i < 20 {
		return reason[:i]
	}
	return "other"
}

// droppedNegation returns a quote a claim cites as its evidence that
// denies ("would not intervene") when the claim, sharing two of its
// content words (or one, and the quote's two words before its denial:
// restatesBeforeDenial), denies nothing: it says what the quote says is not so
// ("the government would step in to mediate"). "" when there is none.
// restatesBeforeDenial reports a claim that says the two words a quote
// has before its denial, then something else: "the government would step
// in to mediate" of "the government would not intervene".
func restatesBeforeDenial(claim, quote []string) bool {
	k := slices.IndexFunc(quote, func(w string) bool { return negCues[w] })
	if k < 2 {
		return false
	}
	a, b := quote[k-2], quote[k-1]
	for i := 0; i+2 < len(claim); i++ {
		if claim[i] == a && claim[i+1] == b {
			return true
		}
	}
	return false
}

func droppedNegation(body string, groups []group) string {
	cw := text.Words(body)
	if hasNeg(cw) || denyingVerb(cw) || answerFragment(cw) {
		return ""
	}
	ct := text.TermSet(body)
	for _, g := range groups {
		for _, mq := range g.quotes {
			qw := text.Words(mq.q)
			if !hasNeg(qw) {
				continue
			}
			shared, qt := 0, text.TermSet(mq.q)
			for t := range qt {
				if ct[t] {
					shared++
				}
			}
			if shared >= 2 || shared >= 1 && restatesBeforeDenial(cw, qw) {
				return mq.q
			}
		}
	}
	return ""
}

// answerFragment reports a claim that is a bare answer with its speaker:
// "Since Friday, she said." of "she had not heard from her son ...
// since Friday" asserts no deed, so it drops no denial. At most
// fragmentWords words besides a verb of saying and its pronoun, none of
// them a verb or an auxiliary.
func answerFragment(cw []string) bool {
	n := 0
	for _, w := range cw {
		switch {
		case text.IsSpeechVerb(w) || pronounOpeners[w]:
		case auxWords[w] || verbLike(w) || text.PastParticiple(w):
			return false
		default:
			n++
		}
	}
	return n > 0 && n <= fragmentWords
}

// fragmentWords is how many words a bare answer holds: "since Friday",
// "on the pavement outside".
const fragmentWords = 4

// denyingVerb reports a verb that says a thing won't or didn't happen
// ("ruled out government intervention" of "would not intervene",
// "declined to comment"): the claim keeps its quote's denial in a word.
func denyingVerb(cw []string) bool {
	for i, w := range cw {
		switch {
		case denyingVerbs[w]:
			return true
		case (w == "ruled" || w == "rules" || w == "rule" || w == "ruling") && i+1 < len(cw) && cw[i+1] == "out":
			return true
		case i+1 < len(cw) && keepingOut[text.Lemma(w)+" "+cw[i+1]]:
			return true // "would stay out of it" of "would not intervene"
		}
	}
	return false
}

// keepingOut are phrasal verbs of not doing a thing: "stay out of it",
// "hold off", "stand aside".
var keepingOut = map[string]bool{"stay out": true, "keep out": true, "stay away": true, "hold off": true, "stand aside": true, "stand back": true}

var denyingVerbs = set("rejected rejects declined declines dismissed dismisses excluded excludes") // (refused, denied: negCues)

// countRowRE is a table row of a label and a count: "| Extra safety
// inspectors per night shift | 9 |", "| Pay rise | 9 percent |" (a third,
// empty cell held the row's markers).
var countRowRE = regexp.MustCompile(`^\s*\|\s*([^|\d]{2,80}?)\s*\|\s*(\d[\d,.]*(?:\s+(?:percent|per cent|%))?)\s*\|(?:\s*\|)*\s*$`)

// countRow reads a table row that counts its label as a sentence would
// say it, the count before what it counts ("9 extra safety inspectors per
// night shift"), so the rules that keep a number with its noun read it.
func countRow(body string) (string, bool) {
	m := countRowRE.FindStringSubmatch(body)
	if m == nil {
		return "", false
	}
	return m[2] + " " + m[1] + ".", true
}

// laterPart checks the words between two markers of a claim that open
// with a link of time or cause ("The
// attorney general raised it to 31 [1: ...], after more bodies were found
// inside the cellblocks [5: "they gained access to three cellblocks"]")
// against the later marker's own passages (as quoted), when it cites
// others than the marker before it: a clause the claim hangs on a passage
// must have its words there, not in the passage the claim cites first.
// (Other clauses between markers paraphrase freely: "up by 13 from the
// earlier figure of 18".)
// Only the share of its words is read: a clause alone is no claim.
func laterPart(txt string, groups []group, asked string, ev []evidence) string {
	for i := 1; i < len(groups); i++ {
		g, prev := groups[i], groups[i-1]
		if slices.Equal(g.ns, prev.ns) || g.start < prev.end {
			continue
		}
		var ns []int
		for _, n := range g.ns {
			if n >= 1 && n <= len(ev) {
				ns = append(ns, n)
			}
		}
		part := strings.TrimSpace(markerRE.ReplaceAllString(txt[prev.end:g.start], ""))
		if pw := text.Words(part); len(ns) == 0 || len(text.TermSet(part)) < 4 || len(pw) == 0 || !partLinks[pw[0]] && !(len(pw) > 1 && pw[0] == "and" && partLinks[pw[1]]) {
			continue
		}
		if rule, reason, _ := check(text.Casual(part), asked, ns, ev); rule == "words" && reason != "" {
			return fmt.Sprintf("%s (the claim's words between its markers, against %s)", reason, passageList(ns))
		}
	}
	return ""
}

// quoteLabelRE is a label of up to three words before a colon: "Start:",
// "Duration:", "The current episode:".
var quoteLabelRE = regexp.MustCompile(`^\s*(?:[-*•]\s*)?(?:\*\*)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}(?:\*\*)?:(?:\*\*)?\s*$`)

// quoteLabel reports a claim that is a label and one marker quoting its
// evidence, nothing after it: "Start: [1: "..."]". Its quote, checked
// against its passage, is all it says.
func quoteLabel(txt string, groups []group) bool {
	if len(groups) != 1 || len(groups[0].quotes) == 0 || strings.TrimSpace(strings.Trim(txt[groups[0].end:], " .")) != "" {
		return false
	}
	label := txt[:groups[0].start]
	if !quoteLabelRE.MatchString(label) {
		return false
	}
	for i, w := range strings.Fields(strings.Trim(label, " -*•:")) {
		core := strings.Trim(w, "*:")
		low := strings.ToLower(core)
		if text.PastParticiple(low) || negCues[low] || verdictWords[low] || i == 0 && !text.IsWord(low) || i > 0 && text.StartsUpper(core) {
			// "Strike called off:", "Strike over:", "False:" say
			// something of the quote; "Vergara:" whose words they are:
			// a claim of its own
			return false
		}
	}
	return true
}

// verdictWords in a label say something of what its quote tells: "Strike
// over:", "Strike ends:", "False:", "Confirmed:".
var verdictWords = set("false true untrue wrong right correct incorrect over ends ended done confirmed denied yes no not")

// partLinks open a clause that says when or why the one before it
// happened: "..., after more bodies were found", "because ...".
var partLinks = set("after because following since as prompting when before amid")

// firstPart checks the clause before a claim's first marker, when more of
// the claim follows it under other markers ("X is the director of the
// police [1], and he said ... [2]"), against its own marker's passages.
func firstPart(txt string, groups []group, asked string, ev []evidence) (string, string) {
	if len(groups) < 2 || hasQuotes(groups) {
		return "", ""
	}
	g := groups[0]
	rest := strings.TrimSpace(markerRE.ReplaceAllString(txt[g.end:], ""))
	if len(text.Words(rest)) < 3 {
		return "", ""
	}
	same := true
	for _, h := range groups[1:] {
		if !slices.Equal(h.ns, g.ns) {
			same = false
		}
	}
	if same {
		return "", ""
	}
	var ns []int
	for _, n := range g.ns {
		if n >= 1 && n <= len(ev) {
			ns = append(ns, n)
		}
	}
	part := strings.TrimSpace(txt[:g.start])
	if len(ns) == 0 || len(text.Words(part)) < 4 {
		return "", ""
	}
	rule, reason, _ := check(text.Casual(part), asked, ns, ev)
	if reason == "" {
		return "", ""
	}
	return rule, fmt.Sprintf("%s (the claim's words before its first marker, against %s)", reason, passageList(ns))
}
