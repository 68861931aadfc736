package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A denial that a span has a set end ("no set end date", "no fixed
// deadline") is what a passage says when it tells the span lasting
// "until" something other than a time, or "indefinitely"; not when its
// "until" names a time (a day, a month, "the end of the month"), nor when
// the passage gives no "until" at all. (fresh80-109, fresh82-115.)
func TestNoSetEndDateOfAnOpenEndedSpan(t *testing.T) {
	const open = "The union said the strike would continue until the operator agrees to its demands.\n"
	runEdgeCases(t, []edgeCase{
		{"until an event", open, "There is no set end date: the union says the strike will continue until its demands are met [1].", ""},
		{"no fixed deadline, until an event", open, "The strike has no fixed deadline [1].", ""},
		{"indefinitely", "The union said the strike would continue indefinitely.\n", "The strike has no set end date [1].", ""},
		{"until a month", "The union said the strike would continue until July.\n", "The strike has no set end date [1].", "passage 1"},
		{"until the end of a month", "The union said the strike would continue until the end of the month.\n", "The strike has no set end date [1].", "passage 1"},
		{"until a weekday", "The union said the strike would continue until Friday.\n", "The strike has no set end date [1].", "passage 1"},
		{"no until at all", "The union said the strike began on Thursday.\n", "The strike has no set end date [1].", "passage 1"},
		{"another thing's until", "The curfew will remain in force until further notice. The state of emergency will last 60 days.\n", "The state of emergency has no set end date [1].", "passage 1"},
		{"until a dated event", "The state of emergency will remain in force until the elections on August 20.\n", "The state of emergency has no set end date [1].", "passage 1"},
		{"until a holiday", "The union said the strike would continue until Christmas.\n", "The strike has no set end date [1].", "passage 1"},
		{"until further notice", "The curfew will remain in force until further notice.\n", "The curfew has no set end date [1].", ""},
	})
}

// A "he" claim's deed held only in a sentence that names its own doer
// before its pronoun ("Lasso has regularly declared ... as he tries to
// tackle") is that doer's, not the "he" of the claim's antecedent; a
// sentence whose "he" has no name before it ("On Wednesday, he
// declared", "Officials said he declared") leaves whom it means open.
// (fresh82-015.)
func TestPronounDeedOfASentenceNamingItsDoer(t *testing.T) {
	const lead = "Guillermo Rodriguez is the general director of the SNAI, Ecuador's prison authority.\n\n" +
		"The operation came days before current President Guillermo Lasso spoke.\n\n"
	const claim = "Guillermo Rodriguez heads the SNAI [2]. He also declared a state of emergency in the prisons [4]."
	for _, tt := range []struct{ sent, want string }{
		{"Lasso has regularly declared states of emergency in the prisons as he tries to tackle violence.", "who:"},
		{"On Monday, President Guillermo Lasso declared a state of emergency in the prisons as he tried to tackle violence.", "who:"},
		{"On Wednesday, he declared a state of emergency in the prisons.", ""},
		{"Officials said he declared a state of emergency in the prisons.", ""},
		{"Police said he declared a state of emergency in the prisons.", ""},
		{"In Guayaquil, he declared a state of emergency in the prisons.", ""},
		{"After meeting Lasso on Monday, he declared a state of emergency in the prisons.", ""},
	} {
		got := review33bMulti(t, "Prison news.", lead+tt.sent+"\n", "Who is Guillermo Rodriguez?", claim)
		if (tt.want == "") != (got == "") || tt.want != "" && !strings.Contains(got, "is not said of it") {
			t.Errorf("%q: reason %q, want %q", tt.sent, got, tt.want)
		}
	}
}

// A number the passages' figures differ by is read as their difference
// only where the claim says it is one ("rose by 13", "13 more", "an
// increase of 13", "+13"): "the earlier toll was 13" of a toll raised
// "from 18 to 31" gives 13 for the toll. A number below ten is left as it
// was (a count of what the claim lists as often as a difference), and
// "from 13 to 31" to the change rule. (fresh82-076.)
func TestDifferenceNeedsItsCue(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"rose by", p, "The death toll rose by 13 on Tuesday [1].", ""},
		{"more", p, "The toll is now 31, 13 more than before [1].", ""},
		{"an increase of", p, "The attorney general raised it to 31, an increase of 13 [1].", ""},
		{"a sign", p, "Toll: +13, to 31 [1].", ""},
		{"the earlier toll", p, "The earlier toll was 13; the attorney general raised it to 31 on Tuesday [1].", "number \"13\""},
		{"new deaths", p, "The attorney general confirmed 13 new deaths on Tuesday, bringing the toll to 31 [1].", ""},
		{"a plain count", p, "13 people were confirmed dead on Tuesday [1].", "number \"13\""},
		{"a change's start", p, "The attorney general raised the toll from 13 to 31 on Tuesday [1].", "13"},
	})
}

// "Unanimous" claims every vote, which a passage's split vote ("voted
// 1,214 to 96") or its silence does not give; "a majority" claims what a
// split vote does. "all members voted for it" gives "unanimously"; a
// vote the larger number loses ("voted 96 to 1,214") gives no majority.
// (fresh82-096, fresh80-085.)
func TestUnanimousAndMajorityOfAVote(t *testing.T) {
	const split = "Union president Marta Vergara said members had voted 1,214 to 96 in favour of the stoppage.\n"
	runEdgeCases(t, []edgeCase{
		{"unanimous of a split vote", split, "Members voted unanimously for the stoppage [1].", "quantifier \"unanimously\""},
		{"unanimous of all", "All members voted for the stoppage.\n", "Members voted unanimously for the stoppage [1].", ""},
		{"majority of a split vote", split, "A majority of members voted in favour of the stoppage, 1,214 to 96, union president Marta Vergara said [1].", ""},
		{"majority of a vote lost", "Union president Marta Vergara said members had voted 96 to 1,214 in favour of the stoppage.\n", "A majority of members voted in favour of the stoppage, union president Marta Vergara said [1].", "quantifier \"majority\""},
		{"unanimous of a vote with none against", "The council voted 9 to 0 to approve the curfew.\n", "The council unanimously approved the curfew [1].", ""},
		{"unanimous beside an unrelated all", "All port operations were suspended after members voted 1,214 to 96 in favour of the stoppage.\n", "Members voted unanimously for the stoppage [1].", "unanimously"},
		{"majority of a vote lost, against", "Union president Marta Vergara said members had voted 1,214 to 96 against the stoppage.\n", "A majority of members voted for the stoppage, union president Marta Vergara said [1].", "majority"},
		{"majority of a year", "In the 2023 vote, 40 of the union's 100 members backed the strike, Marta Vergara said.\n", "A majority of the union's members backed the strike in the 2023 vote, Marta Vergara said [1].", "majority"},
		{"majority with no vote", "Members gathered outside the gate on Thursday.\n", "A majority of members backed the stoppage [1].", "majority"},
	})
}

// "linked to" draws a link the passage must draw too; "linked arms"
// draws none, and "tied to" is left to the words (as often membership:
// "gunmen tied to the Los Lobos gang"). (fresh82-048; review rv39.)
func TestLinkedToIsALink(t *testing.T) {
	const p = "The mayor of the city of Manta was shot dead on Sunday. Prison gangs have fought for control of the jails.\n"
	runEdgeCases(t, []edgeCase{
		{"linked to", p, "The mayor of Manta was shot dead on Sunday, a killing police have linked to the prison gangs [1].", "link:"},
		{"tied to is left to the words", "Police said the two gunmen arrested were members of the Los Lobos gang.\n", "Police said the two gunmen arrested were tied to the Los Lobos gang [1].", ""},
		{"linked to, drawn", "The mayor of the city of Manta was shot dead on Sunday, a killing police linked to prison gangs.\n", "The mayor of Manta was shot dead on Sunday, a killing police have linked to the prison gangs [1].", ""},
		{"tied to, the passage's own word", "Weight loss is tied to calories, not bowel movements.\n", "Weight loss is tied to calories [1].", ""},
		{"linked arms", "Relatives of the prison gangs' members linked arms outside the gate on Sunday.\n", "Relatives linked arms outside the gate on Sunday [1].", ""},
	})
}

// A body's name after "the" or "of" in what a claim says of a person
// ("Marta Vergara is president of the Union of Port Workers") names no
// second person, so the "she" of the next claim is still hers and the
// words a passage gives another speaker are caught; a second person's
// name ("Vergara met Transport Minister Ricardo Solis") still leaves the
// "she" open. (fresh82-100.)
func TestBodyNameLeavesTheAntecedent(t *testing.T) {
	const p = "The strike was called by the Union of Port Workers.\n\n" +
		"Union president Marta Vergara told reporters outside the main gate that members had voted 1,214 to 96 in favour of the stoppage.\n\n" +
		"Chile’s transport minister, Ricardo Solis, said on Wednesday that the government would not intervene in what he called “a private dispute between a company and its workers”.\n"
	const she = " She said on Wednesday that the government would not intervene in what she called a private dispute between a company and its workers [4]."
	for _, tt := range []struct{ first, want string }{
		{"Marta Vergara is president of the Union of Port Workers [2][3].", "who:"},
		{"Marta Vergara heads the Union of Port Workers [2][3].", "who:"},
		{"Marta Vergara is the union president who met Transport Minister Ricardo Solis [3][4].", ""},
	} {
		got := review33bMulti(t, "Thousands of dockworkers walked off the job at the port of Valparaiso.", p, "Who is Marta Vergara?", tt.first+she)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.first, got, tt.want)
		}
	}
}

// A bullet that is a short label and one marker quoting its evidence
// ("- Start: [1: "..."]") says what its quote says: kept when the quote
// is the passage's, dropped when it is not; a longer lead ("The strike
// started because of this:") or words after the marker are a claim and
// checked as one. (fresh80-107, fresh80-041.)
func TestQuoteLabelSaysItsQuote(t *testing.T) {
	const p = "Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday.\n"
	runEdgeCases(t, []edgeCase{
		{"label and quote", p, `- Start: [1: "walked off the job at the port of Valparaiso in Chile on Thursday"]`, ""},
		{"two-word label", p, `- **Strike start:** [1: "walked off the job at the port of Valparaiso in Chile on Thursday"]`, ""},
		{"label, quote not there", p, `- Start: [1: "walked off the job on Friday"]`, "quot"},
		{"a longer lead", p, `- The union's members were angry about their pay: [1: "walked off the job at the port of Valparaiso in Chile on Thursday"]`, "words"},
		{"a label saying a deed", p, `- Strike called off: [1: "walked off the job at the port of Valparaiso in Chile on Thursday"]`, "words"},
		{"words after the quote", p, `- Start: [1: "walked off the job at the port of Valparaiso in Chile on Thursday"], after the police arrived`, "words"},
	})
}

// A question asking two things ("When did the strike begin, and how long
// will it go on?") is answered by a kept claim answering either: a reply
// whose unmarked lead is dropped but whose cited claim gives the day is
// shown without the lead, not replaced. A kept claim answering neither
// part still leaves it replaced.
func TestTwoPartQuestionAnsweredByEitherPart(t *testing.T) {
	s := story.Parse("edge.txt", " date 2023-08-03 STORY: Port news.\n\nThousands of dockworkers walked off the job at the port on Thursday. The union said the strike would continue until the operator agreed to a pay rise.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	const lead = "**Short answer:** It began on Thursday and goes on until the demands are met.\n\n"
	for _, tt := range []struct {
		asked, rest string
		replaced    bool
	}{
		{"When did the strike begin, and how long will it go on?", "- Dockworkers walked off the job at the port on Thursday [1].", false},
		{"How long will it go on, and when did the strike begin?", "- Dockworkers walked off the job at the port on Thursday [1].", false},
		{"When did the strike begin, and how long will it go on?", "- The union called the strike over a pay rise [1].", true},
		{"When did the strike begin, and why?", "- The union called the strike over a pay rise [1].", true},
	} {
		_, reason := Check(lead+tt.rest, tt.asked, ps)
		if (reason != "") != tt.replaced {
			t.Errorf("%q / %q: reason %q, want replaced %v", tt.asked, tt.rest, reason, tt.replaced)
		}
	}
}

// Bullets that are only their marker's quote ("- [3: "We are not asking
// for luxuries."]") are three claims, not one said three times: each is
// shown with its citation. The same quote-only bullet twice is still
// shown once. (fresh80-086, whose last two quotes vanished.)
func TestQuoteOnlyBulletsAreNotRepeats(t *testing.T) {
	s := story.Parse("edge.txt", " date 2023-08-03 STORY: Port news.\n\nUnion president Marta Vergara told reporters that members had voted 1,214 to 96.\n\n\"We are not asking for luxuries.\"\n\n\"We are asking to go home alive after a night shift.\"\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})
	const b2 = "- [2: \"Union president Marta Vergara told reporters that members had voted 1,214 to 96.\"]\n"
	const b3 = "- [3: \"We are not asking for luxuries.\"]\n"
	const b4 = "- [4: \"We are asking to go home alive after a night shift.\"]\n"
	for _, tt := range []struct {
		reply string
		want  int
	}{
		{"Details:\n" + b2 + b3 + b4, 3},
		{"Details:\n" + b2 + b3 + b3, 2},
	} {
		v, reason := Check(tt.reply, "What did Marta Vergara say?", ps)
		if reason != "" || len(v.Citations) != tt.want {
			t.Errorf("%q: reason %q, %d citations (%q), want %d", tt.reply, reason, len(v.Citations), v.Text, tt.want)
		}
	}
}

// The target a claim gives an attack must be in a cited sentence telling
// of an attack: "thrown at the local jail" or "targeted the local jail",
// where the attack sentence says "on its office there" and the jail is
// another sentence's, joins two sentences into a fact neither tells; the
// office, or a target the attack sentence holds, is kept, and so is a
// claim whose passages tell of no attack. (fresh82-034, fresh78-035.)
func TestAttackTargetFromTheAttackSentence(t *testing.T) {
	const p = "In Esmeraldas, 15 prison guards were held hostage at a local jail. " +
		"The attorney general's office said one civilian was hurt in a Molotov cocktail attack on its office there.\n"
	runEdgeCases(t, []edgeCase{
		{"thrown at the jail", p, "One civilian was hurt when a Molotov cocktail was thrown at the local jail in Esmeraldas [1].", "target \"jail\""},
		{"targeted the jail", p, "A Molotov cocktail attack hurt one civilian. It targeted the local jail in Esmeraldas [1].", "target \"jail\""},
		{"the office", p, "One civilian was hurt when a Molotov cocktail was thrown at the attorney general's office in Esmeraldas [1].", ""},
		{"an attack on its office", p, "One civilian was hurt in a Molotov cocktail attack on the attorney general's office [1].", ""},
		{"no attack told", "In Esmeraldas, 15 prison guards were held hostage at a local jail.\n", "Fifteen prison guards were held hostage at a local jail in Esmeraldas [1].", ""},
	})
}

// A place a claim lists with others after "in" must stand in the
// passage's own list, not past its end in another clause: "in Manabi, Los
// Rios and the city of Manta" of "in the provinces of Manabi and Los
// Rios, and in the city of Duran, after the mayor of the city of Manta
// was shot dead" moves Manta into the list; "Manabi, Los Rios and Duran"
// is the passage's list, and Manta told after the list is kept.
// (fresh78-044, fresh80-036.)
func TestPlaceMovedIntoAList(t *testing.T) {
	const p = "On Monday, current President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios, and in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday.\n"
	runEdgeCases(t, []edgeCase{
		{"Manta moved in", p, "Lasso declared a state of emergency in the provinces of Manabi and Los Rios and the city of Manta [1].", "place: the claim lists \"Manta\""},
		{"Manta moved in, short", p, "On Monday Lasso declared a state of emergency in Manabi, Los Rios and the city of Manta, after the mayor of Manta was shot dead on Sunday [1].", "\"Manta\""},
		{"the passage's list", p, "Lasso declared a state of emergency in Manabi, Los Rios and Duran [1].", ""},
		{"Manta after the list", p, "Lasso declared a state of emergency in Manabi and Los Rios after the mayor of Manta was shot dead [1].", ""},
	})
}

// A number of an earlier thing of a kind ("A previous strike at the port
// in 2021 lasted 11 days") given to the present one ("the strike would
// last 11 days, the same as the 2021 stoppage") is moved; kept earlier
// ("the previous strike lasted 11 days", "the 2021 strike", "in 2021 a
// strike lasted 11 days") it passes. (fresh80-108.)
func TestNumberOfAnEarlierInstance(t *testing.T) {
	const p = "Thousands of dockworkers walked off the job on Thursday. A previous strike at the port in 2021 lasted 11 days.\n"
	runEdgeCases(t, []edgeCase{
		{"given to this strike", p, "The union said the strike would last 11 days, the same as the 2021 stoppage [1].", "number: the claim gives \"11\""},
		{"this strike lasts", p, "The strike at the port will last 11 days [1].", "number:"},
		{"the previous strike", p, "The previous strike at the port lasted 11 days [1].", ""},
		{"the 2021 strike", p, "The 2021 strike at the port lasted 11 days [1].", ""},
		{"in 2021 a strike", p, "In 2021 a strike at the port lasted 11 days [1].", ""},
		{"the last strike", p, "The last strike at the port lasted 11 days [1].", ""},
	})
}

// Edges the final review of the session found (fin39): an attack's
// target stops before a time and reads past a possessive; an earlier
// instance's number given to the present thing by another sentence, or a
// "past week" that is no earlier instance, stays; a split vote beside a
// "none" or a "0 percent" is no unanimity; a dashed vote is split; a
// label saying a verdict, or not a word, is a claim; "connected with" is
// no cause; accented place names are read.
func TestSession39FinalReviewEdges(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"attacked on Tuesday", "Gunmen attacked the local jail in Esmeraldas. The assault began on Tuesday, police said.\n",
			"The local jail in Esmeraldas was attacked on Tuesday [1].", ""},
		{"the city's jail", "In Esmeraldas, 15 prison guards were held hostage at the city's jail. One civilian was hurt in a Molotov cocktail attack on the prosecutor's office.\n",
			"A Molotov cocktail was thrown at the city's jail [1].", "target \"jail\""},
		{"the number given to the present strike too", "A previous strike at the port lasted 11 days. The current strike has drawn 11 unions.\n",
			"The strike has drawn 11 unions [1].", ""},
		{"the past week", "In the past week alone, 11 people were killed in the city.\n",
			"This week alone, 11 people were killed in the city [1].", ""},
		{"split vote beside none", "Congress voted 88 to 40 to approve the measure; none of the opposition's amendments passed.\n",
			"Congress unanimously approved the measure [1].", "unanimously"},
		{"split vote beside 0 percent", "Congress voted 88 to 40 to approve the measure, which sets tariffs at 0 percent.\n",
			"Congress unanimously approved the measure [1].", "unanimously"},
		{"a dashed vote", "The city council voted 7-2 on Monday to approve the curfew.\n",
			"A majority of the city council voted on Monday to approve the curfew [1].", ""},
		{"a verdict label", "Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday.\n",
			`- Strike over: [1: "walked off the job at the port of Valparaiso in Chile on Thursday"]`, "words"},
		{"a bold label", "Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday.\n",
			`- **Start**: [1: "walked off the job at the port of Valparaiso in Chile on Thursday"]`, ""},
		{"connected with is no cause", "The mayor of Manta was shot dead on Sunday; police said the killing was connected with the prison gangs.\n",
			"The mayor of Manta was shot dead on Sunday because of the prison gangs [1].", "link:"},
		{"accented places", "On Monday, Lasso declared a state of emergency in the provinces of Manabí and Los Ríos, and in the city of Durán, after the mayor of the city of Manta was shot dead.\n",
			"Lasso declared a state of emergency in Manabí, Los Ríos and the city of Manta [1].", "\"Manta\""},
	})
}
