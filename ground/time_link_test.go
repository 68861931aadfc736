package ground

import "testing"

// "after" joining two events needs a sentence of the passage holding
// both, or the two told one after the other; a day or a span after it
// orders nothing, and "the day after" gives a day.
func TestTimeLinkPiecedFromTwoSentences(t *testing.T) {
	const p = "Dockworkers walked off the job at the port on Thursday.\n\n" +
		"The strike was called by the union after talks over pay broke down on Tuesday evening.\n\n" +
		"Union president Marta Vergara said members had voted for the stoppage.\n\n" +
		"The port operator said the walkout had halted the loading of containers.\n\n" +
		"Two workers were killed in separate accidents at the port in March, according to the union.\n\n" +
		"The transport minister spoke on Wednesday.\n"
	runEdgeCases(t, []edgeCase{
		{"pieced from two sentences apart", p, "The union called the strike after two workers were killed in accidents in March [1].", `link: the claim says "after"`},
		{"the passage's own order", p, "The union called the strike after talks over pay broke down [1].", ""},
		{"told one after the other", p, "Dockworkers walked off the job after the union called the strike [1].", ""},
		{"a day after it", p, "The minister spoke on Wednesday, the day after talks broke down [1].", ""},
		{"a weekday after it", p, "The union called the strike after Tuesday [1].", ""},
		{"a span after it", p, "Dockworkers walked off the job after a week [1].", ""},
		{"fronted", p, "After two workers were killed in March, the union called the strike [1].", ""},
		{"following, pieced", p, "The union called the strike following the deaths of two workers in accidents in March [1].", `link: the claim says "following"`},
		{"the following day", p, "The transport minister spoke the following day [1].", ""},
		{"the following words", p, "The union called the strike with the following words about two workers killed in accidents in March [1].", ""},
	})
}

// What the link's sides may be: an effect the cited passage never tells
// is pieced too (two words of it at least); days on both sides order the
// events themselves; two sentences in a row tell them in turn; an adverb
// is no part of a side; "named after" and
// "sought-after" are no links; a quote of the "after" clause is read in
// its whole sentence.
func TestTimeLinkSides(t *testing.T) {
	const deaths = "The port operator said the walkout had halted the loading of containers.\n\n" +
		"Two workers were killed in separate accidents at the port in March, according to the union.\n"
	const apart = "Dockworkers walked off the job on Thursday.\n\nThe minister said the government would not intervene.\n\nTalks over pay broke down on Tuesday evening.\n"
	const apartNoDays = "Dockworkers walked off the job.\n\nThe minister said the government would not intervene.\n\nTalks over pay broke down in the evening.\n"
	const inTurn = "Talks over pay broke down in the evening.\n\nDockworkers walked off the job.\n\nThe minister said the government would not intervene.\n"
	const called = "The union called off the strike after the operator agreed to a 9 percent pay rise.\n"
	const declared = "Some candidates have pledged prison reforms.\n\n" +
		"On Monday, President Guillermo Lasso declared a state of emergency in the provinces of Manabi and Los Rios, after the mayor of the city of Manta was shot dead on Sunday.\n"
	const named = "The constellation Gemini is named after the twins Castor and Pollux. Beckford, a prospect many clubs wanted, has offers from Belgian clubs.\n"
	runEdgeCases(t, []edgeCase{
		{"an effect the passage never tells", deaths, "The union called the strike after two workers were killed in accidents in March [1].", `link: the claim says "after"`},
		{"a pronoun's effect leans on the claim before", deaths, "It came after two workers were killed in accidents in March [1].", ""},
		{"days on both sides", apart, "Dockworkers walked off the job on Thursday, after talks over pay broke down on Tuesday evening [1].", ""},
		{"days in the passage", apart, "Dockworkers walked off the job after talks over pay broke down [1].", ""},
		{"no days", apartNoDays, "Dockworkers walked off the job after talks over pay broke down [1].", `link: the claim says "after"`},
		{"told in turn", inTurn, "Dockworkers walked off the job after talks over pay broke down [1].", ""},
		{"an adverb", called, "The strike eventually ended after the operator agreed to a 9 percent pay rise [1].", ""},
		{"named after", named, "Gemini is named after the twins Castor and Pollux [1].", ""},
		{"quoted clause in its sentence", declared, `The declaration came after the mayor of Manta was shot dead on Sunday [1: "after the mayor of the city of Manta was shot dead on Sunday"].`, ""},
	})
}

// A time, not an event, after "after" orders nothing this rule reads: a
// span ("after a week"), "the day after", a year's season. Each passage
// here tells the two sides apart, so only the exception keeps the claim
// (the years order the season and the summer; the day rules read days).
func TestTimeLinkTimesAreNoEvents(t *testing.T) {
	const week = "Dockworkers walked off the job at the port.\n\n" +
		"The minister said the government would not intervene.\n\n" +
		"A previous strike lasted a week.\n"
	const dayAfter = "Talks over pay broke down in the evening.\n\n" +
		"The government said it would not intervene.\n\n" +
		"The minister spoke to reporters.\n"
	const season = "Sheerin joined the club as manager in the summer of 2014.\n\n" +
		"The club won the cup twice.\n\n" +
		"The club was relegated at the end of the 2013-14 season.\n"
	runEdgeCases(t, []edgeCase{
		{"a span", week, "Dockworkers walked off the job after a week [1].", ""},
		{"the day after", dayAfter, "The minister spoke to reporters the day after talks over pay broke down [1].", ""},
		{"a season's year", season, "Sheerin joined the club as manager after it was relegated at the end of the 2013-14 season [1].", ""},
	})
}
