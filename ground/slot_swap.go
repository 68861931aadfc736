package ground

import (
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// slotFrames open the slot of what a noun is of or about: "talks over
// pay", "a list of transferred inmates".
var slotFrames = set("of over about for on against")

// topicFrames open what talks, a dispute or a row are about: "talks
// over pay". Another slot after "of" or "on" ("the amount of work", "the
// kind of damage") is read only before the same noun.
var topicFrames = set("over about against")

// degreeSlot reports a word of degree ("top", "hottest", "leading"),
// which paraphrase trades freely: "one of the top prospects" for "one of
// the hottest prospects".
func degreeSlot(w string) bool {
	return strings.HasSuffix(w, "est") && len(w) > 4 || degreeWords[w]
}

var degreeWords = set("top best leading major main key prime foremost chief big greatest")

// writtenAsName reports w written as a name in raw passage text:
// capitalised ("the Edge browser entry") and never in lower case.
func writtenAsName(w, raw string) bool {
	if w == "" || !strings.Contains(raw, strings.ToUpper(w[:1])+w[1:]) {
		return false
	}
	return !strings.Contains(raw, " "+w+" ")
}

// SlotReach is how many small words may stand between the noun and the
// slot's word ("talks over pensions": one; "list of the dead": two).
const SlotReach = 2

// slotSwap: a word put in another's place. A claim word no cited passage
// holds (one the content share let pass: read once the other rules
// pass) that stands where a cited sentence has another content word,
// after the same noun and the same preposition of what it is of or about
// ("talks over pensions" where the passage has "talks over pay"; "a list
// of dead inmates" where it has "a list of transferred inmates"), or
// after the same possessive ("the country's ports" where it has "the
// country's prisons"), has replaced that word: the claim says something
// else of the same thing.
// It returns the claim's word and the passage's, or "".
func slotSwap(cws []string, asked string, cited []int, ev []evidence) (string, string) {
	var qt, inClaim map[string]bool
	for i, w := range cws {
		possessed := i >= 2 && cws[i-1] == "s" && stemOf(cws[i-2]) != ""
		if i == 0 || !possessed && !slotFrames[cws[i-1]] && (i < 2 || !slotFrames[cws[i-2]]) {
			continue // cheap: only a word just after a preposition of the frame, or a possessive
		}
		t := stemOf(w)
		if t == "" || metaTerms[t] || text.IsNumeral(t) {
			continue
		}
		l := i - 1
		for l >= 0 && i-l <= SlotReach+1 && stemOf(cws[l]) == "" {
			l--
		}
		if l < 0 || i-l > SlotReach+1 {
			continue
		}
		frame := cws[l+1 : i] // the small words between: "over", "of the"
		if possessed {
			l, frame = i-2, cws[i-1:i] // "the country's prisons": the country's "s"
		}
		if len(frame) == 0 || !slotFrames[frame[0]] && !possessed {
			continue
		}
		if heldIn(t, w, cited, ev) {
			continue // the passages' word
		}
		if qt == nil {
			qt, inClaim = text.TermSet(asked), map[string]bool{}
			for _, x := range cws {
				if s := stemOf(x); s != "" {
					inClaim[s] = true
				}
			}
		}
		if qt[t] {
			continue // the question's
		}
		for _, n := range cited {
			for k := range ev[n-1].sents {
				s := ev[n-1].sents[k].ws
				for j := 0; j+len(frame)+1 < len(s); j++ {
					if s[j] != cws[l] || !holdsAt(s, j+1, frame) {
						continue
					}
					at := j + 1 + len(frame)
					o := s[at]
					ot := stemOf(o)
					if ot == "" || ot == t || inClaim[ot] || text.IsNumeral(ot) || degreeSlot(w) || degreeSlot(o) || writtenAsName(o, ev[n-1].raw) {
						continue
					}
					// the slot of a word before the same noun ("dead
					// inmates", "transferred inmates"), or of what talks
					// or a dispute are over or about
					sameNext := i+1 < len(cws) && stemOf(cws[i+1]) != "" && at+1 < len(s) && s[at+1] == cws[i+1]
					if sameNext || topicFrames[frame[0]] || possessed {
						return w, o
					}
				}
			}
		}
	}
	return "", ""
}

// heldIn reports claim word w (term t) in a cited passage: as written, a
// stem synonym, or through WordNet.
func heldIn(t, w string, cited []int, ev []evidence) bool {
	for _, n := range cited {
		if ev[n-1].terms[t] || anySynonymIn(ev[n-1].terms, t) {
			return true
		}
	}
	return lexIn(cited, ev, w)
}

// holdsAt reports ws holding want from index at on.
func holdsAt(ws []string, at int, want []string) bool {
	if at+len(want) > len(ws) {
		return false
	}
	for k, w := range want {
		if ws[at+k] != w {
			return false
		}
	}
	return true
}
