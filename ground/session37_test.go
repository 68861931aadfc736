package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// What a claim says was pledged is read in the sentence that tells the
// pledge, not in words found elsewhere in the passage.
func TestPledgeInItsSentence(t *testing.T) {
	p := "Lasso declared a state of emergency in the country's prisons.\n\nSome candidates have pledged prison reforms."
	for _, tt := range []struct{ claim, want string }{
		{"Candidates have pledged to end the state of emergency in prisons [1].", "pledged"},
		{"Some candidates have promised to reform the prisons [1].", ""},
		{"Some candidates vowed prison reforms [1].", ""},
		{"Some candidates have pledged prison reforms and a new constitution [1].", "pledged"},
	} {
		got := edgeReason(t, p, "What did the candidates say?", tt.claim)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
	// the news synonyms count in the pledge's sentence as elsewhere
	q := "The rebels surrounded the jail at dawn.\n\nThe rebels vowed to free the convicts."
	if got := edgeReason(t, q, "What did the rebels want?", "The rebels pledged to free the detainees [1]."); got != "" {
		t.Errorf("detainees of convicts: dropped for %q", got)
	}
	// no sentence tells a pledge: the rule says nothing (the others read
	// the claim)
	if got := unsaidPledge("Candidates pledged to end the emergency", []int{1}, noPledge(t)); got != "" {
		t.Errorf("no pledge told: got %q", got)
	}
}

func noPledge(t *testing.T) []evidence {
	t.Helper()
	st := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\nLasso declared a state of emergency.")
	return evidenceOf(passagesWith(&st, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000}))
}

// "separate accidents" (plural) tells deaths apart from each other, not
// from the event asked of; "In a separate attack" tells another event.
func TestSeparateEvents(t *testing.T) {
	p := "The port operator said the walkout had halted the loading of containers.\n\nTwo workers were killed in separate accidents at the port in March, according to the union."
	if got := edgeReason(t, p, "Were there deaths?", "The passages don't mention any deaths at the port [1]."); got == "" {
		t.Errorf("deaths in separate accidents: the absence claim was kept")
	}
	for raw, other := range map[string]bool{
		"In a separate attack, the mayor was shot dead.":             true,
		"Another separate riot broke out in Quito.":                  true,
		"A similar riot killed 12 in 2021.":                          true,
		"Two workers were killed in separate accidents at the port.": false,
		"Guards were held in separate cells.":                        false,
	} {
		if got := otherEventRE.MatchString(raw); got != other {
			t.Errorf("%q: another event %v, want %v", raw, got, other)
		}
	}
}

// A numbered list item's number, cut off before an item with a marker of
// its own, is no claim: shown with its item when the item is kept, never
// cited ("1. [1] Members voted ..." before), and gone with an item that is
// dropped.
func TestItemNumbersShownWithTheirItems(t *testing.T) {
	st := " date 2023-08-03 STORY: Dockworkers walked off the job.\n\nUnion president Marta Vergara told reporters that members had voted 1,214 to 96 in favour of the stoppage.\n\nFifteen guards were held at the port gate."
	checkShown(t, st, "1. Members voted 1,214 to 96 in favour of the stoppage [1].\n2. Fifteen guards were held [1].",
		"1. Members voted 1,214 to 96 in favour of the stoppage [1].\n2. Fifteen guards were held [2].", "")
	checkShown(t, st, "1. Members voted 1,214 to 96 in favour of the stoppage [1].\n2. Fifteen soldiers were shot [1].\n3. Fifteen guards were held [1].",
		"1. Members voted 1,214 to 96 in favour of the stoppage [1].\n3. Fifteen guards were held [2].", "not in")
	checkShown(t, st, "1. Members voted 1,214 to 96 in favour of the stoppage [1].\n\nFifteen guards were held [1].",
		"1. Members voted 1,214 to 96 in favour of the stoppage [1].\n\nFifteen guards were held [2].", "")
}

// "A report from the following day says ..." names the passages' own
// report, no speaker whose words the quote must be.
func TestReportFromADayIsNoSpeaker(t *testing.T) {
	for claim, want := range map[string]string{
		"A report from the following day says relatives gathered": "",
		"A report from the next day says relatives gathered":      "",
		"A report by the health ministry says relatives gathered": "ministry",
	} {
		if got := speakerHead(claim); got != want {
			t.Errorf("speakerHead(%q) = %q, want %q", claim, got, want)
		}
	}
}

// What a claim says its first speaker said ends where a second speaker's
// clause begins: "Police said ..., and the prison authority said ..."
// does not give the authority's words to the police.
func TestSecondSpeakerClause(t *testing.T) {
	p := "Police said 14 inmates had been taken to hospital in Guayaquil with gunshot and stab wounds.\n\nThe prison authority said it would publish an updated list of transferred inmates on Thursday morning."
	if got := edgeReason(t, p, "What did officials say?", "Police said 14 inmates had been taken to hospital with gunshot and stab wounds, and the prison authority said it would publish an updated list of transferred inmates on Thursday morning [1]."); got != "" {
		t.Errorf("two speakers, each with their words: dropped for %q", got)
	}
	if got := edgeReason(t, p, "What did officials say?", "Police said they would publish an updated list of transferred inmates on Thursday morning [1]."); !strings.Contains(got, "police") {
		t.Errorf("the authority's words given to the police: reason %q, want the speaker rule", got)
	}
}

// A plan told as done is an outcome the passage does not hold, in an
// irregular past as in a regular one; "until midnight" is a time, no
// condition that would make the claim state no outcome.
func TestPlanToldAsDone(t *testing.T) {
	p := "A spokesperson for the Guayaquil city council said extra buses would run until midnight to take families home."
	wantReasons(t, p, "What happened?", map[string]string{
		"The city council ran extra buses until midnight to take families home [1].":       "plan",
		"Extra buses ran until midnight [1].":                                              "plan",
		"The council said extra buses would run until midnight to take families home [1].": "",
		"Extra buses will run until midnight, the council said [1].":                       "",
		"Extra buses would run until families got home, the council said [1].":             "",
	})
	for words, time := range map[string]bool{
		"midnight":             true,
		"thursday morning":     true,
		"the end of the month": true,
		"2025":                 true,
		"the operator agrees":  false,
		"they leave":           false,
	} {
		if got := untilTime(strings.Fields(words)); got != time {
			t.Errorf("untilTime(%q) = %v, want %v", words, got, time)
		}
	}
}

// An irregular past reads as done ("ran", "took", "began"); a participle
// spelled with its "-n" ("born", "taken") is read as a participle.
func TestIrregularPast(t *testing.T) {
	for w, past := range map[string]bool{"ran": true, "took": true, "began": true, "held": true, "born": false, "taken": false, "shown": false, "done": false, "begun": false, "published": false, "runs": false, "running": false, "feet": false, "worse": false, "media": false, "closest": false} {
		if got := irregularPast(w, text.Lemma(w)); got != past {
			t.Errorf("irregularPast(%q) = %v, want %v", w, got, past)
		}
	}
}

// wantReasons checks each claim against passage p, asked asked: kept
// where its want is "", else dropped for a reason holding want.
func wantReasons(t *testing.T, p, asked string, cases map[string]string) {
	t.Helper()
	for claim, want := range cases {
		got := edgeReason(t, p, asked, claim)
		if (want == "") != (got == "") || !strings.Contains(got, want) {
			t.Errorf("%q: reason %q, want %q", claim, got, want)
		}
	}
}

// A share the passage does not give: "most of the cellblocks" of "three
// cellblocks", after a preposition too, as "all of" was. (A means, "used
// tear gas to", and an outcome, "extended", were tried as rules and
// dropped: on the faith dev part they flagged "Use a vacuum nozzle to
// clean ..." and "Extends to New York State Route 495", and caught
// nothing more in the labelled replies.)
func TestMostOfAfterPreposition(t *testing.T) {
	const p = "Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil."
	wantReasons(t, p, "What happened?", map[string]string{
		"They gained access to most of the cellblocks [1].": "quantifier",
		"They gained access to all of the cellblocks [1].":  "quantifier",
		"They gained access to three cellblocks [1].":       "",
		"They gained access to most of the time [1].":       "",
	})
}

// A verb of setting before "at" and a number gives a figure, no outcome:
// "has since put the death toll at 31" of "raised the death toll from 18
// to 31"; the number is still checked.
func TestPutTheTollAt(t *testing.T) {
	const p = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31."
	wantReasons(t, p, "How many died?", map[string]string{
		"The attorney general has since put the death toll at 31, up from 18 [1].": "",
		"The attorney general has since put the death toll at 35 [1].":             "35",
		"The attorney general has since put the death toll at risk [1].":           "put",
	})
}
