package ground

// The fourteenth session's rules, decided at their edges (each cut case
// failed before its rule; each kept case passes with it).

import "testing"

func TestDayTime(t *testing.T) {
	const pa = "The prison authority said it would publish an updated list of transferred inmates on Thursday morning.\n"
	const gathered = "Relatives gathered outside the Penitenciaria del Litoral in Guayaquil on Wednesday, waiting for news.\n"
	const late = "The union said talks broke down late on Tuesday, and the strike began at dawn.\n"
	const night = "Talks broke down on Tuesday night. The vote was set for Friday morning.\n"
	review13Check(t, []review13Case{
		{"time moved", pa, "", `The prison authority will publish an updated list on Thursday evening [1: "publish an updated list of transferred inmates on Thursday"].`, "day: the claim says thursday evening where the passage says thursday morning"},
		{"time kept", pa, "", "The prison authority will publish an updated list of transferred inmates on Thursday morning [1].", ""},
		// a time the passage gives another way, or none, is no contradiction
		{"no time given", gathered, "", `They gathered on Wednesday morning outside the Penitenciaria del Litoral [1: "gathered outside the Penitenciaria del Litoral in Guayaquil on Wednesday"].`, ""},
		{"late on", late, "", "Talks broke down on Tuesday night, the union said [1].", ""},
		{"night is evening", night, "", "Talks broke down on Tuesday evening [1].", ""},
		// every day and time of the claim is read, not only the first
		{"second pair moved", night, "", "Talks broke down on Tuesday night, and the vote was set for Friday evening [1].", "day: the claim says friday evening where the passage says friday morning"},
		{"two times that day", "Talks begin on Thursday morning. The vote is set for Thursday evening.\n", "", "The vote is set for Thursday evening [1].", ""},
		// another event's time that day is not this event's
		{"another event that day", "Troops entered the prison early on Thursday morning. A curfew began at 9 p.m. on Thursday.\n", "", "A curfew began on Thursday evening [1].", ""},
		{"another sentence has the time", "The list is due on Thursday. It will be posted on Thursday morning at the gate.\n", "", "The list will be posted on Thursday morning [1].", ""},
	})
}

// A name behind a title in lower case ("The prison director Guillermo
// Rodriguez raised ...") opens its clause: its deed must be said of it.
func TestTitledActor(t *testing.T) {
	const toll = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI.\n"
	const says = "SNAI general director Guillermo Rodriguez spoke to reporters. \"This operation has been decisive,\" he said.\n"
	const union = "Union president Marta Vergara said the strike would go on. \"We are asking to go home alive after a night shift,\" she said.\n"
	review13Check(t, []review13Case{
		{"the title", toll, "", "The prison director Guillermo Rodriguez raised the death toll to 31 on Tuesday [1].", `what the claim says of "Rodriguez" is not said of it`},
		{"bare title", toll, "", "Prison director Guillermo Rodriguez raised the death toll to 31 on Tuesday [1].", `what the claim says of "Rodriguez" is not said of it`},
		{"titled speaker", says, "", "SNAI general director Guillermo Rodriguez praised the operation as decisive [1].", ""},
		{"put it", union, "", "Marta Vergara put it this way: they want to go home alive after a night shift [1].", ""},
		{"deed held", toll, "", "The attorney general raised the death toll to 31 on Tuesday [1].", ""},
	})
}

// Paying a deed back is a cause as "in retaliation for" is: "in reprisal
// for", "avenged"; a passage that draws that link lets it pass.
func TestPaybackCause(t *testing.T) {
	const lasso = "On Monday, President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios, after the mayor of Manta was shot dead on Sunday.\n"
	const avenged = "Police said the gang killed the guard in reprisal for the transfer of its leader.\n"
	review13Check(t, []review13Case{
		{"reprisal invented", lasso, "", "The mayor was shot dead on Sunday in reprisal for the state of emergency [1].", `link: the claim says "reprisal"`},
		{"avenged invented", lasso, "", "Lasso declared a state of emergency in Manabi and Los Rios on Monday, after the mayor of Manta was shot dead on Sunday, which avenged the prison operation [1].", `link: the claim says "avenged"`},
		{"reprisal held", avenged, "", "The gang killed the guard in reprisal for the transfer of its leader, police said [1].", ""},
		// the passage's own word for it draws the link
		{"retaliatory", "Israel launched retaliatory strikes on Hezbollah positions after the rocket attack on Sunday.\n", "", "Israel retaliated for the rocket attack with strikes on Hezbollah positions [1].", ""},
	})
}

// The titled actor at the edges the session's first review found: a
// clause before the name is no title, a titled official's deed that is
// no speaking is checked, and "put it" is speaking only as a way of
// saying.
func TestTitledActorEdges(t *testing.T) {
	const raid = "Adolfo Macias, the leader of the Los Choneros gang, was arrested by police on Sunday after a raid on his hideout in Manta.\n"
	const signed = "Port operator chief Andres Vial signed the agreement on Friday. Labour minister Ricardo Solis met union leaders on Thursday.\n"
	const rod = "The army put the prison under military control on Monday. Troops searched the cells on Tuesday. Guillermo Rodriguez, the prison director, said troops had retaken it.\n"
	review13Check(t, []review13Case{
		{"clause before the name", raid, "", "Police arrested gang leader Adolfo Macias following a raid on his hideout in Manta [1].", ""},
		{"titled stressed", "Guillermo Rodriguez is the prison director. \"We have been working closely together,\" he said of the police and armed forces.\n", "", "The prison director Guillermo Rodriguez stressed that the police and armed forces worked closely together [1].", ""},
		{"titled signer", signed, "", "Labour minister Ricardo Solis signed the agreement on Friday [1].", `what the claim says of "Solis" is not said of it`},
		{"put it under", rod, "", "The prison director Guillermo Rodriguez put it under military control [1].", `what the claim says of "Rodriguez" is not said of it`},
	})
}
