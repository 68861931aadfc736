package question

import (
	"regexp"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// borrowedCountRE is a remark on how many of a thing there were, then a
// count question that names no thing: "so many soldiers, how many
// actually go in", "many soldiers?? how many went in". Its groups: the
// plural noun, the words after "how many".
var borrowedCountRE = regexp.MustCompile(`(?i)^\s*(?:so\s+|soo+\s+|that\s+|too\s+|many\s+)?many\s+([\p{L}'’-]+)\s*[,?!.…]*\s+how\s+many\s+(.+)$`)

// borrowCounted reads such a question as counting the remark's thing:
// "how many soldiers actually go in". The thing must be a plural noun
// (its lemma another word, "soldiers", or its singular one, "troops"); the count question must
// name none of its own (its next word a verb, inflected or one of
// countVerbs, or an "-ly" adverb: "so many soldiers, how many police went
// in" and "how many of them" are left alone).
func borrowCounted(q string) string {
	m := borrowedCountRE.FindStringSubmatch(q)
	if m == nil {
		return q
	}
	noun := strings.ToLower(m[1])
	if !irregularPlurals[noun] && (!strings.HasSuffix(noun, "s") || strings.HasSuffix(noun, "ss") || text.Lemma(noun) == noun && !text.IsWord(strings.TrimSuffix(noun, "s"))) {
		return q // "so many dead": no plural noun to count
	}
	next := strings.ToLower(strings.Fields(m[2])[0])
	verb := countVerbs[next] || strings.HasSuffix(next, "ly") && !notAdverbs[next] ||
		text.Lemma(next) != next && !irregularPlurals[next] && !(strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss"))
	if !verb {
		return q // "how many police went in", "how many women went in", "how many of them": its own thing
	}
	return "how many " + m[1] + " " + m[2]
}

// countVerbs are base-form verbs a count question may go on with: "how
// many go in", "how many are inside".
var countVerbs = setOf("go come get die are is be got was were has have had will would can could did do does")

// irregularPlurals are plural nouns not spelled with "-s", a closed
// class: "so many people, how many died"; after "how many", a thing of
// the question's own ("how many women went in").
var irregularPlurals = setOf("people children men women police feet teeth mice geese staff personnel")

// notAdverbs are "-ly" words that are nouns or adjectives: "how many
// elderly died" counts the elderly.
var notAdverbs = setOf("elderly family daily weekly monthly yearly early only likely holy")
