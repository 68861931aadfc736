package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A description set beside a name, after a comma or "is", must be said of
// that name: "Guayaquil, the capital of Ecuador" where the passage calls
// it only "the city of Guayaquil". A pronoun ("She is a woman whose son
// ...") is no name, and a description holding a clause of its own ("a
// position he held since 2010") describes the thing before the name.
func TestAppositiveDescription(t *testing.T) {
	const p = "Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil. Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI. On Sunday, the mayor of the city of Manta was shot dead."
	wantReasons(t, p, "What happened?", map[string]string{
		"The prison is in Guayaquil, the capital of Ecuador [1].":           "who",
		"Guayaquil is the capital of Ecuador [1].":                          "who",
		"The cellblocks are in Guayaquil, a city [1].":                      "",
		"In Guayaquil, the soldiers gained access to three cellblocks [1].": "",
		"On Sunday, the mayor of Manta was shot dead [1].":                  "",
	})
	const woman = "Rosa Delgado waited outside the gate, where she has stood since Friday. Her son is serving a sentence for robbery."
	wantReasons(t, woman, "Who is Rosa Delgado?", map[string]string{
		"She is a woman whose son is serving a sentence for robbery [1].": "",
		"Rosa Delgado is a lawyer whose son is serving a sentence [1].":   "who",
	})
	const club = "Sheerin was appointed player-manager of Arbroath in 2010 and led the club to the title."
	wantReasons(t, club, "Who is Sheerin?", map[string]string{
		"Sheerin was player-manager at Arbroath, a position he held since 2010 [1].": "",
		"Sheerin was player-manager at Arbroath, a fishing town [1].":                "who",
	})
}

// A shell noun ("the problem", "a matter") stands for the fact the
// passage says in its own words: it does not keep a denial from being
// read against the sentence that states the fact.
func TestNegationShellNoun(t *testing.T) {
	const p = "\"We have been working closely together as this is a national issue, not something concerning a single institution,\" Rodriguez said."
	wantReasons(t, p, "What did Rodriguez say?", map[string]string{
		"He said the problem was a matter for a single institution, not a national issue [1].": "negation",
		"He said the problem was not a national issue [1].":                                    "negation",
		"He said the problem was a national issue, not a matter for a single institution [1].": "",
		"He said the problem was a national issue [1].":                                        "",
	})
}

// A deed the passage tells only after "failed to", or after an attempt
// cue set before the "to" of its verb ("tried and failed to retake",
// "attempted on Monday to retake"), was not done; a failure of something
// else ("Talks failed. Workers walked off") makes no later deed an
// attempt.
func TestAttemptBeforeInfinitive(t *testing.T) {
	for p, cases := range map[string]map[string]string{
		"Soldiers failed to retake the prison on Monday.": {
			"Soldiers retook the prison on Monday [1].":           "outcome",
			"Soldiers failed to retake the prison on Monday [1].": "",
		},
		"Soldiers tried and failed to retake the prison on Monday.": {
			"Soldiers retook the prison on Monday [1].": "outcome",
			"Soldiers tried to retake the prison [1].":  "",
		},
		"Talks failed. Workers walked off the job on Thursday.": {
			"Workers walked off the job on Thursday [1].": "",
		},
		"The government tried on Monday to end the strike, and the union agreed to talks.": {
			"The union agreed to talks [1].": "",
		},
		// done after all, in the passage's other words or by its success
		"Soldiers tried to retake the prison on Monday. On Tuesday they recaptured it.": {
			"Soldiers retook the prison [1].": "",
		},
		"Rescuers tried to free the miners on Monday. On Tuesday they released them.": {
			"Rescuers freed the miners [1].": "",
		},
		"Soldiers tried again and managed to retake the prison on Tuesday.": {
			"Soldiers retook the prison on Tuesday [1].": "",
		},
	} {
		wantReasons(t, p, "What happened?", cases)
	}
}

// A kept claim answers the question with the words its markers quote too:
// "revised the figure upward on Tuesday [1: "... from 18 to 31"]" gives
// the count "how many died" asks, so an unmarked lead line dropped
// ("**Short answer:** 31 people.") leaves a reply that still answers, and
// the reply is shown without it rather than replaced. A claim with no
// count, quoted or said, does not.
func TestQuotedWordsAnswer(t *testing.T) {
	s := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\nEcuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. Clashes between gangs here began on Saturday.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	const asked = "How many people died?"
	v, reason := Check("**Short answer:** According to the most recent figure in the passages, the violence has left 31 people dead.\n\n- The attorney general raised the toll on Tuesday [1: \"raised the death toll from the violence from 18 to 31\"].", asked, ps)
	if reason != "" || !strings.Contains(v.Text, "raised the toll on Tuesday") || strings.Contains(v.Text, "Short answer") {
		t.Errorf("quoted count: reason %q, text %q; want the cited item shown without the lead", reason, v.Text)
	}
	if _, reason := Check("**Short answer:** According to the most recent figure in the passages, the violence has left 31 people dead.\n\n- The gang clashes began at the weekend [1: \"Clashes between gangs here began on Saturday\"].", asked, ps); reason == "" {
		t.Errorf("no count quoted or said: shown, want the reply replaced")
	}
}
