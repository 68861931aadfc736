package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A link the reply draws between two things the passage tells apart needs
// the passage to tell them together, or one right after the other in the
// claim's own words. A synonym in the sentence before ("the walkout had
// halted the loading" for "the strike was called") is another thing
// told; a sentence holding one word of the cause ("workers", "port") or
// of the effect ("called", in "what he called a private dispute") holds
// neither.
func TestLinkNeedsTheSidesInTheirOwnWords(t *testing.T) {
	const deaths = "The port operator said the walkout had halted the loading of containers.\n\n" +
		"Two workers were killed in separate accidents at the port in March, according to the union.\n\n" +
		"The minister said the government would not intervene in what he called a private dispute.\n\n" +
		"The strike was called by the union of port workers after talks over pay broke down.\n"
	const deathsOnly = "The port operator said the walkout had halted the loading of containers.\n\n" +
		"Two workers were killed in separate accidents at the port in March, according to the union.\n\n" +
		"The minister said the government would not intervene in what he called a private dispute.\n"
	const inTurn = "The strike was called on Thursday.\n\n" +
		"Two workers were killed in separate accidents at the port in March, according to the union.\n"
	const together = "The strike was called over the deaths of two workers killed in separate accidents at the port in March.\n"
	const why = "Why did the dockworkers go on strike?"
	for _, tt := range []struct{ name, passage, asked, claim, want string }{
		{"because, a synonym before and one word of each side beside", deaths, why,
			"The strike was called because two workers were killed in accidents at the port in March [1].", `link: the claim says "because"`},
		{"after, one word of the effect beside", deathsOnly, "What happened?",
			"The strike was called after two workers were killed in accidents at the port in March [1].", `link: the claim says "after"`},
		{"because, told one after the other", inTurn, why,
			"The strike was called because two workers were killed in accidents at the port in March [1].", ""},
		{"after, told one after the other", inTurn, "What happened?",
			"The strike was called after two workers were killed in accidents at the port in March [1].", ""},
		{"because, told together", together, why,
			"The strike was called because two workers were killed in accidents at the port in March [1].", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := edgeReason(t, tt.passage, tt.asked, tt.claim)
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
			}
			if testing.Verbose() {
				t.Logf("%s: %q", tt.name, got)
			}
		})
	}
}

// A day the passages give one event is not another's that they leave
// undated: "retook the prison on Tuesday" of a sentence that tells of the
// retaking with no Tuesday, where Tuesday is the day the toll was raised.
// A sentence giving the event the day, or one beside it ("Government
// troops retook it on Sunday"), a day the event's own clause names first
// ("began on Saturday, on Tuesday ..."), or a day no sentence gives to
// anything (the date rule's) is left be.
func TestDayBorrowedFromAnotherEvent(t *testing.T) {
	const apart = "Relatives waited for news after soldiers and police retook the prison.\n\n" +
		"Many had spent the night on the pavement.\n\n" +
		"The attorney general on Tuesday raised the death toll from 18 to 31.\n"
	const dated = "Soldiers and police retook the prison on Tuesday.\n\n" +
		"The attorney general on Tuesday raised the death toll from 18 to 31.\n"
	const undated = "Relatives gathered outside the prison after soldiers and police retook the prison.\n\n" +
		"The attorney general raised the death toll from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"another event's day", apart, "Soldiers and police retook the prison on Tuesday, the same day the death toll was raised [1].", `day: the passage gives tuesday to another event`},
		{"the event's own day", dated, "Soldiers and police retook the prison on Tuesday, the same day the death toll was raised [1].", ""},
		{"the other event on its day", apart, "The attorney general raised the death toll on Tuesday [1].", ""},
		{"the day beside it", "Relatives waited for news after soldiers and police retook the prison.\n\nThe attorney general on Tuesday raised the death toll from 18 to 31.\n",
			"Soldiers and police retook the prison on Tuesday [1].", ""},
		{"a day before it, the event's own", "Clashes between gangs here began on Saturday.\n\nThe attorney general on Tuesday raised the death toll from 18 to 31.\n",
			"The clashes began Saturday and on Tuesday the attorney general raised the death toll [1].", ""},
		{"a day no sentence gives", undated, "Soldiers and police retook the prison on Tuesday [1].", `date "tuesday" is not in passage`},
	})
}

// The borrowed-day rule's exceptions, each in passages whose sentences
// stand apart: no deed before the day ("the SNAI director who on Tuesday
// raised": the who rules' business, not a day moved), and the claim's
// verb told on the claim's day of another thing ("Talks began on Monday"
// for "the fighting between gangs began on Monday": which event the
// claim means the passage cannot tell).
func TestDayBorrowedExceptionsApart(t *testing.T) {
	const director = "Guillermo Rodriguez is the general director of the SNAI.\n\n" +
		"Many had spent the night on the pavement.\n\n" +
		"The attorney general on Tuesday raised the death toll from 18 to 31.\n"
	const talks = "Talks began on Monday.\n\nMany had spent the night on the pavement.\n\nClashes between gangs began on Saturday.\n"
	for _, tt := range []struct{ name, passage, claim string }{
		{"no deed before the day", director, "It was the SNAI director who on Tuesday raised the death toll to 31 [1]."},
		{"the verb on the day of another thing", talks, "The fighting between gangs began on Monday [1]."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := edgeReason(t, tt.passage, "What happened?", tt.claim); strings.Contains(got, "to another event") {
				t.Errorf("%q: reason %q, want no borrowed day", tt.claim, got)
			}
		})
	}
}

// Sentences of two cited passages are not beside each other: the last of
// one and the first of the next tell no event on together.
func TestDayBorrowedAcrossPassages(t *testing.T) {
	s := story.Parse("prison.txt", " date 2023-07-27 STORY: Prison news.\n\n"+
		"Relatives waited for news after soldiers and police retook the prison.\n\n"+
		"The attorney general on Tuesday raised the death toll from 18 to 31.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 4000})
	if len(ps) != 3 {
		t.Fatalf("story cut into %d passages, want 3 (the title first)", len(ps))
	}
	claim := "Soldiers and police retook the prison on Tuesday, the same day the death toll was raised [2][3]."
	got := droppedFor(checkClaims(splitClaims(claim, len(ps)), "When was the prison retaken?", ps, evidenceOf(ps)))
	if !strings.Contains(got, "day: the passage gives tuesday to another event") {
		t.Errorf("%q: reason %q, want a borrowed day", claim, got)
	}
}

// "that one" opening a reported clause counts its subject, of one word or
// two: "said that one police officer was hurt" of a passage where one
// civilian was hurt moves the count to another noun.
func TestThatOneOfTwoWords(t *testing.T) {
	const p = "The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there.\n"
	runEdgeCases(t, []edgeCase{
		{"two words", p, "The attorney general's office said on social media that one police officer was hurt in a Molotov cocktail attack on its office [1].", `number "1" is said of "civilian"`},
		{"the passage's noun", p, "The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office [1].", ""},
		{"no noun", p, "The office said that one was hurt in a Molotov cocktail attack on its office [1].", ""},
	})
}

// An appositive, its commas gone in the claim's words, names the subject
// too: "Ecuador's prison authority, the SNAI, raised the death toll" gives
// the attorney general's deed to the SNAI; the deed's own doer in an
// appositive keeps it.
func TestSubjectWithAnAppositive(t *testing.T) {
	const p = "Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n\n" +
		"Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI.\n"
	runEdgeCases(t, []edgeCase{
		{"another's deed", p, "Ecuador's prison authority, the SNAI, raised the death toll from 18 to 31 on Tuesday [1].", `who: the passage says "raised" of others`},
		{"its own doer", p, "Ecuador's attorney general, the country's chief prosecutor, raised the death toll from 18 to 31 on Tuesday [1].", ""},
	})
}

// "Only once" says no other such thing happened: a passage telling it
// happened regularly gainsays it, one saying "once" holds it, and a bare
// "once" (a time, "once a week", "once declared") is no such claim.
func TestOnlyOnce(t *testing.T) {
	const regularly = "Lasso has regularly declared states of emergency in the country's prisons.\n"
	const once = "Lasso has declared a state of emergency in the prisons once, in 2021.\n"
	runEdgeCases(t, []edgeCase{
		{"regularly", regularly, "Lasso has declared a state of emergency in the prisons only once [1].", `opposite: the claim says "once", the passage says it happened regularly`},
		{"just once", regularly, "Lasso has declared a state of emergency in the prisons just once [1].", `opposite: the claim says "once"`},
		{"said once", once, "Lasso has declared a state of emergency in the prisons only once [1].", ""},
		{"a bare once", regularly, "Lasso once declared a state of emergency in the prisons [1].", ""},
	})
}
