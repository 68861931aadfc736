package ground

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// doerLeftRE finds an absence claim leaving open who did a deed: "do not
// say who shot the mayor of Manta", "don't say who raised the toll". Its
// groups: the verb and the rest of the clause. "who was killed" asks who
// suffered it (sufferedSaid's).
var doerLeftRE = regexp.MustCompile(`(?i)^\s+(?:exactly\s+)?who\s+([a-z]+)\b([^;:,.()—–"“”]*)`)

// nameCueRE is an absence claim's cue saying a name is missing ("do not
// name", "doesn't identify"); nameLeftRE what it is the name of: the rest
// of the clause.
var (
	nameCueRE  = regexp.MustCompile(`(?i)\b(?:name|names|identify|identifies)$`)
	nameLeftRE = regexp.MustCompile(`^\s+([^;:,.()—–"“”]+)`)
)

// doerOrName reads an absence claim leaving open who did a deed, or
// someone's name. Who did a deed is untold (untold) where no sentence
// holding the claim's other words names a doer beside the deed told as
// done by them (question.DeedDone: "the mayor of the city of Manta was
// shot dead" says who suffered it and no one who did it); where one does,
// the claim is left to the reading of its words. A name is told (named)
// where a person's name stands beside the words of whom the claim says
// goes unnamed ("Guillermo Rodriguez is the general director" names the
// director, "Manta Mayor Agustin Intriago" the mayor), and untold where
// none does, though a sentence holds the words ("Ecuador's attorney
// general on Tuesday raised the death toll").
func doerOrName(body string, cited []int, ev []evidence) (named, untold bool) {
	for _, cue := range absenceRE.FindAllStringIndex(body, -1) {
		rest := body[cue[1]:]
		if m := doerLeftRE.FindStringSubmatch(rest); m != nil {
			q := "who " + strings.ToLower(m[1]) + m[2]
			deed := question.Deed(q)
			if deed == "" {
				continue // "who is", "who was killed": no deed's doer asked
			}
			terms := question.DeedTerms(deed)
			topic := ownWords(m[2])
			for _, n := range cited {
				for i := range ev[n-1].sents {
					s := &ev[n-1].sents[i]
					if holdsAll(topic, s) && question.DeedDone(ev[n-1].raw[s.start:s.end], q, terms) {
						return false, false
					}
				}
			}
			return false, true
		}
		if !nameCueRE.MatchString(body[cue[0]:cue[1]]) {
			continue
		}
		m := nameLeftRE.FindStringSubmatch(rest)
		if m == nil {
			continue
		}
		topic := ownWords(m[1])
		if len(topic) == 0 {
			continue
		}
		for _, n := range cited {
			for i := range ev[n-1].sents {
				s := &ev[n-1].sents[i]
				if holdsAll(topic, s) && nameBeside(ev[n-1].raw[s.start:s.end], topic) {
					return true, false
				}
			}
		}
		return false, true
	}
	return false, false
}

// ownWords are the words of a clause that say what it is about: not talk
// about the passages, not filler.
func ownWords(clause string) []string {
	var out []string
	for _, w := range text.Words(clause) {
		if t := stemOf(w); t != "" && !metaTerms[t] && !fillerTerms[t] {
			out = append(out, w)
		}
	}
	return out
}

// holdsAll reports a sentence holding every word of topic, as written, a
// synonym or a name.
func holdsAll(topic []string, s *evSentence) bool {
	for _, w := range topic {
		if !topicWordIn(w, s) {
			return false
		}
	}
	return true
}

// nameNear is how many words apart a person's name and the words it
// names may stand: "Guillermo Rodriguez is the general director".
const nameNear = 4

// nameBeside reports a person's name in sent (question.PersonNames)
// within nameNear words of a word of topic, or holding one ("Manta Mayor
// Agustin Intriago"): the name of whoever the topic's words pick out.
func nameBeside(sent string, topic []string) bool {
	ws := text.Words(sent)
	wordAt := func(b int) int { return len(text.Words(sent[:b])) }
	var at []int // where topic's words stand
	for i, w := range ws {
		for _, t := range topic {
			if stemOf(w) == stemOf(t) {
				at = append(at, i)
			}
		}
	}
	for _, m := range question.PersonNames(sent) {
		a, b := wordAt(m[0]), wordAt(m[1])-1
		for _, i := range at {
			if i-b <= nameNear && a-i <= nameNear {
				return true
			}
		}
	}
	return false
}
