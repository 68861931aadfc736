package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// edgeCase is one claim checked against a one-passage story: want is a
// substring of the reason it is dropped for, "" when it must be kept.
type edgeCase struct {
	name, passage, claim, want string
}

// edgeReason checks claim against a story whose text is passage (one
// passage, cited as [1]) for the question asked, and returns the reason
// of its first dropped claim, "" when nothing was dropped.
func edgeReason(t *testing.T, passage, asked, claim string) string {
	t.Helper()
	s := story.Parse("edge.txt", " date 2023-07-26 STORY: Town news.\n\n"+passage)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	if len(ps) != 1 {
		t.Fatalf("story cut into %d passages, want 1", len(ps))
	}
	return droppedFor(checkClaims(splitClaims(claim, len(ps)), asked, ps, evidenceOf(ps)))
}

// runEdgeCases checks each case against its passage, asked "What
// happened?".
func runEdgeCases(t *testing.T, cases []edgeCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := edgeReason(t, tt.passage, "What happened?", tt.claim)
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q against %q: reason %q, want %q", tt.claim, tt.passage, got, tt.want)
			}
		})
	}
}

// A claim's negation reaches three content words past its cue: "did not
// repair the old bridge" denies the bridge, which the passage says was
// repaired, even though it rightly denies repairs of something old.
func TestNegationReachesTheThirdWordAfterItsCue(t *testing.T) {
	const p = "Crews did not repair the old pier. Crews repaired the old bridge.\n"
	runEdgeCases(t, []edgeCase{
		{"the denial the passage makes", p, "Crews did not repair the old pier [1].", ""},
		{"the third word denies what the passage states", p, "Crews did not repair the old bridge [1].", `negation: the claim denies "bridg"`},
	})
}

// "not only" adds, it denies nothing.
func TestNotOnlyIsNoNegation(t *testing.T) {
	const p = "The storm closed the port and cut power to the town.\n"
	runEdgeCases(t, []edgeCase{
		{"not only", p, "The storm not only closed the port but also cut power to the town [1].", ""},
		{"not", p, "The storm did not close the port [1].", `negation: the claim denies "clos"`},
	})
}

// A claim's denial that some sentence of the passage makes is supported,
// even when the sentence sharing most of the claim's words states the
// thing plainly: the passage says both.
func TestClaimDenialSaidElsewhereInThePassage(t *testing.T) {
	const p = "Police first said the guards at the jail were released.\n\n" +
		"Hours later the guards were still not released, the ministry said.\n"
	runEdgeCases(t, []edgeCase{
		{"denied in another sentence", p, "The guards at the jail were not released [1].", ""},
	})
	const plain = "Police said the guards at the jail were released.\n"
	runEdgeCases(t, []edgeCase{
		{"denied nowhere", plain, "The guards at the jail were not released [1].", `negation: the claim denies "releas"`},
	})
}

// The passage's denial decides only a claim that says its whole clause:
// "the new ferry sailed" is not "the old ferry did not sail".
func TestPassageDenialNeedsTheWholeClause(t *testing.T) {
	const p = "The old ferry did not sail on Monday, but the new ferry did.\n"
	runEdgeCases(t, []edgeCase{
		{"another subject", p, "The new ferry sailed on Monday [1].", ""},
		{"the denied clause", p, "The old ferry sailed on Monday [1].", `negation: the passage denies "sail monday"`},
	})
}

// A claim stating a condition states no fact, so it cannot state what the
// passage denies.
func TestConditionalClaimStatesNoDeniedFact(t *testing.T) {
	const p = "The guards were not released.\n\nOfficials said the talks would end after that.\n"
	runEdgeCases(t, []edgeCase{
		{"condition", p, "The talks would end if the guards were released [1].", ""},
		{"fact", p, "The guards were released [1].", `negation: the passage denies "releas"`},
	})
}

// The passage that states plainly what it denies in another clause lets
// the claim say the plain one when that sentence shares as many of the
// claim's words as the denied clause does.
func TestPlainSentenceSharingAsManyWordsAsTheDenial(t *testing.T) {
	const p = "The ferry does not run on Sunday. The ferry runs on Sunday in summer.\n"
	runEdgeCases(t, []edgeCase{
		{"as many words", p, "The ferry runs on Sunday [1].", ""},
		{"more words", p, "The ferry runs on Sunday in summer [1].", ""},
	})
	const only = "The ferry does not run on Sunday. The bus runs in summer.\n"
	runEdgeCases(t, []edgeCase{
		{"no plain sentence", only, "The ferry runs on Sunday [1].", "negation"},
	})
}

// The passage's negation reaches three words past its cue, small words
// included: "was not to be reopened" denies the reopening.
func TestPassageNegationReachesPastSmallWords(t *testing.T) {
	const p = "The bridge was not to be reopened.\n"
	runEdgeCases(t, []edgeCase{
		{"denied", p, "The bridge was reopened [1].", `negation: the passage denies "reopen"`},
		{"said", p, "The bridge was not to be reopened [1].", ""},
	})
}

// One word shared with a sentence is its topic, not its statement: "nothing
// was stolen" does not contradict "thieves had stolen guns" a year before.
func TestOneSharedWordDoesNotContradict(t *testing.T) {
	const p = "The guards stayed calm and nothing was taken. A year earlier, thieves had stolen guns.\n"
	runEdgeCases(t, []edgeCase{
		{"one word", p, "Nothing was stolen [1].", ""},
		{"the sentence's fact", p, "Thieves had not stolen guns [1].", `negation: the claim denies`},
	})
}
