package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A quotation that runs over two sentences names its speaker where it
// closes: for a person question, that next sentence is the answer's
// second, even from the next (overlapping) chunk of the story; not the
// sentence before, not after a quotation that closes itself, not for a
// question that wants no person.
func TestQuoteSpeakerNeighbour(t *testing.T) {
	txt := `Police retook the wing. "We entered without firing a single shot. The inmates surrendered quickly," Benitez told reporters. Colonel Ruiz led the raid.`
	cands := candidatesOf(txt)
	quote, tail, after := cands[1], cands[2], cands[3]
	quote.own, tail.typed, after.typed = 0.9, true, true
	if got := typedNeighbour(question.Person, quote, cands); got != tail {
		t.Errorf("typedNeighbour(person, the quote) = %v, want the sentence that closes it", got)
	}
	if got := typedNeighbour(question.Place, quote, cands); got == tail {
		t.Error("typedNeighbour(place, the quote) took the speaker's sentence, which holds nothing of the question")
	}
	// Across chunks: the closing sentence in another passage of the story.
	other := candidatesOf(txt)
	other[2].p.N = 2
	other[2].typed = true
	mixed := []*candidate{cands[0], quote, other[2], cands[3]}
	if got := typedNeighbour(question.Person, quote, mixed); got != other[2] {
		t.Errorf("typedNeighbour across chunks = %v, want the closing sentence", got)
	}
	// A quotation that closes in its own sentence leaves the next alone.
	whole := candidatesOf(`"We entered without firing a shot," he said. Benitez led the raid.`)
	whole[0].own, whole[1].typed = 0.9, true
	if got := typedNeighbour(question.Person, whole[0], whole); got != nil {
		t.Errorf("typedNeighbour after a closed quotation = %q, want none", got.text())
	}
	_ = after
}
