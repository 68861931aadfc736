package question

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// A follow-up leans on the last turn when it points back at it ("where was
// that", "what did he say", "and the other hostages, how many") or names
// almost nothing of its own ("and the guards?"). Such a question is read
// with the last turn's subject; any other question is read alone, even in
// a conversation, so "how many died in Quito" after a question about
// Guayaquil is about Quito.
var (
	anaphoraRE = regexp.MustCompile(`(?i)\b(that|it|its|he|she|him|her|his|hers|they|them|their|this|these|those|there|then|the other|others|same|else)\b`)
	continueRE = regexp.MustCompile(`(?i)^\s*(and|but|also|so|what about|how about|and what about|what of)\b`)
)

// LeansOn reports whether a question leans on the turn before it: it opens
// with "and"/"what about"; or it names nothing (a word written with a
// capital, or one the stories write as a name: "how many got killed in
// Duran that weekend" is about Duran, whatever came before) and points back
// with a pronoun or "that" with at most maxLeaningTerms content words of
// its own, asks nothing of its own ("how many?"), or is a fragment with no
// question word ("the guards?") of at most two content words.
func (v *Vocabulary) LeansOn(q string) bool {
	if continueRE.MatchString(q) || pronounSubjectRE.MatchString(q) {
		return true
	}
	fragment := !whRE.MatchString(q)
	n := 0
	for i, w := range strings.Fields(q) {
		core := strings.Trim(w, "\"'“”‘’?!.,;:()")
		if i > 0 && text.StartsUpper(core) || v != nil && v.IsName(text.Fold(core)) {
			return false
		}
		for _, t := range text.Terms(core) {
			if !questionFiller[t] {
				n++
			}
		}
	}
	if anaphoraRE.MatchString(q) {
		return n <= maxLeaningTerms || objectRE.MatchString(q) || subjectRE.MatchString(q) && Wanted(q) != Person
	}
	return n == 0 || fragment && n <= 2
}

// maxLeaningTerms is how many content words a question that points back
// ("it", "they", "that") may hold and still lean on the last turn: "which
// prison was it", "what did the prison boss say about it" lean; "what they
// found inside the jail, guns?" and "why did they do the oil embargo after
// the war" say what they ask about, their "they" the usual unnamed
// authorities, not the last turn's subject.
// A "he" or "she" in a question that names no one points back at any
// length ("what did the director promise his family"): unlike "they", it
// is never the unnamed authorities; but in a question asking who, a "he"
// or "she" is the one asked about ("which candidate said she would build
// prisons", "which guard said he saw them"), while "him", "her" and "his"
// still point back ("who replaced her as director").
const maxLeaningTerms = 3

// pronounSubjectRE matches a question whose subject is a pointer back,
// right after its opening auxiliary: "was it in Guayaquil", "did he
// resign", "where was that". Its names are what it asks about the last
// turn's subject, not a subject of its own.
var pronounSubjectRE = regexp.MustCompile(`(?i)^\s*(?:(?:what|when|where|why|how|who)\s+)?(?:is|was|are|were|did|does|do|has|had|have|can|could|will|would)\s+(?:it|he|she|that|this)\b`)

// ChecksBack reports a yes/no question whose subject is "it", "that" or
// "this": "Is that still the number?", "Was it 31?", "Isn't it 31?". After
// a statement it asks about that statement.
func ChecksBack(q string) bool { return checksBackRE.MatchString(q) }

var checksBackRE = regexp.MustCompile(`(?i)^\s*(?:(?:is|was|are|were|did|does|do|has|had|have|can|could|will|would)(?:n['’]?t)?|won['’]?t|ain['’]?t)\s+(?:it|that|this)\b`)

var (
	subjectRE = regexp.MustCompile(`(?i)\b(he|she)\b`)
	// objectRE: "him", "her", "his" are never the one a who-question
	// asks about ("who replaced her as director").
	objectRE = regexp.MustCompile(`(?i)\b(him|her|his|hers)\b`)
)

var whRE = regexp.MustCompile(`(?i)\b(what|which|who|whom|whose|when|where|why|how|is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b`)

// questionFiller are terms that ask rather than name: "how many", "what
// happened", "exactly".
var questionFiller = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`happen happened exactly number many much long ago people thing things kind sort`) {
		for _, t := range text.Terms(w) {
			m[t] = true
		}
	}
	return m
}()

// Subject is what a follow-up leans on: the last question's words, and the
// words of the answer's first sentence when the follow-up points at what
// was said ("who said that", "where was that"), most specific first. A
// hedge's closest passage or "The stories don't say." is no answer to lean
// on: then only the question's words.
func Subject(lastQuestion, lastAnswer string) string {
	out := lastQuestion
	a := strings.TrimSpace(lastAnswer)
	for _, lead := range []string{"I couldn't find a direct answer.", "The stories don't say"} {
		if strings.HasPrefix(a, lead) {
			// a hedge's closest passage is no answer the asker got: the
			// follow-up leans on what was asked
			return out
		}
	}
	for _, lead := range []string{"Yes:", "No:"} {
		a = strings.TrimSpace(strings.TrimPrefix(a, lead))
	}
	if a == "" {
		return out
	}
	if sents := text.Sentences(a, 0, len(a)); len(sents) > 0 {
		a = a[sents[0].Start:sents[0].End]
	}
	return strings.TrimSpace(out + " " + markerRE.ReplaceAllString(a, ""))
}

var markerRE = regexp.MustCompile(`\[\d+\]`)
