package question

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Review 37b: edge cases of session 37's change to Premise (git diff
// 9f6b821 HEAD -- question/premise.go), written by an independent
// reviewer. The change cuts a short tail after a question's first "?"
// before looking for the tag ("the prison is in quito right? the capital")
// and takes "is it" / "was it" as a tag when the statement has that verb
// ("this jail is in quito is it?"). Each case asserts what a user would
// expect; the ones marked PASS already hold.

// rv37bCase is a question and its expected reading: want exactly, or, with
// prefix, any reading opening with want ("" wants no reading at all).
type rv37bCase struct {
	q, want string
	prefix  bool
}

func rv37bCheck(t *testing.T, voc *Vocabulary, cases []rv37bCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			got, ok := Premise(c.q, voc)
			switch {
			case c.want == "":
				if ok || got != "" {
					t.Errorf("Premise(%q) = %q, %v; want no reading", c.q, got, ok)
				}
			case c.prefix:
				if !ok || !strings.HasPrefix(got, c.want) {
					t.Errorf("Premise(%q) = %q, %v; want a reading opening %q", c.q, got, ok, c.want)
				}
			default:
				if !ok || got != c.want {
					t.Errorf("Premise(%q) = %q, %v; want %q", c.q, got, ok, c.want)
				}
			}
		})
	}
}

func rv37bVocabulary() *Vocabulary {
	var rd Reader
	return rd.Vocabulary(newTermCorpus("Soldiers retook the Litoral prison in the city of Guayaquil on Tuesday.", "Gangs fought inside the prison."))
}

// The tag may come after the statement's own question mark ("quito?
// right?"): the cut at the first "?" drops the tag itself, so a guess read
// before the change is no longer read (regressions).
func TestReview37bTagAfterFirstQuestionMark(t *testing.T) {
	rv37bCheck(t, rv37bVocabulary(), []rv37bCase{
		{q: "the prison is in quito? right?", want: "where the prison is"},
		{q: "it said 13 dead? right?", want: "how many it said dead"},
		{q: "the prison is in quito? no?", want: "where the prison is"},
		// PASS: the tag before the mark, a second tag after it
		{q: "the prison is in quito right? yes?", want: "where the prison is"},
	})
}

// "is it true?", "is it correct?", "is it right?" are whole tags, not an
// echo of the statement's verb: the echo check now refuses them when the
// statement has no "is" (regressions; non-native speakers write these
// constantly).
func TestReview37bIsItTrueIsNoEcho(t *testing.T) {
	rv37bCheck(t, rv37bVocabulary(), []rv37bCase{
		{q: "50 soldiers died, is it true?", want: "how many soldiers died"},
		{q: "50 prisoners escaped, is it correct?", want: "how many prisoners escaped"},
		{q: "the army went in monday, is it right?", want: "when the army went"},
	})
}

// "is it" / "was it" after a wh-word asks a question of its own ("how long
// is it?", "when was it?"), not whether the statement holds: the echo tag
// makes a where-question of them.
func TestReview37bWhBeforeEchoTag(t *testing.T) {
	rv37bCheck(t, rv37bVocabulary(), []rv37bCase{
		{q: "the riot was in quito, when was it?"},
		{q: "there is a curfew in quito now, how long is it?"},
		{q: "there is a new law in ecuador, what is it?"},
	})
}

// A short tail that asks a second thing without a question word or an
// opening auxiliary from asksAfter's list ("any deaths?", "should i",
// "r the guards ok", the typo "wat") is cut as if it restated the guess:
// the second question is silently dropped.
func TestReview37bTailAsksWithoutQuestionWord(t *testing.T) {
	rv37bCheck(t, rv37bVocabulary(), []rv37bCase{
		{q: "the riot was in quito right? any deaths?"},
		{q: "the riot was in quito right? anyone hurt?"},
		{q: "the riot was in quito right? like 13 dead?"},
		{q: "the prison is in quito right? wat about the guards"},
		{q: "the protest is in quito tomorrow right? should i avoid it"},
		{q: "the riot was in quito right? r the guards ok"},
		// PASS: a question word in the tail keeps it
		{q: "the riot was in quito right? if so how bad"},
	})
}

// A tail that only thanks, or offers the other guess, is cut (PASS).
func TestReview37bTailRestates(t *testing.T) {
	rv37bCheck(t, rv37bVocabulary(), []rv37bCase{
		{q: "the prison is in quito right? thx", want: "where the prison is"},
		{q: "the prison is in quito right? or was it guayaquil", want: "where the prison is"},
		{q: "the jail is in Quito. Is it?", want: "where the jail is"},
	})
}

// Singapore / Malaysia / India English use "is it?" as an invariant tag,
// whatever the statement's verb (the file already reads "betul ka"): a
// guess the echo rule still misses.
func TestReview37bInvariantIsIt(t *testing.T) {
	rv37bCheck(t, rv37bVocabulary(), []rv37bCase{
		{q: "the army went in on tuesday is it?", want: "when ", prefix: true},
		{q: "13 ppl died is it?", want: "how many ", prefix: true},
		{q: "the prison's in quito is it?", want: "where ", prefix: true},
	})
}

// The bot's path: the question as Reader reads it over the built-in
// story, then Premise with that story's vocabulary.
func TestReview37bReadThenPremise(t *testing.T) {
	ix := testindex.Seed(t)
	var rd Reader
	voc := rd.Vocabulary(ix)
	for _, c := range []rv37bCase{
		{q: "50 soldiers died, is it true?", want: "how many soldiers died"},
		{q: "the prison is in quito? right?", want: "where the prison is"},
		{q: "the riot was in quito, when was it?"},
		{q: "the riot was in quito right? any deaths?"},
		// PASS: the session's own case
		{q: "the prison is in quito right? the capital", want: "where the prison is"},
	} {
		t.Run(c.q, func(t *testing.T) {
			read := rd.Read(ix, c.q)
			got, ok := Premise(read, voc)
			if !ok {
				got, ok = Premise(c.q, voc) // the bot falls back to the question as typed
			}
			if c.want == "" && ok || c.want != "" && got != c.want {
				t.Errorf("Premise(Read(%q) = %q) = %q, %v; want %q", c.q, read, got, ok, c.want)
			}
		})
	}
}
