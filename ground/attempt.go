package ground

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// attemptCues make the verb after them an attempt: "try to retake",
// "attempted to flee".
var attemptCues = set("try tries tried trying attempt attempts attempted attempting")

// failCues make the verb after them and "to" a deed not done: "failed to
// retake".
var failCues = set("fail fails failed failing")

// attemptAt reports an attempt cue within the three words before words[i],
// or one up to infinitiveReach words before the "to" just before it
// ("tried and failed to retake", "attempted on Monday to retake"), or a
// failure just before that "to" ("failed to retake").
func attemptAt(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if attemptCues[words[k]] {
			return true
		}
	}
	if i < 2 || words[i-1] != "to" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-1-infinitiveReach; k-- {
		if successCues[words[k]] {
			return false // "tried again and managed to retake": done
		}
		if attemptCues[words[k]] || failCues[words[k]] {
			return true
		}
	}
	return false
}

// successCues say a deed tried was done: "tried again and managed to
// retake", "tried on Monday to retake the prison and succeeded".
var successCues = set("managed succeeded")

// infinitiveReach is how many words an attempt cue may stand before the
// "to" of the verb it tries: "attempted on Monday to retake".
const infinitiveReach = 4

// triedAfter returns the words an attempt cue or a failure at words[j]
// makes tried: the three after an attempt cue, and the verb after the
// first "to" within infinitiveReach words of either.
func triedAfter(words []string, j int) []string {
	var out []string
	if attemptCues[words[j]] {
		out = append(out, words[j+1:min(len(words), j+4)]...)
	}
	for k := j + 1; k < len(words)-1 && k <= j+infinitiveReach; k++ {
		if successCues[words[k]] {
			break
		}
		if words[k] == "to" {
			out = append(out, words[k+1])
			break
		}
	}
	return out
}

// attemptRule: an attempt is no outcome. A claim stating a deed ("soldiers
// and police successfully retook the prison") that the sentences saying
// what it says hold only as an attempt ("try to retake a rioting prison")
// states an outcome the passage does not hold, unless a cited sentence
// says it was done. The claim's own attempt
// ("tried to retake"), a participle after an auxiliary, a gerund, or the
// verb's bare form (an instruction: "Post a missed connection") says no
// more.
func attemptRule(claim []string, anchor, all []sentWords, _ string) string {
	tried := map[string]bool{} // lemmas of the words the anchor attempts
	for _, s := range anchor {
		for j, x := range s {
			if attemptCues[x] || failCues[x] {
				for _, w := range triedAfter(s, j) {
					if l := text.Lemma(w); l != "" {
						tried[l] = true
					}
				}
			}
		}
	}
	if len(tried) == 0 {
		return "" // nothing tried: nothing to read
	}
	for i, w := range claim {
		l := text.Lemma(w)
		if !tried[l] || l == w || stemOf(l) == "" || attemptCues[w] || failCues[w] || attemptAt(claim, i) || irrealisAt(claim, i) || participleAt(claim, i) || strings.HasSuffix(w, "ing") {
			continue
		}
		done := false
		syns := text.Synonyms(l)
		for _, s := range all {
			if slices.ContainsFunc(s, func(x string) bool { return successCues[x] }) && slices.ContainsFunc(s, func(x string) bool { return text.Lemma(x) == l }) {
				done = true // "tried on Monday to retake the prison and succeeded on Tuesday"
			}
			for j, x := range s {
				if (x == l || x == w || text.Lemma(x) == l || slices.Contains(syns, text.Lemma(x))) && !attemptAt(s, j) {
					done = true // as written, or in other words: "which failed to pass in 2019, was approved"
				}
			}
		}
		if !done {
			return fmt.Sprintf("outcome: the passage has %q only as an attempt", l)
		}
	}
	return ""
}
