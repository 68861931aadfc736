package extract

// Review 32 (rv32): edge cases written by an independent helper from the
// session's diff alone (git diff de7b937). Open, left out of the asserted
// cases below: "what is the name of the mayor who was killed?" over a
// story whose title says "Mayor of Manta killed." and whose text names
// "Agustin Intriago, the mayor of Manta, was shot dead" answers with the
// title (as de7b937 did): the place after the office ("of Manta") is read
// as the holder's name, which the new relative-clause deed rule does not
// change.

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// review32Terms are the key terms of q over the seed story alone.
func review32Terms(t *testing.T, q string) []string {
	t.Helper()
	seed, err := os.ReadFile("../corpus/000_ed2ba48890825abd.txt")
	if err != nil {
		t.Fatal(err)
	}
	return keyTermsOf(edgeIndex(t, map[string]string{"a.txt": string(seed)}), q)
}

// "the Guayaquil boy who was shot" asks about a boy from Guayaquil: the
// boy is the topic, not a frame of the city's name.
func TestReview32BoyAfterACityIsAPerson(t *testing.T) {
	q := "how old was the Guayaquil boy who was shot?"
	if terms := review32Terms(t, q); !slices.Contains(terms, text.Stem("boy")) {
		t.Errorf("keyTerms(%q) = %v, want the boy kept", q, terms)
	}
}

// Inside: "that Esmeraldas incident" frames the name.
func TestReview32IncidentAfterAName(t *testing.T) {
	q := "what happened in that Esmeraldas incident?"
	if terms := review32Terms(t, q); slices.Contains(terms, text.Stem("incident")) {
		t.Errorf("keyTerms(%q) = %v, want no incident", q, terms)
	}
}

// Inside: "enter inside" repeats the entering.
func TestReview32EnterInside(t *testing.T) {
	q := "how did the soldiers enter inside the Litoral?"
	if terms := review32Terms(t, q); slices.Contains(terms, text.Stem("inside")) {
		t.Errorf("keyTerms(%q) = %v, want no inside", q, terms)
	}
}

// review32Answer asks q over one story and wants an answer holding want.
func review32Answer(t *testing.T, story, q, want string) {
	t.Helper()
	a := askOf(t, map[string]string{"a.txt": story}, q)
	if a.Abstained || !strings.Contains(a.Text, want) {
		t.Errorf("%q: answer %q (abstained %v), want one holding %q", q, a.Text, a.Abstained, want)
	}
}

// A gang named by "a gang known as Los Lobos": the name is the gang's,
// though a few words stand between.
func TestReview32GangKnownAs(t *testing.T) {
	const story = " date 2023-08-10 STORY: Gang attack on Guayaquil prison.\n\n" +
		"Armed men attacked the Regional prison in Guayaquil on Wednesday night.\n\n" +
		"Police said the attackers were members of a gang known as Los Lobos.\n\n" +
		"Three guards were wounded in the attack, officials said.\n"
	review32Answer(t, story, "which gang attacked the prison in Guayaquil?", "Los Lobos")
}

// A sentence that tells both a transfer and how many the prison now
// holds answers how many are in it.
func TestReview32PresenceBesideATransfer(t *testing.T) {
	const story = " date 2023-08-01 STORY: Inmates moved from Litoral prison.\n\n" +
		"After guards transferred 200 inmates to other prisons, the Litoral now holds about 12,000 inmates.\n\n" +
		"The prison is the largest in Ecuador.\n"
	review32Answer(t, story, "how many inmates are in the Litoral?", "12,000")
}

// "what did the police say about El Tigre": the name is the topic, the
// police the speaker; El Tigre's own words are not the answer.
func TestReview32NamedTopicIsNotTheSpeaker(t *testing.T) {
	const story = " date 2023-08-13 STORY: Gang leader escapes Ecuador prison.\n\n" +
		"The gang leader known as El Tigre escaped from the Litoral prison on Sunday.\n\n" +
		"In a video posted online, El Tigre said he would never return to prison.\n\n" +
		"Police said El Tigre escaped through a tunnel dug under the kitchen and offered a reward for his capture.\n"
	review32Answer(t, story, "what did the police say about El Tigre?", "tunnel")
}
