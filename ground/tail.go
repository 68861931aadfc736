package ground

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/text"
)

// unsaidTail returns the words of a clause a claim adds after its last
// marker that its cited passages don't hold, when they hold less than
// MinContentShare of its two or more content words: "More than forty ships
// were left at anchor [1: "…"], and several began diverting to other
// ports"; "Violence has surged since 2021 [3: "…"], when Lasso took
// office". The marker cites what stands before it; what follows it is the
// model's own addition, which the rest of the claim's words must not carry
// through the share. Talk about what the passages lack ("…[1]; they do not
// say who won", "The passages only call it "the port operator" [1: "…"] and
// don't give its name") is no fact. "" when there is none or it holds.
func unsaidTail(claimText, body string, groups []group, cited []int, ev []evidence) string {
	if len(groups) == 0 {
		return ""
	}
	// read as a claim's body is: a link by its text, a URL left out
	tail := claimBody(claimText[groups[len(groups)-1].end:], nil)
	tail = strings.TrimLeft(tail, ",;:-–—() ")
	if len(text.Words(tail)) < 2 || absence(body) || absenceRE.MatchString(tail) || passageSubjectRE.MatchString(body) || isFiller(tail) || len(quotations(tail)) > 0 || framedHedge(tail, groups, cited, ev) {
		return ""
	}
	if miss := includedElsewhere(tail, groups[len(groups)-1].ns, ev); miss != "" {
		return miss
	}
	terms := map[string]bool{}
	nums := map[string]bool{}
	for _, n := range cited {
		for t := range ev[n-1].terms {
			terms[t] = true
		}
		for x := range ev[n-1].nums {
			nums[x] = true
		}
	}
	if computedNumber(numbersIn(tail), nums, nums, false) {
		// "— a margin of 1,118 votes" of "voted 1,214 to 96": the
		// words naming the arithmetic are the computed number's
		for t := range arithmeticStems {
			terms[t] = true
		}
	}
	return unsaidPhrase(tail, cited, ev, terms, MinContentShare)
}

// inclusionLeads open a tail saying what the marked fact includes:
// "..., including the civilian", "among them two guards".
var inclusionLeads = []string{"including ", "among them ", "among whom ", "of whom ", "among those "}

// includedElsewhere returns a tail's members ("including the civilian")
// when the passages of the marker before it hold none of their content
// words: what a count or a list includes is the marked passage's to say,
// not another cited passage's ("raised the death toll from 18 to 31 [2],
// including the civilian" hurt in passage 1). "" otherwise.
func includedElsewhere(tail string, ns []int, ev []evidence) string {
	low := strings.ToLower(tail)
	lead := ""
	for _, l := range inclusionLeads {
		if strings.HasPrefix(low, l) {
			lead = l
			break
		}
	}
	if lead == "" {
		return ""
	}
	members := tail[len(lead):]
	var content []string
	for _, w := range text.Words(members) {
		if t := stemOf(w); t != "" && !metaTerms[t] {
			content = append(content, w)
		}
	}
	if len(content) == 0 {
		return ""
	}
	for _, n := range ns {
		if n < 1 || n > len(ev) {
			return "" // a marker to no passage is the marker rule's
		}
		for _, w := range content {
			if t := stemOf(w); ev[n-1].terms[t] || anySynonymIn(ev[n-1].terms, t) {
				return ""
			}
		}
	}
	return strings.Join(content, " ")
}

// whenRE finds a time a claim gives an event of its own to: "until
// Tuesday, when the attorney general declared …", "since 2021, when Lasso
// took office". The clause after "when" must be said of that time.
var whenRE = regexp.MustCompile(`(?i)\b(\p{L}+|\d{4})(?:\s+(?:morning|afternoon|evening|night))?,?\s+when\s+([^,;:.()—–]+)`)

// unsaidWhen returns the words of a "<time>, when <clause>" clause that no
// cited sentence giving that time (a weekday, month or year) holds most
// of (MinContentShare of its two or more content words, names aside): the
// model has tied another event to the passage's day ("lasted until
// Tuesday, when the attorney general declared the prison under control"
// where Tuesday's sentence has him raise the death toll). A time no cited
// sentence gives is the date rule's. "" when there is none or it holds.
func unsaidWhen(rest string, cited []int, ev []evidence) string {
	if !strings.Contains(strings.ToLower(rest), "when") {
		return ""
	}
	for _, m := range whenRE.FindAllStringSubmatch(rest, -1) {
		tw := strings.ToLower(m[1])
		if !text.IsTimeWord(tw) && !(len(tw) == 4 && isYear(tw)) {
			continue
		}
		var clause []string
		for _, tok := range strings.Fields(m[2]) {
			tok = strings.TrimFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if r, _ := utf8.DecodeRuneInString(tok); tok == "" || unicode.IsUpper(r) {
				continue
			}
			for _, w := range text.Words(tok) {
				if t := stemOf(w); t != "" && !metaTerms[t] && !text.IsNumeral(t) && !text.IsNumberTerm(t) {
					clause = append(clause, w)
				}
			}
		}
		if len(clause) < 2 {
			continue
		}
		seen, best := false, 0.0
		var missing []string
		for _, n := range cited {
			e := &ev[n-1]
			for i := range e.sents {
				s := &e.sents[i]
				if !s.words[tw] {
					continue
				}
				seen = true
				have := 0.0
				var miss []string
				for _, w := range clause {
					if t := stemOf(w); s.terms[t] || anySynonymIn(s.terms, t) || lemmaInSentence(s, w) {
						have++
					} else {
						miss = append(miss, w)
					}
				}
				if have >= best {
					best, missing = have, miss
				}
			}
		}
		if seen && best < MinContentShare*float64(len(clause)) {
			return strings.Join(missing, " ")
		}
	}
	return ""
}

// lemmaInSentence reports a word of sentence s sharing w's WordNet lemma.
func lemmaInSentence(s *evSentence, w string) bool {
	l := text.Lemma(w)
	if l == "" {
		return false
	}
	for _, x := range s.ws {
		if text.Lemma(x) == l {
			return true
		}
	}
	return false
}

// notDoneRE finds a claim denying that something was done, in the perfect
// or the passive, or that it is being done: "they have not been
// postponed", "has not resigned", "who is not running in the election".
var notDoneRE = regexp.MustCompile(`(?i)\b(?:has|have|had|was|were|is|are)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?([a-z]+ed|[a-z]{2,}ing)\b`)

// deniedUnsaidDeed returns the verb of a deed a claim says was not done
// ("the elections have not been postponed") when no cited passage speaks
// of that deed at all (its term, a stem synonym, or through WordNet): a
// denial is a fact too, and one the passages don't hold is the model's.
// Talk about the passages ("has not been mentioned") is no deed. "" when
// there is none.
func deniedUnsaidDeed(rest string, cited []int, ev []evidence, terms map[string]bool) string {
	if l := strings.ToLower(rest); !strings.Contains(l, "not ") && !strings.Contains(l, "never ") {
		return ""
	}
	for _, m := range notDoneRE.FindAllStringSubmatch(rest, -1) {
		w := strings.ToLower(m[1])
		t := stemOf(w)
		if t == "" || metaTerms[t] || terms[t] || anySynonymIn(terms, t) || lexIn(cited, ev, w) {
			continue
		}
		return w
	}
	return ""
}
