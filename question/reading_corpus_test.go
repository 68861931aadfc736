package question

import (
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// termCorpus is a Corpus over a few stories, with document frequencies
// counted from their terms.
type termCorpus struct {
	stories []story.Story
	df      map[string]int
}

func newTermCorpus(texts ...string) *termCorpus {
	c := &termCorpus{df: map[string]int{}}
	for i, t := range texts {
		c.stories = append(c.stories, story.Story{Source: string(rune('a'+i)) + ".txt", Text: t})
		for term := range text.TermSet(t) {
			c.df[term]++
		}
	}
	return c
}

func (c *termCorpus) Stories() []story.Story  { return c.stories }
func (c *termCorpus) DocFreq(term string) int { return c.df[term] }

// A chat word the stories themselves use is a word of the question, not
// filler: "man" stays when the stories tell of a man.
func TestReadKeepsFillerTheStoriesUse(t *testing.T) {
	var rd Reader
	c := newTermCorpus("A man was killed near the prison on Monday. The police said the man was armed.")
	if got, want := rd.Read(c, "was a man killed"), "was a man killed"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
}

// A two-letter first word is never read as a question word typed wrong.
func TestReadLeavesTwoLetterFirstWord(t *testing.T) {
	var rd Reader
	c := newTermCorpus("Many prisoners died in the riot at the prison.")
	if got, want := rd.Read(c, "hw many died"), "hw many died"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
}

// A six-letter word is corrected only one edit away; two edits need
// seven letters.
func TestReadCorrectionReachGrowsWithLength(t *testing.T) {
	var rd Reader
	c := newTermCorpus("The prison riot ended when soldiers entered the prison.", "Soldiers guarded the prison gates.")
	for in, want := range map[string]string{
		"pxuson riot":  "pxuson riot",  // six letters, two edits from "prison": left alone
		"prisn riot":   "prison riot",  // one edit
		"soldxers yes": "soldiers yes", // eight letters, one edit
		"sxldxers yes": "soldiers yes", // eight letters, two edits
	} {
		if got := rd.Read(c, in); got != want {
			t.Errorf("Read(%q) = %q, want %q", in, got, want)
		}
	}
}

// The vocabulary follows the corpus: asked of another index, the reader
// counts that one's words.
func TestVocabularyFollowsTheIndex(t *testing.T) {
	var rd Reader
	a := newTermCorpus("Officials met on Monday in the city, and then Rodriguez spoke to the press.")
	b := newTermCorpus("The storm hit the coast on Monday and the rain went on.")
	if !rd.Vocabulary(a).IsName("rodriguez") {
		t.Fatal("rodriguez is not a name of the first corpus")
	}
	if rd.Vocabulary(b).IsName("rodriguez") {
		t.Error("the second corpus's vocabulary still has the first corpus's name")
	}
}

// A capitalised word after a comma counts as a name's use: "met, Rodriguez
// said" makes Rodriguez a name.
func TestNamesAfterComma(t *testing.T) {
	var rd Reader
	c := newTermCorpus("Guards met, Rodriguez said. Prisoners fled, Rodriguez added. Rodriguez left.")
	if !rd.Vocabulary(c).IsName("rodriguez") {
		t.Error("rodriguez, written with a capital after commas, is not a name")
	}
}
