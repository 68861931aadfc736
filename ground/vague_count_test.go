package ground

import (
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// A vague quantity ("several", "many") must not outnumber every
// count the passage gives the thing: "several civilians" of "one
// civilian" makes one into many; a count at or above its least, a thing
// counted only by a magnitude word, or never counted, passes.
func TestVagueCountAgainstThePassagesCount(t *testing.T) {
	const p = "Officials said that one civilian was hurt in an attack on the office. Two guards were hurt. They gained access to three cellblocks. Thousands of soldiers took part. Police said 14 inmates were taken to hospital.\n"
	runEdgeCases(t, []edgeCase{
		{"several of one", p, "Several civilians were hurt in an attack on the office [1].", `quantifier: the claim says "several" civilians`},
		{"several of two", p, "Several guards were hurt [1].", "quantifier:"},
		{"multiple of two", p, "Multiple guards were hurt [1].", ""},
		{"several of three", p, "They gained access to several cellblocks [1].", ""},
		{"many of fourteen", p, "Police said many inmates were taken to hospital [1].", ""},
		{"several of a magnitude", p, "Several soldiers took part [1].", ""},
		{"many of a thing never counted", p, "Many officials said an attack hit the office [1].", ""},
		{"a count above too", p + "Later, 15 guards were held hostage.\n", "Several guards were hurt [1].", ""},
	})
}

// "that one" opening a reported clause counts its noun; "that one" with
// no noun after is a pronoun.
func TestThatOneNounIsACount(t *testing.T) {
	for claim, want := range map[string]string{
		"officials said that one civilian was hurt": "1",
		"officials said that one was hurt":          "",
		"that one guard":                            "",
	} {
		got := ""
		for _, n := range numberNouns(text.Words(claim)) {
			got = n.val
		}
		if got != want {
			t.Errorf("numberNouns(%q) gives %q, want %q", claim, got, want)
		}
	}
}

// The review's cases: the passage's own vague quantity, "how many", a
// span of time and another count of the same noun are no gainsaying.
func TestVagueCountLeavesWhatItCannotCount(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"the passage's several", "One guard was killed and several were hurt in the riot.\n", "Several guards were hurt in the riot [1].", ""},
		{"the passage's words", "One family lost its home. Several families were evacuated from the area.\n", "Several families were evacuated from the area [1].", ""},
		{"how many", "Two guards were hurt in the riot.\n", "It is not clear how many guards were hurt in the riot [1].", ""},
		{"many years", "The warden, who served for 2 years, blamed years of neglect for the riot.\n", "The warden blamed many years of neglect for the riot [1].", ""},
		{"several times", "The mayor was arrested one time in 2019. Police questioned him often.\n", "He was questioned several times by police [1].", ""},
		{"a count two words on", "Officials said 2 prison guards were hurt in the riot.\n", "Several guards were hurt in the riot [1].", "quantifier:"},
		{"still one", "Officials said one guard was hurt in the riot.\n", "Several guards were hurt in the riot [1].", "quantifier:"},
	})
}

// A vague quantity of another thing in the passage's sentence ("many
// witnesses said") is no vague count of the claim's.
func TestVagueCountOfAnotherThing(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"many witnesses", "One civilian was killed in the attack, many witnesses said.\n", "Several civilians were killed in the attack [1].", "quantifier:"},
	})
}
