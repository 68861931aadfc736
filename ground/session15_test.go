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
		{"a filler word that says something", "Police arrested a 16-year-old girl on Tuesday.\n", "A man was arrested [1].", "words"},
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

// A cause a claim gives with "due to", "in retaliation for", "sparked by"
// must be mostly the cited passages' words, two of them missing at least
// before it is called unsaid; chat filler in it is none of its words.
// What follows "after" and "amid" is left to the words: faithful replies
// paraphrase it too freely.
func TestLinkedCauseMustBeThePassages(t *testing.T) {
	const p = "Clashes between gangs here began on Saturday. On Monday, President Guillermo Lasso declared a state of emergency in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday.\n"
	const lead = "Clashes between gangs here began on Saturday, and on Monday President Guillermo Lasso declared a state of emergency in the city of Duran "
	const fire = "The wildfire has burned 2,000 hectares of forest near the town since Tuesday, officials said.\n"
	runEdgeCases(t, []edgeCase{
		{"invented reprisal", p, "Lasso declared a state of emergency in Duran in retaliation for a police raid on a cartel [1].", "link"},
		{"invented cause with due to", p, lead + "due to a dispute over smuggling routes [1].", "link"},
		{"amid is background, left to the words", "Exports fell 8 percent in the first quarter as shipping costs rose and gangs targeted the port of Guayaquil.\n", "Exports fell 8 percent in the first quarter amid higher freight costs and gang attacks at the port of Guayaquil [1].", ""},
		{"chat filler in the cause", "Flights out of Denver were cancelled on Friday because of heavy snow.\n", "flights outta denver got cancelled friday due to like heavy snow lol [1].", ""},
		{"sparked by", fire, "The wildfire, sparked by an arson attack in the forest near the town on Tuesday, has burned 2,000 hectares, officials said [1].", "link"},
		{"fueled, American spelling", fire, "The wildfire, fueled by an arson attack, has burned 2,000 hectares of forest near the town since Tuesday, officials said [1].", "link"},
		{"one word missing is a paraphrase", p, lead + "amid the mayor's slaying [1].", ""},
		{"the passage's event after after", p, "Lasso declared a state of emergency in Duran after the mayor of Manta was shot dead [1].", ""},
		{"after paraphrased", "Shares of the chipmaker fell 12 percent on Thursday after the company cut its sales forecast for the year.\n", "Shares of the chipmaker fell 12 percent on Thursday after it lowered its sales outlook [1].", ""},
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
		{"an age", "Daniel Noboa, 35, a businessman, won the runoff on Sunday.\n", "Daniel Noboa, a 35-year-old, won the runoff on Sunday [1].", ""},
		{"one word, not a name's", p, "Soldiers gained access to three cellblocks at the Penitenciaria del Litoral, the stronghold [1].", ""},
	})
}

// The first review's cases: a report's speaker, a number, a word of the
// passive's subject, a denied or intended deed, and "who" before the deed
// name no doer; nor does a question that asks who someone is.
func TestAbsenceOfWhoNamesNoDoerAtItsEdges(t *testing.T) {
	const shot = "The passages don't say who shot the mayor."
	runEdgeCases(t, []edgeCase{
		{"report's speaker", "Police said the mayor was shot several times as he left his home on Sunday.\n", shot, ""},
		{"unclear who", "Local media said the mayor was shot several times. It is unclear who shot him.\n", shot, ""},
		{"how clause", "Investigators are still trying to determine how the fire started in the warehouse.\n", "The passages don't say who started the fire.", ""},
		{"passive subject's word", "A nighttime curfew was imposed in the city of Duran on Monday after at least nine people were killed.\n", "The passages don't say who imposed the curfew.", ""},
		{"passive with a number", "Three suspects were arrested on Friday in the capital.\n", "The passages don't say who arrested the suspects.", ""},
		{"intended and denied", "The president has not yet named anyone to replace the minister, who resigned on Friday.\n", "The passages don't say who will replace the minister.", ""},
		{"who someone is", "The prison agency said a new director would be named next month.\n", "The passages don't say who the new director will be.", ""},
		{"passive without by", "The death toll from the violence was raised to 31 on Tuesday.\n", "The passages don't say who raised the death toll.", ""},
		{"by a number", "Fuel prices were raised by 10 percent on Monday.\n", "The passages don't say who raised fuel prices.", ""},
		{"a report's speaker before an intransitive deed", "Officials said the fire started in a storage room.\n", "The passages don't say who started the fire.", ""},
		{"a belief", "Investigators believe the fire started in a storage room.\n", "The passages don't say who started the fire.", ""},
		{"an unidentified doer", "Unidentified gunmen shot the mayor of Manta on Sunday.\n", shot, ""},
		{"doer in the active", "Gang members shot the mayor on Sunday, police said.\n", shot, "absence"},
		{"doer after by", "The mayor was shot by gang members on Sunday.\n", shot, "absence"},
	})
}

// A denied deed names no doer, and a "who" that asks who someone is asks
// for no deed's doer.
func TestAbsenceOfWhoDeniedOrNoDeed(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"denied", "Police have not arrested the suspects in the killing.\n", "The passages don't say who arrested the suspects.", ""},
		{"who someone is", "Officials named a new director of the prison agency on Monday.\n", "The passages don't say who the new director is.", ""},
	})
}

// The killing equivalence holds only for the same victim: another
// killing on another day in the passage is no contradiction; and a
// killing told with "assassinated" or "gunned down" is one.
func TestKillingDayOfTheSameVictim(t *testing.T) {
	const two = "A local journalist was shot dead on Saturday in Manta. On Friday, two police officers were killed in an ambush in Guayaquil.\n"
	const riot = "On Monday, five inmates were killed during a riot at the Litoral prison, and a guard was shot dead on Wednesday as he left work.\n"
	const mayor = "On Monday, President Guillermo Lasso declared a state of emergency in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"another victim's day", two, "Two police officers were killed on Friday in an ambush in Guayaquil [1].", ""},
		{"another clause's killing", riot, "Five inmates were killed on Monday during a riot at the Litoral prison [1].", ""},
		{"assassinated on another day", mayor, "The mayor of Manta was assassinated on Monday [1].", "day"},
		{"another victim of the same role", "A police officer was shot dead on Friday in Quito. Another officer was stabbed to death on Saturday in Guayaquil.\n", "Another officer was killed on Saturday in Guayaquil [1].", ""},
		{"gunned down on another day", mayor, "The mayor of Manta was gunned down on Monday [1].", "day"},
	})
}

// "Now" in a claim is chat filler too: "the death toll now stands at 31"
// is the passage's toll.
func TestNowIsNoMissingWord(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"now stands", "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n", "The death toll now stands at 31 [1].", ""},
	})
}
