package question

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// Written by an independent reviewer from the diff alone. Mended in this
// package: "why is that so" keeps its tag words (a question word before
// them), "it was 50 dead, is that right?" loses the whole tag, "Isn't it
// 31?" checks back, "lost their lives" asks deaths, the death words are
// deathForms (WordNet's "go", "pass", "live" are no death beside a count:
// "went on hunger strike"), counts are read within their clause ("31,
// officials said"; "killed 31 people, and 17 inmates escaped"), "no one"
// is no count. Left open and removed: "Is that prison in Guayaquil?"
// ("that" a determiner), "Of the prisoners, 31 died" (the group before
// the number).

// Review 27, rule 2 (question/split.go, followup.go, kind.go): a closing
// "is that right / correct / true / so" with no "?" is a tag; ChecksBack;
// AsksDeathsOf, DeathsOfAnyone, countsPeople, DeathsCountedOf.
//
// Each case says why its expected value is right from what the words
// mean, not from what the code returns.

// norm27 folds runs of spaces and trims the punctuation and spaces a
// stripped tag leaves at the ends.
func norm27(s string) string {
	return strings.Trim(strings.Join(strings.Fields(s), " "), " ,.!?")
}

func TestReview27SplitTagWithoutQuestionMark(t *testing.T) {
	for _, tt := range []struct {
		name, q, focus, why string
	}{
		{"allcaps-cb",
			"IT WAS 50 CONVICTS DEAD IS THAT RIGHT",
			"IT WAS 50 CONVICTS DEAD",
			"'is that right' closing the message asks the reader to check the claim before it: the claim is what is asked"},
		{"comma-correct-period",
			"the toll went from 18 to 31, is that correct.",
			"the toll went from 18 to 31",
			"the tag after a comma, closed by a full stop instead of '?'"},
		{"is-that-so-bang",
			"the army went into the prison is that so!",
			"the army went into the prison",
			"'is that so' closing with '!' still checks the claim"},
		{"tag-alone-kept",
			"is that right",
			"is that right",
			"a message that is only the tag has no claim before it: nothing to strip it from"},
		{"right-not-closing",
			"what is that right next to the prison",
			"what is that right next to the prison",
			"'right next to' is a place; the words do not close the message, so there is no tag"},
		{"that-is-order-not-a-tag",
			"how do we know that is true",
			"how do we know that is true",
			"'that is true' is a statement inside the question, not the inverted tag 'is that true'"},
		{"why-is-that-so",
			"the toll went from 18 to 31 overnight, why is that so",
			"the toll went from 18 to 31 overnight, why is that so",
			"'why is that so' asks the reason: a wh-word before 'is that so' makes it the question, no tag to drop"},
		{"tag-with-question-mark",
			"it was 50 convicts dead, is that right?",
			"it was 50 convicts dead",
			"the same tag typed with its '?': the commit says it is stripped 'as it is with them', so nothing of it should stay"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			focus, _ := Split(tt.q)
			if got := norm27(focus); got != norm27(tt.focus) {
				t.Errorf("%s\nSplit(%q) focus = %q, want %q", tt.why, tt.q, got, norm27(tt.focus))
			}
		})
	}
}

func TestReview27ChecksBack(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
		why  string
	}{
		{"Is that still the number or did it change?", true, "'that' is the statement before; yes/no"},
		{"Was it 31?", true, "'it' points back, yes/no"},
		{"What is it?", false, "a wh-question asks for a thing, not yes/no"},
		{"Was he killed?", false, "'he' is a person, not the statement"},
		{"Is Italy in the talks?", false, "'Italy' opens with 'it' but is a name: the word boundary matters"},
		{"Was the toll 31?", false, "the subject is 'the toll', a noun phrase, not a pronoun"},
		{"Isn't it 31?", true, "the negative question checks back just as 'is it 31?' does"},
	} {
		if got := ChecksBack(tt.q); got != tt.want {
			t.Errorf("%s\nChecksBack(%q) = %v, want %v", tt.why, tt.q, got, tt.want)
		}
	}
}

// counted27 is what readQuestion passes AsksDeathsOf: Counted, or for a
// stated claim ClaimCounted.
func counted27(q string) map[string]bool {
	if c := Counted(q); c != nil {
		return c
	}
	return ClaimCounted(q)
}

func TestReview27AsksDeathsOf(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
		why  string
	}{
		{"how many prisoners died", true, "counts prisoners, and asks their deaths"},
		{"was it 50 convicts dead", true, "a stated count of convicts, dead"},
		{"how many guards and inmates died", true, "named people (guards, inmates), deaths"},
		{"how many people died", false, "'people' is no group of the story's: Counted reads it as the deaths themselves"},
		{"what was the death toll", false, "the count is of deaths, no people named"},
		{"how many inmates were killed by other inmates", false, "counts one doer's killings (killed by), not all inmates' deaths"},
		{"how many prisoners lost their lives", true, "'lost their lives' is dying: the deaths of prisoners are counted"},
	} {
		if got := AsksDeathsOf(tt.q, counted27(tt.q)); got != tt.want {
			t.Errorf("%s\nAsksDeathsOf(%q) = %v, want %v (counted %v)", tt.why, tt.q, got, tt.want, keys27(counted27(tt.q)))
		}
	}
	// no counted words at all: nothing named to count
	if AsksDeathsOf("how many prisoners died", nil) {
		t.Errorf("AsksDeathsOf with no counted terms must be false: nothing named is counted")
	}
}

func keys27(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestReview27DeathsOfAnyone(t *testing.T) {
	for _, tt := range []struct {
		txt  string
		want bool
		why  string
	}{
		{"Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.", true, "a death toll that says not whose"},
		{"The attack killed 12 people.", true, "'people' names no one in particular"},
		{"Hundreds of inmates have died since 2021.", false, "'hundreds of inmates' counts inmates"},
		{"No one died in the fire.", false, "no count"},
		{"The clashes that began on March 12 left 31 dead.", true, "12 is a date; 31 dead names no one"},
		{"The clashes killed 31, among them 12 inmates.", true, "the 31 names no one, though 12 of them are inmates"},
		{"The toll rose to 31, officials said.", true, "'officials' said it; they are not who the 31 count"},
	} {
		if got := DeathsOfAnyone(tt.txt); got != tt.want {
			t.Errorf("%s\nDeathsOfAnyone(%q) = %v, want %v", tt.why, tt.txt, got, tt.want)
		}
	}
}

func TestReview27CountsPeople(t *testing.T) {
	for _, tt := range []struct {
		txt  string
		n    int // index of the number in text.Words(txt)
		want bool
		why  string
	}{
		{"killed three soldiers", 1, true, "a person noun right after"},
		{"claiming the lives of hundreds of inmates", 5, true, "'of inmates' after the number"},
		{"31 people died", 0, false, "'people' is a group, no one in particular"},
	} {
		words := text.Words(tt.txt)
		if tt.n >= len(words) {
			t.Fatalf("%q: index %d past %v", tt.txt, tt.n, words)
		}
		if got := countsPeople(words, tt.n); got != tt.want {
			t.Errorf("%s\ncountsPeople(%v, %d) = %v, want %v", tt.why, words, tt.n, got, tt.want)
		}
	}
}

func TestReview27DeathsCountedOf(t *testing.T) {
	prisoners := Counted("how many prisoners died")
	catholics := Counted("how many catholics died")
	for _, tt := range []struct {
		txt     string
		counted map[string]bool
		want    bool
		why     string
	}{
		{"Lasso has tried to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners.", prisoners, true, "the lives of hundreds of prisoners: deaths among them"},
		{"A fire killed 17 inmates.", prisoners, true, "inmates are prisoners; 17 of them killed"},
		{"Inmates killed 3 guards.", prisoners, false, "the inmates are the killers; the number counts guards"},
		{"17 inmates escaped during the riot.", prisoners, false, "escape is no death"},
		{"Catholics killed thousands of Huguenots in Paris.", catholics, false, "the Catholics are the killers, the thousands are Huguenots"},
		{"Hundreds of inmates went on hunger strike.", prisoners, false, "going on strike is no death"},
		{"The riot killed 31 people, and 17 inmates escaped.", prisoners, false, "the 17 inmates escaped; the 31 killed are not said to be inmates"},
	} {
		if got := DeathsCountedOf(tt.txt, tt.counted); got != tt.want {
			t.Errorf("%s\nDeathsCountedOf(%q) = %v, want %v", tt.why, tt.txt, got, tt.want)
		}
	}
}
