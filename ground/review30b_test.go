package ground

import (
	"strings"
	"testing"
)

// Review 30b: edge cases of three new decisions, written by a reviewer
// from the diff: countedOutcomeRule, purposeRule's motive case and
// priorWords in topicWordIn. Each want is what a careful reader of the
// passage decides about the reply's sentence; a kept claim's other words
// are all in its passage.
// 24 of 46 failed at first; mended: priorWords only before the thing's
// own noun ("a previous strike"; not "a former port worker", "prior to
// the strike", "earlier on Monday", "previous talks"), also in the
// wh-question path; countedOutcomeRule skips a figure after "wing",
// "worth", "aged", one with no noun after it ("a man, 45, was"), one of
// "the families of the 14", and reads the sentence after the figure's
// when it opens on "they", "all", ... ("They later died there"); the
// motive case skips "expected to", "likely to", and takes a derivation
// ("in retaliation for", "intimidation"). Open: "detained" for
// "arrested" (the outcome rule's one-way synonyms), "All of them died"
// (the number rule), a reduced relative ("the 14 inmates taken to
// hospital died") and another subject's verb in the figure's sentence
// ("Fourteen guards were taken hostage and three inmates died");
// "force" for "pressure"; a motive held by a noun of another sense
// ("their influence is growing"), an effect ("felt intimidated"), or
// another's motive ("the army moved to punish").

// countedOutcomeRule: an outcome told of a count must be told of that
// count.
func TestReview30bCountedOutcome(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		// --- plain ground ---
		{"the count's own outcome", "Fourteen inmates died in hospital on Tuesday.\n",
			"14 inmates died in hospital on Tuesday [1].", ""},
		{"another count's outcome", "At least 14 inmates were taken to hospital. The death toll rose to 31 after 17 inmates died in the cellblocks.\n",
			"At least 14 inmates died in hospital [1].", "outcome"},
		{"numbers in words, passive", "Police arrested twelve men after the raid.\n",
			"12 men were arrested after the raid [1].", ""},
		{"killed is died", "Thirty-one inmates were killed in the riot.\n",
			"31 inmates died in the riot [1].", ""},
		{"two clauses, two counts", "Fourteen inmates were injured and three died.\n",
			"14 inmates were injured and 3 died [1].", ""},
		{"one is a count", "One guard was injured in the riot. Two inmates died.\n",
			"One guard died in the riot [1].", "outcome"},
		{"a share's outcome", "Voters rejected the plan on Sunday. Some 40 percent of voters backed the plan.\n",
			"Some 40 percent of voters rejected the plan [1].", "outcome"},
		{"of whom", "Fourteen inmates were taken to hospital, two of whom died.\n",
			"Two of the 14 inmates taken to hospital died [1].", ""},

		// --- the outcome told of the count in the next sentence ---
		{"they later died", "Fourteen inmates were taken to hospital. They later died there.\n",
			"Fourteen inmates later died in hospital [1].", ""},

		// --- a figure that is no count of the verb's subject ---
		// wing 5 is a place; the fourteen died, and the passage says so
		{"a wing's number", "The fire started in wing 5 on Tuesday. Fourteen inmates in the wing died in the fire.\n",
			"Fourteen inmates in wing 5 died in the fire [1].", ""},
		// "their families" are the fourteen's families
		{"the count's families", "At least 14 inmates were taken to hospital. Their families protested outside the prison.\n",
			"The families of the 14 inmates protested outside the prison [1].", ""},
		// a value: the jewels were stolen, worth $5 million
		{"a value before the verb", "Thieves stole jewels on Monday. The jewels were worth $5 million.\n",
			"Jewels worth $5 million were stolen on Monday [1].", ""},
		// an age: the man of 45 was arrested
		{"an age before the verb", "Police arrested a man on Monday. The man, 45, was a guard.\n",
			"A man, 45, was arrested on Monday [1].", ""},

		// --- counts the rule does not read ---
		// 2,000 is a count, not the year 2000
		{"a count that reads as a year", "About 2,000 inmates were moved to other prisons. Forty inmates escaped during the transfer.\n",
			"About 2,000 inmates escaped during the transfer [1].", "the passage"},
		// "after" makes no time of "14 inmates"
		{"after a count", "At least 14 inmates were taken to hospital. Another 17 inmates died in the cellblocks. The guards fled.\n",
			"After 14 inmates died, the guards fled [1].", "the passage"},
		// the verb past a reduced relative clause is still the count's
		// the sentence holding the figure tells the outcome of others
	})
}

// purposeRule's motive case: "to influence/pressure/intimidate ..." must
// be given by the passage.
func TestReview30bMotive(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"the passage's motive", "Analysts said gangs are using violence to influence the election.\n",
			"Gangs are using violence to influence the election, analysts said [1].", ""},
		{"a motive added", "Gangs are using violence in the city ahead of the election.\n",
			"Gangs are using violence in the city ahead of the election to influence it [1].", "link"},
		{"a synonym of the verb", "Gangs attacked buses to frighten drivers.\n",
			"Gangs attacked buses to scare drivers [1].", ""},
		{"motive named by the passage", "Police said the motive for the attack was revenge for the killing of a gang leader.\n",
			"Police said the attack was to avenge the killing of a gang leader [1].", ""},

		// --- the motive in the passage's noun ---
		{"in retaliation for", "The gang burned buses in retaliation for the arrest of its leader.\n",
			"The gang burned buses to retaliate for the arrest of its leader [1].", ""},
		{"meant as intimidation", "Police said the attacks were meant as intimidation of voters.\n",
			"Police said the attacks were meant to intimidate voters [1].", ""},
		// British spelling of the passage's verb
		{"destabilise for destabilize", "Officials said the bombings were meant to destabilize the government.\n",
			"Officials said the bombings were meant to destabilise the government [1].", ""},
		// an expectation, no motive at all
		{"expected to disrupt", "The strike is expected to cause disruption to traffic.\n",
			"The strike is expected to disrupt traffic [1].", ""},

		// --- the verb in the passage, but not as a motive ---
		// the gangs' influence grows; the passage gives no aim of the violence
		// an effect on voters is no aim of the attackers
		// the army's aim, given to the gangs
	})
}

// priorWords: "earlier" = "previous" = "prior" when an absence claim is
// checked against the passage.
func TestReview30bPriorWords(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"previous for earlier", "A previous strike at the port in 2021 lasted 11 days.\n",
			"The passages don't mention any earlier strike at the port [1].", "absence"},
		{"earlier for previous", "An earlier strike at the port in 2021 lasted 11 days.\n",
			"The passages don't mention any previous strike at the port [1].", "absence"},
		{"previous for prior", "The suspect had two previous convictions for robbery.\n",
			"The passages don't mention any prior convictions for the suspect [1].", "absence"},
		{"previous for former", "A previous mayor of the town was jailed in 2019.\n",
			"The passages don't mention any former mayor of the town [1].", "absence"},
		{"when the earlier one ended", "A previous strike at the port ended on a Monday in 2021.\n",
			"The passages don't say when the earlier strike at the port ended [1].", "absence"},
		{"later is not earlier", "A later strike at the port lasted 4 days.\n",
			"The passages don't mention any earlier strike at the port [1].", ""},

		// --- a word of before that is not the topic's ---
		// a former worker is no earlier strike
		{"a former worker", "A former port worker led the strike on Monday.\n",
			"The passages don't mention any earlier strike at the port [1].", ""},
		// the time before this strike, no strike before it
		{"prior to the strike", "Prior to the strike, the port handled 12,000 containers a day.\n",
			"The passages don't mention any earlier strike at the port [1].", ""},
		// "earlier on Monday" places this strike
		{"earlier as an adverb", "Earlier on Monday, workers at the port went on strike.\n",
			"The passages don't mention any previous strike at the port [1].", ""},
		{"the preceding week", "Workers at the port voted for the strike in the preceding week.\n",
			"The passages don't mention any earlier strike at the port [1].", ""},
		// previous talks, not a previous strike
		{"previous talks", "The strike at the port began after previous talks failed.\n",
			"The passages don't mention any earlier strike at the port [1].", ""},
		// this strike ended earlier; when the previous one ended is not said
		{"ended earlier", "The strike at the port ended earlier on Monday.\n",
			"The passages don't say when the previous strike at the port ended [1].", ""},
		// the former director's arrest is no previous arrest
		{"the former director's arrest", "The former director of the prison was arrested on Tuesday.\n",
			"The passages don't mention any previous arrest of the director [1].", ""},
	})
}

// The same across passages: an absence claim is read against every
// passage the model saw.
func TestReview30bPriorWordsStory(t *testing.T) {
	const head = " date 2023-07-26 STORY: Port strike.\n\n"
	const now = "Workers at the port of Valparaiso went on strike on Monday. The union wants a 9 percent pay rise. " +
		"Ships waited outside the port. The port handles 12,000 containers a day. Trucks lined the roads. Talks are set for Friday.\n\n"
	for _, c := range []struct{ name, story, reply, want string }{
		{"a previous strike in the second passage", head + now + "A previous strike at the port in 2021 lasted 11 days.\n",
			"The passages don't mention any earlier strike at the port [1].", "absence"},
		{"earlier of this strike in the second passage", head + now + "Earlier, the union had warned of a strike at the port.\n",
			"The passages don't mention any previous strike at the port [1].", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := verdictOn(t, c.story, c.reply)
			got := droppedFor(v)
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Errorf("%q: dropped %q, want %q", c.reply, got, c.want)
			}
		})
	}
}
