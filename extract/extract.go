package extract

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// filler are question words that say nothing of the topic ("what
// happened", "how many people", "somewhere else"), stemmed as Terms stems
// them.
var filler = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`still really actually currently ever even just already yet anymore exactly involved involve involving
		people person persons someone somebody anyone anybody thing things something anything happen
		happened happening event events story stories news article report reported mention mentioned know
		known name named called exactly total number give describe explain detail details take took place
		kind type sort year day date time long ago official officials part last lasts go goes going
		somewhere anywhere elsewhere else located situated`) {
		m[text.Stem(w)] = true
	}
	return m
}()

// hedgeWords hedge a question's figure or say what was meant to be, as
// written (by stem, "roughly" would take "rough" with it): no topic.
var hedgeWords = map[string]bool{"roughly": true, "approximately": true, "approx": true, "supposed": true}

// casualPerson are chat words for a person ("the prison boss guy"), which
// say no more of the topic than "person" does, unless written as a name
// ("Who was Guy's rival?").
var casualPerson = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("guy guys dude dudes man woman lady fella bloke chap gentleman fellow") {
		m[text.Stem(w)] = true
	}
	return m
}()

// lightVerbs are verbs that carry little meaning of their own in a
// question ("how many troops went into", "what came of"), by lemma.
var lightVerbs = map[string]bool{"go": true, "come": true, "get": true, "make": true, "take": true, "do": true, "have": true, "be": true, "give": true, "put": true, "let": true}

// keyTerm is a term of the question with its weight: how rare it is.
type keyTerm struct {
	term   string
	weight float64
	proper bool // written with a capital inside the question: a name
	known  bool // the corpus uses the term, a synonym, or a WordNet alternative
	// alts are WordNet's other words for it that the corpus uses, as
	// stemmed terms, with how much each counts (below the word itself).
	alts map[string]float64
	// topic marks a term of the last turn's subject in a follow-up: it
	// says which story is meant, so a sentence of a story that holds it
	// counts as holding it (subjectShare).
	topic bool
	// setting marks a term of a clause of time after the question's own
	// ("was anybody hurt when they threw the fire bomb at the office"):
	// it says which event is meant, in the asker's words (settingClause).
	setting bool
}

// WordNet alternatives count below the asker's own word and below the news
// synonym table's 0.6: the base form ("seized" for "seize") almost fully,
// a synonym or a derivation ("jailbreak": "escape"; "die": "death") half.
const (
	lemmaShare   = 0.9
	wordnetShare = 0.5
)

// wordnetAlts are the stemmed terms, known to the corpus, that WordNet
// gives for the folded word w: its lemma's terms, its synonyms, its
// derivations.
func wordnetAlts(ix Index, w string, own string) map[string]float64 {
	out := map[string]float64{}
	add := func(word string, share float64) {
		for _, t := range text.Terms(word) {
			if t != own && ix.DocFreq(t) > 0 && out[t] < share {
				out[t] = share
			}
		}
	}
	lemma := text.Lemma(w)
	add(lemma, lemmaShare)
	for _, x := range [][]string{text.Synonyms(w), text.Synonyms(lemma), text.Related(lemma)} {
		for _, alt := range x {
			add(alt, wordnetShare)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// nameAlts are the stemmed terms, known to the corpus, of the words
// WordNet derives from the name w ("venezuela": "venezuelan"), counted as
// a derivation.
func nameAlts(ix Index, w, own string) map[string]float64 {
	out := map[string]float64{}
	for _, alt := range text.Related(w) {
		for _, t := range text.Terms(alt) {
			if t != own && ix.DocFreq(t) > 0 {
				out[t] = wordnetShare
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// keyTerms picks the question's topic terms, weighted by IDF so rare words
// (names, places) count for more than common ones. A number the corpus
// never uses is a claim to check ("was it 500?"), not a topic, and is left
// out.
func keyTerms(ix Index, voc *question.Vocabulary, asked string) []keyTerm {
	var out []keyTerm
	seen := map[string]bool{}
	words := strings.Fields(asked)
	particle := -1 // the word a phrasal verb took as its particle
	compound := compoundAlts(ix, words)
	// a verb with "back" (backKey) is looked for only where there is one
	hasBack := slices.ContainsFunc(words, func(w string) bool { return strings.EqualFold(strings.Trim(w, ",;:?!."), "back") })
	for wi, w := range words {
		if wi == particle {
			continue
		}
		// A verb and its particle read as one verb ("kick off": start;
		// "break out": begin), when WordNet knows it and the stories use
		// one of its words: "when did the gang beef kick off" of "Clashes
		// between gangs here began".
		if hasBack {
			if k, at, ok := backKey(ix, words, wi, seen); ok {
				out = append(out, k)
				particle = at // the object between is read on ("take the prison back")
				continue
			}
		}
		if wi > 0 && enterParticles[strings.ToLower(trimNonLetters(w))] && text.Lemma(text.Fold(trimNonLetters(words[wi-1]))) == "enter" {
			continue // "how they entered inside": the entering is all it asks
		}
		if pronounOne(words, wi) {
			continue // "this ecuador one": the thing said before, no count
		}
		if hedgeWords[strings.ToLower(trimNonLetters(w))] {
			continue // "roughly how many", "how long is it supposed to last"
		}
		if adverbRight(words, wi) {
			continue // "right before all this": "right" says how near, no topic
		}
		if tryVerb(words, wi) {
			continue // "how did they manage to get inside": the getting in is asked
		}
		if k, ok := enterKey(ix, words, wi, seen); ok {
			out = append(out, k)
			particle = wi + 1
			continue
		}
		if k, ok := phrasalKey(ix, words, wi, seen); ok {
			out = append(out, k)
			particle = wi + 1
			continue
		}
		// A name: capitalised inside the question, or a word the stories
		// write as a name however the question wrote it ("quito").
		bare := text.Fold(strings.Trim(w, "\"'“”‘’?!.,;:()"))
		proper := wi > 0 && startsUpper(w) || voc.IsName(bare)
		if !proper && wi > 0 && frameNouns[text.Lemma(bare)] && nameWord(voc, words[wi-1]) && !relativeNext(words, wi) {
			continue // "the El Tigre case", "that Manaus incident": the name says which; the noun frames it
		}
		for _, fw := range text.Words(w) {
			if lightVerbs[text.Lemma(fw)] {
				continue // "went", "came", "made": no topic of their own
			}
			for _, t := range text.Terms(fw) {
				if seen[t] || filler[t] || !proper && casualPerson[t] {
					continue
				}
				seen[t] = true
				known := ix.DocFreq(t) > 0 || anySynonymKnown(ix, t) || datedIn(ix, t)
				if !known && text.IsNumeral(t) && !yearRE.MatchString(t) {
					continue
				}
				k := keyTerm{term: t, weight: weight(ix, t), proper: proper, known: known}
				if !proper {
					k.alts = wordnetAlts(ix, fw, t)
					for a, share := range compound[wi] {
						if a != t && k.alts[a] < share {
							if k.alts == nil {
								k.alts = map[string]float64{}
							}
							k.alts[a] = share
						}
					}
				} else {
					// A name in the forms WordNet derives from it:
					// "Venezuela" as "Venezuelan", whether or not the
					// stories also write it as it is.
					k.alts = nameAlts(ix, fw, t)
				}
				if !known && len(k.alts) > 0 {
					// A word the stories never use, said as they say it
					// ("jailbreak": "escape"): as rare as its commonest
					// wording, as weight does for synonyms.
					k.known = true
					for a := range k.alts {
						k.weight = min(k.weight, ix.IDF(a))
					}
				}
				out = append(out, k)
			}
		}
	}
	return out
}

// pronounOne reports words[wi] as the pronoun "one" that stands for a
// thing ("which prison is this one", "what jail was it, this ecuador
// one", "the one in Guayaquil"): after a determiner, or a determiner and
// one word, and ending its clause or before a preposition or relative.
// "one civilian was hurt" and "one of the most dangerous" count.
func pronounOne(words []string, wi int) bool {
	if strings.ToLower(trimNonLetters(words[wi])) != "one" {
		return false
	}
	det := func(i int) bool { return i >= 0 && oneDeterminers[strings.ToLower(trimNonLetters(words[i]))] }
	punct := func(i int) bool { return strings.ContainsAny(words[i], ",;:?!.") }
	if !(det(wi-1) && !punct(wi-1)) && !(det(wi-2) && !punct(wi-2) && !punct(wi-1)) {
		return false // "in the attack, one was hurt": a count
	}
	if wi+1 == len(words) || punct(wi) {
		return true
	}
	switch strings.ToLower(trimNonLetters(words[wi+1])) {
	case "in", "at", "on", "from", "near":
		// "the one in guayaquil"; not "one in three inmates"
		return wi+2 >= len(words) || len(text.Numbers(words[wi+2])) == 0
	case "which", "who", "where", "with":
		return true
	}
	// "the one doing all these emergencies", "the one killed in the
	// attack"; not "the one hundred prisoners" (a number), nor "the one
	// hurt civilian" (a participle before its noun: one civilian)
	next := strings.ToLower(trimNonLetters(words[wi+1]))
	if strings.HasSuffix(next, "ing") {
		return true
	}
	if !text.PastParticiple(next) {
		return false
	}
	if wi+2 >= len(words) || strings.ContainsAny(words[wi+1], ",;:?!.") {
		return true
	}
	switch strings.ToLower(trimNonLetters(words[wi+2])) {
	case "in", "at", "on", "by", "during", "from", "near", "inside", "outside", "dead", "last", "yesterday":
		return true
	}
	return false
}

// beginAsked asks when something began: "when did it start", "what day
// did the fighting begin", "when did it kick off".
var beginAsked = regexp.MustCompile(`(?i)\b(?:start|started|starting|begin|began|begun|beginning|kick(?:ed)?\s+off|br(?:eak|oke)\s+out|erupt(?:ed)?)\b`)

// troubleSubject reports what a question asking when something began
// (or since when it has held) names as the thing as one the sentence
// tells of: among the content words between its question word and its
// verb of beginning (or its end), a word the sentence holds (by stem or
// stem synonym) or a word for trouble (troubleWords, or a word WordNet
// gives one of them as a synonym of: "ruckus", disturbance), and no name
// the sentence and the story's lede lack ("when did the violence in
// Esmeraldas start": another place's), and a thing begun ("start
// filming") such a word too. "when did the curfew start" is of a thing
// the sentence does not tell of; "when did it start" names none. A
// "since when" question (needTrouble) must name a word for trouble: "since
// when is Lasso president" asks of no trouble's "since 2021".
func troubleSubject(focus string, keys []keyTerm, best *candidate, needTrouble bool) bool {
	for _, k := range keys {
		if k.proper && best.covered[k.term] == 0 && !best.scene[k.term] {
			return false
		}
	}
	loc := whQAnyCase.FindStringIndex(focus)
	if loc == nil {
		return false
	}
	held := sentenceTerms(best.text())
	isTrouble := func(w string) bool {
		return troubleWords[stemOf(w)] || slices.ContainsFunc(text.Synonyms(text.Lemma(strings.ToLower(w))), func(x string) bool { return troubleWords[text.Stem(x)] })
	}
	tells := func(w string) bool {
		t := stemOf(w)
		return held[t] || slices.ContainsFunc(text.StemSynonyms(t), func(x string) bool { return held[x] }) || isTrouble(w)
	}
	ws := text.Words(focus[loc[1]:])
	named, told, trouble := false, false, false
	for i, w := range ws {
		t := stemOf(w)
		if t == "" || timeAskWords[strings.ToLower(w)] {
			continue // "the", "did", "day"
		}
		if beginTerms[t] {
			if i+1 < len(ws) && strings.HasSuffix(strings.ToLower(ws[i+1]), "ing") && !tells(ws[i+1]) {
				return false // "when did the crew start filming"
			}
			break
		}
		named = true
		told = told || tells(w)
		trouble = trouble || isTrouble(w)
	}
	if needTrouble {
		return trouble // "since when is Lasso president": no trouble's since
	}
	return !named || told
}

// stemOf is a word's first term, or "".
func stemOf(w string) string {
	if ts := text.Terms(w); len(ts) > 0 {
		return ts[0]
	}
	return ""
}

// endAsked asks when something ended: "when did the violence stop after it
// started" is no question of a beginning.
var endAsked = regexp.MustCompile(`(?i)\b(?:end|ended|ending|stop|stopped|finish|finished|over|cease|ceased|halt|halted|calm)\b`)

// timeAskWords ask for the time, not what began.
var timeAskWords = map[string]bool{"day": true, "date": true, "time": true, "week": true, "month": true, "year": true, "exactly": true}

// troubleWords are the general words for a story's trouble, stemmed: what
// a question may call the violence the story tells of.
var troubleWords = text.TermSet("trouble conflict fight fighting violence disturbance riot rioting clash clashes unrest commotion confrontation confrontations battle brawl chaos bad worse serious dangerous")

// beginTerms are the stems of the verbs of beginning.
var beginTerms = text.TermSet("start started starting begin began begun beginning erupt erupted kick break")

// sinceAsked asks since when a state has held: "since when", "since what
// year", "from which year"; sinceTold tells it: "since 2021", "since
// July", "since last year".
var (
	sinceAsked = regexp.MustCompile(`(?i)\bsince\s+(?:when|what|which)\b|\bfrom\s+(?:when|what|which)\s+(?:year|month|time|day)\b`)
	sinceTold  = regexp.MustCompile(`(?i)\bsince\s+(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|last|early|late)\b`)
)

// beginTold reports a sentence telling a beginning: a word whose lemma is
// begin, start, erupt or break out.
func beginTold(txt string) bool {
	ws := text.Words(txt)
	for i, w := range ws {
		switch text.Lemma(strings.ToLower(w)) {
		case "begin", "start", "erupt":
			return true
		case "break":
			if i+1 < len(ws) && strings.EqualFold(ws[i+1], "out") {
				return true
			}
		}
	}
	return false
}

// rightNounBefore are words before "right" that make it the noun: "the
// right", "the far right", "their right".
var rightNounBefore = map[string]bool{"the": true, "a": true, "far": true, "his": true, "her": true, "their": true, "its": true, "my": true, "your": true, "our": true, "political": true, "hard": true}

// oneDeterminers go before the pronoun "one".
var oneDeterminers = map[string]bool{"this": true, "that": true, "the": true, "which": true, "another": true, "other": true, "each": true, "every": true, "any": true}

// adverbRight reports words[wi] as the adverb "right" of "right before
// all this", "right after", "right now", "right there": how near, not the
// noun ("human rights") or the side ("the right wing").
func adverbRight(words []string, wi int) bool {
	if wi+1 >= len(words) || strings.ToLower(words[wi]) != "right" {
		return false
	}
	if wi > 0 && rightNounBefore[strings.ToLower(trimNonLetters(words[wi-1]))] {
		return false // "the far right now leading the polls": the noun
	}
	switch strings.ToLower(trimNonLetters(words[wi+1])) {
	case "before", "after", "now", "away", "there", "here", "then", "when", "outside", "inside", "next":
		return true
	}
	return false
}

// frameNouns frame what a name before them says: "the El Tigre case", "the
// Litoral thing", "that Manaus incident", "that el tigre boy" (the man it
// names, as casualPerson's words are anywhere).
var frameNouns = map[string]bool{"case": true, "incident": true, "situation": true, "affair": true, "saga": true, "matter": true, "episode": true, "boy": true, "lad": true}

// relativeNext reports a relative clause right after words[wi]: "the
// Guayaquil boy who was shot" is a boy of Guayaquil, not a frame.
func relativeNext(words []string, wi int) bool {
	if wi+1 >= len(words) || strings.ContainsAny(words[wi], ",;:?!.") {
		return false
	}
	switch strings.ToLower(trimNonLetters(words[wi+1])) {
	case "who", "whom", "that", "which", "whose":
		return true
	}
	return false
}

// nameWord reports a word of a question the stories write as a name
// ("Tigre", "Manaus"); a capital alone is none ("Court cases").
func nameWord(voc *question.Vocabulary, w string) bool {
	return voc.IsName(text.Fold(strings.Trim(w, "\"'“”‘’?!.,;:()")))
}

// yearRE is a year: one the stories never write or date is the time the
// question asks about ("how many died in 2019"), no figure to check.
var yearRE = regexp.MustCompile(`^(?:19|20)\d\d$`)

// datedIn reports a month or year of a story's dateline ("in july" of a
// story dated 2023-07-26): the corpus says it of that story, as its title
// does, though no sentence writes it, so it is no word the stories lack.
func datedIn(ix Index, t string) bool {
	for _, s := range ix.Stories() {
		if text.DateTerms(s.Date)[t] {
			return true
		}
	}
	return false
}

// compoundAlts are, by word index, the alternatives a noun of two words
// lends both its words: the terms of WordNet's other words for it that the
// corpus uses ("petrol bomb": "molotov", "cocktail"), at wordnetShare. A
// story that says "Molotov cocktail" then holds what "petrol bomb" asks.
// Two words written apart that are one word in the dictionary ("jail
// house") lend that word's other words too, when both are content words
// ("to tally" is no "totally"), the second no light verb ("the car go
// into the river" is no "cargo") and the corpus does not use the second
// ("house").
func compoundAlts(ix Index, words []string) map[int]map[string]float64 {
	var out map[int]map[string]float64
	for wi := 0; wi+1 < len(words); wi++ {
		if strings.ContainsAny(words[wi], ",;:?!.") {
			continue
		}
		a, b := text.Words(words[wi]), text.Words(words[wi+1])
		if len(a) != 1 || len(b) != 1 {
			continue
		}
		own := text.TermSet(a[0] + " " + b[0])
		alts := map[string]float64{}
		syns := text.CompoundSynonyms(a[0], b[0])
		if closed := a[0] + b[0]; len(text.Terms(a[0])) > 0 && len(text.Terms(b[0])) > 0 && !lightVerbs[text.Lemma(b[0])] && ix.DocFreq(text.Stem(b[0])) == 0 && text.IsWord(closed) {
			// "jail house": the closed word ("jailhouse") and its other
			// words ("jail", "prison"), where the corpus lacks the second
			syns = append(append(syns, closed), text.Synonyms(closed)...)
		}
		for _, syn := range syns {
			for _, t := range text.Terms(syn) {
				// ("press release": "release" is no other word for "press")
				if ix.DocFreq(t) > 0 && !own[t] {
					alts[t] = wordnetShare
				}
			}
		}
		if len(alts) == 0 {
			continue
		}
		if out == nil {
			out = map[int]map[string]float64{}
		}
		out[wi], out[wi+1] = alts, alts
	}
	return out
}

// phrasalKey is the key term of a phrasal verb at words[wi] and its
// particle at wi+1: the verb's term, with the WordNet synonyms of the
// phrase the corpus uses as its alternatives, weighted as the rarest of
// them. ok is false when the two are no phrasal verb WordNet knows, when
// the verb is a light one ("go in", "come up with", "get out": their
// senses are too many to pick from), or when the corpus uses none of the
// phrase's synonyms; the words are then read one by one.
func phrasalKey(ix Index, words []string, wi int, seen map[string]bool) (keyTerm, bool) {
	if wi+1 >= len(words) || strings.ContainsAny(words[wi], ",;:?!.") {
		return keyTerm{}, false
	}
	vw, pw := text.Words(words[wi]), text.Words(words[wi+1])
	if len(vw) != 1 || len(pw) != 1 || lightVerbs[text.Lemma(vw[0])] {
		return keyTerm{}, false
	}
	syns := phrasalWords(vw[0], pw[0])
	ts := text.Terms(vw[0])
	if len(syns) == 0 || len(ts) == 0 || seen[ts[0]] {
		return keyTerm{}, false
	}
	alts := map[string]float64{}
	for syn, ways := range syns {
		// a word WordNet leads to by two ways is the phrase's meaning, as
		// sure as a lemma; by one way, one sense among others ("end up":
		// finish, not "finished searching")
		share := wordnetShare
		if ways >= 2 {
			share = lemmaShare
		}
		// and its irregular forms: "begin" is "began" in a story
		for _, form := range append([]string{syn}, text.Inflections(syn)...) {
			for _, t := range text.Terms(form) {
				if ix.DocFreq(t) > 0 && alts[t] < share {
					alts[t] = share
				}
			}
		}
	}
	if len(alts) == 0 {
		return keyTerm{}, false
	}
	seen[ts[0]] = true
	k := keyTerm{term: ts[0], known: true, alts: alts, weight: math.Inf(1)}
	for a := range alts {
		k.weight = min(k.weight, ix.IDF(a))
	}
	return k, true
}

// phrasalWords are the one-word synonyms WordNet gives a verb and its
// particle, then the words that two or more of those synonyms give first
// (their commonest sense's first other word), light verbs and the
// phrase's own verb left out, each with the number of ways WordNet leads
// to it: "kick off" is inaugurate, start, commence, open, and through
// start and commence also begin (a story's "began"); start is reached
// twice (itself, and inaugurate's first synonym). A word one synonym
// alone leads to stays out (open's "unfastened"), and so does one the
// synonyms give only in later senses (start's "depart"; "point out":
// remark and mention lead to "state", not first).
func phrasalWords(verb, particle string) map[string]int {
	syns := text.PhrasalSynonyms(verb, particle)
	if len(syns) == 0 {
		return nil
	}
	own := text.Lemma(verb)
	out := map[string]int{}
	near := map[string]int{}
	for _, s := range syns {
		out[s]++
		if ss := text.Synonyms(s); len(ss) > 0 && !lightVerbs[ss[0]] && ss[0] != own {
			near[ss[0]]++
		}
	}
	for x, n := range near {
		if out[x] > 0 || n >= 2 {
			out[x] += n
		}
	}
	return out
}

// tryVerb reports a verb of trying or managing before "to" at words[wi]
// ("manage to get inside", "tried to escape", "attempting to flee"): the
// deed after it is what is asked, whether tried or done.
func tryVerb(words []string, wi int) bool {
	if wi+1 >= len(words) || !strings.EqualFold(trimNonLetters(words[wi+1]), "to") || strings.ContainsAny(words[wi], ",;:?!.") {
		return false
	}
	w, next := text.Words(words[wi]), text.Words(words[wi+1])
	return len(w) == 1 && len(next) == 1 && next[0] == "to" && tryVerbs[text.Lemma(w[0])]
}

// trimNonLetters is w without the marks around it ("*inside*",
// "\"to\"", "inside?"), as text.Words would read it.
func trimNonLetters(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
}

// tryVerbs are the verbs of trying and managing.
var tryVerbs = map[string]bool{"try": true, "manage": true, "attempt": true}

// enterKey reads a light verb with "in", "into" or "inside" in a question
// for how as "enter", when WordNet gives "enter" for the phrase ("go in",
// "come in", "get into"; "inside" read as "in"): "how did the army go
// inside" asks what "they gained access" tells, not what was "seized from
// inside the prison". The key term is "enter", with the stories' words
// for it (its synonyms: access, entry); ok is false when the stories use
// none.
func enterKey(ix Index, words []string, wi int, seen map[string]bool) (keyTerm, bool) {
	if wi+1 >= len(words) || !enterParticles[strings.ToLower(trimNonLetters(words[wi+1]))] || strings.ContainsAny(words[wi], ",;:?!.") {
		return keyTerm{}, false
	}
	vw, pw := text.Words(words[wi]), text.Words(words[wi+1])
	if len(vw) != 1 || len(pw) != 1 || !lightVerbs[text.Lemma(vw[0])] || !enterParticles[pw[0]] {
		return keyTerm{}, false
	}
	p := pw[0]
	if p == "inside" {
		p = "in"
	}
	if wi > 0 && !doerBefore(words[wi-1]) {
		return keyTerm{}, false // "how did the weapons go inside": brought in, not entering
	}
	if !slices.Contains(text.PhrasalSynonyms(vw[0], p), "enter") || question.FormOf(strings.Join(words, " ")).WhyHow != "how" {
		// only a question for how they got in asks the way in: "how many
		// soldiers went in" counts those the story sends, whatever it
		// says of entering
		return keyTerm{}, false
	}
	t := text.Stem("enter")
	if seen[t] || ix.DocFreq(t) == 0 && !anySynonymKnown(ix, t) {
		return keyTerm{}, false
	}
	seen[t] = true
	return keyTerm{term: t, known: true, weight: weight(ix, t)}, true
}

// doerBefore reports a word before a verb of entering that may be its
// doer: a pronoun or adverb ("they", "how", "even", "did"), a noun of
// people ("soldiers", "officers") or of a force of them ("army",
// "police"); not a thing ("weapons").
func doerBefore(w string) bool {
	ws := text.Words(w)
	if len(ws) != 1 {
		return true
	}
	t := text.Terms(ws[0])
	if len(t) == 0 || text.IsPersonNoun(ws[0]) {
		return true // a stop word: "they", "did", "how"
	}
	for _, s := range text.StemSynonyms(t[0]) {
		if s == "soldier" || s == "polic" || s == "officer" {
			return true
		}
	}
	return t[0] == "soldier" || t[0] == "polic" || t[0] == "officer" || strings.HasSuffix(ws[0], "ly") || ws[0] == "even"
}

// enterParticles are the particles with which a light verb may enter.
var enterParticles = map[string]bool{"in": true, "into": true, "inside": true}

// backKey reads a verb with "back" as the verb with "re-" when the stories
// use that word and WordNet gives the verb among its synonyms: "how many
// cellblocks did they take back" asks what "try to retake" tells
// ("retake": recapture, take). "Come back" is "recome" nowhere, "move
// back" no "remove"; "back in 2021" says when, not again. The verb's
// lemma is the word's stem ("took back": retake).
func backKey(ix Index, words []string, wi int, seen map[string]bool) (keyTerm, int, bool) {
	if wi+1 >= len(words) || strings.ContainsAny(words[wi], ",;:?!.") {
		return keyTerm{}, 0, false
	}
	vw := text.Words(words[wi])
	if len(vw) != 1 {
		return keyTerm{}, 0, false
	}
	// "back" right after the verb, or after its object of up to three
	// words at the clause's end ("take the prison back", "take it back?")
	at := -1
	for k := wi + 1; k < len(words) && k <= wi+4; k++ {
		if pw := text.Words(words[k]); len(pw) == 1 && pw[0] == "back" && (k == wi+1 || k+1 == len(words) || strings.ContainsAny(words[k], ",;:?!.")) {
			at = k
			break
		}
		if strings.ContainsAny(words[k], ",;:?!.") {
			break
		}
	}
	if at < 0 {
		return keyTerm{}, 0, false
	}
	if at+1 < len(words) && backInTime[text.Fold(strings.Trim(words[at+1], ",.;:?!"))] {
		return keyTerm{}, 0, false // "elected back in 2021": then, not again
	}
	lemma := text.Lemma(vw[0])
	re := "re" + lemma
	if !slices.Contains(text.Synonyms(re), lemma) {
		return keyTerm{}, 0, false // "move back" is no "remove", "turn back" no "return"
	}
	ts := text.Terms(re)
	if len(ts) == 0 || ix.DocFreq(ts[0]) == 0 || seen[ts[0]] {
		return keyTerm{}, 0, false
	}
	seen[ts[0]] = true
	return keyTerm{term: ts[0], known: true, weight: weight(ix, ts[0])}, at, true
}

// backInTime, after "back", make it a time: "back in 2011", "back then".
var backInTime = map[string]bool{"in": true, "on": true, "at": true, "during": true, "then": true, "when": true, "before": true, "around": true, "since": true, "until": true, "as": true}

// ContextWeight is how much a key term of the last turn counts in a
// follow-up that leans on it, against the follow-up's own words: enough to
// find "the guards" of the hostage sentence, not enough to pull "where was
// that" back to the last answer itself.
const ContextWeight = 0.5

// withSubject adds the subject's key terms the question lacks, at
// ContextWeight; names in it are context, not names the answer must hold.
func withSubject(keys, subject []keyTerm) []keyTerm {
	have := map[string]bool{}
	for _, k := range keys {
		have[k.term] = true
	}
	for _, k := range subject {
		if have[k.term] || !k.known {
			continue
		}
		have[k.term] = true
		k.weight *= ContextWeight
		k.proper, k.topic = false, true
		keys = append(keys, k)
	}
	return keys
}

// weight is a key term's IDF. A word the corpus never uses but whose
// synonyms it does ("killed" against "death toll") weighs as its most common
// synonym: the idea is as rare as its commonest wording, and an unseen word
// must not outweigh the rest of the question. One with no such synonym
// weighs unknownShare of its IDF in a corpus of one story.
func weight(ix Index, t string) float64 {
	if ix.DocFreq(t) > 0 {
		return ix.IDF(t)
	}
	w := ix.IDF(t)
	found := false
	for _, s := range text.StemSynonyms(t) {
		if ix.DocFreq(s) > 0 {
			w = min(w, ix.IDF(s))
			found = true
		}
	}
	if !found && len(ix.Stories()) == 1 {
		w *= unknownShare
	}
	return w
}

// unknownShare is how much a word no story uses, nor any synonym of it,
// weighs in a corpus of one story against its IDF there: one story's few
// hundred words leave most words of a chatty question unknown ("since
// when has all this prison violence been going on, feels like forever"),
// which says less of a question being off the story than it does among
// many stories. Such words still count against answering: "who won the
// Super Bowl" is refused.
const unknownShare = 0.65

// startsUpper reports a word that opens with a capital letter after any
// opening quotation mark or bracket.
func startsUpper(w string) bool { return text.StartsUpper(strings.TrimLeft(w, "\"'“‘(")) }

// candidate is a sentence of a retrieved passage.
type candidate struct {
	p        *cite.Passage
	rank     int // passage rank, 0-based
	sp       text.Span
	covered  map[string]float64 // key term -> share of its weight covered by the sentence
	context  map[string]float64 // the same, by the sentence's whole passage
	coverage float64
	own      float64 // coverage by the sentence alone
	typed    bool
	// scene are the question's places the sentence lacks that its
	// story's lede sets it in (ledePlaces).
	scene map[string]bool
	score float64
	sel   [nSel]float64 // what score weighs (select.go)
}

// Scoring weights: coverage of the question's key terms decides; a sentence
// that has the kind of thing asked for (a number for "how many") wins among
// equals; a better-ranked passage breaks the remaining ties.
const (
	typeBonus = 0.2
	// deedBonus is what a count question's deed ("how many inmates
	// died") adds to a sentence with the count that says it.
	deedBonus = 0.1
	rankBonus = 0.05
	// contextShare is how much a term found only in the sentence's passage
	// (the sentence before: "soldiers ... They gained access") counts.
	contextShare = 0.5
	// storyShare is how much a term found only elsewhere in the sentence's
	// story counts: "how many died in Guayaquil" is asked of the story set
	// in Guayaquil, whose toll sentence doesn't repeat the city.
	storyShare = 0.5
	// titleShare is how much a term of the story's title counts for every
	// sentence of the story: "in the nigeria jailbreak" says which story,
	// and "No guards or inmates were killed in the escape" answers it
	// without naming Nigeria again.
	titleShare = 0.9
	// yesNoOwn is the share of a yes/no question's key-term weight a
	// sentence must hold itself to settle it.
	yesNoOwn = 0.8
	// storyNameMiss is how much a name of the question that a sentence's
	// whole story never uses costs it, by the name's share of the
	// question: "how many died in Guayaquil" is not answered by the Quito
	// story's "400 inmates have died in prison clashes".
	storyNameMiss = 0.5
	// subjectShare is how much a follow-up's subject term (withSubject)
	// counts for a sentence of a story that holds it elsewhere: "and when
	// did the queen open it" after a question about the parliament
	// building is answered by the sentence about the queen in the story of
	// the building, not by the last answer again.
	subjectShare = 0.8
	// sceneShare is how much a place the story's lede sets it in counts
	// for each of its sentences.
	sceneShare = 0.9
	// secondGain is how much more of the question a second sentence must
	// cover to be added to the answer.
	secondGain = 0.25
)

// share is how well a set of terms covers key term t: 1 for the word
// itself, and for synonyms 0.6, 0.84, 0.94, ... as more of them appear
// ("death" and "toll" for "died").
func share(terms map[string]bool, t string) float64 {
	if terms[t] {
		return 1
	}
	miss := 1.0
	for _, s := range text.StemSynonyms(t) {
		if terms[s] {
			miss *= 1 - retrieval.SynonymWeight
		}
	}
	return 1 - miss
}

// share is how well a set of terms covers the key term: the word or its
// news synonyms (share), else its best WordNet alternative there.
func (k keyTerm) share(terms map[string]bool) float64 {
	sh := share(terms, k.term)
	for a, w := range k.alts {
		if terms[a] && w > sh {
			sh = w
		}
	}
	return sh
}

// extract fills ans with an extractive answer: the sentence (or two) of the
// retrieved passages that best answers the question, cited; a hedge ("the
// closest passage") when the answerability score is between the floor and
// the threshold; "The stories don't say." below the floor.
//
// subject, when the question is a follow-up that leans on the last turn,
// is that turn's subject: its words count as key terms at ContextWeight of
// their weight, so the follow-up's own words lead.
func (x *Answerer) Answer(ix Index, voc *question.Vocabulary, asked, subject string, ans *Answer) {
	abstain := func() {
		ans.Text, ans.Abstained, ans.Citations = cite.NotFound, true, []cite.Citation{}
	}
	inner, embedded := question.Embedded(asked)
	if embedded {
		asked = inner // "does it say who shot the mayor": who shot the mayor?
	}
	focus, _ := question.Split(asked)
	if isSummaryRequest(ix, focus) {
		summarize(ix, focus, ans)
		return
	}
	if st := summaryOfStory(ix, focus); st != nil {
		// "summarize the japan story": a summary asked of a story named by
		// its title's words.
		SummarizeStory(ix, st, ans)
		return
	}
	if about, ok := summaryOfNothing(ix, focus); ok {
		// "summary banana": no story holds a word of it; say so and list
		// them, as the summary command does.
		NoMatch(ix, about, ans)
		return
	}
	rq := readQuestion(ix, voc, asked, subject)
	keys, total, qt, form := rq.keys, rq.total, rq.qt, rq.form
	ans.Answerability = &Answerability{Threshold: x.Threshold, Floor: x.Floor, Features: map[string]float64{}}
	storyDate := question.AsksStoryDate(focus) && (len(ix.Stories()) == 1 || subject != "")
	if (len(keys) == 0 && question.Classify(focus) == question.Time || storyDate) && len(ans.Passages) > 0 {
		// "When did this happen?", "what is the date of this news": the
		// story's dateline. Of many stories, "this news" is the one the
		// conversation is about; asked alone, it is none in particular.
		if dateline(ix, ans) {
			return
		}
	}
	if (len(keys) == 0 || townOnly(keys) && !topicBefore(ix, voc, asked, focus)) && question.Classify(focus) == question.Place && (len(ix.Stories()) == 1 || subject != "") && len(ans.Passages) > 0 {
		// "Where did this happen?", "what city is this in": the place the
		// story's lede sets it in. Of many stories, "this" is the one the
		// conversation is about.
		if ledePlace(ix, ans) {
			return
		}
	}
	if len(keys) > 0 && question.Classify(focus) == question.Place && (len(ix.Stories()) == 1 || subject != "") && len(ans.Passages) > 0 && titleThing(ix, keys, ans.Passages[0].Source) {
		// "Where is the prison?" of a story whose title is about the
		// prison ("a rioting prison in Ecuador"): the story's own place,
		// the city its lede names, not the country of its title.
		if ledePlace(ix, ans) {
			return
		}
	}
	if abbrev := question.AsksExpansion(focus); abbrev != "" && expansion(ix, ans, abbrev) {
		return // "what does SNAI stand for": the passages spell it out
	}
	if len(keys) == 0 || len(ans.Passages) == 0 {
		abstain()
		return
	}
	cands := rq.candidates(ix, ans.Passages)
	var best *candidate
	for _, c := range cands {
		if best == nil || c.score > best.score {
			best = c
		}
	}
	if best == nil {
		abstain()
		return
	}
	// "Who said that?" of a quotation: its speaker line ("... SAYING:") is
	// the answer, and the quotation follows it.
	if qt == question.Person && opensQuote(best.text()) {
		if sp := prev(cands, best); speakerLine(sp) {
			sp.coverage, sp.own, sp.covered, sp.context = best.coverage, best.own, best.covered, best.context
			best = sp
		}
	}
	// An office's holder may be asked for by what the story says of them
	// elsewhere ("the prison boss flexing about human rights").
	if rq.person && rq.role != "" && !form.Said {
		best = officeHolder(best, cands, keys, total, rq.role)
	}
	// The sentence that holds the kind of answer asked for may be the
	// one right before or after the best: "Its leader, known as "El
	// Negro," had escaped" after the sentence about the gang's prison.
	neighbour := typedNeighbour(qt, best, cands)
	// "Who is Rangel": the sentence that says what he is, a description
	// after his name or a title before it, is the one to weigh; "who is
	// the president" asks for an office's holder (rq.role), no identity.
	if rq.role == "" && asksIdentity(focus, keys) {
		if c := roleBeside(cands, keys); c != nil {
			best = c
		}
	}
	statement := false
	if form.Said {
		if q := statementOf(cands, keys, best); q != nil {
			best, statement = q, true
		}
	}
	f := features(ix, focus, qt, form, keys, total, best, cands)
	countedByNeighbour(qt, neighbour, f)
	if neighbour != nil && qt == question.Person && closesQuoteOf(neighbour, best) && f["untyped"] == 1 {
		// The answer's second sentence names the quotation's speaker.
		f["untyped"], f["typed"] = 0, 1
	}
	score := answerability(f)
	if (oneStoryAnswer(ix, f, best) || qt == question.General && !form.YesNo && !embedded && oneStoryHeld(ix, f, best)) && score >= x.Floor {
		// (a question asking no kind of answer needs its words alone, but
		// "do they say the names of the dead" asks whether the story
		// says a thing its words don't show: the score decides)
		score = max(score, x.Threshold)
	}
	if qt == question.Time && len(ix.Stories()) == 1 && best.typed && !endAsked.MatchString(focus) && (beginAsked.MatchString(focus) && beginTold(best.text()) && troubleSubject(focus, keys, best, false) || sinceAsked.MatchString(focus) && sinceTold.MatchString(best.text()) && troubleSubject(focus, keys, best, true)) && score >= x.Floor {
		// "WHEN DID THE RUCKUS START IN THERE..WHAT DAY" of "Clashes
		// between gangs here began on Saturday": in a story of one
		// event, a beginning told with its day is when it started,
		// whatever word for trouble the asker uses; not "when did the
		// curfew start", a thing the sentence does not tell of. "since
		// when" is answered by a "since 2021" the same way.
		score = max(score, x.Threshold)
	}
	if alt := typedAlternative(ix, qt, best, neighbour, cands); alt != nil && !statement && score < x.Threshold {
		// One story, and the best sentence lacks the kind of answer asked
		// ("three cellblocks at the Penitenciaria del Litoral in the city
		// of Guayaquil" for "how many people died in the riot at the
		// Litoral jail in Guayaquil"): a sentence close behind that has
		// it is the answer, when it is sure enough to be one. A hedge
		// still shows the closest sentence.
		fa := features(ix, focus, qt, form, keys, total, alt, cands)
		if sa := answerability(fa); sa >= x.Threshold || oneStoryAnswer(ix, fa, alt) && sa >= x.Floor {
			best, f, score = alt, fa, max(sa, x.Threshold)
		}
	}
	if statement {
		// The person asked about is quoted: that quotation is the answer,
		// whatever words the question used for "say".
		score = max(score, x.Threshold)
	}
	ans.Answerability.Score = score
	ans.Answerability.Features = f
	ans.Answerability.Candidate = story.Clean(best.text())
	switch {
	case best.coverage < MinEvidence && (score < min(MinHedgeScore, x.Threshold) || best.coverage < MinEvidence/2 && score < x.Threshold) && !statement && !(form.YesNo && best.coverage >= MinEvidence/2):
		// Nothing is close: no passage to offer. A yes/no question gets
		// the closest passage sooner: "were any guards killed" is fairly
		// met by what the story says of the guards. A score that has
		// weighed the little coverage and still finds the sentence likely
		// is never overruled by coverage alone: at MinHedgeScore the
		// closest passage is offered, at the threshold it answers.
		abstain()
	case form.Same && !sameSaid(best.text()) && score >= x.Floor:
		// "Is that the same guy as the president?": a sentence naming
		// the president says nothing of whether another is he.
		hedge(ans, form, keys, best)
	case (form.YesNo || !whQ.MatchString(text.Fold(focus))) && !statement && (lightDeedUnsaid(focus, best.text()) || releaseUnsaid(focus, best.text())) && score >= x.Floor:
		// "did they let the esmeraldas guards go": the letting go is
		// what is asked, which the sentence of the guards held hostage
		// never tells; so too "... or are they still held" and "the
		// guards, dem don release them?", which ask it without opening as
		// yes or no.
		hedge(ans, form, keys, best)
	case form.YesNo && !statement && lacksOwnName(keys, best) && score >= x.Floor:
		// "Is Lasso running again in next month's election?" is not
		// settled by the sentence about next month's election: it never
		// names Lasso.
		hedge(ans, form, keys, best)
	case score >= x.Threshold && !(mustType[qt] && !best.typed && neighbour == nil) && !(form.WhyHow != "" && !reasonFor(form.WhyHow, best.text(), keys)) && !lacksKeyTerm(keys, total, best) && !(form.YesNo && lacksOwnWord(keys, best)):
		// A kind of answer is asked for and the sentence lacks it (a name,
		// and it names no one new: "who won the election" of a sentence
		// about the campaign; a count, and no number near what is counted),
		// or a why or how and it gives no cause or method: at best the
		// closest passage.
		x.answer(ans, qt, form, keys, total, best, cands, neighbour)
		if rs := x.rivals(ix, focus, qt, form, keys, total, best, cands); len(rs) > 0 && !form.YesNo {
			// Other stories answer as surely, and the question names
			// none of them ("when did the gangs start fighting" of a
			// corpus of prison riots): each, under its story, rather
			// than one picked for the asker.
			head := TwoStories
			if len(rs) == 2 {
				head = ThreeStories
			}
			txt := fmt.Sprintf("%s\n- %s: %s", head, storyLabel(best.p), ans.Text)
			for _, r := range rs {
				n := len(ans.Citations) + 1
				rt := story.Clean(r.text())
				if qt == question.Time {
					rt = resolveDates(rt, r.p.Date) // its own day, counted from its own story's date
				}
				txt += fmt.Sprintf("\n- %s: %s [%d]", storyLabel(r.p), rt, n)
				ans.Citations = append(ans.Citations, cite.Cite(n, r.p, r.sp.Start, r.sp.End))
			}
			ans.Text = txt
		}
	case form.YesNo && best.coverage >= yesNoOwn && score >= x.Floor && !lacksOwnWord(keys, best):
		// A yes/no question whose words a sentence holds itself is
		// settled by it: "were any guards killed" by "No guards or inmates
		// were killed in the escape".
		x.answer(ans, qt, form, keys, total, best, cands, neighbour)
	case score >= x.Floor || form.YesNo:
		// A yes/no question the passages don't settle gets what they do
		// say of its subject: "The stories don't say so. The closest ...".
		hedge(ans, form, keys, best)
	default:
		abstain()
	}
}

// askedSentence is the sentence of asked that holds focus, the question
// Split found in it (its first words), as written; asked when there is
// none or only one sentence.
func askedSentence(asked, focus string) string {
	fw := text.Words(focus)
	if len(fw) == 0 {
		return asked
	}
	fw = fw[:min(3, len(fw))]
	sents := text.Sentences(asked, 0, len(asked))
	if len(sents) < 2 {
		return asked
	}
	for _, sp := range sents {
		sw := text.Words(asked[sp.Start:sp.End])
		if len(sw) >= len(fw) && slices.Equal(sw[:len(fw)], fw) {
			return asked[sp.Start:]
		}
	}
	return asked
}

// releaseUnsaid reports a question asking of a release in its own verb
// ("dem don release them?", "have the hostages been freed") when the
// sentence tells none: no word with that verb's lemma, nor a WordNet
// synonym of "release", nor "rescue".
func releaseUnsaid(q, sentence string) bool {
	asked := false
	for _, w := range text.Words(q) {
		switch text.Lemma(strings.ToLower(w)) {
		case "release", "free", "liberate", "freed":
			asked = true
		}
	}
	if !asked {
		return false
	}
	for _, sw := range text.Words(sentence) {
		l := text.Lemma(strings.ToLower(sw))
		if l == "release" || l == "free" || l == "freed" || l == "liberate" || l == "rescue" || slices.Contains(text.Synonyms("release"), l) {
			return false
		}
	}
	return true
}

// lightDeedUnsaid reports a yes/no question whose deed is a light verb
// and a particle of leaving or release ("let ... go", "get out", "set
// free", "get away": the light verbs carry no key term of their own), when
// the sentence tells no such deed: neither the particle after a verb
// ("walked out", "let go"; a bare "go" only beside "let"), nor a WordNet
// synonym of the phrase ("exit", "escape") or of "release" ("freed"), nor
// "rescue". The particle may stand seven words after the verb ("let the
// 15 prison guards in esmeraldas go"); "go-ahead" is no going.
func lightDeedUnsaid(q, sentence string) bool {
	qw := text.Words(q)
	ql := strings.ToLower(q)
	held := map[string]bool{}
	for _, sw := range text.Words(sentence) {
		held[text.Lemma(sw)] = true
	}
	for i, w := range qw {
		l := text.Lemma(w)
		if l != "let" && l != "get" && l != "set" {
			continue
		}
		for j := i + 1; j < len(qw) && j <= i+7; j++ {
			p := qw[j]
			if !releaseParticles[p] || p == "go" && strings.Contains(ql, "go-ahead") {
				continue
			}
			if p == "go" && held["let"] && held["go"] || p != "go" && held[p] || held["rescue"] {
				return false
			}
			syns := append(text.PhrasalSynonyms(l, p), append(text.Synonyms("release"), "release")...)
			for _, x := range syns {
				if held[text.Lemma(x)] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// releaseParticles end a light verb's phrase of leaving or release.
var releaseParticles = map[string]bool{"go": true, "out": true, "free": true, "away": true, "loose": true}

// sameSaid reports a sentence that says two are one ("the same", "also
// known as", "who is also").
func sameSaid(txt string) bool { return sameRE.MatchString(text.Fold(txt)) }

var sameRE = regexp.MustCompile(`\b(same|also known as|known as|alias|who is also|is also)\b`)

// typedMargin is how far behind the best sentence's score a sentence with
// the kind of answer asked may be and still answer in its place
// (typedAlternative).
const typedMargin = 0.1

// typedAlternative is, in a corpus of one story, the best-scored sentence
// with the kind of answer a typed question asks for, when best lacks it
// (and no neighbour holds it) and that sentence scores within typedMargin
// of best; else nil. With more stories such a sentence may be another
// story's, and the best one's lack stands.
func typedAlternative(ix Index, qt question.Kind, best, neighbour *candidate, cands []*candidate) *candidate {
	if len(ix.Stories()) != 1 || !mustType[qt] || best.typed || neighbour != nil {
		return nil
	}
	var alt *candidate
	for _, c := range cands {
		if c.typed && (alt == nil || c.score > alt.score) {
			alt = c
		}
	}
	if alt == nil || alt.score < best.score-typedMargin {
		return nil
	}
	return alt
}

// oneStoryOwn is how much of the question's key-term weight a sentence
// must hold itself to answer a one-story corpus's question (oneStoryAnswer).
const oneStoryOwn = 0.7

// oneStoryAnswer reports a sentence that holds every key term of the
// question itself (the title's words counting as its own), most of their
// weight, and the kind of answer asked, in a corpus of one story (the
// embedded seed, a user's single file): "which prison was it" and "wich
// jail did the army storm" of "... at the Penitenciaria del Litoral". The
// score's doubts come from corpora of many stories, where a short question
// may be about any of them (its margin and passage rank); with one story
// there is no other it could be about.
func oneStoryAnswer(ix Index, f map[string]float64, best *candidate) bool {
	return oneStoryHeld(ix, f, best) && f["typed"] == 1
}

// oneStoryHeld reports a sentence that holds every key term of the
// question itself, most of their weight, in a corpus of one story:
// oneStoryAnswer for a question that asks no kind of answer ("what'd they
// find inside the place" of "Footage ... showed automatic weapons and
// ammunition seized from inside the prison").
func oneStoryHeld(ix Index, f map[string]float64, best *candidate) bool {
	return len(ix.Stories()) == 1 && f["complete"] == 1 && best.own >= oneStoryOwn
}

// missingShare is the weight share of one key term a passage may lack and
// its sentence still be the answer: "how many guards were killed in
// Esmeraldas" is not answered by the Esmeraldas hostage passage, which
// never says "killed" (a third of the question's weight).
const missingShare = 0.25

// lacksKeyTerm reports a known, common-noun key term of at least
// missingShare of the question's weight that neither the sentence nor its
// passage holds, nor any word for it.
func lacksKeyTerm(keys []keyTerm, total float64, best *candidate) bool {
	for _, k := range keys {
		if k.known && !k.proper && k.weight/total >= missingShare && best.covered[k.term] == 0 && best.context[k.term] == 0 {
			return true
		}
	}
	return false
}

// lacksOwnWord reports a common-noun key term that neither the sentence
// nor its passage holds, nor any word for it, however light: a yes/no
// question is settled only by a passage that says all of it ("did any of
// the guards die" is not settled by "inmates freed 22 guards they had held
// hostage"). A word no story uses at all counts too: "did any guards
// escape from the jail in Esmeraldas?" is not settled "Yes" by the
// sentence about the guards held hostage there, which never says
// "escape" (chat filler is gone before key terms are read).
//
// The words of a clause of time after the question's own (setting) say
// which event is meant in the asker's words: one of them in the passage
// is enough ("when they threw the fire bomb at the attorney general's
// office" of "a Molotov cocktail attack on its office").
func lacksOwnWord(keys []keyTerm, best *candidate) bool {
	settingHeld := slices.ContainsFunc(keys, func(k keyTerm) bool {
		return k.setting && (best.covered[k.term] > 0 || best.context[k.term] > 0)
	})
	for _, k := range keys {
		if !k.proper && best.covered[k.term] == 0 && best.context[k.term] == 0 && !(k.setting && settingHeld) {
			return true
		}
	}
	return false
}

// settingClauseRE is a clause of time after a question's own: "was
// anybody hurt when they threw the fire bomb at the office", "did anyone
// die while the army went in".
var settingClauseRE = regexp.MustCompile(`(?i)([\p{L}']+)\s+(?:when|while|during)\s+(.+)$`)

// askedWhen are the words after which "when" asks a question of its own
// rather than sets a time: "has the prison service said when the wall
// will be rebuilt".
var askedWhen = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("said say says saying know knows knew tell told tells explain explained reveal revealed confirm confirmed mention mentioned ask asked wonder clear sure idea unsure decide decided announce announced") {
		m[w] = true
	}
	return m
}()

// markSetting marks the key terms of focus's setting clause
// (settingClauseRE).
func markSetting(focus string, keys []keyTerm) {
	m := settingClauseRE.FindStringSubmatch(focus)
	if m == nil || askedWhen[strings.ToLower(m[1])] {
		return
	}
	clause := text.TermSet(m[2])
	for i := range keys {
		if clause[keys[i].term] {
			keys[i].setting = true
		}
	}
}

// otherPlace reports a name of the question that the sentence holds only
// as its story's setting (an answered yes/no question's names are the
// sentence's or its scene: lacksOwnName) while naming places of its own
// that its story's title does not ("the city of Manta"; not "one of the
// most dangerous in Ecuador" under a title set in Ecuador): the question's
// place is not the sentence's.
func otherPlace(keys []keyTerm, best *candidate) bool {
	for _, k := range keys {
		if k.known && k.proper && best.covered[k.term] == 0 {
			titled := termsOf(text.PlaceNames(best.p.Title))
			for t := range termsOf(text.PlaceNames(best.text())) {
				if !titled[t] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// lacksOwnName reports a name of the question, one the corpus uses, that
// the sentence does not hold itself (nor as the place its story is set
// in): a yes/no question about that name is not settled by it.
func lacksOwnName(keys []keyTerm, best *candidate) bool {
	for _, k := range keys {
		if k.known && k.proper && best.held(k.term) == 0 {
			return true
		}
	}
	return false
}

// ownsKnownTerms reports a sentence that itself holds every key term the
// corpus knows (or a word for it).
func ownsKnownTerms(keys []keyTerm, c *candidate) bool {
	for _, k := range keys {
		if k.known && c.covered[k.term] == 0 {
			return false
		}
	}
	return true
}

// mustType are the kinds of answer a sentence must hold to be given as the
// answer: a count (a number near what is counted), a duration, a name or a
// person. (Times and places are read too loosely for that: "began on
// Saturday" is a time, "here" a place.)
var mustType = map[question.Kind]bool{question.Number: true, question.Duration: true, question.Name: true, question.Person: true}

// answer writes the chosen sentence (and a second one of the same passage
// when it covers a good part of what the first left out) as the answer.
//
// neighbour, when not nil, is the sentence next to best that holds the kind
// of answer asked for (typedNeighbour): it is the second sentence.
func (x *Answerer) answer(ans *Answer, qt question.Kind, form question.Form, keys []keyTerm, total float64, best *candidate, cands []*candidate, neighbour *candidate) {
	chosen := []*candidate{best}
	// Sentences from elsewhere are not stitched together: that would be an
	// inference the stories don't make.
	second := neighbour
	var secondGainBest float64
	for _, c := range cands {
		if c == best || c.p != best.p || second != nil && closesQuoteOf(second, best) {
			continue
		}
		var gain float64
		for _, k := range keys {
			if extra := c.covered[k.term] - best.held(k.term); extra > 0 {
				gain += extra * k.weight / total
			}
		}
		if gain >= secondGain && gain > secondGainBest {
			second, secondGainBest = c, gain
		}
	}
	// A speaker line ("... SAYING:") is followed by what was said; the end
	// of a quotation ("... more dead," the director told radio.) is
	// preceded by its start.
	if t := strings.TrimSpace(best.text()); second == nil && strings.HasSuffix(t, ":") {
		second = next(cands, best)
	} else if second == nil && quoteTail(t) {
		second = prev(cands, best)
	}
	if second != nil {
		if second.sp.Start < best.sp.Start {
			chosen = []*candidate{second, best}
		} else {
			chosen = append(chosen, second)
		}
	}
	var sb strings.Builder
	if form.YesNo && len(form.Numbers) > 0 && !sharesNumber(form.Numbers, text.Numbers(fromSideRE.ReplaceAllString(best.text(), "to"))) {
		// "was the death toll 50": the sentence gives its own figure (31)
		// and says so; a "Yes:" would agree with the asker's. A change's
		// old figure is not the sentence's ("wasn't the toll 18?" of
		// "raised the death toll from 18 to 31").
	} else if form.YesNo && form.Magnitude != "" && !strings.Contains(text.Fold(best.text()), form.Magnitude) {
		// "were only some hundreds of troops sent in": "thousands of
		// heavily armed soldiers" gives its own magnitude, no yes.
	} else if form.YesNo && otherPlace(keys, best) {
		// "was it the mayor of Guayaquil who was shot": the sentence names
		// its own place ("the mayor of the city of Manta"), and the
		// asker's is only the story's setting; it says which, not yes.
	} else if form.YesNo {
		// The sentence answers the yes/no question; it says no when it
		// negates what the question doesn't ("No guards were killed").
		if question.Negates(text.Fold(best.text())) || noneRE.MatchString(best.text()) {
			if !form.Negated {
				sb.WriteString("No: ")
			}
		} else {
			sb.WriteString("Yes: ")
		}
	}
	for i, c := range chosen {
		if i > 0 {
			sb.WriteByte(' ')
		}
		n := i + 1
		txt := story.Clean(c.text())
		if qt == question.Time {
			txt = resolveDates(txt, c.p.Date)
		}
		fmt.Fprintf(&sb, "%s [%d]", txt, n)
		ans.Citations = append(ans.Citations, cite.Cite(n, c.p, c.sp.Start, c.sp.End))
	}
	ans.Text = sb.String()
}

// typedNeighbour is the sentence right before or after best in its passage
// that holds the kind of answer a typed question wants (a count, a
// duration, a name, a person, a time) when best itself lacks it, and that
// holds some of the question itself; nil otherwise. The lede names "a gang
// leader" sentenced "to 34 years", the next sentence names him: together
// they answer "how long did El Tigre get".
func typedNeighbour(qt question.Kind, best *candidate, cands []*candidate) *candidate {
	if best.typed || !(mustType[qt] || qt == question.Time) {
		return nil
	}
	var out *candidate
	for i, n := range []*candidate{prev(cands, best), next(cands, best)} {
		if n == nil || !n.typed {
			continue
		}
		// A quotation's speaker is named where it closes: "We entered
		// without firing a single shot. The inmates surrendered ...,"
		// Benitez told reporters; that may be the next chunk of the story.
		speaker := i == 1 && qt == question.Person && closesQuoteOf(n, best)
		if speaker {
			return n
		}
		if n.p != best.p {
			continue
		}
		// News names late: the lede says "a gang leader" was sentenced
		// to 34 years, the sentence after it names him. A sentence that
		// holds the whole question itself takes the count or duration of
		// the sentence before it even when that shares no word with the
		// question ("how long did El Tigre get"); a time or a name is too
		// often another event's or person's.
		if n.own == 0 && !(i == 0 && best.own == 1 && (qt == question.Number || qt == question.Duration)) {
			continue
		}
		if out == nil || n.own > out.own {
			out = n
		}
	}
	return out
}

// countedByNeighbour marks the features typed when a count or a duration
// is asked for and the answer will hold it in its second sentence, the
// typed neighbour: "how many years did El Tigre get" is answered by the
// sentence that names him and the lede before it, "sentenced a gang leader
// to 34 years". A name or a person next door is left as it is: a name
// beside a sentence is too often someone else's.
func countedByNeighbour(qt question.Kind, neighbour *candidate, f map[string]float64) {
	if neighbour != nil && (qt == question.Number || qt == question.Duration) && f["untyped"] == 1 {
		f["untyped"], f["typed"] = 0, 1
	}
}

// dateline answers "when did this happen" with the date of the story the
// best passage comes from, cited as the bytes of the date in its header.
func dateline(ix Index, ans *Answer) bool {
	st := StoryOf(ix, ans.Passages[0].Source)
	if st == nil || st.Date == "" {
		return false
	}
	i := strings.Index(st.Text, st.Date)
	d, err := time.Parse("2006-01-02", st.Date)
	if i < 0 || err != nil {
		return false
	}
	c := cite.Citation{N: 1, Source: st.Source, Title: st.Title, Date: st.Date, Start: i, End: i + len(st.Date), Quote: st.Date}
	ans.Text = fmt.Sprintf("The story is dated %s [1].", d.Format("Monday 2 January 2006"))
	ans.Citations = []cite.Citation{c}
	return true
}

// MinEvidence is the least share of the question's key terms (weighted by
// rarity) that the best sentence and its passage must cover for the bot to
// offer anything, answer or closest passage; below it, "The stories don't
// say.".
const MinEvidence = 0.5

// MinHedgeScore is the answerability score at which a sentence covering
// less than MinEvidence, but at least half of that, is still offered as
// the closest passage: chatty questions cover little of themselves ("there
// was talk of prison officers being took hostage as well in some other
// town up the country, how many of them poor divils was it"), and the
// score has weighed that. A sentence covering less than half of it is
// offered only at the threshold: "how long is the curfew" is not met by
// the "60-day state of emergency" sentence that shares none of its words.
// Chosen on the tuning writers: with it, the seed's answerable questions
// given a hedge holding the answer rose from 19 to 33 of 367 (refused 57
// -> 40), unanswerable ones refused or hedged stayed 234 of 246; on the
// news corpus 124 -> 138 such hedges, wrong answers 93 unchanged,
// unanswerable answered 60 -> 61; below 0.3 the news corpus began to
// answer wrongly.
const MinHedgeScore = 0.3

// The openings of a hedge: an abstention that still shows the closest
// passage, cited, so a person can judge.
const (
	Hedge   = "I couldn't find a direct answer. The closest passage:"
	HedgeNo = "The stories don't say so. The closest they come:"
)

// sharesNumber reports a number of asked among given.
func sharesNumber(asked, given []string) bool {
	return slices.ContainsFunc(asked, func(n string) bool { return slices.Contains(given, n) })
}

// fromSideRE is the old side of a change, "from 18 to": what the figure
// was, not what it is.
var fromSideRE = regexp.MustCompile(`(?i)\bfrom\s+(?:about\s+|around\s+|some\s+)?(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+to\b`)

var noneRE = regexp.MustCompile(`(?i)\b(no|none|nobody|no one|neither|nor)\b`)

// hedge gives the closest passage, marked as no direct answer, so a person
// can judge; in JSON it counts as an abstention.
func hedge(ans *Answer, form question.Form, keys []keyTerm, best *candidate) {
	var missing []string
	for _, k := range keys {
		if best.context[k.term] == 0 && k.known {
			missing = append(missing, k.term)
		}
	}
	lead := Hedge + " "
	if form.YesNo && len(missing) > 0 {
		lead = HedgeNo + " "
	}
	ans.Text = fmt.Sprintf("%s%s [1]", lead, story.Clean(best.text()))
	ans.Abstained = true
	ans.Citations = []cite.Citation{cite.Cite(1, best.p, best.sp.Start, best.sp.End)}
}

func (c *candidate) text() string {
	return c.p.Text[c.sp.Start-c.p.Start : c.sp.End-c.p.Start]
}

// next is the sentence after c in the same passage, if any.
// next is the sentence that follows c in its story, among the candidates
// (overlapping passages share sentences, each kept once, so it may belong
// to another passage object).
func next(cands []*candidate, c *candidate) *candidate {
	var out *candidate
	for _, d := range cands {
		if d.p.Source == c.p.Source && d.sp.Start >= c.sp.End && (out == nil || d.sp.Start < out.sp.Start) {
			out = d
		}
	}
	return out
}

// prev is the sentence before c in its story, among the candidates.
func prev(cands []*candidate, c *candidate) *candidate {
	var out *candidate
	for _, d := range cands {
		if d.p.Source == c.p.Source && d.sp.End <= c.sp.Start && (out == nil || d.sp.Start > out.sp.Start) {
			out = d
		}
	}
	return out
}

// opensQuote reports a sentence that opens with a quotation mark.
func opensQuote(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(t))
	return r == '"' || r == '“'
}

// closesQuoteOf reports that n closes the quotation best opens and leaves
// open: the sentence that names its speaker.
func closesQuoteOf(n, best *candidate) bool {
	return n.sp.Start > best.sp.Start && opensQuote(best.text()) && !quoteTail(best.text()) && quoteTail(n.text())
}

// officeHolder is the sentence to answer a question for an office's holder
// with, read with the words of the other sentences of its story about the
// person it names: "whos the prison boss guy flexing about human rights"
// is answered by "Guillermo Rodriguez is the general director of Ecuador's
// prison authority", and the human rights are in the quotation his
// soundbite line opens. A sentence is about him when it names him as that
// sentence does or opens the quotation of a speaker line naming him (a
// quotation's later sentences are not read). When
// the best sentence names someone without the office ("Maria Vanterpool
// said the raid respected human rights"), the sentence of its story that
// names her holding it answers.
func officeHolder(best *candidate, cands []*candidate, keys []keyTerm, total float64, role string) *candidate {
	holder := best
	if !best.typed {
		words := wordLine(best.text())
		for _, c := range cands {
			if c.typed && c.p.Source == best.p.Source && (holder == best || c.score > holder.score) && mentions(words, personMentions(c.text(), role)) {
				holder = c
			}
		}
	}
	names := personMentions(holder.text(), role)
	if len(names) == 0 {
		return best
	}
	about := func(c *candidate) bool { return mentions(wordLine(c.text()), names) }
	for _, c := range cands {
		if c == holder || c.p.Source != holder.p.Source {
			continue
		}
		if sp := prev(cands, c); !about(c) && !(opensQuote(c.text()) && speakerLine(sp) && about(sp)) {
			continue
		}
		for _, k := range keys {
			lent, had := c.covered[k.term], holder.covered[k.term]
			if lent <= had {
				continue
			}
			was := max(had, contextShare*holder.context[k.term], storyShare*lent)
			holder.covered[k.term] = lent
			holder.own += (lent - had) * k.weight / total
			holder.coverage += (lent - was) * k.weight / total
		}
	}
	return holder
}

// wordLine is a sentence's folded words, each between spaces.
func wordLine(txt string) string { return " " + strings.Join(text.Words(txt), " ") + " " }

// mentions reports whether a sentence's wordLine holds one of the names.
func mentions(line string, names []string) bool {
	for _, n := range names {
		if strings.Contains(line, " "+n+" ") {
			return true
		}
	}
	return false
}

// personMentions is the folded name of the person a sentence gives the
// role (the name nearest the role's word; the first when the sentence
// lacks it), as it may be named again. A name is two capitalised words,
// or two in capitals, that hold no stop word and one word WordNet has no
// entry for: "Guillermo Rodriguez", "GUILLERMO RODRIGUEZ"; not "On
// Monday", "PRISON AGENCY" or "GENERAL DIRECTOR". "Jonas Abramczyk named
// Maria Vanterpool director" gives the director's role to her.
func personMentions(txt, role string) []string {
	at := -1
	if role != "" {
		at = strings.Index(strings.ToLower(txt), role)
	}
	best, dist := "", -1
	first := true
	for _, sp := range question.PersonNames(txt) {
		ws := text.Words(txt[sp[0]:sp[1]])
		if slices.ContainsFunc(ws, func(w string) bool { return text.Terms(w) == nil }) {
			continue
		}
		if !slices.ContainsFunc(ws, func(w string) bool {
			return len(text.Synonyms(w)) == 0 && len(text.Related(w)) == 0 && text.Lemma(w) == w
		}) {
			continue
		}
		if at < 0 || first && subjectOfCopula(txt[sp[1]:]) {
			// the first name, the subject of "is the director" ("Maria
			// Vanterpool, appointed by Jonas Abramczyk, is the director")
			return []string{strings.Join(ws, " ")}
		}
		first = false
		d := at - sp[1] // a name before the role ("Maria Vanterpool is the director")
		if sp[0] > at {
			d = sp[0] - at - len(role) // after it ("director Maria Vanterpool"): a tie goes to it
		}
		if dist < 0 || d < dist || d == dist && sp[0] > at {
			best, dist = strings.Join(ws, " "), d
		}
	}
	if best == "" {
		return nil
	}
	return []string{best}
}

// subjectOfCopula reports text after a name going on with its verb of
// being, past an aside between commas: ", appointed by X in May, is the
// director", " was the mayor".
func subjectOfCopula(rest string) bool {
	rest = strings.TrimSpace(rest)
	if strings.HasPrefix(rest, ",") {
		if i := strings.Index(rest[1:], ","); i >= 0 {
			rest = strings.TrimSpace(rest[i+2:])
		}
	}
	w := strings.Fields(strings.ToLower(rest))
	return len(w) > 0 && (w[0] == "is" || w[0] == "was" || w[0] == "remains" || w[0] == "became" || w[0] == "has" && len(w) > 1 && w[1] == "been")
}

// speakerLine reports a sentence that names a person and introduces what
// follows: "... GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING:".
func speakerLine(c *candidate) bool {
	return c != nil && c.typed && strings.HasSuffix(strings.TrimSpace(c.text()), ":")
}

// quoteTail reports a sentence that closes a quotation it did not open.
func quoteTail(t string) bool {
	opens := strings.Count(t, "“")
	closes := strings.Count(t, "”")
	straight := strings.Count(t, "\"")
	first, _ := utf8.DecodeRuneInString(t)
	return closes > opens || straight%2 == 1 && first != '"'
}

func anySynonymKnown(ix Index, term string) bool {
	for _, s := range text.StemSynonyms(term) {
		if ix.DocFreq(s) > 0 {
			return true
		}
	}
	return false
}

// reading is a question read for answering: its key terms and their total
// weight, the kind of answer wanted (and the role whose holder is asked
// for), and its form.
type reading struct {
	// counted is what a count question counts (question.Counted), and
	// countDeed what befell it when the question says ("how many inmates
	// died": question.CountDeed).
	counted, countDeed map[string]bool
	// claimedCount: counted is read off a number the question states
	// ("the prison holds 40k inmates??"), which may be a capacity.
	claimedCount bool
	// presence: the question counts what is somewhere
	// (question.PresenceCount).
	presence bool
	// placeOf: the question asks the town or country a thing is in
	// (question.PlaceOfThing).
	placeOf bool
	// deed is the deed a "who shot the mayor" question asks the doer of
	// (question.DeedTerms).
	deed map[string]bool
	// roleDeed is what a relative clause says the office's holder did
	// ("the attorney general who announced the toll"), as DeedTerms
	roleDeed map[string]bool
	// storyTerms caches the terms of each story a passage comes from.
	storyTerms map[string]map[string]bool
	// storySents caches the term sets of each such story's sentences, and
	// storyLede where its first sentence starts.
	storySents map[string][]map[string]bool
	storyLede  map[string]int
	// storyBack caches what each such story's sentences name (back).
	storyBack map[string]*storyBack
	// trace reads the candidates' features the score does not weigh.
	trace bool
	// oneEvent is a count question that asks over no stretch of time.
	oneEvent bool
	// saidBy is a question for who said something (question.SaidBy).
	saidBy bool
	// countSaid is, of a question for who gave a count ("who announced
	// the number of dead"), what is counted: the sentence giving the
	// count says who gave it.
	countSaid map[string]bool
	// deathsOf is a count of the deaths of people the question names
	// (question.AsksDeathsOf); deadOf caches, by story, whether the story
	// counts deaths among them only over a stretch of time
	// (countsDeadOf).
	deathsOf bool
	// tollWhole: a count of the dead that asks no part of them
	// (question.AsksTollWhole)
	tollWhole bool
	deadOf    map[string]bool
	// percent is a count question for a percentage (question.AsksPercent).
	percent bool
	// capacity: the question asks how many a place can hold
	// (question.AsksCapacity).
	capacity bool
	// harmed: the question asks who died or was hurt ("were any
	// soldiers or cops killed"): a title naming the soldiers says
	// nothing of their harm.
	harmed bool
	focus  string
	keys   []keyTerm
	total  float64
	qt     question.Kind
	role   string
	// person is a question for a person, whether or not by an office
	// ("who's the prison boss").
	person bool
	form   question.Form
}

// withoutTerms is keys without the terms of words, unless nothing would be
// left.
func withoutTerms(keys []keyTerm, words string) []keyTerm {
	drop := text.TermSet(words)
	var out []keyTerm
	for _, k := range keys {
		if !drop[k.term] {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return keys
	}
	return out
}

// countedNarrower lends a counted thing no story names the stories'
// closed compounds ending on its word that WordNet relates to it
// (question.Vocabulary.Narrower: "cellblocks" of "how many blocks"), a
// kind of it whose count answers: as an alternative of its key term and
// as a counted term. Only the counted thing: elsewhere such a word's
// sense may stray.
func countedNarrower(ix Index, voc *question.Vocabulary, focus string, keys []keyTerm, counted map[string]bool) {
	words := text.Words(focus)
	for wi, w := range words {
		ts := text.Terms(w)
		if len(ts) != 1 || !counted[ts[0]] || ix.DocFreq(ts[0]) > 0 {
			continue
		}
		if wi+1 < len(words) && (words[wi+1] == "away" || words[wi+1] == "from" || words[wi+1] == "of") {
			continue // "how many blocks away": a distance; "blocks of houses": of another thing
		}
		i := slices.IndexFunc(keys, func(k keyTerm) bool { return k.term == ts[0] && !k.proper })
		if i < 0 {
			continue
		}
		k := &keys[i]
		for _, c := range voc.Narrower(w) {
			for _, t := range text.Terms(c) {
				if ix.DocFreq(t) == 0 {
					continue
				}
				if k.alts == nil {
					k.alts = map[string]float64{}
				}
				// a kind of the thing counted, whose count is the count
				// asked: its word, as the stories' own
				k.alts[t] = 1
				k.known, k.weight = true, min(k.weight, ix.IDF(t))
				counted[t] = true
			}
		}
	}
}

// ellipticWords is the most words a question after a statement may have
// and still lean on it for its topic ("Which hours exactly?", "How many
// wounded?").
const ellipticWords = 3

// readQuestion reads asked (after Embedded and Split) for answering, with a
// leaning follow-up's subject.
func readQuestion(ix Index, voc *question.Vocabulary, asked, subject string) *reading {
	focus, claims := question.Split(asked)
	keys := keyTerms(ix, voc, focus)
	keys = aside(ix, voc, focus, keys)
	keys = remark(focus, keys)
	markSetting(focus, keys)
	if subject != "" {
		keys = withSubject(keys, keyTerms(ix, voc, subject))
	}
	if claims != "" && strings.HasSuffix(strings.TrimSpace(asked), strings.TrimSpace(focus)) && question.ChecksBack(focus) {
		// "I have the death toll in my notes as 18. Is that still the
		// number or did it change?": the question checks the statement
		// before it, whose words the stories use are its topic
		for _, k := range keyTerms(ix, voc, claims) {
			if k.known && !slices.ContainsFunc(keys, func(o keyTerm) bool { return o.term == k.term }) {
				keys = append(keys, k)
			}
		}
	} else if claims != "" && len(strings.Fields(focus)) <= ellipticWords && strings.HasSuffix(strings.TrimSpace(asked), strings.TrimSpace(focus)) {
		// A question of a few words after a statement leans on it for its
		// topic, as a follow-up leans on the last turn ("The curfew in
		// Duran in August. Which hours exactly?"), and its words count as
		// a follow-up's subject does (withSubject): they say which story,
		// the question's own words pick the sentence.
		keys = withSubject(keys, keyTerms(ix, voc, claims))
	} else if !slices.ContainsFunc(keys, func(k keyTerm) bool { return k.known }) {
		// "Where did it happen?" after a statement: take the topic, not the
		// claims, from the statement: only the words the corpus knows.
		// So when the question's own words are none the stories use
		// ("The government declared a state of emergency. How long is it
		// meant to last?").
		for _, k := range keyTerms(ix, voc, claims) {
			if k.known {
				k.proper = false
				keys = append(keys, k)
			}
		}
	}
	qt := question.Wanted(focus)
	person := qt == question.Person
	role := ""
	if r, words := question.Office(text.Fold(focus)); r != "" {
		qt, role = question.Name, r // "who is the mayor of Manta" asks for a name
		// "who runs the prisons": the sentence names the office ("the
		// general director of Ecuador's prison authority"), not the
		// running.
		keys = withoutTerms(keys, words)
	} else if r := question.NamedRole(text.Fold(focus)); r != "" {
		qt, role = question.Name, r // "what was the mayor's name": a name next to "mayor"
	}
	if words := question.RoleAsked(text.Fold(focus)); words != "" {
		// "what position does Guillermo Rodriguez hold": who he is, told
		// by the sentence that names him, whatever it calls his post;
		// only of a question that, without its role words, names the
		// person alone ("what was Rodriguez's role in the riot", "Lasso's
		// job before he became president" ask more)
		if rest := withoutTerms(keys, words); len(rest) < len(keys) && !slices.ContainsFunc(rest, func(k keyTerm) bool { return !k.proper || !k.known }) {
			keys = rest
		}
	}
	claimed := false // the question's kind is a number it states
	if qt == question.General {
		// "Confirm that 200 people died", "it lasts 90 days": a number to
		// check wants a sentence with the true number.
		qt = question.ClaimKind(focus)
		claimed = qt != question.General
		// "only some hundreds of troops went in?": the magnitude is the
		// claim's figure, no topic
		keys = withoutTerms(keys, question.MagnitudeClaim(focus))
	}
	if qt == question.Time {
		keys = withoutTimeWords(keys)
	}
	var countSaid map[string]bool
	if person {
		countSaid = question.Counted(focus)
	}
	if countSaid != nil {
		// "who announced the number of dead": whoever gave the count,
		// however the story tells it ("raised the death toll"); the
		// verb of saying is no topic.
		for _, w := range text.Words(focus) {
			if text.IsSpeechVerb(w) {
				keys = withoutTerms(keys, w)
			}
		}
	}
	// The form is read before instructions are stripped: "what did he say"
	// loses its "say" to them; of the sentence asked, not of a greeting
	// before it ("Good evening. Did those guards get let go?").
	form := question.FormOf(askedSentence(asked, focus))
	var counted map[string]bool
	claimedCount := false
	if qt == question.Number {
		// "what is the latest figure": the words ask for the figure,
		// the sentence that gives it need not hold them.
		keys = withoutTerms(keys, question.CountAsked(text.Fold(focus)))
		counted = question.Counted(focus)
		if counted == nil && claimed {
			// "50 people died in that jail": the claim's number says
			// what is counted
			counted = question.ClaimCounted(focus)
			claimedCount = counted != nil
		}
		countedNarrower(ix, voc, focus, keys, counted)
	}
	var total float64
	for _, k := range keys {
		total += k.weight
	}
	rq := &reading{focus: focus, keys: keys, total: total, qt: qt, role: role, person: person, form: form, storyTerms: map[string]map[string]bool{}, storySents: map[string][]map[string]bool{}, storyLede: map[string]int{}}
	rq.placeOf = qt == question.Place && question.PlaceOfThing(focus)
	if qt == question.Number {
		rq.oneEvent = !question.AsksOverPeriod(focus)
		rq.percent = question.AsksPercent(focus)
		rq.capacity = question.AsksCapacity(focus)
		rq.counted, rq.claimedCount = counted, claimedCount
		rq.countDeed = question.CountDeed(focus)
		rq.presence = question.PresenceCount(focus)
		// a claim's count in a question for something else ("in which
		// city were 2,000 Huguenots killed") is no count asked
		rq.deathsOf = question.AsksDeathsOf(focus, counted) && !(claimedCount && whQ.MatchString(text.Fold(focus)))
		rq.tollWhole = question.AsksTollWhole(focus)
	}
	rq.saidBy = qt == question.Person && question.SaidBy(focus)
	rq.countSaid = countSaid
	rq.harmed = qt != question.Number && (question.HarmCount(focus) || dieRE.MatchString(focus)) && !harmDoneRE.MatchString(text.Fold(focus))
	if d := question.RoleDeed(focus, role); role != "" && d != "" {
		rq.roleDeed = question.DeedTerms(d)
	}
	if d := question.Deed(focus); qt == question.Person && d != "" && !(countSaid != nil && text.IsSpeechVerb(d)) {
		rq.deed = question.DeedTerms(d)
	}
	return rq
}

// leadShare is how much a word of what the asker says before the
// question proper (question.Lead) counts, when the question names
// something of its own and does not point back at it: "the candidates
// promise to fix the prisons, when are the elections?" asks about the
// elections.
const leadShare = 0.25

// aside weighs the key terms only the lead before the question holds
// (question.Lead) at leadShare: what the asker heard or thinks ("first I
// heard 18 dead and then it jumped - what's the final death toll") is
// context, not what the answer must say. A question that points back at
// the lead ("there was another jail too, what town was that in") or holds
// no known term of its own is read whole.
func aside(ix Index, voc *question.Vocabulary, focus string, keys []keyTerm) []keyTerm {
	at := question.Lead(focus)
	if at == 0 {
		return keys
	}
	ask := focus[at:]
	// "so which city is that prison in": the "so" goes on from the lead,
	// not from a last turn; whether the question points back at the lead
	// is read without it
	if !question.AsidesVoice(focus[:at]) || voc.LeansOn(text.StripLead(ask)) {
		return keys
	}
	own := text.TermSet(ask)
	knownOwn := false
	for _, k := range keys {
		if own[k.term] && k.known {
			knownOwn = true
		}
	}
	if !knownOwn {
		return keys
	}
	out := make([]keyTerm, 0, len(keys))
	for _, k := range keys {
		if !own[k.term] {
			if !k.known && !k.proper {
				continue // "I heard", "my wife swears": no story's word, no topic
			}
			k.weight *= leadShare
		}
		out = append(out, k)
	}
	return out
}

// remark drops the key terms only the asker's remark after the question
// holds (question.Tail) that no story uses: "what city was the prison in
// now, it was one of the big ones on the coast I think but I couldn't
// catch the name of it with the kettle going" asks which city, whatever
// the kettle. Its words a story uses still count ("how many died, in
// Guayaquil?"), and keys left with no known term are kept as they were.
func remark(focus string, keys []keyTerm) []keyTerm {
	at := question.Tail(focus)
	if at >= len(focus) {
		return keys
	}
	head := text.TermSet(focus[:at])
	out := make([]keyTerm, 0, len(keys))
	known := false
	for _, k := range keys {
		if !head[k.term] && !k.known && !k.proper {
			continue
		}
		known = known || k.known
		out = append(out, k)
	}
	if !known {
		return keys
	}
	return out
}

// withoutTimeWords drops from a when-question's key terms the words of
// time it offers as a guess ("when did the fighting start, this
// weekend?", "was it on monday"): the answer's time is what is asked, so
// they say nothing of which sentence tells it. Keys left with none are
// kept as they were.
func withoutTimeWords(keys []keyTerm) []keyTerm {
	var out []keyTerm
	for _, k := range keys {
		if !text.IsTimeWord(k.term) && !timeSpans[k.term] {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return keys
	}
	return out
}

// timeSpans are words of a stretch of time, stemmed as key terms are.
var timeSpans = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("weekend weekends week weeks month months morning night evening afternoon today yesterday tonight") {
		m[text.Stem(w)] = true
	}
	return m
}()

// placeBackWindow is how many sentences back a "here" or "there" may
// point: the place is named just before ("... at the Penitenciaria del
// Litoral in the city of Guayaquil. Footage ... showed weapons seized from
// inside the prison. Clashes between gangs here began on Saturday").
const placeBackWindow = 2

// storyBack is what the sentences of one story name, for reading a
// sentence with those before it: read once per story and question, each
// sentence's readings made when first asked for.
type storyBack struct {
	text  string
	spans []text.Span
	at    map[int]int // a sentence's start -> its index
	// by reading (backWords, backPlaces, backCapitals), each sentence's terms
	read [3][]map[string]bool
	// lede is the places the first ledeSentences sentences name, read once
	// (ledePlaces).
	lede map[string]bool
	// things caches thingNamed by sentence start and head.
	things map[thingAt]map[string]bool
}

type thingAt struct {
	start int
	head  string
}

const (
	backWords    = iota // all its words
	backPlaces          // the places it names (text.PlaceNames)
	backCapitals        // the words it writes with a capital (capitalNames)
)

// statesNumberOf reports a number the question states that the sentence
// holds: "from 31 dead how much was prisoners" of "... from 18 to 31".
func statesNumberOf(asked, txt string) bool {
	for _, n := range questionNumbers.FindAllString(asked, -1) {
		if slices.Contains(text.Words(txt), n) {
			return true
		}
	}
	return false
}

// countsDeadOf reports the story of source holding a sentence that counts
// deaths among the people the question counts (question.DeathsCountedOf),
// each over a stretch of time ("claiming the lives of hundreds of
// prisoners since 2021"): one counting them in one event ("a fire killed
// 17 inmates") answers a count of them before a death toll that names
// no one.
func (rq *reading) countsDeadOf(ix Index, source string) bool {
	if v, ok := rq.deadOf[source]; ok {
		return v
	}
	if rq.deadOf == nil {
		rq.deadOf = map[string]bool{}
	}
	found := false
	if b := rq.back(ix, source); b != nil {
		for _, sp := range b.spans {
			if txt := b.text[sp.Start:sp.End]; question.DeathsCountedOf(txt, rq.counted) {
				if !question.OverPeriod(txt) {
					// "a fire killed 17 inmates": the story counts
					// them by name, and that sentence answers
					found = false
					break
				}
				found = true
			}
		}
	}
	rq.deadOf[source] = found
	return found
}

// back is the storyBack of the story of source, nil when there is none.
func (rq *reading) back(ix Index, source string) *storyBack {
	if rq.storyBack == nil {
		rq.storyBack = map[string]*storyBack{}
	}
	b, ok := rq.storyBack[source]
	if ok {
		return b
	}
	if s := StoryOf(ix, source); s != nil {
		b = &storyBack{text: s.Text, spans: story.BodySentences(s), at: map[int]int{}}
		for i, sp := range b.spans {
			b.at[sp.Start] = i
		}
		for k := range b.read {
			b.read[k] = make([]map[string]bool, len(b.spans))
		}
	}
	rq.storyBack[source] = b
	return b
}

// before is the union of one reading of the placeBackWindow sentences
// before the one starting at start: the places they name, what a "here"
// or "there" in it may stand for; their capitalised words, what "The
// curfew" of a curfew they tell of is about; all their words, where "The
// curfew" looks for its curfew. Nil when the sentence is not the story's.
func (b *storyBack) before(start, reading int) map[string]bool {
	if b == nil {
		return nil
	}
	i, ok := b.at[start]
	if !ok {
		return nil
	}
	out := map[string]bool{}
	for k := max(0, i-placeBackWindow); k < i; k++ {
		m := b.read[reading][k]
		if m == nil {
			sent := b.text[b.spans[k].Start:b.spans[k].End]
			switch reading {
			case backWords:
				m = text.TermSet(sent)
			case backPlaces:
				m = termsOf(text.PlaceNames(sent))
			default:
				m = termsOf(capitalNames(sent))
			}
			b.read[reading][k] = m
		}
		for t := range m {
			out[t] = true
		}
	}
	return out
}

// thingNamed is the words of the places the placeBackWindow sentences
// before the one starting at start name as a head's kind of thing: "the
// Penitenciaria del Litoral" or "the Litoral prison" for "prison" (its
// word or a synonym in the name or right after it), not "Guayaquil" nor
// "Esmeraldas". Nil when the sentence is not the story's or none does.
func (b *storyBack) thingNamed(start int, head string) map[string]bool {
	if b == nil {
		return nil
	}
	i, ok := b.at[start]
	if !ok {
		return nil
	}
	if m, ok := b.things[thingAt{start, head}]; ok {
		return m // overlapping chunks share the sentence
	}
	kind := func(t string) bool { return t == head || slices.Contains(text.StemSynonyms(head), t) }
	var out map[string]bool
	for k := max(0, i-placeBackWindow); k < i; k++ {
		sent := b.text[b.spans[k].Start:b.spans[k].End]
		for _, name := range text.PlaceNames(sent) {
			terms := text.Terms(name)
			named := slices.ContainsFunc(terms, kind)
			if at := strings.Index(sent, name); !named && at >= 0 {
				// "the Litoral prison": the kind right after the name
				next := text.Terms(sent[at+len(name):])
				named = len(next) > 0 && kind(next[0])
			}
			if !named {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			for _, t := range terms {
				out[t] = true
			}
		}
	}
	if b.things == nil {
		b.things = map[thingAt]map[string]bool{}
	}
	b.things[thingAt{start, head}] = out
	return out
}

// held is how much the sentence holds term t: its own share, or
// sceneShare for a place its story's lede sets it in.
func (c *candidate) held(t string) float64 {
	if c.covered[t] == 0 && c.scene[t] {
		return sceneShare
	}
	return c.covered[t]
}

// placeWordTerms are the kinds of place a question asks for, no thing it
// asks the place of.
var placeWordTerms = text.TermSet("city town country province region place")

// placeAfterThing reports a place named within placeReach words after a
// word of a thing the question asks the place of (a common-noun key term
// or a word for it): "the Penitenciaria del Litoral in the city of
// Guayaquil". True when the question names no such thing.
func placeAfterThing(txt string, keys []keyTerm) bool {
	things := false
	toks := strings.Fields(txt)
	terms := make([]map[string]bool, len(toks)) // each word's first term, read once
	for i, tok := range toks {
		if ts := text.Terms(text.Fold(strings.Trim(tok, ",.;:!?\"'()“”‘’"))); len(ts) > 0 {
			terms[i] = map[string]bool{ts[0]: true}
		}
	}
	for _, k := range keys {
		if k.proper || placeWordTerms[k.term] {
			continue
		}
		things = true
		for i := range toks {
			if terms[i] == nil || k.share(terms[i]) == 0 {
				continue
			}
			for j := i + 1; j < len(toks) && j <= i+placeReach; j++ {
				if (toks[j] == "in" || toks[j] == "at" || toks[j] == "of") && j+1 < len(toks) && question.PlaceNamedAt(strings.Join(toks[j:min(len(toks), j+6)], " ")) {
					return true
				}
			}
		}
	}
	return !things
}

// placeReach is how many words after a thing its place may stand: "the
// Penitenciaria del Litoral in the city of Guayaquil".
const placeReach = 4

// ledePlaces is the places the story's lede names (its first
// ledeSentences sentences): where the story happens, as a dateline says.
func (b *storyBack) ledePlaces() map[string]bool {
	if b == nil {
		return nil
	}
	if b.lede == nil {
		b.lede = map[string]bool{}
		for k := 0; k < ledeSentences && k < len(b.spans); k++ {
			for t := range termsOf(text.PlaceNames(b.text[b.spans[k].Start:b.spans[k].End])) {
				b.lede[t] = true
			}
		}
	}
	return b.lede
}

// ledeSentences is how many of a story's first sentences set its scene.
const ledeSentences = 3

// termsOf is the terms of the phrases.
func termsOf(phrases []string) map[string]bool {
	m := map[string]bool{}
	for _, p := range phrases {
		for t := range text.TermSet(p) {
			m[t] = true
		}
	}
	return m
}

// definiteHead is the stemmed noun of a sentence opening on "The X" ("The
// curfew, from 10 p.m. ..."), or "".
func definiteHead(txt string) string {
	rest, ok := strings.CutPrefix(txt, "The ")
	if !ok {
		return ""
	}
	if end := strings.IndexAny(rest, " ,.;:"); end >= 0 {
		rest = rest[:end]
	}
	if ts := text.Terms(rest); len(ts) > 0 {
		return ts[0]
	}
	return ""
}

// theTitleThing is the stemmed noun of a sentence that speaks of the
// thing its story's title is about as known ("seized from inside the
// prison" of a story titled "... retake a rioting prison in Ecuador"),
// or "".
func theTitleThing(txt string, title map[string]bool) string {
	// Most sentences have no "the" before a title word: looked for
	// first by the stem's first letters, without allocating.
	near := false
	for t := range title {
		p := t[:min(4, len(t))]
		if strings.Contains(txt, "the "+p) || strings.Contains(txt, "The "+p) {
			near = true
			break
		}
	}
	if !near {
		return ""
	}
	for _, m := range theNounRE.FindAllStringSubmatch(txt, -1) {
		if ts := text.Terms(m[1]); len(ts) == 1 && title[ts[0]] {
			return ts[0]
		}
	}
	return ""
}

// harmDoneRE is a question of harm its people do, not suffer: "did the
// soldiers hurt anyone", "did soldiers kill any inmates".
var harmDoneRE = regexp.MustCompile(`\b(?:hurt|harm|harmed|kill|killed|injure|injured|wound|wounded|shoot|shot)\s+(?:any|anyone|anybody|someone|somebody|the|a|an|his|her|their|them|him|\w{3,}s)\b`)

// dieRE is a question's "die" that question.HarmCount, reading sentences,
// leaves to "died" and "dead".
var dieRE = regexp.MustCompile(`(?i)\bdie\b`)

var theNounRE = regexp.MustCompile(`\b[Tt]he ([a-z]+)\b`)

// thingBackShare is how much "the prison" holds the name of the prison
// the sentences before it named.
const thingBackShare = 0.8

// capitalNames are the words txt writes with a capital past its first.
func capitalNames(txt string) []string {
	var out []string
	for i, w := range strings.Fields(txt) {
		w = strings.Trim(w, "\"“”‘’'(),.;:")
		if i > 0 && w != "" && unicode.IsUpper([]rune(w)[0]) {
			out = append(out, w)
		}
	}
	return out
}

// candidates scores every sentence of the passages as an answer.
func (rq *reading) candidates(ix Index, passages []cite.Passage) []*candidate {
	keys, total, qt, role, form, focus := rq.keys, rq.total, rq.qt, rq.role, rq.form, rq.focus
	type at struct {
		source string
		sp     text.Span
	}
	seen := map[at]bool{} // overlapping chunks of a story share sentences
	var cands []*candidate
	storyTerms := rq.storyTerms // source -> the terms of the whole story
	// oneStory: the corpus is one story (the embedded seed, or a user's
	// single file), whose lede sets the scene of every sentence: the
	// place it names is where each of them happens. So does a dated
	// story's among many: a news report tells of one event in one place
	// ("how many people died in the guayaquil prison riot" of the death
	// toll sentence, which never names Guayaquil). An undated text of
	// many (an encyclopedia article, as SQuAD's are) is left to the words.
	oneStory := len(ix.Stories()) == 1
	for r := range passages {
		p := &passages[r]
		passageTerms := textTerms(p.Title + "\n" + p.Text) // the title sets the scene of every passage
		titleTerms := textTerms(p.Title)
		titleHarm := rq.harmed && question.HarmCount(p.Title) // "Two prison guards killed in Esmeraldas": the title tells the harm
		dateTerms := text.DateTerms(p.Date)
		st, ok := storyTerms[p.Source]
		if !ok {
			if s := StoryOf(ix, p.Source); s != nil {
				st = textTerms(s.Text)
			}
			storyTerms[p.Source] = st
		}
		for _, sp := range p.Sentences {
			if seen[at{p.Source, sp}] {
				continue // overlapping chunks share sentences
			}
			seen[at{p.Source, sp}] = true
			txt := p.Text[sp.Start-p.Start : sp.End-p.Start]
			if text.IsInstruction(txt) {
				continue // an instruction planted in a story is never an answer
			}
			terms := sentenceTerms(txt)
			var back map[string]bool
			backShare := 1.0
			if text.PlaceBack(txt) {
				back = rq.back(ix, p.Source).before(sp.Start, backPlaces)
			} else if head := definiteHead(txt); head != "" {
				// "The curfew, from 10 p.m. ..." of the curfew the sentences
				// before declared "in Duran": their names are its own
				if b := rq.back(ix, p.Source); b.before(sp.Start, backWords)[head] {
					back = b.before(sp.Start, backCapitals)
				}
			}
			if back == nil {
				if head := theTitleThing(txt, titleTerms); head != "" {
					// "seized from inside the prison" of a story about a
					// prison: the prison the sentences before it name
					// ("the Penitenciaria del Litoral"), not their other
					// places; a reading that gives way to a sentence
					// naming it.
					back, backShare = rq.back(ix, p.Source).thingNamed(sp.Start, head), thingBackShare
				}
			}
			c := &candidate{p: p, rank: r, sp: sp, covered: map[string]float64{}, context: map[string]float64{}}
			// "how many prisoners died": "raised the death toll from 18
			// to 31" counts them where the story tells of prisoners'
			// deaths elsewhere ("claiming the lives of hundreds of
			// prisoners"), and holds them as if it named them; not "how
			// many soldiers died", of a story telling no soldier's death.
			// A question over a stretch of time ("since it all started")
			// wants a count of them over it; one stating the death toll
			// ("from 31 dead how much was prisoners") asks its share.
			deadOf := rq.deathsOf && rq.oneEvent && !question.OverPeriod(txt) &&
				question.DeathsOfAnyone(txt) && !statesNumberOf(focus, txt) && rq.countsDeadOf(ix, p.Source)
			for _, k := range keys {
				// The title's words set the scene for each sentence of the
				// story as if it said them: "how many died in the prison
				// riot" of a story titled "... retake a rioting prison".
				title := titleShare * k.share(titleTerms)
				if rq.harmed && !titleHarm && !k.proper && !k.topic && text.IsPersonNoun(k.term) {
					// "were any soldiers killed": the title's "heavily
					// armed soldiers" are no soldiers harmed
					title = 0
				}
				own, ctx := max(k.share(terms), title), k.share(passageTerms)
				if k.proper && back != nil {
					// "Clashes between gangs here began on Saturday": here
					// is the place the sentences before it name.
					own = max(own, backShare*k.share(back))
				}
				if dateTerms[k.term] {
					// "in july" of a story dated 2023-07-26: its dateline
					// says it of every sentence, as its title does.
					own, ctx = max(own, titleShare), 1
				}
				if k.topic {
					// The follow-up's own words pick the sentence; the
					// last turn's say which story.
					own, ctx = max(own, subjectShare*k.share(st)), max(ctx, k.share(st))
				}
				if k.proper && own == 0 && (oneStory || p.Date != "") && rq.back(ix, p.Source).ledePlaces()[k.term] {
					// "how many died in Guayaquil": the place the story's
					// lede sets it in is where each of its sentences
					// happens. Read by the answerability score, not in
					// choosing the sentence (which every sentence of
					// the story would then gain alike).
					if c.scene == nil {
						c.scene = map[string]bool{}
					}
					c.scene[k.term] = true
				}
				if k.proper && ctx == 0 {
					// A name the story holds elsewhere says which story is
					// meant ("the Guayaquil prison"): it is the passage's
					// context, not a name the passage lacks.
					ctx = k.share(st)
				}
				if deadOf && rq.counted[k.term] {
					own, ctx = 1, 1
				}
				c.covered[k.term], c.context[k.term] = own, ctx
				c.coverage += max(own, contextShare*ctx, storyShare*k.share(st), title) * k.weight / total
				c.own += own * k.weight / total
			}
			c.typed = qt.InAnswer(txt, focus)
			if qt == question.Number {
				// A total over a stretch of time ("400 inmates have died in
				// the past two years") is no count of the one event asked
				// about, unless a stretch of time is asked about too.
				counts := txt
				if !rq.capacity && len(rq.counted) > 0 && !rq.claimedCount {
					// "how many inmates are inside": "room for 40,000
					// inmates" is no count of inmates. (A claim to check,
					// "the prison holds 40k inmates??", may mean either.)
					counts = question.WithoutCapacities(txt)
				}
				c.typed = question.ExactCount(counts, focus, rq.counted) && !(rq.oneEvent && question.OverPeriod(txt))
				c.typed = c.typed || deadOf
				if c.typed && rq.tollWhole && question.PartOfDeadOnly(txt) {
					// "how many people died in the loja earthquake": "Two
					// of the dead were killed when the adobe walls ...
					// collapsed" tells how some died, not how many
					c.typed = false
				}
			}
			if role != "" {
				c.typed = roleNamed(txt, role, focus)
				if c.typed && rq.roleDeed != nil && !question.HasAny(txt, rq.roleDeed) {
					// "the attorney general who announced the new death
					// toll": an attorney general named for another deed is
					// another attorney general
					c.typed = false
				}
			}
			if c.typed && qt == question.Place && rq.placeOf && !placeAfterThing(txt, keys) {
				// "in which city is the prison": the city next to the
				// prison ("the Penitenciaria del Litoral in the city of
				// Guayaquil"), not "violence in the city of Esmeraldas,
				// where 15 prison guards ..."
				c.typed = false
			}
			if c.typed && qt == question.Number && rq.presence && question.DeedCount(txt) && !question.HarmCount(txt) {
				// "how many inmates are in the Litoral total": "Two other
				// inmates were sentenced" counts those sentenced
				c.typed = false
			}
			if c.typed && qt == question.Number && rq.presence && question.HarmCount(txt) {
				// "how many prisoners are in the Litoral": "claiming the
				// lives of hundreds of prisoners" counts the dead
				c.typed = false
			}
			if c.typed && rq.capacity && !question.HasCapacity(txt) {
				// "how many can fit in the new jail": how many were moved
				// there is no capacity.
				c.typed = false
			}
			if c.typed && rq.percent && !question.HasPercent(txt) {
				// "what % did Lenis get": a count of years is no share.
				c.typed = false
			}
			if c.typed && rq.saidBy && !question.Attributes(txt) && !(rq.countSaid != nil && question.CountNear(txt, rq.countSaid)) {
				// "who said that" is answered by a sentence that says
				// who said something, not by any name.
				c.typed = false
			}
			if c.typed && rq.deed != nil {
				// The doer is named next to the deed, not anywhere.
				c.typed = question.DeedDone(txt, focus, rq.deed)
			}
			c.sel[selCov] = c.coverage
			c.sel[selRank] = 1 / float64(r+1)
			if c.typed && rq.countDeed != nil && question.CountNear(txt, rq.countDeed) {
				// "how many inmates died": of two sentences with a count
				// of inmates, the one that says they died, by its number
				// ("85 inmates fled", not "No guards or inmates were
				// killed in the escape, but two guards were injured").
				c.sel[selDeed] = 1
			}
			if qt == question.Time && !c.typed && question.HasYear(txt) {
				// An older year ("in 1097") is a time too. It answers when
				// the sentence itself says every known word of the
				// question: "the Battle of Hastings in 1066" answers "when
				// was the battle of hastings"; "sent Pedro Menendez in
				// 1565" not "when was Pedro Menendez born". Otherwise it
				// only helps pick the sentence.
				if question.YearAnswers(focus) && ownsKnownTerms(keys, c) {
					c.typed = true
				} else {
					c.sel[selYear] = 1
				}
			}
			for _, k := range keys {
				if k.proper && k.known && k.share(st) == 0 {
					// A name asked about that the sentence's story never
					// uses: the story is about something else.
					c.sel[selNameMiss] += k.weight / total
				}
			}
			if c.typed {
				c.sel[selTyped] = 1
			}
			if form.WhyHow != "" && hasReason(form.WhyHow, txt) {
				c.sel[selReason] = 1
			}
			if rq.trace {
				// Features the score gives no weight (fitselect found none
				// that helps): read only for a trace.
				rq.storyShape(ix, c, p.Source, terms, txt)
			}
			c.score = selScore(&c.sel)
			cands = append(cands, c)
		}
	}
	return cands
}

// Rank orders passages by how well their best sentence answers the
// question, as the answerer scores sentences (key-term coverage, the kind
// of answer wanted), the search's order breaking ties; passages are
// renumbered from 1. A question with no key term leaves the order as it is.
// The search finds the right story; this puts the passage that answers
// first ("How many people died?" finds the death-toll passage third by
// words and vectors, first by its sentence).
func Rank(ix Index, voc *question.Vocabulary, asked, subject string, ps []cite.Passage) []cite.Passage {
	if inner, ok := question.Embedded(asked); ok {
		asked = inner
	}
	rq := readQuestion(ix, voc, asked, subject)
	if len(rq.keys) == 0 || len(ps) < 2 {
		return ps
	}
	score := make([]float64, len(ps))
	for i := range ps {
		for _, c := range rq.candidates(ix, ps[i:i+1]) {
			score[i] = max(score[i], c.score)
		}
	}
	order := make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	out := make([]cite.Passage, len(ps))
	for n, i := range order {
		out[n] = ps[i]
		out[n].N = n + 1
	}
	return out
}

// withIrregular adds to a sentence's terms the base form of each irregular
// form in it not ending in -s ("held" -> hold, "left" -> leave, "fled" ->
// flee), which stemming never reaches: "how long did they hold the guards"
// is said by "held hostage for 30 hours". A plural ("lives" -> life) is no
// verb's past.
func withIrregular(terms map[string]bool, txt string) map[string]bool {
	for _, t := range irregularTerms(txt) {
		terms[t] = true
	}
	return terms
}

// textTerms is text.TermSet(txt), made once per text: the same passages,
// titles and stories are read for every question. The set is shared:
// never written to. Texts of up to termsCacheBytes in all are kept a
// process (a story edited is a new text); past that, read anew.
func textTerms(txt string) map[string]bool {
	return cachedTerms(&termsCache, txt, text.TermSet)
}

// sentenceTerms is a sentence's terms with its irregular base forms
// (withIrregular), made once per sentence and shared as textTerms' are.
func sentenceTerms(txt string) map[string]bool {
	return cachedTerms(&sentenceTermsCache, txt, func(t string) map[string]bool { return withIrregular(text.TermSet(t), t) })
}

func cachedTerms(cache *sync.Map, txt string, make func(string) map[string]bool) map[string]bool {
	if v, ok := cache.Load(txt); ok {
		return v.(map[string]bool)
	}
	m := make(txt)
	if termsCached.Add(int64(len(txt))) <= termsCacheBytes {
		cache.Store(txt, m)
	}
	return m
}

var (
	termsCache, sentenceTermsCache sync.Map // string -> map[string]bool, read only
	termsCached                    atomic.Int64
	// termsCacheBytes bounds the texts kept: their term sets take about
	// three times their bytes again.
	termsCacheBytes = int64(16 << 20)
)

// irregularCache holds each sentence's irregular base-form terms: the same
// story sentences are read for every question, and the lemma lookups cost
// more than the rest of their reading. Bounded by irregularCacheMax
// sentences (past it, sentences are read each time).
var (
	irregularCache    sync.Map // string -> []string
	irregularCached   atomic.Int64
	irregularCacheMax = int64(200_000)
)

// verdicts follow "found" in a court's finding: "was found guilty". ("Found
// dead" is a finding of bodies, which a question may ask about.)
var verdicts = map[string]bool{"guilty": true, "innocent": true, "responsible": true, "liable": true}

func irregularTerms(txt string) []string {
	if v, ok := irregularCache.Load(txt); ok {
		return v.([]string)
	}
	var out []string
	ws := text.Words(txt)
	for i, w := range ws {
		fw := text.Fold(w)
		if strings.HasSuffix(fw, "s") {
			continue
		}
		if fw == "found" && i+1 < len(ws) && verdicts[text.Fold(ws[i+1])] {
			continue // "found guilty" is a verdict, no finding of a thing
		}
		l := text.Lemma(fw)
		if l == fw {
			continue
		}
		for _, t := range text.Terms(l) {
			if text.Stem(fw) != t && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	if irregularCached.Load() < irregularCacheMax {
		if _, loaded := irregularCache.LoadOrStore(txt, out); !loaded {
			irregularCached.Add(1)
		}
	}
	return out
}

// townWords are the nouns a place question asks for when it names no
// place: "what city is this in", "which town did it happen in".
var townWords = map[string]bool{text.Stem("city"): true, text.Stem("town"): true}

// topicBefore reports a sentence before the question focus that holds a
// word of the stories: "I read that guards were taken hostage at another
// jail. In which city did that happen?" asks of the hostages, not of the
// story's own place. A sentence of the asker's about themselves ("My
// cousin works as a guard.") is no topic.
func topicBefore(ix Index, voc *question.Vocabulary, asked, focus string) bool {
	at := strings.Index(asked, focus)
	if at <= 0 {
		return false
	}
	before := asked[:at]
	for _, sp := range text.Sentences(before, 0, len(before)) {
		sent := before[sp.Start:sp.End]
		if aboutAsker(sent) {
			continue // "i live in ecuador lol.": the asker's, no topic
		}
		for _, k := range keyTerms(ix, voc, sent) {
			if k.known {
				return true
			}
		}
	}
	return false
}

// aboutAskerRE is a sentence of the asker's about themselves ("i live in
// ecuador", "im new here"), not one that reports what they read or heard
// ("I read that guards were taken hostage").
var aboutAskerRE = regexp.MustCompile(`(?i)^\W*(?:i|i'm|im|i’m|my|we|we're)\b`)

func aboutAsker(sent string) bool {
	return aboutAskerRE.MatchString(sent) && !strings.Contains(strings.ToLower(sent), " that ")
}

// townOnly reports keys that are only the kind of place asked for ("what
// city is this in"): the question is of the story's own place.
func townOnly(keys []keyTerm) bool {
	for _, k := range keys {
		if !townWords[k.term] {
			return false
		}
	}
	return len(keys) > 0
}

// titleThing reports a question whose every key term is a common word of
// the story's title, or a news synonym of one ("where is the jail" of "a
// rioting prison in Ecuador"): it asks about the thing the story is
// about. A name ("where is Ecuador") is no such thing.
func titleThing(ix Index, keys []keyTerm, source string) bool {
	st := StoryOf(ix, source)
	if st == nil {
		return false
	}
	title := text.TermSet(st.Title)
	for _, k := range keys {
		if k.proper || share(title, k.term) == 0 {
			return false
		}
	}
	return true
}

// TwoStories opens an answer two stories give, each under its story.
const TwoStories = "Two stories answer this:"

// ThreeStories opens an answer three stories give.
const ThreeStories = "Three stories answer this:"

// rivals are the best candidates of other stories than best's that answer
// as surely (their answerability at the threshold), holding every key term
// the question needs (lacksKeyTerm), every one best holds (holdsAsBest),
// and the kind of answer asked for when best does, with a count beside
// the deed asked when best's count is (selDeed); the third also saying
// what best says in its own words (saysAsBest). At most maxRivals of
// them, best first; nil when there are none.
func (x *Answerer) rivals(ix Index, focus string, qt question.Kind, form question.Form, keys []keyTerm, total float64, best *candidate, cands []*candidate) []*candidate {
	bySource := map[string]*candidate{}
	for _, c := range cands {
		if c.p.Source == best.p.Source || best.typed && !c.typed || lacksKeyTerm(keys, total, c) || !holdsAsBest(keys, best, c) {
			continue
		}
		if r := bySource[c.p.Source]; r == nil || c.score > r.score {
			bySource[c.p.Source] = c
		}
	}
	var out []*candidate
	for _, r := range bySource {
		if answerability(features(ix, focus, qt, form, keys, total, r, cands)) >= x.Threshold {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].p.Source < out[j].p.Source
	})
	// another story only when its sentence itself says all that best's
	// does: passages of a corpus of riots share words ("Three guards were
	// treated for smoke inhalation" is no answer to "how many guards were
	// held hostage")
	var kept []*candidate
	for _, r := range out {
		if best.sel[selDeed] > 0 && r.sel[selDeed] == 0 {
			// "how many soldiers were killed": best counts them beside
			// the killing; "condemned the killing and said the state
			// would send 200 soldiers" counts soldiers sent
			continue
		}
		if len(kept) < maxRivals && (len(kept) == 0 || saysAsBest(keys, best, r)) {
			kept = append(kept, r)
		}
	}
	return kept
}

// saysAsBest reports c's sentence, by its own words (not its story's
// title or passage), holding every key term best's sentence holds, at
// most one of them less fully (a kin word for best's own word: "announced
// a state of emergency" for "declared"). Two kin words are a sentence of
// other things in the same words: "Three guards were treated for smoke
// inhalation, and 25 inmates were taken to hospitals" is no answer to "how
// many guards were held hostage" ("taken" for held, "inmates" for
// hostages).
func saysAsBest(keys []keyTerm, best, c *candidate) bool {
	bt, ct := sentenceTerms(best.text()), sentenceTerms(c.text())
	weaker := 0
	for _, k := range keys {
		b := k.share(bt)
		if b == 0 {
			continue
		}
		o := k.share(ct)
		if o == 0 {
			return false
		}
		if o < b {
			weaker++
		}
	}
	return weaker <= 1
}

// maxRivals is how many other stories an answer gives beside best's.
const maxRivals = 2

// holdsAsBest reports c holding, in its sentence or passage, every key
// term best holds in its own: a question naming best's story ("what did
// colombia's attorney general's office do") or its deed ("how much did
// banana exports fall") has no rival in a story without them.
func holdsAsBest(keys []keyTerm, best, c *candidate) bool {
	for _, k := range keys {
		if (best.held(k.term) > 0 || best.context[k.term] > 0) && c.held(k.term) == 0 && c.context[k.term] == 0 {
			return false
		}
	}
	return true
}

// storyLabelRE is a story's label opening a line of a two-story answer.
var storyLabelRE = regexp.MustCompile(`(?m)^- In "[^"\n]*"(?: \([^)\n]*\))?: `)

// Unlabelled is an answer's text without what names its stories (the
// opening of a two-story answer and each line's label): what the answer
// itself says, for grading it.
func Unlabelled(answer string) string {
	return storyLabelRE.ReplaceAllString(strings.TrimPrefix(strings.TrimPrefix(answer, TwoStories), ThreeStories), "")
}

// storyLabel names a passage's story: its title (its first 80
// characters) and date, as "In "<title>" (<date>)".
func storyLabel(p *cite.Passage) string {
	// a headline's own quotation marks made single, so the label ends
	// at its closing one (storyLabelRE)
	l := "In \"" + strings.ReplaceAll(text.Clip(story.Clean(p.Title), 80), `"`, "'") + "\""
	if p.Date != "" {
		l += " (" + p.Date + ")"
	}
	return l
}
