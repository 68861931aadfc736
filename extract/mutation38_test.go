// Mutation testing, session 38: single-point bugs planted one at a time in
// package extract, each run against `go test ./extract ./question` and the
// file restored. "old" is whether the suite before this file killed the
// mutant; survivors name the test here that kills them. Open bugs found on
// the way are the skipped tests (t.Skip("open: ...")).
//
//	E1  when.go:47            last <weekday>: back == 0 -> back == 1             old: killed (TestRelativeDays, ...)
//	E2  when.go:68            week start: +6 -> +5                               old: killed (TestRelativeDays, ...)
//	E3  identity.go:61        roleOfName: title within 3 words -> 2              old: survived -> TestMutation38WhoIsTitleBeforeName
//	E4  identity.go:91        roleTitles: "warden" dropped                       old: survived -> TestMutation38WhoIsTitleBeforeName
//	E5  lede_place.go:31      ledePlace: first place sentence -> last one        old: survived -> TestMutation38WhereFirstPlaceOfLede
//	E6  answerability.go:114  near_miss: own_miss_n <= 0.25 -> < 0.25            old: killed (TestFeaturesNearMissOneOfFourTerms)
//	E7  answerability.go:107  claim: && -> ||                                    old: killed (TestFeaturesNoNameMissingInAClaim, ...)
//	E8  answerability.go:166  questionPart: ":" dropped                          old: killed (TestQuestionPart)
//	E9  extract.go:1509       MinHedgeScore 0.3 -> 0.35                          old: survived -> TestMutation38SeedCloseCalls
//	E10 extract.go:1167       typedMargin 0.1 -> 0.05                            old: survived -> TestMutation38SeedCloseCalls
//	E11 extract.go:1192       oneStoryOwn 0.7 -> 0.75                            old: survived -> TestMutation38SeedCloseCalls
//	E12 extract.go:1226       lacksKeyTerm: >= missingShare -> >                 old: killed (TestLacksKeyTermAtTheShare, ...)
//	E13 extract.go:1135       lightDeedUnsaid: particle within 7 words -> 6      old: killed (TestReview23bLightDeedUnsaid)
//	E14 extract.go:1156       releaseParticles: "loose" dropped                  old: survived -> TestMutation38LetLoose
//	E15 extract.go:1162       sameRE: "alias" dropped                            old: survived -> TestMutation38SameByAlias
//	E16 extract.go:272        pronounOne: "yesterday" dropped                    old: survived -> TestMutation38KeyTerms
//	E17 extract.go:348        timeAskWords: "week" dropped                       old: survived -> TestMutation38WhenItBegan
//	E18 extract.go:352        troubleWords: "brawl" dropped                      old: survived -> TestMutation38WhenItBegan
//	E19 extract.go:1539       hedge lead: form.YesNo && -> ||                    old: killed (TestHedgeNoOnlyForKnownWords, ...)
//	E20 extract.go:1527       noneRE: "neither" dropped                          old: survived -> TestMutation38NeitherSaysNo
//	E21 extract.go:699        backInTime: "around" dropped                       old: survived -> TestMutation38KeyTerms
//	E22 extract.go:1360       secondGain: gain >= -> >                           old: survived -> TestMutation38SecondSentenceAQuarter
//	E23 extract.go:362        sinceTold: "early" dropped                         old: survived -> TestMutation38SinceEarlyYear
//	E24 extract.go:384        rightNounBefore: "hard" dropped                    old: survived -> TestMutation38KeyTerms
//	E25 extract.go:409        frameNouns: "lad" dropped                          old: survived -> TestMutation38KeyTerms
//
// 25 mutants: 8 killed by the old suite, 17 survivors killed here.

package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// zapataStory names a minister first without his title, then with a
// title of three words before his name.
var zapataStory = map[string]string{"a.txt": " date 2024-01-10 STORY: Army retakes prison in Ecuador.\n\n" +
	"Soldiers retook the Litoral prison in Guayaquil on Tuesday. Juan Zapata told reporters that troops entered without firing a shot. Minister of Interior Juan Zapata ordered a curfew in the city.\n"}

// pazminoStory names a warden first without his title, then with it.
var pazminoStory = map[string]string{"a.txt": " date 2024-01-10 STORY: Army retakes prison in Ecuador.\n\n" +
	"Soldiers retook the Litoral prison in Guayaquil on Tuesday.\n\n" +
	"Luis Pazmino had been held hostage for two days. Prison warden Luis Pazmino ordered a search of the cells.\n"}

// E3, E4: "who is X" is answered by the sentence with X's title before
// the name, not by the first sentence naming X. (A warden's sentence is
// only offered as the closest passage, wrongly: TestMutation38WhoIsWardenOpen.)
func TestMutation38WhoIsTitleBeforeName(t *testing.T) {
	for _, c := range []struct {
		st           map[string]string
		q, want      string
		sentenceOnly bool
	}{
		{zapataStory, "who is Juan Zapata", "Minister of Interior Juan Zapata ordered a curfew in the city. [1]", false},
		{zapataStory, "who's juan zapata?", "Minister of Interior Juan Zapata ordered a curfew in the city. [1]", false},
		{pazminoStory, "who's Luis Pazmino", "Prison warden Luis Pazmino ordered a search of the cells. [1]", true},
		{pazminoStory, "who is luis pazmino?", "Prison warden Luis Pazmino ordered a search of the cells. [1]", true},
	} {
		// (which sentence is what is checked here; whether a warden's is
		// answered or only offered is the open case)
		got := askOf(t, c.st, c.q).Text
		if c.sentenceOnly {
			got = strings.TrimPrefix(got, Hedge+" ")
		}
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.q, got, c.want)
		}
	}
}

func TestMutation38WhoIsWardenOpen(t *testing.T) {
	t.Skip("open: \"warden\" is no person word to the answer's type check (question personNouns): \"who's Luis Pazmino\" only hedges with \"Prison warden Luis Pazmino ordered a search of the cells.\", and when a sentence close behind holds a person word (\"Luis Pazmino told reporters that 15 guards were freed.\") that one is answered instead")
	if got := askOf(t, pazminoStory, "who's Luis Pazmino").Text; got != "Prison warden Luis Pazmino ordered a search of the cells. [1]" {
		t.Errorf("who's Luis Pazmino: %q", got)
	}
	st := map[string]string{"a.txt": " date 2024-01-10 STORY: Army retakes prison in Ecuador.\n\n" +
		"Soldiers retook the Litoral prison in Guayaquil on Tuesday.\n\n" +
		"Luis Pazmino told reporters that 15 guards were freed. Prison warden Luis Pazmino ordered a search of the cells.\n"}
	if got := askOf(t, st, "who's Luis Pazmino").Text; !strings.Contains(got, "Prison warden Luis Pazmino") {
		t.Errorf("who's Luis Pazmino, guards close behind: %q", got)
	}
}

func TestMutation38WhoIsSurnameOnlyOpen(t *testing.T) {
	t.Skip("open: \"who is zapata\" is answered by \"Juan Zapata told reporters ...\": the title \"Minister of Interior\" stands more than three words before the surname, so the sentence saying what he is is not found")
	if got := askOf(t, zapataStory, "who is zapata").Text; !strings.HasPrefix(got, "Minister of Interior Juan Zapata") {
		t.Errorf("who is zapata: %q", got)
	}
}

// E5: "where did this happen" of a story whose lede names no place its
// title does not: the first sentence that names one, not a later one.
func TestMutation38WhereFirstPlaceOfLede(t *testing.T) {
	st := map[string]string{"a.md": "# Riot in Ecuador\n\nA riot broke out at a prison in Ecuador on Monday. Officials in Ecuador said 31 inmates died. The army was sent in.\n"}
	for _, q := range []string{"where did this happen", "where was this?"} {
		if got := askOf(t, st, q).Text; got != "A riot broke out at a prison in Ecuador on Monday. [1]" {
			t.Errorf("%q: %q", q, got)
		}
	}
}

// E9, E10, E11: follow-ups and chatty questions over the seed story. The
// sentence holding the answer is shown, never "The stories don't say."; a
// chatty question the sentence fully answers is answered, not hedged. (The
// first two are at least offered as the closest passage; answering them
// would be better still.)
func TestMutation38SeedCloseCalls(t *testing.T) {
	ix := testindex.Seed(t)
	for _, c := range []struct {
		q, holds   string
		mustAnswer bool
	}{
		{"And how much cellblocks did they open in this way?", "three cellblocks", false},
		{"And what was the toll before it was revised?", "from 18 to 31", false},
		{"please how many people died in the riot at the Litoral jail in Guayaquil?? my nephew is there", "from 18 to 31", true},
		{"How many people actually died in the Litoral prison violence in Guayaquil? The official number, not your guess.", "from 18 to 31", true},
		{"they find guns?", "automatic weapons", true},
		{"what did they find in there, guns n that?", "automatic weapons", true},
	} {
		got := askText(t, ix, c.q)
		if !strings.Contains(got, c.holds) {
			t.Errorf("%q: %q, want the passage with %q", c.q, got, c.holds)
			continue
		}
		if c.mustAnswer && strings.HasPrefix(got, Hedge) {
			t.Errorf("%q: %q, want it answered", c.q, got)
		}
	}
}

func TestMutation38SeedOtherCountryOpen(t *testing.T) {
	t.Skip("open: a question about Peru's protesters is answered with Ecuador's death toll (\"... from 18 to 31\"); the seed story never mentions Peru")
	ix := testindex.Seed(t)
	if got := askText(t, ix, "Peru charged three ex-ministers over the deaths of how many protesters? 19 was it?"); !strings.HasPrefix(got, Hedge) && got != "The stories don't say." {
		t.Errorf("Peru: %q", got)
	}
}

func TestMutation38SeedMayorKillerOpen(t *testing.T) {
	t.Skip("open: \"What is the name of the Manta mayor who was shot? Who has killed him, any arrest is made?\" is answered with the weapons footage and the death toll; the seed names neither the mayor, his killer nor any arrest")
	ix := testindex.Seed(t)
	if got := askText(t, ix, "What is the name of the Manta mayor who was shot? Who has killed him, any arrest is made?"); strings.Contains(got, "Footage") || strings.Contains(got, "18 to 31") && !strings.HasPrefix(got, Hedge) {
		t.Errorf("mayor: %q", got)
	}
}

// E14: "let ... loose" asks of a release, as "let ... go" does: a
// sentence of the guards held hostage does not tell it; one of them set
// free does.
func TestMutation38LetLoose(t *testing.T) {
	for _, c := range []struct {
		q, sentence string
		unsaid      bool
	}{
		{"did the gangs let the guards loose", "Gangs held 15 guards hostage at the prison in Esmeraldas.", true},
		{"did they set the hostages loose yet", "Gangs held 15 guards hostage at the prison in Esmeraldas.", true},
		{"did the gangs let the guards loose", "The gangs set the guards free on Tuesday.", false},
		{"did the gangs let the guards go", "Gangs held 15 guards hostage at the prison in Esmeraldas.", true},
	} {
		if got := lightDeedUnsaid(c.q, c.sentence); got != c.unsaid {
			t.Errorf("lightDeedUnsaid(%q, %q) = %v, want %v", c.q, c.sentence, got, c.unsaid)
		}
	}
}

// E15: "alias" says two names are one man: "is Fito the same guy as
// Adolfo Macias" is answered yes by "Adolfo Macias, alias Fito".
func TestMutation38SameByAlias(t *testing.T) {
	st := map[string]string{"a.txt": " date 2024-01-10 STORY: Gang leader escapes.\n\nAdolfo Macias, alias Fito, escaped from the Litoral prison on Sunday. Fito leads the Choneros gang.\n"}
	for _, q := range []string{"is Fito the same guy as Adolfo Macias?", "is fito the same person as adolfo macias"} {
		if got := askOf(t, st, q); got.Abstained || !strings.HasPrefix(got.Text, "Yes: Adolfo Macias, alias Fito") {
			t.Errorf("%q: %q", q, got.Text)
		}
	}
}

// E20: "Neither of the two guards was hurt" answers "was any guard
// hurt" with a no.
func TestMutation38NeitherSaysNo(t *testing.T) {
	st := map[string]string{"a.txt": " date 2024-01-10 STORY: Attack on prison van.\n\nGunmen attacked a prison van near Quito on Monday. Neither of the two guards was hurt in the attack. The driver was taken to hospital.\n"}
	for _, q := range []string{"was any guard hurt?", "were the guards hurt in the attack"} {
		if got := askOf(t, st, q).Text; !strings.HasPrefix(got, "No: Neither of the two guards") {
			t.Errorf("%q: %q", q, got)
		}
	}
}

// keysStory is a small story for how questions are read into key terms.
var keysStory = map[string]string{"a.txt": " date 2024-01-10 STORY: Prison riot in Ecuador.\n\n" +
	"One guard was shot yesterday at the Litoral prison. The one killed yesterday was an inmate. The hard right now leads the polls. " +
	"Adolfo Macias, known as Fito, was moved to another prison. The prison wall was built in 1958. Officials plan to rebuild the wall. Some want to retake the prison.\n"}

// E16, E21, E24, E25: how a question's words are read. "the one shot
// yesterday" is a person, no count; "built back around 1958" is a time,
// no rebuilding (while "build it back" is); "the hard right" is the
// noun, not the adverb of "right now"; "that Fito lad" is Fito.
func TestMutation38KeyTerms(t *testing.T) {
	ix := edgeIndex(t, keysStory)
	for _, c := range []struct {
		q          string
		has, hasnt []string
	}{
		{"who was the one shot yesterday", []string{"shot"}, []string{"one"}},
		{"was the wall built back around 1958", []string{"wall", "built"}, []string{"rebuild"}},
		{"when did they build it back", []string{"rebuild"}, nil},
		{"is the hard right now leading the polls", []string{"hard", "right", "poll"}, nil},
		{"what happened to that Fito lad", []string{"fito"}, []string{"lad"}},
	} {
		keys := keyTermsOf(ix, c.q)
		for _, k := range c.has {
			if !slices.Contains(keys, k) {
				t.Errorf("%q: keys %v, want %q among them", c.q, keys, k)
			}
		}
		for _, k := range c.hasnt {
			if slices.Contains(keys, k) {
				t.Errorf("%q: keys %v, want no %q", c.q, keys, k)
			}
		}
	}
}

func TestMutation38TakeBackAroundOpen(t *testing.T) {
	t.Skip("open: \"did they take the prison back around noon\" reads \"back around\" as a time (\"back around 2019\") and loses the retaking: keys [prison back around noon], not \"retak\"")
	ix := edgeIndex(t, keysStory)
	if keys := keyTermsOf(ix, "did they take the prison back around noon"); !slices.Contains(keys, "retak") {
		t.Errorf("keys %v", keys)
	}
}

// clashStory tells one event's beginning with its day, and a state since
// a year.
var clashStory = map[string]string{"a.txt": " date 2024-01-10 STORY: Prison clashes in Ecuador.\n\n" +
	"Soldiers patrolled the Litoral prison in Guayaquil. Clashes between gangs began on Saturday. The president declared an emergency.\n\n" +
	"Gangs have fought inside the prisons since early 2021.\n"}

// E17, E18: in a story of one event, when it began is the day its
// beginning is told with, whatever the asker calls the trouble ("brawl")
// and however the day is asked ("what day of the week").
func TestMutation38WhenItBegan(t *testing.T) {
	for q, want := range map[string]string{
		"when did the brawl start": "Clashes between gangs began on Saturday",
		"what day of the week did it start in that place where my cousin is locked up": "Clashes between gangs began on Saturday",
	} {
		if got := askOf(t, clashStory, q); got.Abstained || !strings.HasPrefix(got.Text, want) {
			t.Errorf("%q: %q, want %q", q, got.Text, want)
		}
	}
}

// sinceStory tells a state since a year, and nothing of when it began.
var sinceStory = map[string]string{"a.txt": " date 2024-01-10 STORY: Prison clashes in Ecuador.\n\n" +
	"Soldiers patrolled the Litoral prison in Guayaquil on Tuesday. The president declared an emergency.\n\n" +
	"Gangs have fought inside the prisons since early 2021.\n"}

// E23: "since early 2021" tells since when, in the asker's word for the
// trouble ("violence"), however chatty the question.
func TestMutation38SinceEarlyYear(t *testing.T) {
	for _, q := range []string{
		"since when has all the violence been going on in that place where my cousin is locked up",
		"since when all this trouble in the jails",
	} {
		if got := askOf(t, sinceStory, q); got.Abstained || got.Text != "Gangs have fought inside the prisons since early 2021. [1]" {
			t.Errorf("%q: %q", q, got.Text)
		}
	}
}

func TestMutation38GoingOnOverThereOpen(t *testing.T) {
	t.Skip("open: \"since when has the brawling been going on over there\" only hedges: the \"over\" of \"over there\" is read as asking when it ended (endAsked)")
	if got := askOf(t, sinceStory, "since when has the brawling been going on over there"); got.Abstained {
		t.Errorf("%q", got.Text)
	}
}

// E22: a second sentence of the passage that holds a quarter of the
// question the first lacks (the murder El Tigre was sentenced for) is
// added to the answer.
func TestMutation38SecondSentenceAQuarter(t *testing.T) {
	st := map[string]string{"a.txt": "A court in Guayaquil sentenced El Tigre to 34 years on Monday. He was convicted of murder.\n"}
	want := "A court in Guayaquil sentenced El Tigre to 34 years on Monday. [1] He was convicted of murder. [2]"
	for _, q := range []string{"how many years did El Tigre get in Guayaquil for the murder", "how long did el tigre get in guayaquil for murder"} {
		if got := askOf(t, st, q).Text; got != want {
			t.Errorf("%q: %q, want %q", q, got, want)
		}
	}
}
