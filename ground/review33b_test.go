package ground

// Review 33b (rv33b): edge cases of the claim check's changes written by an
// independent helper from the session's diff alone (git diff dc10664).
// Mended: the borrowed-day rule read no title and fired where no cited
// sentence names the day at all (a title's day is the date rule's), and a
// claim's quote rebuilt the sentence list without the break between two
// passages. Open, left out of the asserted cases below: a cause told in
// the sentence before an effect whose own sentence gives another cause
// ("The union called a strike over pay"); an "after" or a day across two
// passages that were one story's neighbouring sentences, cut one sentence
// a passage (read as apart, on purpose); a title giving the same event
// its day in other words (the date rule drops it first); "because of
// mounting pressure" dropped by the cause words ("mounting"); a verb more
// than two content words before its day ("evacuated hundreds of families
// on Saturday"); and another sentence sharing only the event's object
// with the day ("the prison's death toll"), which the rule reads as "the
// vote on Tuesday" would be read.

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// review33bMulti checks a claim against a story cut one sentence a
// passage: the title is passage 1, each sentence of text (separated by
// "\n\n") the next.
func review33bMulti(t *testing.T, title, text, asked, claim string) string {
	t.Helper()
	s := story.Parse("x.txt", " date 2023-07-26 STORY: "+title+"\n\n"+text)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})
	return droppedFor(checkClaims(splitClaims(claim, len(ps)), asked, ps, evidenceOf(ps)))
}

// review33bOne checks a claim against a story of one passage holding its
// title and its text (the title's day beside the text's first sentence).
func review33bOne(t *testing.T, title, text, asked, claim string) string {
	t.Helper()
	s := story.Parse("x.txt", " date 2023-07-26 STORY: "+title+"\n\n"+text)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	if len(ps) != 1 {
		t.Fatalf("story cut into %d passages, want 1", len(ps))
	}
	return droppedFor(checkClaims(splitClaims(claim, len(ps)), asked, ps, evidenceOf(ps)))
}

func TestReview33bPiecedLinkOrderAndBorrowedDay(t *testing.T) {
	const what = "What happened?"
	// a prison story: the retaking undated, the toll's day Tuesday two
	// sentences on
	const prison = "Relatives gathered outside the Litoral prison after soldiers and police retook it.\n\n" +
		"Many waited for hours for news of the inmates.\n\n" +
		"The attorney general on Tuesday raised the death toll to 31."
	// a port strike: the strike, the halted loading, the deaths apart
	const port = "The union called a strike at the port of Santos after pay talks broke down.\n\n" +
		"The port authority said loading of ships had been halted.\n\n" +
		"In March, two workers were killed in accidents at the port."
	tests := []struct {
		name         string
		multi        bool   // one sentence a passage, the title passage 1
		title        string // for multi, or a one-passage story with its own title
		passage      string
		asked, claim string
		want         string // substring of the reason; "" = kept
	}{
		// ---- piecedLink: a cause the why-question's answer gives ----

		// the passage gives the cause in the effect's own sentence: a paraphrase
		{name: "cause in the effect's sentence", passage: "Dockworkers in Santos walked off the job on Monday because two colleagues were killed in accidents at the port.",
			asked: "Why did the dockworkers strike?", claim: "The dockworkers walked off the job because two colleagues were killed in accidents [1]."},
		// cause, then the effect in the next sentence in the claim's own words: told in turn
		{name: "cause then effect in the next sentence", passage: "Two dockworkers were killed in accidents at the port in March.\n\nThe union called a strike at the port on Monday.",
			asked: "Why did the union call a strike?", claim: "The union called a strike because two dockworkers were killed in accidents [1]."},
		// effect, then the cause in the next sentence, all of it there
		{name: "effect then cause in the next sentence", passage: "Thousands of residents fled their homes in the valley on Sunday.\n\nThe river burst its banks after days of torrential rain.",
			asked: "Why did residents flee their homes?", claim: "Residents fled their homes because the river burst its banks [1]."},
		// the deaths are told apart from the strike, beside the halted loading, which shares only "port" with it
		{name: "cause stitched from a sentence sharing one word", passage: port,
			asked: "Why did the union call the strike?", claim: "The union called the strike because two workers were killed in accidents at the port [1].", want: "link"},
		// the one sentence beside the deaths holds only "called" of the strike, in another sense
		{name: "effect's neighbour holds one word of it", passage: "Two workers were killed in accidents at the port in March.\n\nThe mayor dismissed what he called a private dispute.\n\nThe union later called a strike.",
			asked: "Why did the union call a strike?", claim: "The union called a strike because two workers were killed in accidents [1].", want: "link"},
		// after "due to" one word of the cause suffices: the pressure is told with the minister
		{name: "due to with one word of the cause", passage: "Pressure on the interior minister grew after the prison riot left 31 dead.\n\nThe interior minister resigned on Friday.",
			asked: "Why did the interior minister resign?", claim: "The interior minister resigned due to mounting pressure [1]."},
		// "due to" pressure: the only pressure is on water supplies, two sentences from the resignation, with nothing of it
		{name: "due to a word from an unrelated sentence", passage: "The interior minister resigned on Friday.\n\nThe governor said prisons were overcrowded.\n\nPressure on water supplies is rising in the north.",
			asked: "Why did the interior minister resign?", claim: "The interior minister resigned due to mounting pressure [1].", want: "link"},
		// the passage draws the link itself ("over"): kept wherever the effect is
		{name: "passage gives it as a cause", passage: "Two workers were killed in accidents at the port in March.\n\nThe authority said loading had been halted.\n\nDockworkers called the stoppage over the deaths of the two workers.",
			asked: "Why did dockworkers stop work?", claim: "Dockworkers stopped work because two workers died [1]."},
		// cause and effect in different passages that are not beside each other in the story
		{name: "cause from another passage", multi: true, title: "Floods in the north.",
			passage: "Thousands of residents fled their homes in the valley.\n\nThe government announced emergency funds.\n\nThe river burst its banks in the night.",
			asked:   "Why did residents flee?", claim: "Residents fled their homes because the river burst its banks [2][4].", want: "link"},

		// ---- piecedOrder: "after" joining two events ----

		// both events in one sentence
		{name: "after in one sentence", passage: prison, asked: what,
			claim: "Relatives gathered outside the prison after soldiers and police retook it [1]."},
		// the retaking, then the gathering in the next sentence in the claim's words
		{name: "after told in turn", passage: "Soldiers and police retook the Litoral prison on Tuesday.\n\nRelatives then gathered outside the prison gates.", asked: what,
			claim: "Relatives gathered outside the prison after soldiers retook it [1]."},
		// the sentence before the breakdown tells the loading halted, a synonym at most of the strike
		{name: "after with a synonym of the effect beside", passage: "The walkout had halted the loading of ships.\n\nPay talks broke down last week.", asked: what,
			claim: "The strike was called after pay talks broke down [1].", want: "link"},
		// the strike and the deaths are three sentences apart: the claim orders them, the passage does not
		{name: "after pieced from far sentences", passage: port, asked: what,
			claim: "The union called the strike after two workers were killed in accidents [1].", want: "link"},
		// two passages apart in the story: the passages never tell one after the other
		{name: "after across passages", multi: true, title: "Prison riot ends.",
			passage: "Soldiers and police retook the Litoral prison.\n\nThe government declared a state of emergency.\n\nRelatives gathered outside the prison gates.", asked: what,
			claim: "Relatives gathered outside the prison after soldiers retook it [2][4].", want: "link"},

		// ---- dayBorrowedRule: "EVENT on WEEKDAY" ----

		// the retaking is undated; Tuesday is the toll's, two sentences on
		{name: "another event's day", passage: prison, asked: what,
			claim: "Soldiers and police retook the prison on Tuesday [1].", want: "day"},
		// the day in the event's own sentence
		{name: "day in the same sentence", passage: "Soldiers and police retook the Litoral prison on Tuesday, a day after the riot began.", asked: what,
			claim: "Police and soldiers retook the prison on Tuesday [1]."},
		// the day in the sentence just before, in one passage
		{name: "day in the sentence before", passage: "On Sunday the army moved into the port city.\n\nGovernment troops stormed the prison after hours of fighting.", asked: what,
			claim: "Government troops stormed the prison on Sunday [1]."},
		// the day in the sentence just after, in one passage
		{name: "day in the sentence after", passage: "Striking dockworkers blocked the main road to the port.\n\nThe blockade began on Monday and lasted eleven hours.", asked: what,
			claim: "Striking dockworkers blocked the main road on Monday [1]."},
		// an event told with a pronoun, its day in the next sentence
		{name: "pronoun then its day", passage: "The riot at the prison ended when troops stormed the prison.\n\nThat happened on Sunday, the army said.", asked: what,
			claim: "Troops stormed the prison on Sunday [1]."},
		// the title gives the walkout Monday in the same words as the text's sentence
		// (fails: defect, titles are evidence headlines, not sentences dayBorrowedRule reads, and the rule fires though no cited sentence gives Monday to anything)
		{name: "title gives the same event its day", multi: true, title: "Dockworkers walked off the job on Monday.",
			passage: "Dockworkers walked off the job at the port of Santos.\n\nThe union said talks had failed.", asked: what,
			claim: "Dockworkers walked off the job on Monday [1][2]."},
		// a one-passage story whose title gives the retaking Sunday (fails: the same defect as above)
		{name: "title in the passage gives the day", title: "Troops retook the prison on Sunday.",
			passage: "Relatives gathered outside after troops retook the prison.\n\nMany waited for hours.\n\nThe death toll rose to 31.", asked: what,
			claim: "Troops retook the prison on Sunday [1]."},
		// no deed before the day: "a meeting of officials" is planned, the day its own, told beside it
		{name: "a meeting of officials on Monday", passage: "Workers at the port walked out on Friday.\n\nThe union has called a meeting of officials.\n\nIt will be held on Monday in Santos.", asked: what,
			claim: "The union has called a meeting of officials on Monday [1]."},
		// "the vote on Tuesday" is the vote's day, which the passage gives it
		{name: "the vote on Tuesday", passage: "Parliament held the vote on Tuesday.\n\nThe ruling party won comfortably.\n\nOpposition parties had boycotted the vote, calling it rigged.", asked: what,
			claim: "Opposition parties boycotted the vote on Tuesday [1]."},
		// no verb before the day: "the budget in the vote" is no deed
		{name: "no deed before the day", passage: "Lawmakers approved the budget in a vote on Tuesday.\n\nThe finance minister welcomed the result.", asked: what,
			claim: "The finance minister welcomed the budget vote on Tuesday [1]."},
		// the verb within the rule's two words: the evacuation undated, Saturday the strike's
		{name: "evacuation of the families borrowed the strike's day", passage: "Rescuers evacuated the families from the flooded district.\n\nThe river kept rising through the night.\n\nTransport workers began a strike on Saturday.", asked: what,
			claim: "Rescuers evacuated the families on Saturday [1].", want: "day"},
		// the claim is the title word for word; the text tells the retaking undated (fails: smallest input of the title defect)
		{name: "claim is the title", title: "Troops retook the prison on Sunday.",
			passage: "Troops retook the prison.", asked: what,
			claim: "Troops retook the prison on Sunday [1]."},
		// the retaking and the toll are in passages apart: "beside" never crosses passages
		{name: "borrowed day across passages", multi: true, title: "Prison riot ends.",
			passage: "Relatives gathered outside the Litoral prison after soldiers and police retook it.\n\nThe attorney general on Tuesday raised the death toll to 31.", asked: what,
			claim: "Soldiers and police retook the prison on Tuesday [2][3].", want: "day"},
		// the same, the claim quoting the retaking's sentence: a quote must not make the passages run on
		// (fails: defect, wholeSentences rebuilds the list for a narrowed passage without anchorOf's empty separator)
		{name: "borrowed day across passages with a quote", multi: true, title: "Prison riot ends.",
			passage: "Relatives gathered outside the Litoral prison after soldiers and police retook it.\n\nThe attorney general on Tuesday raised the death toll to 31.", asked: what,
			claim: "Soldiers and police retook the prison on Tuesday [2: \"after soldiers and police retook it\"][3].", want: "day"},
		// a quote of a passage apart from the toll's: borrowed whatever the quote (fails: the wholeSentences defect; [2] and [4] run on)
		{name: "borrowed day across far passages with a quote", multi: true, title: "Prison riot ends.",
			passage: "Relatives gathered outside the Litoral prison after soldiers and police retook it.\n\nMany waited for news of the inmates.\n\nThe attorney general on Tuesday raised the death toll to 31.", asked: what,
			claim: "Soldiers and police retook the prison on Tuesday [2: \"after soldiers and police retook it\"][4].", want: "day"},
		// the quote within one passage: the whole passage's sentences are read, the toll's Tuesday two sentences on
		{name: "borrowed day with a quote in one passage", passage: prison, asked: what,
			claim: "Soldiers and police retook the prison on Tuesday [1: \"after soldiers and police retook it\"].", want: "day"},
		// "after" across two passages, the claim quoting one: no more told in turn than without the quote
		// (fails: the wholeSentences defect, timeLinkRule being a whole rule)
		{name: "after across passages with a quote", multi: true, title: "Prison riot ends.",
			passage: "Soldiers and police retook the Litoral prison.\n\nRelatives then gathered outside the prison gates.", asked: what,
			claim: "Relatives gathered outside the prison gates [3: \"Relatives then gathered outside the prison gates\"] after soldiers retook it [2].", want: "link"},
		// the day is given to the same verb of another thing ("began"), so which beginning is meant is open: kept
		{name: "same verb dated for another thing", passage: "Fighting between gangs began on Monday.\n\nTalks began between the factions in the capital.\n\nSeveral inmates were moved.\n\nThe governor called for calm.", asked: what,
			claim: "Talks began on Monday [1]."},
		// an election: polls closed undated, Sunday the count's, two sentences on
		{name: "polls closed borrowed the count's day", passage: "Voters queued for hours before the polls closed.\n\nTurnout was reported to be high.\n\nOfficials began counting ballots on Sunday.", asked: what,
			claim: "The polls closed on Sunday [1].", want: "day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			switch {
			case tt.multi:
				got = review33bMulti(t, tt.title, tt.passage, tt.asked, tt.claim)
			case tt.title != "":
				got = review33bOne(t, tt.title, tt.passage, tt.asked, tt.claim)
			default:
				got = edgeReason(t, tt.passage, tt.asked, tt.claim)
			}
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q against %q: reason %q, want %q", tt.claim, tt.passage, got, tt.want)
			}
		})
	}
}
