package ground

import "regexp"

// speechLeftRE finds an absence claim leaving open what someone said:
// "don't say what the attorney general's office reported about
// Esmeraldas", "don't say what the office posted on social media". Its
// groups: the speaker, the verb of saying, the rest of the clause (what
// it was said of, or where).
var speechLeftRE = regexp.MustCompile(`(?i)^\s+(?:exactly\s+)?what\s+((?:[\p{L}'’-]+\s+){1,6}?)(said|says|reported|reports|posted|posts|announced|announces|stated|states|wrote|writes|tweeted|told\s+\w+)\b([\p{L}\p{N}\s'’-]*)`)

// speechSaid reports an absence claim leaving open what someone said
// whose cited passage tells it: a sentence holding the speaker's words,
// a verb of saying right after them and what was said (spokenBy), the
// claim's words after its verb ("about Esmeraldas", "on social media") in
// it or in the sentence before it (which may name the place the sentence
// calls "there"). Not a sentence leaving it open ("did not say what",
// "refused to say").
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
				if leftOpen(raw) || !spokenBy(s.ws, speaker) {
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

// spokenBy reports words holding the speaker's words one after the
// other, then right after them (or after one of speechAdverbs: "the
// office later said") a verb of saying that gives what was said, then
// three words at least, not "something" or "nothing": "The attorney general's office said on social media that
// one civilian was hurt". Not "the office, police said, was attacked"
// (another's saying), "the ministry was told", "the mayor's spokesman
// said", "spoke to reporters", "said something about the bridge".
func spokenBy(all []string, speaker []string) bool {
	var ws []string // without the possessive's "s": "general's office"
	for _, w := range all {
		if w != "s" {
			ws = append(ws, w)
		}
	}
	for at := 0; at+len(speaker) <= len(ws); at++ {
		match := true
		for k, w := range speaker {
			if stemOf(ws[at+k]) != stemOf(w) {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		v := at + len(speaker)
		if v < len(ws) && speechAdverbs[ws[v]] {
			v++
		}
		if v < len(ws) && contentSpeech[ws[v]] && len(ws)-v-1 >= 3 && !emptySaid[ws[v+1]] {
			return true
		}
	}
	return false
}

// contentSpeech are verbs of saying that give what was said.
var contentSpeech = set(`said says told tells reported reports announced announces stated states posted posts wrote writes
	tweeted tweets added adds warned warns claimed claims confirmed confirms explained explains noted notes insisted insists declared declares`)

// emptySaid follow a verb of saying that gives nothing said.
var emptySaid = set("something nothing little")

// refusedRE is a sentence telling that someone would not say: "refused
// to say what caused the fire", "had said nothing about the attack".
var refusedRE = regexp.MustCompile(`(?i)\b(?:refused|declined|refuses|declines|refuse|decline|would\s+not|wouldn['’]t)\s+(?:to\s+)?(?:say|comment|reveal|disclose|confirm|specify|explain|name|detail)|\bsaid\s+nothing\b|\bno\s+comment\b`)
