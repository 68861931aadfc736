package extract

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// Written by an independent reviewer from the diff alone. Mended in this
// package: "how many guards died" of "hundreds of guards have gone on
// strike" (the death words, question.deathForms). Left open: the
// checked-back toll over a two-sentence story is hedged, not answered
// (its unknown words hold it under the threshold), so only the seed
// story's answer is asserted.

// Review 27, rule 3 (extract/extract.go): a count of deaths of named
// people ("how many prisoners died") is answered by a death toll that
// names no one when the story binds those people to deaths only over a
// stretch of time (countsDeadOf, deadOf in candidates); readQuestion adds
// a statement's known words to a yes/no "is that / was it" question after
// it (question.ChecksBack).
//
// Each case says why its expected answer is right from what the story
// says, not from what the code returns.

// riot27 is a prison story whose death toll names no one, and whose only
// sentence binding prisoners to deaths counts them over years.
const riot27 = ` date 2023-07-26 STORY: Soldiers retake a rioting prison in Ecuador.

Using controlled detonations, soldiers gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil.

Clashes between gangs here began on Saturday.

Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.

In the city of Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.

President Guillermo Lasso has declared states of emergency in the prisons as he tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners.
`

// fire27 counts inmates in one event (a fire), and gives a toll of the
// whole violence as well.
const fire27 = ` date 2023-07-26 STORY: Deadly week in a Guayaquil prison.

A fire in the prison's kitchen killed 17 inmates on Monday.

Officials later raised the death toll from the week's violence to 31.

Violence in the country's prisons has surged since 2021, claiming the lives of hundreds of prisoners.
`

// guards27 tells of guards over years, on strike, not dead; its toll
// names no one.
const guards27 = ` date 2023-07-26 STORY: Riot in a Guayaquil prison.

Clashes between gangs began on Saturday in the Litoral prison.

Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.

Hundreds of guards have gone on strike since 2021, demanding better protection.
`

// strike27 is another story in the corpus, of no deaths at all.
const strike27 = ` date 2023-07-20 STORY: Port workers strike in Valparaiso.

Dockworkers walked off the job at the port of Valparaiso in Chile on Thursday.

The union said the strike would continue until the operator agreed to hire two extra safety inspectors.
`

func TestReview27DeathsOfNamedPeople(t *testing.T) {
	seed, err := os.ReadFile("../testdata/news/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		stories map[string]string
		q       string
		want    string // a substring the answer must hold ("" = none)
		notWant string // a substring the answer must not hold ("" = none)
		why     string
	}{
		{"prisoners-died", map[string]string{"riot.txt": riot27, "strike.txt": strike27},
			"how many prisoners died", "31", "",
			"the toll of 31 names no one; the story tells of prisoners' deaths, so the toll is the count of the prison's dead"},
		{"allcaps-cb-claim", map[string]string{"riot.txt": riot27, "strike.txt": strike27},
			"I HEARD ON THE CB IT WAS 50 CONVICTS DEAD IS THAT RIGHT", "31", "",
			"the claim of 50 dead convicts is checked against the toll, 31"},
		{"one-story-corpus", map[string]string{"riot.txt": riot27},
			"How many prisoners were killed?", "31", "",
			"the same question over a corpus of this one story: the toll is the answer"},
		{"soldiers-not-bound", map[string]string{"riot.txt": riot27, "strike.txt": strike27},
			"how many soldiers died", "", "18 to 31",
			"the story tells of no soldier's death: the toll is no count of dead soldiers"},
		{"guards-not-bound", map[string]string{"riot.txt": riot27, "strike.txt": strike27},
			"how many guards died", "", "18 to 31",
			"guards were held hostage, none is said to have died: the toll is no count of dead guards"},
		{"guards-not-bound-seed", map[string]string{"riot.txt": string(seed), "strike.txt": strike27},
			"how many guards died", "", "18 to 31",
			"the same of the seed story itself, whose sentences riot27 compresses"},
		{"over-period-asked", map[string]string{"riot.txt": riot27, "strike.txt": strike27},
			"how many prisoners have died since 2021", "hundreds", "18 to 31",
			"asked over years since 2021: the answer is the 'hundreds of prisoners' since 2021, not one week's toll"},
		{"share-of-stated-toll", map[string]string{"riot.txt": riot27, "strike.txt": strike27},
			"from 31 dead how many were prisoners", "", "18 to 31",
			"the question states the toll and asks the prisoners' share of it; the toll sentence does not give it"},
		{"guards-on-strike-not-dead", map[string]string{"riot.txt": guards27, "strike.txt": strike27},
			"how many guards died", "", "18 to 31",
			"the guards 'have gone on strike' since 2021: going is no dying, so the story binds no guard to a death and the toll is no count of dead guards"},
		{"one-event-count-wins", map[string]string{"fire.txt": fire27, "strike.txt": strike27},
			"how many inmates died", "17", "",
			"the story counts inmates' deaths itself (a fire killed 17 inmates); the 31 is a toll of the week's violence that names no one"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := askOf(t, tt.stories, tt.q)
			got := a.Text
			if a.Abstained {
				got = "(abstained) " + got
			}
			if tt.want != "" && (a.Abstained || !strings.Contains(a.Text, tt.want)) {
				t.Errorf("%s\n%q: answer %q, want it to hold %q", tt.why, tt.q, got, tt.want)
			}
			if tt.notWant != "" && !a.Abstained && strings.Contains(a.Text, tt.notWant) {
				t.Errorf("%s\n%q: answer %q, want it not to hold %q", tt.why, tt.q, got, tt.notWant)
			}
		})
	}
}

func TestReview27StatementBeforeCheckBack(t *testing.T) {
	stories := map[string]string{"riot.txt": riot27, "strike.txt": strike27}
	ix := edgeIndex(t, stories)
	for _, tt := range []struct {
		name, q string
		has     []string // words whose stems must be key terms
		hasNot  []string // words whose stems must not be
		why     string
	}{
		{"notes-then-is-that",
			"I have the death toll in my notes as 18. Is that still the number or did it change?",
			[]string{"toll"}, nil,
			"'that' is the toll the asker states; the toll is the topic"},
		{"statement-then-was-it",
			"The clashes between gangs began on Saturday. Was it in Guayaquil?",
			[]string{"clashes", "gangs"}, nil,
			"'it' is the clashes: where they happened is asked"},
		{"wh-question-after-statement",
			"The riot was in Guayaquil. What was the death toll?",
			[]string{"toll"}, []string{"guayaquil"},
			"a wh-question with words of its own is not a check of the statement: the statement's place is no key term"},
		{"checks-back-without-statement",
			"Is that still the death toll?",
			[]string{"toll"}, nil,
			"no statement before: the question's own words"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			keys := keyTermsOf(ix, tt.q)
			for _, w := range tt.has {
				if !slices.Contains(keys, text.Stem(w)) {
					t.Errorf("%s\n%q: keys %v, want %q", tt.why, tt.q, keys, text.Stem(w))
				}
			}
			for _, w := range tt.hasNot {
				if slices.Contains(keys, text.Stem(w)) {
					t.Errorf("%s\n%q: keys %v, want no %q", tt.why, tt.q, keys, text.Stem(w))
				}
			}
		})
	}
	// and answered: the toll is still 31, not 18 (over the seed story; over
	// the shortened story it is hedged, left open: the unknown "note",
	// "chang" and "18" hold it under the threshold)
	const asked = "I have the death toll in my notes as 18. Is that still the number or did it change?"
	seed, err := os.ReadFile("../corpus/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, st := range map[string]map[string]string{"seed": {"seed.txt": string(seed)}} {
		a := askOf(t, st, asked)
		if a.Abstained || !strings.Contains(a.Text, "31") {
			t.Errorf("%s: the asker's 18 was raised to 31: answer %q (abstained %v), want the toll sentence", name, a.Text, a.Abstained)
		}
	}
}
