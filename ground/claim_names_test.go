package ground

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

func verdictOn(t *testing.T, storyText, claim string) Verdict {
	t.Helper()
	s := story.Parse("s.txt", storyText)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	return checkClaims(splitClaims(claim, len(ps)), "What happened?", ps, evidenceOf(ps))
}

func droppedFor(v Verdict) string {
	if len(v.Dropped) == 0 {
		return ""
	}
	return v.Dropped[0].Reason
}

// "I" inside a claim is not a name.
func TestPronounIIsNotAName(t *testing.T) {
	ps, _ := testPassages(t)
	v := checkClaims(splitClaims("As I read it, the toll was raised to 31 [1].", len(ps)), "What happened?", ps, evidenceOf(ps))
	if r := droppedFor(v); r != "" {
		t.Errorf("dropped: %s", r)
	}
}

// A name up to three letters longer than the passage's word matches it:
// "Marxist" for "Marx".
func TestNameWithThreeLetterSuffix(t *testing.T) {
	v := verdictOn(t, " date 2023-07-26 STORY: Rebels.\n\nThe rebels read Marx in the jungle camp.\n", "The Marxist rebels read in the jungle camp [1].")
	if r := droppedFor(v); r != "" {
		t.Errorf("dropped: %s", r)
	}
}

// A two-word phrase in single quotes is emphasis, not a quotation.
func TestTwoWordSingleQuotesAreNotAQuotation(t *testing.T) {
	ps, _ := testPassages(t)
	v := checkClaims(splitClaims("Rodriguez called the operation 'truly decisive' [2].", len(ps)), "What happened?", ps, evidenceOf(ps))
	if r := droppedFor(v); strings.Contains(r, "quotation") {
		t.Errorf("dropped as a quotation: %s", r)
	}
}

// A quotation's speaker may be named two sentences before it.
func TestSpeakerNamedTwoSentencesBeforeQuote(t *testing.T) {
	v := verdictOn(t, " date 2023-07-26 STORY: Prison.\n\nGuillermo Rodriguez spoke on Monday. He praised the police. \"This operation has been decisive.\"\n",
		`Guillermo Rodriguez said "This operation has been decisive" [1].`)
	if r := droppedFor(v); r != "" {
		t.Errorf("dropped: %s", r)
	}
}

// A deed given to a name the passage gives another actor is dropped, even
// in a claim of two words: officials raised the toll, Lasso did not.
func TestNameWithOneOtherWord(t *testing.T) {
	v := verdictOn(t, " date 2023-07-26 STORY: Ecuador prison.\n\n"+
		"President Guillermo Lasso declared a state of emergency. Relatives waited outside for news. "+
		"Officials raised the death toll from 18 to 31.\n", "Then Lasso raised [1].")
	if r := droppedFor(v); r == "" {
		t.Error("a deed of the officials given to Lasso was shown")
	}
}

// What is said of a name may be in the sentence after it.
func TestDeedInTheSentenceAfterTheName(t *testing.T) {
	v := verdictOn(t, " date 2023-07-26 STORY: Ecuador prison.\n\n"+
		"Guillermo Rodriguez heads the prison authority. He raised the death toll to 31 on Tuesday. Relatives waited outside. Buses came at dawn.\n",
		"Rodriguez raised the death toll to 31 [1].")
	if r := droppedFor(v); r != "" {
		t.Errorf("dropped: %s", r)
	}
}

// Half of what is said of a name near it is enough.
func TestHalfTheDeedNearTheName(t *testing.T) {
	v := verdictOn(t, " date 2023-07-26 STORY: Prison.\n\n"+
		"Guillermo Rodriguez praised the police on Monday. Relatives waited outside for news. The riot ended at dawn. Guards were freed later.\n",
		"Rodriguez praised guards [1].")
	if r := droppedFor(v); r != "" {
		t.Errorf("dropped: %s", r)
	}
}

// A claim's first word written as a name after a comma in the passage is
// a name: what the claim says of it must be said near it.
func TestFirstWordNameAfterComma(t *testing.T) {
	v := verdictOn(t, " date 2023-07-26 STORY: Prison.\n\n"+
		"Relatives waited outside, Rodriguez said. The night was cold. Buses came at dawn. The attorney general raised the death toll from 18 to 31.\n",
		"Rodriguez raised the death toll from 18 to 31 [1].")
	if r := droppedFor(v); !strings.Contains(r, `"Rodriguez"`) {
		t.Errorf("dropped %q, want the deed not said of Rodriguez", r)
	}
}

// A claim's first word the passage also writes in lower case is a common
// word ("Hiking" opening a sentence, "hiking" inside one), not a name: no
// deed need be said near it. Written capitalised only, it stays a name.
func TestFirstWordWrittenLowerCaseIsNoName(t *testing.T) {
	const opening = " date 2023-07-26 STORY: Trails.\n\n" +
		"Trails reopened in May, Hiking Club members said. The night was cold"
	const deed = ". Buses came at dawn. Regular walks build leg strength.\n"
	v := verdictOn(t, opening+" for hiking"+deed, "Hiking builds leg strength [1].")
	if r := droppedFor(v); r != "" {
		t.Errorf("dropped: %s", r)
	}
	v = verdictOn(t, opening+deed, "Hiking builds leg strength [1].")
	if r := droppedFor(v); !strings.Contains(r, `"Hiking"`) {
		t.Errorf("dropped %q, want the deed not said of Hiking", r)
	}
}

// A name the question asks about and no passage holds is the answer
// repeating what it was asked ("sewer lines in Michigan"); asked about
// but held by a passage not cited, it is not in the cited one.
func TestNameFromTheQuestion(t *testing.T) {
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Sewers.\n\n"+
		"Replacing a sewer line costs from 3,000 to 25,000 dollars.\n\n"+
		"Anna Berg runs the works department.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 1000})
	if len(ps) != 3 {
		t.Fatalf("%d passages, want 3 (the title line, then one a sentence)", len(ps))
	}
	for _, tt := range []struct{ question, claim, want string }{
		{"How much to replace sewer lines in Michigan?", "In Michigan, replacing a sewer line costs from 3,000 to 25,000 dollars [2].", ""},
		{"How much to replace sewer lines?", "In Michigan, replacing a sewer line costs from 3,000 to 25,000 dollars [2].", `name "Michigan"`},
		{"Does Anna Berg set the cost?", "Anna Berg says replacing a sewer line costs from 3,000 to 25,000 dollars [2].", `name "Berg"`},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), tt.question, ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q asked %q: reason %q, want %q", tt.claim, tt.question, got, tt.want)
		}
	}
}

// Names written otherwise: a name spelt out before the acronym the
// passage uses, a word opening a second sentence inside a claim, a unit
// named after a person. An initial ends no sentence, and initials that
// don't match spell out nothing.
func TestNamesWrittenOtherwise(t *testing.T) {
	const st = " date 2023-07-26 STORY: Pay.\n\n" +
		"The BLS says technicians earn 32 dollars an hour. Sew the seam. Stitch the lining to the fabric. In January it is 43 degrees.\n"
	for _, tt := range []struct{ claim, want string }{
		{"The Bureau of Labor Statistics (BLS) says technicians earn 32 dollars an hour [1].", ""},
		{"The Office of Labor Statistics (BLS) says technicians earn 32 dollars an hour [1].", `name "Office"`},
		{"a. Sew the seam b. Finally, stitch the lining to the fabric [1].", ""},
		{"Sew the seam as G. Finally stitches the lining to the fabric [1].", `name "Finally"`},
		{"In January it is 43 degrees Fahrenheit [1].", ""},
		{"In January it is 43 degrees in Fresno [1].", `name "Fresno"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A longer form of a name the cited passage gives briefly ("Guillermo
// Rodriguez" for "Rodriguez") passes when a passage given holds it whole;
// a first name no passage gives with that surname does not.
func TestFullNameFromAnotherPassage(t *testing.T) {
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\nGuillermo Rodriguez heads the prison authority.\n\nRodriguez said the operation was decisive.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 1000})
	n := 0
	for i, p := range ps {
		if strings.HasPrefix(p.Text, "Rodriguez said") {
			n = i + 1
		}
	}
	if n == 0 {
		t.Fatal("no passage opens with Rodriguez said")
	}
	for _, tt := range []struct{ claim, want string }{
		{fmt.Sprintf("Then Guillermo Rodriguez said the operation was decisive [%d].", n), ""},
		{fmt.Sprintf("Then Pedro Rodriguez said the operation was decisive [%d].", n), `name "Pedro"`},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), "What happened?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
