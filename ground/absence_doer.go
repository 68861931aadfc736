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
		untold = true
		for _, n := range cited {
			for i := range ev[n-1].sents {
				s := &ev[n-1].sents[i]
				if !holdsAll(topic, s) {
					continue
				}
				raw := ev[n-1].raw[s.start:s.end]
				if nameBeside(raw, topic) {
					return true, false
				}
				if mayName(ownClause(raw, topic), m[1]) {
					untold = false // a name or a "he" further off: the words decide
				}
			}
		}
		return false, untold
	}
	return false, false
}

// ownClause is sent up to the first clause break after its first word of
// topic: "Ecuador's attorney general raised the death toll on Tuesday"
// of "..., and later that day in Quito President Guillermo Lasso
// declared an emergency".
func ownClause(sent string, topic []string) string {
	first := -1
	for _, m := range wordSpanRE.FindAllStringIndex(sent, -1) {
		w := text.Fold(sent[m[0]:m[1]])
		for _, t := range topic {
			if stemOf(w) == stemOf(t) {
				first = m[1]
				break
			}
		}
		if first >= 0 {
			break
		}
	}
	if first < 0 {
		return sent
	}
	if c := clauseBreakRE.FindStringIndex(sent[first:]); c != nil {
		return sent[:first+c[0]]
	}
	return sent
}

// clauseBreakRE opens another clause: "and later", ", but", "while".
var clauseBreakRE = regexp.MustCompile(`(?i),?\s+(?:and|but|while|whereas|after|before|as)\s`)

// mayName reports a sentence that may name someone other than beside the
// words: a capitalised word that is no time, no country and no word of
// the claim's own ("Ecuador's attorney general on Tuesday raised ..."
// names no one), or a "he" or "she" standing for someone named before.
func mayName(sent, claim string) bool {
	own := map[string]bool{}
	for _, w := range text.Words(claim) {
		own[w] = true
	}
	for i, f := range strings.Fields(sent) {
		c := nameCore(f)
		l := strings.ToLower(c)
		if l == "he" || l == "she" || l == "his" || l == "her" {
			return true
		}
		if i == 0 || !text.StartsUpper(c) || own[text.Fold(c)] || text.IsTimeWord(l) || text.IsCountry(c) {
			continue
		}
		return true
	}
	return false
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
	spans := question.PersonNames(sent)
	for _, m := range wordSpanRE.FindAllStringIndex(sent, -1) {
		// a surname alone: a capitalised word no dictionary has, or
		// one set beside its title ("Rodriguez, the SNAI director, said")
		w := sent[m[0]:m[1]]
		appositive := strings.HasPrefix(strings.ToLower(sent[m[1]:]), ", the ") || strings.HasPrefix(strings.ToLower(sent[m[1]:]), ", a ")
		if text.StartsUpper(w) && (!text.IsWord(strings.ToLower(w)) || appositive) && !inSpans(m, spans) && !placeLike(sent[:m[0]]) && !text.IsTimeWord(strings.ToLower(w)) {
			spans = append(spans, m)
		}
	}
	for _, m := range spans {
		a, b := wordAt(m[0]), wordAt(m[1])-1
		if noPerson(ws[a : b+1]) {
			continue // "Attorney General", "On Monday": no one's name
		}
		for _, i := range at {
			if i-b <= nameNear && a-i <= nameNear && !saysBetween(ws, min(i, b), max(i, a)) {
				return true
			}
		}
	}
	return false
}

// placeLike reports the words before a capitalised word setting it as a
// place or a thing's name: after "the" or a preposition ("the director of
// the Esmeraldas jail", "in Guayaquil").
func placeLike(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	l := strings.ToLower(strings.Trim(f[len(f)-1], ",;:"))
	return l == "the" || l == "a" || l == "an" || prepositions[l]
}

// inSpans reports span m inside one of spans.
func inSpans(m []int, spans [][]int) bool {
	for _, s := range spans {
		if s[0] <= m[0] && m[1] <= s[1] {
			return true
		}
	}
	return false
}

// noPerson reports a run of capitalised words that names no person: every
// word a title's, a time's or a small word ("Attorney General", "On
// Monday").
func noPerson(name []string) bool {
	for _, w := range name {
		l := strings.ToLower(w)
		if !roleNouns[l] && !text.IsTimeWord(l) && stemOf(l) != "" && !prepositions[l] {
			return false
		}
	}
	return true
}

// saysBetween reports a verb of saying between words a and b: "Interior
// Minister Juan Zapata said the mayor of Manta ..." gives the speaker's
// name, not the mayor's.
func saysBetween(ws []string, a, b int) bool {
	if b <= a+1 {
		return false
	}
	for _, w := range ws[a+1 : b] {
		if text.IsSpeechVerb(w) {
			return true
		}
	}
	return false
}
