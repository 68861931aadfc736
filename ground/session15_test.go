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
		{"step in only in the condition", denied, "Ricardo Solis said on Wednesday that the government would mediate what he called a private dispute between a company and its workers if the union asked it to step in [1].", ""},
	})
}

// Chat register in a reply ("lol", "basically", "tho") says nothing of
// the facts: it neither counts against the claim nor for it.
func TestChatFillerIsNoMissingWord(t *testing.T) {
	const p = "Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI. He said the operation had been decisive.\n"
	runEdgeCases(t, []edgeCase{
		{"filler around a supported claim", p, "rodriguez is basically the snai director lol, smh tbh [1].", ""},
		{"filler does not carry an unsupported claim", p, "rodriguez is basically the snai director lol and a retired boxer from quito tbh [1].", "words"},
	})
}

// "The passages don't say who did X" is gainsaid by a sentence that
// names a doer of X, before the deed or after "by", not by one that
// tells of X with no doer; a second question joined with "or which"
// does not widen the first one's topic.
func TestAbsenceOfWhoAnsweredByADoer(t *testing.T) {
	const who = "The toll rose to 31 [1]. The passages don't say who raised the death toll."
	const whoOr = "The toll rose to 31 [1]. The passages don't say who raised the death toll or which official announced the new figure."
	const active = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	const passive = "The death toll was raised from 18 to 31 on Tuesday.\n"
	const timeFirst = "Yesterday the death toll was raised from 18 to 31.\n"
	const byAgent = "The death toll was raised by the attorney general from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"doer before the deed", active, who, "absence"},
		{"doer before the deed, second question joined", active, whoOr, "absence"},
		{"no doer", passive, who, ""},
		{"no doer, second question joined", passive, whoOr, ""},
		{"a time is no doer", timeFirst, who, ""},
		{"doer after by", byAgent, who, "absence"},
		{"a word of another clause is no doer", "Officials met and the death toll was raised from 18 to 31.\n", who, ""},
	})
}

// An event a claim links its own to ("after", "due to", "in retaliation
// for", "sparked by") must be the passage's: most of its words held,
// and two of them missing at least before it is called unsaid.
func TestLinkedEventMustBeThePassages(t *testing.T) {
	const p = "Clashes between gangs here began on Saturday. On Monday, President Guillermo Lasso declared a state of emergency in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"invented event after", p, "Clashes between gangs here began on Saturday, and on Monday President Guillermo Lasso declared a state of emergency in the city of Duran after a prison transfer went wrong [1].", "link"},
		{"invented reprisal", p, "Lasso declared a state of emergency in Duran in retaliation for a police raid on a cartel [1].", "link"},
		{"invented cause with due to", p, "Clashes between gangs here began on Saturday, and on Monday President Guillermo Lasso declared a state of emergency in the city of Duran due to a dispute over smuggling routes [1].", "link"},
		{"invented event amid", p, "Clashes between gangs here began on Saturday, and on Monday President Guillermo Lasso declared a state of emergency in the city of Duran amid heavy rain in the coastal region [1].", "link"},
		{"a span of time after after", p, "Clashes between gangs here began on Saturday, and on Monday President Guillermo Lasso declared a state of emergency in the city of Duran after several long weeks [1].", ""},
		{"a time of day after after", p, "Clashes between gangs here began on Saturday, and on Monday President Guillermo Lasso declared a state of emergency in the city of Duran after a tense night [1].", ""},
		{"the passage's event after", p, "Lasso declared a state of emergency in Duran after the mayor of Manta was shot dead [1].", ""},
		{"one word missing is a paraphrase", p, "Clashes between gangs here began on Saturday, and on Monday President Guillermo Lasso declared a state of emergency in the city of Duran after the mayor's slaying [1].", ""},
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
// word also written lower-case and "may" stay as the claim writes them.
func TestTrueCaseReadsOnlyNames(t *testing.T) {
	s := story.Parse("t.txt", " date 2023-07-26 STORY: Town news.\n\n"+
		"Clashes began in Duran. The President spoke, and the president's aide said talks resume in March.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	forms := capitalForms(evidenceOf(ps))
	for _, tt := range []struct{ in, want string }{
		{"clashes began in duran", "clashes began in Duran"},
		{"the president spoke", "the president spoke"},
		{"protesters march again", "protesters march again"},
		{"DURAN is calm", "DURAN is calm"},
	} {
		if got := trueCase(tt.in, forms); got != tt.want {
			t.Errorf("trueCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A verb saying how a deed goes ("keeps", "tried to") is no deed of its
// own: the actor rule reads the verb after it.
func TestAspectVerbIsNoDeed(t *testing.T) {
	const p = "On Monday, President Guillermo Lasso declared a state of emergency in the provinces of Manabi and Los Rios. Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021.\n"
	runEdgeCases(t, []edgeCase{
		{"keeps and the passage's deed", p, "Lasso keeps declaring states of emergency in the prisons [1].", ""},
		{"keeps and another deed", p, "Lasso keeps closing the prisons in Manabi [1].", `"closing"`},
		{"tried to and the passage's deed", p, "Lasso tried to tackle the violence in the prisons [1].", ""},
		{"tried to and another deed", p, "Lasso tried to close the prisons in Manabi [1].", `"close"`},
	})
}

// "Killed" is the killing "shot dead" tells: the day rule reads them as
// one event, so "killed on Monday" is gainsaid by "shot dead on Sunday";
// "found dead" tells no killing: one killed on Saturday may be found
// dead on Sunday.
func TestKilledIsTheShotDeadEventsDay(t *testing.T) {
	const shot = "On Monday, President Guillermo Lasso declared a state of emergency in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday.\n"
	const found = "The mayor of the city of Manta was found dead on Sunday. On Monday, police said he had been killed by a gang on Saturday.\n"
	runEdgeCases(t, []edgeCase{
		{"killed on another day", shot, "The mayor was killed on Monday [1].", "day"},
		{"killed on the day", shot, "The mayor was killed on Sunday [1].", ""},
		{"found dead is no killing", found, "The mayor of Manta was killed on Saturday, police said [1].", ""},
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
		{"one word, not a name's", p, "Soldiers gained access to three cellblocks at the Penitenciaria del Litoral, the stronghold [1].", ""},
	})
}

// What a claim says happened since ("has since been extended") is an
// outcome the passage must tell; one it tells passes, and "since" of a
// time ("has been in force since Monday") is none.
func TestSinceDeedIsAnOutcome(t *testing.T) {
	const p = "On Monday, President Guillermo Lasso declared a 60-day state of emergency in the provinces of Manabi and Los Rios.\n"
	const union = "The union said the strike would go on until the operator agreed to a pay rise.\n"
	runEdgeCases(t, []edgeCase{
		{"extended since", p, "President Guillermo Lasso declared a 60-day state of emergency in Manabi and Los Rios on Monday, which has since been extended [1].", `outcome "extended"`},
		{"agreed since", union, "The union said the strike would go on until the operator agreed to a pay rise, which the operator has since agreed to [1].", "outcome"},
		{"the passage's deed since", p, "President Guillermo Lasso declared a 60-day state of emergency in Manabi and Los Rios on Monday, and has since declared it in Los Rios too [1].", ""},
		{"since as a cause", "Inmates stayed calm as heavily armed soldiers patrolled the prison.\n", "The inmates stayed calm, since trained soldiers patrolled the prison [1].", ""},
		{"since a time", p, "A 60-day state of emergency has been in force in Manabi and Los Rios since Monday, when President Guillermo Lasso declared it [1].", ""},
	})
}
