package ground

import (
	"testing"
)

// Review 17: inputs on which the four rules of the seventeenth session's
// change decide wrongly. Every case states the RIGHT decision; a failing
// case is a wrong decision (a faithful claim dropped: false alarm; a wrong
// claim kept: miss). Cases are checked one passage at a time (edgeReason).

type review17Case struct {
	name, passage, asked, claim string
	dropped                     bool // the right decision
}

func runReview17(t *testing.T, cases []review17Case) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			asked := tt.asked
			if asked == "" {
				asked = "What happened?"
			}
			got := edgeReason(t, tt.passage, asked, tt.claim)
			switch {
			case tt.dropped && got == "":
				t.Errorf("MISS: %q kept against %q; want it dropped", tt.claim, tt.passage)
			case !tt.dropped && got != "":
				t.Errorf("FALSE ALARM: %q dropped against %q (%s); want it kept", tt.claim, tt.passage, got)
			}
		})
	}
}

// Rule 1 (support.go saidAfterAll / assertedIn): a "the passages don't
// say X" claim refuted through lemmas, stem synonyms and two-word
// "whether".
func TestReview17Absence(t *testing.T) {
	runReview17(t, []review17Case{
		// false alarms: the passage mentions the words, but does not say it happened
		{"FA passage itself says officials did not say whether",
			"Officials did not say whether the suspects had been charged.", "",
			"The passages don't say whether the suspects have been charged [1].", false},
		{"FA passage says it is unclear whether",
			"It was not immediately clear whether the prison had been retaken.", "",
			"The passages don't say whether the prison was retaken [1].", false},
		{"FA purpose infinitive: deployed to retake",
			"Thousands of troops were deployed to retake the prison on Tuesday.", "",
			"The passages don't say whether the prison was retaken [1].", false},
		{"FA modal may: curfew may be extended",
			"Officials said the curfew may be extended.", "",
			"The passages don't say whether the curfew was extended [1].", false},
		{"FA expected to: bill expected to be approved",
			"Lawmakers are expected to approve the bill next week.", "",
			"The passages don't say whether the bill was approved [1].", false},
		{"FA stem synonym of a thing not said: found/seized",
			"Police have not said what was found inside the prison.", "",
			"The passages don't say what was seized inside the prison [1].", false},
		// misses: the passage does say it
		{"MISS factual until read as irrealis",
			"The siege lasted five days until troops retook the prison.", "",
			"The passages don't say whether the prison was retaken [1].", true},
		{"MISS if instead of whether",
			"Soldiers and police retook the prison on Wednesday.", "",
			"The passages don't say if the prison was retaken [1].", true},
	})
}

// Rule 2 (rate.go rateRule, spanish.go esRateRE): a rate keeps its unit.
func TestReview17Rate(t *testing.T) {
	const port = "The strike has halted the loading of about 12,000 containers a day, the port operator said. Some 12,000 dockworkers walked out on Monday, one week after talks collapsed."
	const ferry = "Ferries to the island, which normally run three times a week, were suspended after the storm. Three fishermen were rescued the following day."
	runReview17(t, []review17Case{
		// false alarms: "a week after" / "a day later" is a time, not a rate
		{"FA a week after read as per week", port, "",
			"About 12,000 dockworkers walked out a week after talks collapsed [1].", false},
		{"FA a day later read as per day", ferry, "",
			"Three fishermen were rescued a day later [1].", false},
		{"FA Spanish al dia siguiente glossed per day", ferry, "¿Qué pasó?",
			"Tres pescadores fueron rescatados al día siguiente [1].", false},
		// misses: the claim changes the unit
		{"MISS unit more than four words after the number",
			"Ukraine exported about 40,000 metric tonnes of grain a day through the port.", "",
			"Ukraine exported about 40,000 metric tonnes of grain a week through the port [1].", true},
	})
}

// Rule 3 (meaning.go laterDeed): a verb after since/later/eventually/...
// is an outcome the passage must hold.
func TestReview17LaterDeed(t *testing.T) {
	runReview17(t, []review17Case{
		// false alarms: the sequel is in the passage, in other words
		{"FA eventually agreed of reached a deal",
			"The strike ended after the union and the port operator reached a deal on a 9 percent pay rise.", "",
			"The union and the port operator eventually agreed to a 9 percent pay rise [1].", false},
		{"FA eventually ended of called off",
			"The union called off the strike after the operator agreed to a 9 percent pay rise.", "",
			"The strike eventually ended after the operator agreed to a 9 percent pay rise [1].", false},
		{"FA later succumbed of died later",
			"The suspect was shot by police and died later in hospital.", "",
			"The suspect was shot by police and later succumbed to his injuries in hospital [1].", false},
		{"FA since-deleted of later removed",
			"In a post on X, which he later removed, the mayor blamed the union.", "",
			"In a since-deleted post on X, the mayor blamed the union [1].", false},
		{"FA since + adjective armed (conjunction since)",
			"Violence has gripped the city since gunmen stormed a television studio on Tuesday.", "",
			"Violence has gripped the city since armed men stormed a television studio on Tuesday [1].", false},
		{"FA has since been: 'been' itself taken as the deed",
			"Officials extended the state of emergency by 30 days on Friday. The measure lets soldiers patrol the streets.", "",
			"The state of emergency has since been extended by 30 days [1].", false},
		// misses: a sequel the passage lacks
		{"MISS has since then been extended",
			"The government announced a 60-day state of emergency on Monday. Since then, soldiers have patrolled the streets.", "",
			"The state of emergency, announced on Monday, has since then been extended [1].", true},
	})
}

// Rule 4 (actor.go frontedTime, pronoun_deed.go): a name after a fronted
// time is the actor; "he"/"she" is the name the claim before opened with.
func TestReview17PronounAndFrontedTime(t *testing.T) {
	const ag = "Ecuador's attorney general on Tuesday raised the death toll from 18 to 31. Guillermo Rodriguez is the general director of the SNAI. Rodriguez visited the prison on Wednesday."
	runReview17(t, []review17Case{
		// false alarms
		{"FA she is the woman the first claim names second",
			"President Guillermo Lasso met Attorney General Diana Salazar on Tuesday. The meeting lasted two hours. Salazar then raised the death toll from 18 to 31.", "",
			"Lasso met Attorney General Diana Salazar on Tuesday [1]. She raised the death toll from 18 to 31 [1].", false},
		{"FA he is the man the first claim names as object",
			"President Daniel Noboa appointed John Reimberg as interior minister on Monday. The cabinet met on Tuesday. Reimberg joined the police in 1998.", "",
			"Noboa appointed John Reimberg as interior minister on Monday [1]. He joined the police in 1998 [1].", false},
		{"FA he after a claim opening with a woman's name",
			"Attorney General Diana Salazar said police had arrested a gang leader known as Fito's deputy. Officials said the riot began on Saturday. The man was captured in Manta on Monday.", "",
			"Attorney General Diana Salazar said police had arrested Fito's deputy [1]. He was captured in Manta on Monday [1].", false},
		{"FA his deed told of him by title two sentences on",
			"Guillermo Rodriguez is the general director of the SNAI. The agency runs 36 prisons. On Wednesday, the SNAI director ordered the transfer of 40 inmates.", "",
			"Guillermo Rodriguez is the general director of the SNAI [1]. He ordered the transfer of 40 inmates on Wednesday [1].", false},
		{"FA fronted time makes a country's deed checked (kept without the time)",
			"President Daniel Noboa declared an internal armed conflict on January 9, after gunmen stormed a TV studio. The decree named 22 gangs as terrorist groups. Ecuador has become a key transit point for cocaine.", "",
			"In January Ecuador declared an internal armed conflict [1].", false},
		{"FA early on Wednesday: deed told of him by title (kept without the time)",
			"Rodriguez heads the SNAI, the agency that runs 36 prisons. The agency has faced criticism. Early on Wednesday, the SNAI director ordered the transfer of 40 inmates.", "",
			"Early on Wednesday Rodriguez ordered the transfer of 40 inmates [1].", false},
		// misses: the attorney general's deed given to Rodriguez through "he"
		{"MISS second he in a row", ag, "",
			"Guillermo Rodriguez is the general director of the SNAI [1]. He visited the prison on Wednesday [1]. He raised the death toll from 18 to 31 [1].", true},
	})
}
