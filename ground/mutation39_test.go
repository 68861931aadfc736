package ground

// Mutation tests of the thirty-ninth session's rules (git diff
// 7d496d3..HEAD): each case is a passage and a claim near a rule's edge,
// with the decision a careful reader would make; each kills a mutant the
// session's own tests let live. The skipped tests are realistic inputs
// the current code decides wrongly. (Written against 5212dbe; the tests of
// rules taken back after review rv39, the noun-form and participle
// absences and OutcomeUnheld, are left out.)

import (
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A small number the passages' figures differ by is their difference
// without a cue ("3 new deaths" of a toll raised from 28 to 31); a cue
// three or four words before the number ("increased on Tuesday as 13")
// makes a larger one a difference too.
func TestMutation39DifferenceCue(t *testing.T) {
	const toll = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"a small difference, uncued", "Ecuador's attorney general on Tuesday raised the death toll from the violence from 28 to 31.\n",
			"On Tuesday the attorney general confirmed 3 new deaths, putting the toll at 31 [1].", ""},
		{"a cue three words before", toll, "The toll increased on Tuesday as 13 deaths were confirmed, reaching 31 [1].", ""},
		{"a cue four words before", toll, "Deaths rose on Tuesday: 13 were confirmed, and the toll reached 31 [1].", ""},
	})
}

// A denied end ("without a fixed end date", "no set end date") is told by
// a passage whose span runs until an event or is "indefinite"; not by one
// whose span runs until a month, and an open-ended span excuses no other
// denial ("no talks planned").
func TestMutation39DeniedLimit(t *testing.T) {
	const open = "The union said the strike would continue until the operator agrees to its demands.\n"
	const july = "The union said the strike would continue until July.\n"
	const openLong = "The union said the strike at the port would continue until the operator agrees to its demands for higher pay and safer night shifts.\n"
	runEdgeCases(t, []edgeCase{
		{"without, until an event", open, "The union says the strike will go on without a fixed end date [1].", ""},
		{"an indefinite strike", "The union called an indefinite strike at the port on Thursday.\n", "The strike has no set end date [1].", ""},
		{"another denial beside an open span", openLong,
			"The union said the strike at the port would continue until the operator agrees to its demands for higher pay and safer night shifts, with no talks planned [1].", "negation:"},
		{"without a timetable, until a month", july, "The union will strike without a timetable [1].", "timetabl"},
		{"without an end date, until a month", july, "The union says the strike will go on without a fixed end date [1].", "end date"},
	})
}

// A split vote makes the winners a majority only when it is won: a tie
// ("48 to 48") is no majority, and "most of the members opposed" a
// stoppage voted 1,214 to 96 in favour is wrong. "unanimous" is the
// adjective of "unanimously": a split vote is neither.
func TestMutation39Vote(t *testing.T) {
	const split = "Union president Marta Vergara said members had voted 1,214 to 96 in favour of the stoppage.\n"
	runEdgeCases(t, []edgeCase{
		{"majority of a tie", "Union president Marta Vergara said members had voted 48 to 48 on the stoppage.\n",
			"A majority of members voted in favour of the stoppage [1].", "majority"},
		{"most opposed a vote won", split, "Most of the members opposed the stoppage [1].", "most"},
		{"unanimous of a split vote", split, "The vote for the stoppage was unanimous [1].", "unanimous"},
		{"a unanimous vote of a split vote", split, "Members backed the stoppage in a unanimous vote [1].", "unanimous"},
	})
}

// "tied" draws no cause (written when "tied to" did, before review rv39
// took it out of the link words): a tied vote or a tie in the polls is
// kept, as any rule reading "tied" must keep it.
func TestMutation39TiedIsNoLink(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"a tied vote", "Members voted 48 to 48 on the stoppage.\n", "The vote on the stoppage was tied at 48 to 48 [1].", ""},
		{"tied in the polls", "The two candidates are level in the latest polls, each at 31 percent.\n", "The two candidates are tied in the latest polls [1].", ""},
	})
}

// A lead of four words or more before a quote is a claim, checked as
// one: "Pay talks broke down first:" says what the passage does not.
func TestMutation39QuoteLabelLength(t *testing.T) {
	const p = "Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday.\n"
	runEdgeCases(t, []edgeCase{
		{"a claim before the quote", p, `- Pay talks broke down first: [1: "walked off the job at the port of Valparaiso in Chile on Thursday"]`, "words"},
	})
}

// "How long has X been ..." is answered by a kept claim telling since
// when ("has surged since 2021"): a reply whose unmarked lead is dropped
// is shown without it, not replaced.
func TestMutation39SinceAnswersHowLongHas(t *testing.T) {
	s := story.Parse("edge.txt", " date 2023-08-03 STORY: Prison news.\n\nLasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	v, reason := Check("**Short answer:** For years.\n\n- Violence in the prisons has surged since 2021 [1].", "How long has prison violence been a problem in Ecuador?", ps)
	if reason != "" || v.Text != "- Violence in the prisons has surged since 2021 [1]." {
		t.Errorf("reason %q, text %q; want the cited claim shown", reason, v.Text)
	}
}

// Wrong decisions of the current code, kept for whoever mends them.

// "Most members voted in favour, 1,214 to 96" is what the split vote
// says; splitVote excuses "a majority" but not "most" (q != "most").
func TestMutation39WrongMostOfASplitVote(t *testing.T) {
	t.Skip("current code drops it: quantifier \"most\" is not in the passage (quantifierRule excuses only \"majority\" by splitVote)")
	const split = "Union president Marta Vergara said members had voted 1,214 to 96 in favour of the stoppage.\n"
	runEdgeCases(t, []edgeCase{
		{"most of a split vote", split, "Most members voted in favour of the stoppage, 1,214 to 96 [1].", ""},
	})
}

// A label of four words ("Start of the strike:") is as much a label as
// "Strike start:".
func TestMutation39WrongFourWordLabel(t *testing.T) {
	t.Skip("current code drops it: words \"start strik\" are not in passage 1 (quoteLabelRE takes up to three words)")
	const p = "Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday.\n"
	runEdgeCases(t, []edgeCase{
		{"a four-word label", p, `- Start of the strike: [1: "walked off the job at the port of Valparaiso in Chile on Thursday"]`, ""},
	})
}

// A strike that goes on "until the operator agrees" has "no end until"
// then, and "no date set for it to end".
func TestMutation39WrongOpenEndedWordings(t *testing.T) {
	t.Skip("current code drops both: \"no end to the strike\" (negation: end is no limit term) and \"set no date for the strike to end\" (words \"set end\" left after the denial is stripped)")
	const open = "The union said the strike would continue until the operator agrees to its demands.\n"
	runEdgeCases(t, []edgeCase{
		{"no end until an event", open, "The union said there would be no end to the strike until the operator agrees to its demands [1].", ""},
		{"no date set", open, "The union has set no date for the strike to end [1].", ""},
	})
}
