package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// A phrasal verb's synonym may be the passage's word only through a
// derivation or a cause: "went up" is "rise", which "raise" causes. A
// phrasal verb with no such link is still a word the passage lacks.
func TestPhrasalThroughCause(t *testing.T) {
	p := `Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.`
	if got := edgeReason(t, p, "How many died?", "It went up from 18 to 31 [1]."); got != "" {
		t.Errorf("went up of raised: dropped for %q", got)
	}
	if got := edgeReason(t, p, "How many died?", "It wound down from 18 to 31 [1]."); !strings.Contains(got, "words") {
		t.Errorf("wound down of raised: reason %q, want words the passage lacks", got)
	}
}

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

// The offence a claim says someone is serving a sentence for is the
// passage's whole: "armed robbery" is not "robbery".
func TestOffenceWhole(t *testing.T) {
	p := "Maria Fernanda Quiroz said she had not heard from her son, who is serving a sentence for robbery, since Friday."
	if got := edgeReason(t, p, "What did Quiroz say?", "Her son is serving a sentence for armed robbery [1]."); !strings.Contains(got, "armed") {
		t.Errorf("armed robbery: reason %q, want the word armed", got)
	}
	if got := edgeReason(t, p, "What did Quiroz say?", "Her son is serving a sentence for robbery [1]."); got != "" {
		t.Errorf("robbery: dropped for %q", got)
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
