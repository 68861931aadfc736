package ground

import (
	"fmt"
	"slices"
	"strings"

	"github.com/storybot-dev/storybot/text"
)

// rivalVerbs contend for something: "fighting for control of the
// cellblocks", "vying for power".
var rivalVerbs = set("fight fights fighting fought battle battles battling battled vie vying vied compete competing competed struggle struggling struggled")

// prizeNouns are what rivals contend for.
var prizeNouns = set("control power dominance territory supremacy turf")

// purposeEvidence are the words that give a purpose or a motive in a
// passage, its own way.
// An attempt ("try to retake") is no motive of its own.
var purposeEvidence = set(`bid order aim aims aimed aiming purpose intended intend intends intent goal seeking seek seeks sought
	control power dominance territory supremacy turf motive motives`)

// motiveVerbs are the verbs of a motive to sway, scare or hurt others
// that models add to what passages tell ("to influence the election",
// "to pressure candidates", "to intimidate the authorities").
var motiveVerbs = set(`influence pressure intimidate sway destabilize destabilise undermine weaken disrupt derail punish
	retaliate avenge provoke coerce blackmail extort scare terrorize terrorise silence distract`)

// heldVerb reports an anchor sentence holding the verb of lemma l, one
// of its WordNet synonyms or a derivation ("in retaliation for" of "to
// retaliate"), in any form.
func heldVerb(anchor []sentWords, l string) bool {
	alts := append(append([]string{l}, text.Synonyms(l)...), text.Related(l)...)
	for _, s := range anchor {
		for _, w := range s {
			if slices.Contains(alts, text.Lemma(w)) {
				return true
			}
		}
	}
	return false
}

// instrumentEvidence are the words that give an instrument its deed.
var instrumentEvidence = set("use used uses using")

// purposeRule: a motive the claim gives ("the gangs were fighting for
// control of the cellblocks", "in a bid to", "in order to", "aimed at",
// "the weapons used to kill")
// must be given in its anchor sentences too, by a word of purpose or
// the prize itself. A motive the question asks for is reported: it
// passes on the words.
func purposeRule(claim []string, anchor, _ []sentWords, asked string) string {
	if whyQuestion(asked) {
		return ""
	}
	cue, evidence := "", purposeEvidence
	for i, w := range claim {
		next := func(k int) string {
			if i+k < len(claim) {
				return claim[i+k]
			}
			return ""
		}
		switch {
		case w == "bid" && i > 0 && claim[i-1] == "a" && next(1) == "to",
			w == "order" && i > 0 && claim[i-1] == "in" && next(1) == "to",
			(w == "aimed" || w == "aiming") && (next(1) == "at" || next(1) == "to"):
			cue = w
		case w == "to" && motiveVerbs[text.Lemma(next(1))] && !heldVerb(anchor, text.Lemma(next(1))):
			// "gangs are using the violence to influence the election",
			// "as gangs try to pressure candidates": a motive of sway
			// over others, which a passage gives in its own words or
			// not at all
			cue = "to " + next(1)
		case rivalVerbs[w] && (next(1) == "for" || next(1) == "over") && (prizeNouns[next(2)] || prizeNouns[next(3)]):
			cue = w + " " + next(1)
		case w == "used" && next(1) == "to" && next(2) != "" && next(2) != "be" && stemOf(next(2)) != "" && i > 0 && (!auxWords[claim[i-1]] || passiveBe[claim[i-1]] && baseVerb(next(2))) && claim[i-1] != "i" && claim[i-1] != "we":
			// "the weapons used to kill the 31 victims", "the rifles
			// were used to kill them": an instrument and its deed; not
			// the habit of "he used to live there" nor being used to
			// something ("they were used to waiting")
			cue, evidence = "used to", instrumentEvidence
		}
		if cue != "" {
			break
		}
	}
	if cue == "" || anyIn(anchor, evidence) {
		return ""
	}
	return fmt.Sprintf("link: the claim says %q, the passage gives no purpose", cue)
}

// passiveBe are the forms of "be" of a passive "used to" that tells of an
// event ("the rifles were used to kill them"); the present and the
// perfect tell what a thing is for ("DMSO is used to treat burns", "has
// been used to treat"), a use the passage may give in other words.
var passiveBe = set("was were")

// baseVerb reports a verb's base form ("kill", "break"): WordNet reads it
// as its own lemma, it is no gerund and no pronoun or article ("were used
// to it", "used to the noise").
func baseVerb(w string) bool {
	return !strings.HasSuffix(w, "ing") && !stopBase[w] && text.Lemma(w) == w && text.IsWord(w)
}

// stopBase are words after "used to" that make it "accustomed to".
var stopBase = set("it this that the a an them him her me us you")
