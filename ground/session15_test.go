package ground

import (
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A phrasal verb says what its one-word synonym says: "would step in"
// states the "would intervene" the passage denies, while "would not step
// in" agrees with it and "stepped in" of a passage that says it did is
// no flip.
func TestPhrasalVerbStatesWhatTheDenialDenies(t *testing.T) {
	const denied = "Chile's transport minister, Ricardo Solis, said on Wednesday that the government would not intervene in what he called a private dispute between a company and its workers.\n"
	const done = "Chile's transport minister, Ricardo Solis, said on Wednesday that the government would intervene in what he called a private dispute between a company and its workers.\n"
	runEdgeCases(t, []edgeCase{
		{"step in flips the denial", denied, "Ricardo Solis said on Wednesday that the government would step in to mediate what he called a private dispute between a company and its workers [1].", "negation"},
		{"would not step in agrees", denied, "Ricardo Solis said on Wednesday that the government would not step in to mediate what he called a private dispute between a company and its workers [1].", ""},
		{"step in of a passage that says so", done, "Ricardo Solis said on Wednesday that the government would step in to mediate what he called a private dispute between a company and its workers [1].", ""},
		{"went on strike is no continuing", "Train drivers began a strike on Wednesday. The union said the strike would not continue beyond Friday.\n", "Train drivers went on strike on Wednesday [1].", ""},
		{"carried out raids is no completing", "Police have not yet completed their investigation into the fraud. On Tuesday, officers carried out raids on three homes in the capital.\n", "Police carried out raids on three homes in the capital on Tuesday as part of their investigation into the fraud [1].", ""},
		{"declined to step in", denied, "The government declined to step in to what Solis called a private dispute between a company and its workers [1].", ""},
		{"unwilling to step in", denied, "Solis said the government was unwilling to step in to what he called a private dispute between a company and its workers [1].", ""},
		{"broke out before dawn, another sense", "Investigators said the fire did not start in the kitchen, as first reported. It broke out before dawn in a storage room at the back of the building.\n", "According to investigators, the fire broke out before dawn in a storage room at the back of the building [1].", ""},
		{"broke down and", "Talks between the union and the port operator broke down on Tuesday. The union said its members would not go back to work.\n", "Talks with the port operator broke down and the union said its members would stay off work [1].", ""},
		{"stepped down as, another sense", "The minister did not resign from the government. On Friday he stepped down as party chairman.\n", "The minister stepped down as party chairman on Friday [1].", ""},
		{"reluctant to step in", denied, "Solis said the government was reluctant to step in to what he called a private dispute between a company and its workers [1].", ""},
		{"step in only in the condition", denied, "Ricardo Solis said on Wednesday that the government would mediate what he called a private dispute between a company and its workers if the union asked it to step in [1].", ""},
	})
}

// Chat register in a reply ("lol", "basically", "tho") says nothing of
// the facts: it neither counts against the claim nor for it.
func TestChatFillerIsNoMissingWord(t *testing.T) {
	const p = "Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI. He said the operation had been decisive.\n"
	runEdgeCases(t, []edgeCase{
		{"filler around a supported claim", p, "rodriguez is basically the snai director lol, smh tbh [1].", ""},
		{"filler in a cause", "Flights out of Denver were cancelled on Friday because of heavy snow.\n", "flights outta denver got cancelled friday because of like heavy snow lol [1].", ""},
		{"a filler word that says something", "Police arrested a 16-year-old girl on Tuesday.\n", "A man was arrested [1].", "words"},
		{"filler does not carry an unsupported claim", p, "rodriguez is basically the snai director lol and a retired boxer from quito tbh [1].", "words"},
	})
}

// A lower-case name of a chat reply is read as the passages write it:
// "mayor of duran" is the name rule's "mayor of Duran", which the
// passage does not say.
func TestLowerCaseNameReadAsThePassageWritesIt(t *testing.T) {
	const p = "On Monday, President Guillermo Lasso declared a state of emergency in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"lower-case name swapped", p, "this came after the mayor of duran was shot dead on sunday [1].", "mayor of"},
		{"lower-case name right", p, "this came after the mayor of manta was shot dead on sunday [1].", ""},
	})
}

// trueCase capitalizes only a word the passages write capitalized inside
// a sentence and never in lower case; a capital a sentence opens with, a
// word also written lower-case and "march" stay as the claim writes them.
// A word is read as a name only when a passage the claim cites writes it
// so: "hunt" of a claim citing another passage than the chancellor's is
// the verb.
func TestTrueCaseReadsOnlyNames(t *testing.T) {
	s := story.Parse("t.txt", " date 2023-07-26 STORY: Town news.\n\n"+
		"Clashes began in Duran. The President spoke, and the president's aide said talks resume in March. Chancellor Jeremy Hunt said taxes would fall.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	forms := capitalForms(evidenceOf(ps))
	for _, tt := range []struct {
		in    string
		cited int
		want  string
	}{
		{"clashes began in duran", 1, "clashes began in Duran"},
		{"the president spoke", 1, "the president spoke"},
		{"protesters march again", 1, "protesters march again"},
		{"DURAN is calm", 1, "DURAN is calm"},
		{"police launched a hunt", 1, "police launched a Hunt"},
		{"police launched a hunt", 2, "police launched a hunt"},
	} {
		if got := trueCase(tt.in, forms, []int{tt.cited}); got != tt.want {
			t.Errorf("trueCase(%q) citing passage %d = %q, want %q", tt.in, tt.cited, got, tt.want)
		}
	}
}

// A verb saying how a deed goes ("keeps", "tried to") is no deed of its
// own: the actor rule reads the verb after it, or the try itself when the
// passage tells it ("tries to tackle" for "tried to contain"). "Stopped"
// undoes the deed: it is one.
func TestAspectVerbIsNoDeed(t *testing.T) {
	const p = "On Monday, President Guillermo Lasso declared a state of emergency in the provinces of Manabi and Los Rios. Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021.\n"
	runEdgeCases(t, []edgeCase{
		{"keeps and the passage's deed", p, "Lasso keeps declaring states of emergency in the prisons [1].", ""},
		{"keeps and another deed", p, "Lasso keeps closing the prisons in Manabi [1].", `"closing"`},
		{"tried to and the passage's deed", p, "Lasso tried to tackle the violence in the prisons [1].", ""},
		{"tried to, in other words", p, "Lasso has tried to contain the violence in the prisons [1].", ""},
		{"stopped is a deed", p, "Lasso has stopped declaring states of emergency in the country's prisons [1].", `"stopped"`},
	})
}

// A description set beside a name ("Lasso, a former banker,",
// "Guayaquil, Ecuador's capital") must have a word of the passages: one
// with none is outside knowledge; one the passages half hold passes.
func TestApposedDescriptionNeedsAPassageWord(t *testing.T) {
	const p = "On Monday, President Guillermo Lasso declared a state of emergency in Ecuador. Using controlled detonations, soldiers gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil.\n"
	runEdgeCases(t, []edgeCase{
		{"outside description", p, "Guillermo Lasso, a former banker, declared a state of emergency on Monday [1].", "sets apart"},
		{"outside possessive description", p, "Soldiers gained access to three cellblocks at the Penitenciaria del Litoral in Guayaquil, Ecuador's capital [1].", "sets apart"},
		{"description closing the claim", p, "Soldiers gained access to three cellblocks at the Penitenciaria del Litoral, a notorious gang stronghold [1].", "sets apart"},
		{"the passage's description", p, "Guillermo Lasso, the president, declared a state of emergency on Monday [1].", ""},
		{"half the passage's", p, "Soldiers gained access to three cellblocks at the Penitenciaria del Litoral, the prison in the big port city [1].", ""},
		{"an age", "Daniel Noboa, 35, a businessman, won the runoff on Sunday.\n", "Daniel Noboa, a 35-year-old, won the runoff on Sunday [1].", ""},
		// the third review's cases: the claim's opening, a day, a list
		{"an opening word", "The government said 31 people died in the violence, but the opposition put the toll at more than 50.\n", "However, the figure is contested, with the opposition putting the toll at more than 50 [1].", ""},
		{"an opening setting", "Residents of Kharkiv sheltered in basements as sirens sounded across the city on Monday.\n", "In Kharkiv, the locals huddled, sheltering in basements as sirens sounded across the city on Monday [1].", ""},
		{"a day", "The council approved the plan on Tuesday after a long debate.\n", "The council met Tuesday, the members split, approving the plan after a long debate [1].", ""},
		{"a list", "The storm battered Cuba, the Georgia coastline and the Bahamas on Thursday.\n", "The storm battered Cuba, Georgia's shore and the Bahamas on Thursday [1].", ""},
		{"one word, not a name's", p, "Soldiers gained access to three cellblocks at the Penitenciaria del Litoral, the stronghold [1].", ""},
	})
}

// "Now" in a claim is chat filler too: "the death toll now stands at 31"
// is the passage's toll.
func TestNowIsNoMissingWord(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"now stands", "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n", "The death toll now stands at 31 [1].", ""},
	})
}
