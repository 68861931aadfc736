package question

import (
	"slices"
	"strings"
	"unicode"

	"github.com/storybot-dev/storybot/text"
)

// Lead finds what an asker says before the question proper, in one run
// without a sentence break: "the candidates promise to fix the prisons,
// when are the elections?", "first I heard 18 dead and then it jumped to
// 30-something - what's the final death toll", "My wife swears it was up
// in Quito, so which city is that Litoral prison actually in". It returns
// the byte offset where the question starts: at a question word that
// opens a clause (after a comma, semicolon, colon, dash or full stop, and
// any "so", "and", "but", "anyway", "my question is" or preposition
// before it). It returns 0 when the question opens with its question
// word, or no clause after the first opens with one: a question word
// inside a clause ("the jail where they grabbed the guards") is a
// relative, not a question.
func Lead(q string) int {
	words := leadWords(q)
	for i, w := range words {
		if i > 0 && !w.afterBreak {
			continue
		}
		j := i
		for j < len(words)-1 && leadOpeners[words[j].folded] {
			j++
		}
		if !questionWord(words[j].folded) {
			continue
		}
		if i == 0 {
			return 0 // the question comes first
		}
		return w.start
	}
	return 0
}

// leadOpeners are the words a question may open with before its question
// word: "so which city", "and when", "anyway what", "in which city", "my
// question is what".
var leadOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("so and but anyway anyways ok okay well now then my question is question basically") {
		m[w] = true
	}
	for w := range leadPreps {
		m[w] = true
	}
	return m
}()

// questionWord reports a wh-word (whWordRE's), with a contraction
// ("what's", "how'd", "when's") or chat's shorthand ("wat", "wher", read by
// text.Shorthand) read as the word.
func questionWord(w string) bool {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	if long, ok := text.Shorthand(w); ok {
		w, _, _ = strings.Cut(long, " ")
	}
	return whWordRE.FindString(w) == w && w != ""
}

type leadWord struct {
	start      int
	folded     string
	afterBreak bool // a clause break comes right before it
}

// leadWords splits q into words, lower-cased, each marked when a clause
// break (",", ";", ":", ".", "?", "!", a dash) comes before it.
func leadWords(q string) []leadWord {
	var out []leadWord
	brk := true
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, leadWord{start: start, folded: strings.ToLower(q[start:end]), afterBreak: brk})
			brk = false
			start = -1
		}
	}
	for i, r := range q {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '\'' || r == '’') && start >= 0:
			if start < 0 {
				start = i
			}
		default:
			flush(i)
			if strings.ContainsRune(",;:.?!—–", r) || r == '-' && spaced(q, i) {
				brk = true
			}
		}
	}
	flush(len(q))
	return out
}

// spaced reports a hyphen with a space on both sides: a dash, not a
// hyphen inside a word ("30-something").
func spaced(q string, i int) bool {
	return i > 0 && i+1 < len(q) && q[i-1] == ' ' && q[i+1] == ' '
}

// AsidesVoice reports a lead in the asker's own voice: what they heard,
// think or say ("I heard", "my wife swears", "people are saying"), not a
// headline naming the topic ("Duran curfew — what hours").
func AsidesVoice(lead string) bool {
	for _, w := range leadWords(lead) {
		if asideWords[w.folded] {
			return true
		}
	}
	return false
}

var asideWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`i i'm im i've ive i'd id my me we we're our you your heard hear hearing think thought guess guessing sure swears swear says saying said read reading saw seen seems reckon believe wonder wondering remember told`) {
		m[w] = true
	}
	return m
}()

// Tail finds a remark the asker adds after the question, in its voice or
// as a guess: "what city was the prison in now, it was one of the big
// ones on the coast I think", "what did the polis find in there, guns?",
// "how the soldiers enter inside the blocks, they break the gate ni". It
// returns the byte offset of the remark, or len(q) when there is none:
// the question must open the clause before it (Lead), hold three words
// or more, and the remark must ask nothing (no question word) and be in
// the asker's voice (AsidesVoice), open as a guess ("was it", "it was",
// "maybe", "like", "or") or be a fragment of up to four words that opens
// on no preposition ("in the earthquake?" narrows what is asked).
func Tail(q string) int {
	words := leadWords(q)
	from := 0
	if at := Lead(q); at > 0 {
		for from < len(words) && words[from].start < at {
			from++
		}
	}
	if from >= len(words) || !questionWord(words[from].folded) && !(from+1 < len(words) && leadOpeners[words[from].folded] && questionWord(words[from+1].folded)) {
		return len(q)
	}
	for i := from + 3; i < len(words); i++ {
		if !words[i].afterBreak {
			continue
		}
		rest := words[i:]
		if slices.ContainsFunc(rest, func(w leadWord) bool { return questionWord(w.folded) }) {
			return len(q) // it asks again
		}
		tail := q[words[i].start:]
		first, second := rest[0].folded, ""
		if len(rest) > 1 {
			second = rest[1].folded
		}
		if AsidesVoice(tail) || guessOpeners[first] || (first == "was" || first == "is" || first == "were") && second == "it" || first == "it" && (second == "was" || second == "is") || len(rest) <= 4 && !leadPreps[first] && !restrictingPreps[first] {
			return words[i].start
		}
		return len(q)
	}
	return len(q)
}

// restrictingPreps open a fragment that narrows the question ("how many
// died, in the earthquake?", "during the hurricane?"), no guess at it.
var restrictingPreps = map[string]bool{"during": true, "near": true, "after": true, "before": true, "inside": true, "outside": true, "about": true, "over": true, "under": true, "between": true, "among": true}

// guessOpeners open a guess after the question: "maybe the army",
// "like 50", "or was it", "probably gangs".
var guessOpeners = map[string]bool{"maybe": true, "probably": true, "perhaps": true, "like": true, "or": true, "prob": true}
