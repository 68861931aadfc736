package ground

import (
	"fmt"
	"slices"

	"github.com/storybot-dev/storybot/text"
)

// attackWords tell of an attack on something: a claim's target of one
// is read in the passage's sentences that tell of an attack.
var attackWords = set("attack attacked attacks attacking target targeted targeting throw threw thrown hurl hurled bomb bombed firebomb firebombed")

// targetLeads open an attack's target after its word: "thrown at the
// jail", "an attack on its office", "hurled against the gate".
var targetLeads = set("at on against")

// targetSkip are adjectives before a target's noun (determiners are
// skipped too).
var targetSkip = set("local main")

// nowWords are days said from today: "the jail yesterday".
var nowWords = set("yesterday today tonight tomorrow")

// attackTargetRule: the target a claim gives an attack ("a Molotov
// cocktail was thrown at the local jail", "it targeted the local jail")
// must be held by a cited sentence telling of an attack; one naming the
// attack's target otherwise ("a Molotov cocktail attack on its office
// there") while the claim's target stands only in another sentence (the
// jail where the guards were held hostage) has the claim join two
// sentences' words into a fact neither tells. Left be when no cited
// sentence tells of an attack (the words' business), or the target is
// held by one that does.
func attackTargetRule(claim []string, _, all []sentWords, _ string) string {
	target := attackTarget(claim)
	if target == "" {
		return ""
	}
	t := stemOf(target)
	told, elsewhere := false, false
	for _, s := range all {
		holds := holdsTerm(s, t) || slices.ContainsFunc(text.StemSynonyms(t), func(x string) bool { return holdsTerm(s, x) })
		if anyIn([]sentWords{s}, attackWords) {
			told = true
			if holds {
				return ""
			}
			continue
		}
		elsewhere = elsewhere || holds
	}
	if told && elsewhere {
		return fmt.Sprintf("who: the claim gives the attack the target %q, which the passage's sentence telling of the attack does not hold", target)
	}
	return ""
}

// attackTarget is the noun a claim gives as an attack's target: after an
// attack word and "at", "on" or "against" ("thrown at the local jail"),
// or right after a verb of attacking ("targeted the local jail"), past
// small words and adjectives, up to a preposition or the end; "" when
// there is none.
func attackTarget(claim []string) string {
	for i, w := range claim {
		if !attackWords[w] {
			continue
		}
		j := i + 1
		if j < len(claim) && targetLeads[claim[j]] {
			j++
		} else if w == "attack" || w == "attacks" || w == "throw" || w == "threw" || w == "thrown" || w == "hurl" || w == "hurled" {
			continue // "the attack was", "thrown into": no target named
		}
		head := ""
		for k := j; k < len(claim) && k < j+6; k++ {
			x := claim[k]
			if targetSkip[x] || determiners[x] {
				continue
			}
			if _, day := text.Weekday(x); day || text.IsMonth(x) || timesOfDay[x] || nowWords[x] || stemOf(x) == "" || prepositions[x] {
				break // "attacked on Tuesday", "the jail yesterday": no more of the target
			}
			if k+1 < len(claim) && claim[k+1] == "s" {
				k++ // "the city's jail", "the attorney general's office": the possessor, then its noun
				continue
			}
			head = x
		}
		if head != "" {
			return head
		}
	}
	return ""
}
