package ground

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/storybot-dev/storybot/text"
)

// passiveAux open a passive: "was shot dead by", "were seized by".
var passiveAux = set("was were been being is are")

// agentStops end the agent after "by": a preposition or a clause break.
var agentStops = set("in on at with after before during for from to into as while because and but or which who that since near outside inside")

// unsaidAgent returns the agent a claim gives a passive deed ("shot dead
// on Sunday by gang hitmen") when the cited sentences telling of that
// deed (holding its verb) name no word of it, and a word of it is in no
// cited passage at all: the claim says who did it where the passage does
// not. The verb must be held somewhere (else it is the word rules'); an
// agent the passages name elsewhere may be told of the deed in another
// sentence. "" when there is none or it holds.
func unsaidAgent(rest string, cited []int, ev []evidence) string {
	if !strings.Contains(rest, " by ") {
		return ""
	}
	ws := text.Words(rest)
	for k, w := range ws {
		if w != "by" || k < 2 {
			continue
		}
		verb := ""
		for j := k - 1; j >= 1 && j >= k-8; j-- {
			if passiveAux[ws[j-1]] && stemOf(ws[j]) != "" {
				verb = ws[j]
				break
			}
		}
		reduced := false // a participle after its noun, with no auxiliary
		if verb == "" && text.PastParticiple(ws[k-1]) && stemOf(ws[k-1]) != "" && !metaTerms[stemOf(ws[k-1])] && !auxBeforeParticiple[ws[k-2]] {
			// "footage released by the attorney general's office" (the
			// passive with its auxiliary is subjectDeedRule's too)
			verb, reduced = ws[k-1], true
		}
		if verb == "" {
			continue
		}
		var agent []string
		for j := k + 1; j < len(ws) && len(agent) < 3 && !agentStops[ws[j]]; j++ {
			if len(agent) > 0 && strings.HasSuffix(ws[j], "ed") && text.Lemma(ws[j]) != ws[j] {
				break // the clause's verb: "released by the army showed"
			}
			if t := stemOf(ws[j]); t != "" && !metaTerms[t] && !text.IsNumeral(t) && !text.IsNumberTerm(t) {
				agent = append(agent, ws[j])
			}
		}
		if len(agent) == 0 || reduced && (generic(agent) || k+1 < len(ws) && text.Numbers(ws[k+1]) != nil) {
			// "released by the authorities": whoever governs, the
			// passage's police among them; "rose by 13": an amount
			continue
		}
		title := "" // the head of a title set after a name: "director"
		if capitalIn(agent[0], rest) {
			// a name is the agent, not the words after it ("by Guillermo
			// Rodriguez, the general director": not "general"); its title
			// is read by its head ("director")
			n := 1
			for n < len(agent) && capitalIn(agent[n], rest) {
				n++
			}
			agent = agent[:n]
			title = titleHead(ws, slices.Index(ws[k+1:], agent[n-1])+k+2)
		}
		vt := stemOf(verb)
		seen, done, other := false, false, false
		for _, n := range cited {
			e := &ev[n-1]
			for i := range e.sents {
				s := &e.sents[i]
				if !s.terms[vt] && !anySynonymIn(s.terms, vt) {
					continue
				}
				seen = true
				for _, a := range agent {
					if topicWordIn(a, s) {
						return ""
					}
				}
				if title != "" && topicWordIn(title, s) {
					return "" // "the agency's director ordered" of "by Rodriguez, the director of the SNAI"
				}
				done = done || doerBefore(e, i, vt, agent, cited, ev)
				other = other || reduced && byOther(s, vt)
			}
		}
		if seen && other {
			// the sentence gives the deed its own agent, none of the
			// claim's words: "Footage released by Ecuadorian police" of
			// "released by the attorney general's office"
			return strings.Join(agent, " ")
		}
		named := capitalIn(agent[0], rest) // a name opens it ("by the interior minister" is none)
		if seen && (done && named || slices.ContainsFunc(agent, func(a string) bool { return !heldAnywhere(a, cited, ev) })) {
			// no word of the agent where the deed is told, and either a
			// word of it nowhere, or the deed done there by another
			// person than the one the claim names ("Ecuador's attorney
			// general on Tuesday raised the death toll" of "raised ... by
			// Guillermo Rodriguez", named in the next sentence)
			return strings.Join(agent, " ")
		}
		saysWhat := slices.ContainsFunc(ws[:k], func(w string) bool { t := stemOf(w); return t != "" && w != verb && !metaTerms[t] })
		if !seen && !saysWhat && text.Lemma(verb) != "do" && !heldAnywhere(verb, cited, ev) && slices.ContainsFunc(agent, func(a string) bool { return capitalIn(a, rest) && heldAnywhere(a, cited, ev) }) {
			// "It was announced by Guillermo Rodriguez [2]" where passage
			// 2 names him but tells of no announcing: a deed given to a
			// name the passage has for something else. A claim saying
			// what the deed was done to is left to the word rules, which
			// take a paraphrase ("a state of emergency was imposed by
			// Lasso"); "was done by" names the deed before it.
			return strings.Join(agent, " ")
		}
	}
	return ""
}

// auxBeforeParticiple are words before a participle that make it a verb's, not a
// noun's: "can be influenced by", "has released", "got hit by".
var auxBeforeParticiple = set("be has have had get gets got become becomes became can could may might must will would should")

// genericAgents name whoever governs, in general: "released by the
// authorities" may be the police's release.
var genericAgents = set("authorities authority officials official government state")

// generic reports an agent all of whose words are genericAgents.
func generic(agent []string) bool {
	for _, a := range agent {
		if !genericAgents[a] {
			return false
		}
	}
	return true
}

// byOther reports a sentence giving the deed vt an agent of its own, by
// "by" right after its verb ("Footage released by Ecuadorian police"):
// the claim's agent words, which the caller found nowhere in it, are not
// that agent.
func byOther(s *evSentence, vt string) bool {
	for i, w := range s.ws {
		if i+2 < len(s.ws) && s.ws[i+1] == "by" && (stemOf(w) == vt || slices.Contains(text.StemSynonyms(vt), stemOf(w))) && stemOf(s.ws[i+2]) != "" {
			return true
		}
	}
	return false
}

// capitalIn reports folded word w written with a capital in s: a name.
func capitalIn(w, s string) bool {
	for _, f := range strings.Fields(s) {
		f = strings.Trim(f, ".,;:!?\"'()“”‘’")
		if f != "" && text.Fold(f) == w && unicode.IsUpper([]rune(f)[0]) {
			return true
		}
	}
	return false
}

// heldAnywhere reports w in some cited passage, as written, as a stem
// synonym or through WordNet.
func heldAnywhere(w string, cited []int, ev []evidence) bool {
	t := stemOf(w)
	for _, n := range cited {
		if e := &ev[n-1]; e.terms[t] || anySynonymIn(e.terms, t) {
			return true
		}
	}
	return lexIn(cited, ev, w)
}

// doerBefore reports a sentence telling of the deed vt in the active
// voice with another person for its doer: a person noun (WordNet
// noun.person: "general", "minister") or a name among the six words
// before the verb, after the last comma before it ("Ecuador's attorney
// general on Tuesday raised"; not "After touring the Litoral prison in
// Guayaquil, he ordered"). A person noun a cited sentence sets beside
// the agent's name is the agent ("Guillermo Lasso, Ecuador's president,
// spoke" and "The president signed"). "He" or "she" is another when the
// sentence before does not name the agent.
func doerBefore(e *evidence, si int, vt string, agent []string, cited []int, ev []evidence) bool {
	s := &e.sents[si]
	raw := e.raw[s.start:s.end]
	for i, w := range s.ws {
		if i == 0 || stemOf(w) != vt || passiveAux[s.ws[i-1]] {
			continue
		}
		from := max(0, i-6)
		if c := strings.LastIndex(raw[:verbAt(raw, w)], ","); c >= 0 {
			from = max(from, len(text.Words(raw[:c])))
		}
		for j := from; j < i; j++ {
			d := s.ws[j]
			if text.IsPersonNoun(d) && !besideName(d, agent, cited, ev) || j > 0 && capitalIn(d, raw) {
				return true // (a capital opening the sentence is no name)
			}
			if (d == "he" || d == "she") && si > 0 && !slices.ContainsFunc(agent, func(a string) bool { return e.sents[si-1].words[a] }) {
				return true // "he" is someone the sentence before names, not the agent
			}
		}
	}
	return false
}

// verbAt is the byte offset of the first word w of raw (folded), or
// len(raw).
func verbAt(raw, w string) int {
	for _, m := range wordSpanRE.FindAllStringIndex(raw, -1) {
		if text.Fold(raw[m[0]:m[1]]) == w {
			return m[0]
		}
	}
	return len(raw)
}

var wordSpanRE = regexp.MustCompile(`[\p{L}\p{N}'’]+`)

// besideName reports a cited sentence holding both the person noun d and
// a word of the agent's name: the name's own title.
func besideName(d string, agent []string, cited []int, ev []evidence) bool {
	for _, n := range cited {
		for i := range ev[n-1].sents {
			s := &ev[n-1].sents[i]
			if !s.words[d] {
				continue
			}
			for _, a := range agent {
				if s.words[a] {
					return true
				}
			}
		}
	}
	return false
}

// titleHead is the head of a title set after a name at ws[i:]: "the
// general director of Ecuador's prison authority" gives "director", the
// last word before "of" or a clause's end (five words at most); "" when
// no article opens one.
func titleHead(ws []string, i int) string {
	if i <= 0 || i >= len(ws) || ws[i] != "the" && ws[i] != "a" && ws[i] != "an" {
		return ""
	}
	head := ""
	for j := i + 1; j < len(ws) && j <= i+5 && ws[j] != "of" && !agentStops[ws[j]] && !clauseBreaks[ws[j]]; j++ {
		if stemOf(ws[j]) != "" {
			head = ws[j]
		}
	}
	return head
}
