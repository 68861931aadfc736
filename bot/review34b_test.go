package bot_test

// Review 34b (rv34b): edge cases of the session's later changes (the
// beginning and "since" rule, "head of", "one" before a participle),
// written by an independent helper from the diff alone (git diff 594db11)
// and asked on the seed story; 29 cases, 20 failing at first. Mended: a
// place the sentence lacks ("when did the violence in Esmeraldas start",
// "the riots in Manta"), a question of an end ("stop after it started"), a
// thing begun that is no trouble ("the crew start filming"), a "since"
// asked of no trouble ("since when is Lasso president"), "one hundred",
// "the one injured person". The "head of" reading was taken back (its
// review found more wrong directors than it found right ones; its
// question tests went with it). Open, left out: "when did the latest
// clashes start" (a modifier the sentence lacks still hedges it), "when
// did the violence erupt", "the outbreak", "flare up", "since when are the
// gangs clashing", "when did the violence begin to surge" (misses, as
// before the session); "who is the head of the police / army / ecuador"
// answered with the prison authority's director, and "was the one hurt
// civilian a guard" answered "Yes:" (both as before the session).

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/extract"
)

// review34bOutright reports an answer given outright: neither abstained
// nor a hedge.
func review34bOutright(a *bot.Answer) bool {
	return !a.Abstained && !strings.HasPrefix(a.Text, extract.Hedge) && !strings.HasPrefix(a.Text, extract.HedgeNo)
}

// --- the beginning rule: unanswerable questions now answered wrongly ---

// The Saturday clashes were in Guayaquil ("here"); the story gives no day
// for the violence in Esmeraldas (set off by the declaration): a place
// the sentence does not hold is ignored because only the first content
// word after "when" is read.
func TestReview34bEsmeraldasStartNotSaturday(t *testing.T) {
	b, c := seedBot(t)
	for _, q := range []string{"when did the violence in Esmeraldas start", "when did the trouble start in Esmeraldas", "when did the violence at the Esmeraldas jail begin"} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if review34bOutright(a) && strings.Contains(a.Text, "Saturday") {
			t.Errorf("%q: %q, want no outright answer (Saturday is Guayaquil's clashes, not Esmeraldas)", q, a.Text)
		}
	}
}

// Manta had a mayor shot dead, no riots the story dates: "riots" is a
// trouble word, so "in Manta" is never read.
func TestReview34bMantaRiotsNotSaturday(t *testing.T) {
	b, c := seedBot(t)
	q := "when did the riots in Manta begin"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if review34bOutright(a) && strings.Contains(a.Text, "Saturday") {
		t.Errorf("%q: %q, want no outright answer (no riots in Manta are told)", q, a.Text)
	}
}

// beginAsked matches "started" in a clause that only refers back: the
// question asks when the violence stopped, which the story never says.
func TestReview34bStopAfterItStartedNotBeginning(t *testing.T) {
	b, c := seedBot(t)
	q := "when did the violence stop after it started"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if review34bOutright(a) {
		t.Errorf("%q: %q, want no answer (an end is asked; the start is only mentioned)", q, a.Text)
	}
}

// WordNet gives "gang" among "crew"'s synonyms, and the sentence holds
// "gangs": a film crew's filming is taken for the clashes.
func TestReview34bCrewFilmingNotClashes(t *testing.T) {
	b, c := seedBot(t)
	q := "when did the crew start filming"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if review34bOutright(a) {
		t.Errorf("%q: %q, want no answer (the story says nothing of a crew filming)", q, a.Text)
	}
}

// "since when is Lasso president": "lasso" is held by the since-2021
// sentence, so the rule answers outright; the story never says when his
// term began (2021 is when the violence surged).
func TestReview34bSinceWhenLassoPresident(t *testing.T) {
	b, c := seedBot(t)
	for _, q := range []string{"since when is Lasso president", "since when has Lasso been president"} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if review34bOutright(a) {
			t.Errorf("%q: %q, want no outright answer (his term's start is not told)", q, a.Text)
		}
	}
}

// --- the beginning rule: answerable questions still missed ---

// --- the beginning rule: PASS pins ---

// PASS: "chaos" is a trouble word; the clashes' day answers.
func TestReview34bChaosStartAnswered(t *testing.T) {
	b, c := seedBot(t)
	q := "when did the chaos start"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if !review34bOutright(a) || !strings.Contains(a.Text, "Saturday") {
		t.Errorf("%q: %q, want the Saturday sentence", q, a.Text)
	}
}

// PASS: an end asked without a verb of beginning is not answered by the
// beginning.
func TestReview34bEndNotAnswered(t *testing.T) {
	b, c := seedBot(t)
	for _, q := range []string{"when did the ruckus end", "when did the violence stop"} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if review34bOutright(a) {
			t.Errorf("%q: %q, want no answer", q, a.Text)
		}
	}
}

// PASS: "since when" of the surge is the since-2021 sentence.
func TestReview34bSinceWhenSurgeAnswered(t *testing.T) {
	b, c := seedBot(t)
	q := "since when has the violence been surging"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if !review34bOutright(a) || !strings.Contains(a.Text, "since 2021") {
		t.Errorf("%q: %q, want the surge since 2021", q, a.Text)
	}
}

// PASS: "since when" of Manabi's emergency opens with Monday's
// declaration, not the since-2021 sentence (which still follows it as a
// second sentence, as it did before these changes).
func TestReview34bSinceWhenManabiMonday(t *testing.T) {
	b, c := seedBot(t)
	q := "since when is there a state of emergency in Manabi"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if !review34bOutright(a) || !strings.HasPrefix(a.Text, "On Monday") {
		t.Errorf("%q: %q, want Monday's declaration first", q, a.Text)
	}
}

// PASS: a campaign is no trouble: not answered by the clashes' day.
func TestReview34bCampaignBeginNotClashes(t *testing.T) {
	b, c := seedBot(t)
	q := "when did the election campaign begin"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if review34bOutright(a) {
		t.Errorf("%q: %q, want no outright answer", q, a.Text)
	}
}

// --- "head of": wrong person ---

// The head of security at the prison is not the national prison
// authority's director: "prison" within four words of "of" makes it one.
func TestReview34bHeadOfSecurityNotRodriguez(t *testing.T) {
	b, c := seedBot(t)
	q := "who is the head of security at the prison"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if review34bOutright(a) && strings.Contains(strings.ToLower(a.Text), "rodriguez") {
		t.Errorf("%q: %q, want no answer (no security chief is named)", q, a.Text)
	}
}

// PASS: the head of the SNAI is its general director.
func TestReview34bHeadOfSNAI(t *testing.T) {
	b, c := seedBot(t)
	q := "who is the head of the SNAI"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if !review34bOutright(a) || !strings.Contains(a.Text, "Guillermo Rodriguez") {
		t.Errorf("%q: %q, want Guillermo Rodriguez", q, a.Text)
	}
}

// PASS: the head of a gang or of state is no director: never Rodriguez.
func TestReview34bHeadOfGangStateNotRodriguez(t *testing.T) {
	b, c := seedBot(t)
	for _, q := range []string{"who is the head of the gang", "who is the head of state"} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if review34bOutright(a) && strings.Contains(strings.ToLower(a.Text), "rodriguez") {
			t.Errorf("%q: %q, want no prison director", q, a.Text)
		}
	}
}

// --- pronounOne before a participle ---

// "hundred" ends in "-ed", so text.PastParticiple takes it for one and
// "one" is dropped: "one hundred prisoners" becomes the story's
// "hundreds of prisoners", answered outright (it was refused before).
func TestReview34bOneHundredNotParticiple(t *testing.T) {
	b, c := seedBot(t)
	q := "were the one hundred prisoners killed in guayaquil"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if review34bOutright(a) {
		t.Errorf("%q: %q, want no outright answer (the story tells of hundreds since 2021, not one hundred in Guayaquil)", q, a.Text)
	}
}

// "the one injured person" is a count before an adjective: the closest
// passage is the one civilian hurt, not the guards held hostage (it was
// before "one" was dropped).
func TestReview34bOneInjuredPersonClosest(t *testing.T) {
	b, c := seedBot(t)
	q := "was the one injured person a guard"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if !strings.Contains(a.Text, "one civilian was hurt") {
		t.Errorf("%q: %q, want the one civilian hurt shown", q, a.Text)
	}
}

// PASS: "the one shot dead in manta" is the pronoun: the mayor's sentence
// confirms it.
func TestReview34bOneShotDeadMayor(t *testing.T) {
	b, c := seedBot(t)
	q := "was the one shot dead in manta the mayor"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if !strings.HasPrefix(a.Text, "Yes") || !strings.Contains(a.Text, "mayor of the city of Manta") {
		t.Errorf("%q: %q, want Yes with the Manta sentence", q, a.Text)
	}
}
