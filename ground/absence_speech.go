package ground

import (
	"regexp"

	"github.com/storybot-dev/storybot/text"
)

// speechLeftRE finds an absence claim leaving open what someone said:
// "don't say what the attorney general's office reported about
// Esmeraldas", "don't say what the office posted on social media". Its
// groups: the speaker, the verb of saying, the rest of the clause (what
// it was said of, or where).
var speechLeftRE = regexp.MustCompile(`(?i)^\s+(?:exactly\s+)?what\s+((?:[\p{L}'’-]+\s+){1,6}?)(said|says|reported|reports|posted|posts|announced|announces|stated|states|wrote|writes|tweeted|told\s+\w+)\b([\p{L}\p{N}\s'’-]*)`)

// speechSaid reports an absence claim leaving open what someone said
// whose cited passage tells it: a sentence holding the speaker's words,
// a verb of saying after them and three words at least of what was said,
// the claim's words after its verb ("about Esmeraldas", "on social
// media") in it or in the sentence before it (which may name the place
// the sentence calls "there"). Not a sentence leaving it open ("did not
// say what").
func speechSaid(body string, cited []int, ev []evidence) bool {
	for _, cue := range absenceRE.FindAllStringIndex(body, -1) {
		m := speechLeftRE.FindStringSubmatch(body[cue[1]:])
		if m == nil {
			continue
		}
		speaker, context := harmContext(m[1]), harmContext(m[3])
		if len(speaker) == 0 {
			continue // "what they said": no one named
		}
		for _, n := range cited {
			for i := range ev[n-1].sents {
				s := &ev[n-1].sents[i]
				raw := ev[n-1].raw[s.start:s.end]
				if leftOpenRE.MatchString(raw) || !spokenBy(s.ws, speaker) {
					continue
				}
				held := true
				for _, w := range context {
					if !topicWordIn(w, s) && !(i > 0 && topicWordIn(w, &ev[n-1].sents[i-1])) {
						held = false
						break
					}
				}
				if held {
					return true
				}
			}
		}
	}
	return false
}

// spokenBy reports words ws holding every word of speaker, then a verb of
// saying, then three words at least: "The attorney general's office said
// on social media that one civilian was hurt".
func spokenBy(ws []string, speaker []string) bool {
	last := -1
	for _, w := range speaker {
		at := -1
		t := stemOf(w)
		for k, x := range ws {
			if stemOf(x) == t {
				at = k
				break
			}
		}
		if at < 0 {
			return false
		}
		last = max(last, at)
	}
	for k := last + 1; k < len(ws) && k <= last+3; k++ {
		if text.IsSpeechVerb(ws[k]) && len(ws)-k-1 >= 3 {
			return true
		}
	}
	return false
}
