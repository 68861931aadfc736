package extract

import (
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// A "here" or "there" stands for the place named in the two sentences
// before it: the sentence holds that name for the question. Not a name
// three sentences back, not a name given as no place, not an existential
// "there".
func TestPlaceBackHoldsTheNameBefore(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"port.txt": "Harbour strike\n\n" +
		"Dockers walked out at the port of Valdoro on Monday. " +
		"Ships queued offshore. " +
		"Clashes with police here began on Tuesday. " +
		"A union leader, known as Ferrante, spoke to reporters. " +
		"Talks there resumed on Friday. " +
		"Trucks waited for days. " +
		"Officials in Castelmare said tensions eased. " +
		"There were no arrests. " +
		"Wind and rain followed. " +
		"Prices there doubled."})
	ps := passagesOf(t, ix, "clashes talks arrests prices dockers")
	own := func(name, sentence string) float64 { return nameShare(t, ix, ps, name, sentence) }
	for _, c := range []struct {
		name, sentence string
		want           float64
	}{
		{"valdoro", "Clashes with police here began on Tuesday.", 0.5}, // two sentences back
		{"valdoro", "Talks there resumed on Friday.", 0},               // four back
		{"ferrante", "Talks there resumed on Friday.", 0},              // a name, not a place
		{"castelmare", "There were no arrests.", 0},                    // existential
		{"castelmare", "Prices there doubled.", 0},                     // three back
		{"valdoro", "Ships queued offshore.", 0},                       // no here or there
	} {
		if got := own(c.name, c.sentence); !near(got, c.want) {
			t.Errorf("own share of %q for %q = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
}

// A sentence opening on "The X", an X one of the two sentences before it
// names, is about what those sentences named: "The curfew, from 10 p.m. to
// 5 a.m., ..." after "... declared a curfew in Duran" holds "Duran". A
// "The X" the sentences before never name holds nothing of theirs.
func TestDefiniteBackHoldsTheNamesBefore(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"curfew.txt": "Curfew news\n\n" +
		"The mayor of Duran declared a curfew on Monday. " +
		"Police patrolled the streets. " +
		"The curfew lasts from 10 p.m. to 5 a.m. " +
		"Officials in Guayas praised it. " +
		"The market stayed open. " +
		"Shops closed early. " +
		"Buses stopped. " +
		"The curfew ends in May."})
	ps := passagesOf(t, ix, "curfew market shops buses")
	own := func(name, sentence string) float64 { return nameShare(t, ix, ps, name, sentence) }
	for _, c := range []struct {
		name, sentence string
		want           float64
	}{
		{"Duran", "The curfew lasts from 10 p.m. to 5 a.m.", 0.5}, // "a curfew" two sentences back
		{"Guayas", "The market stayed open.", 0},                  // no market in the two before, which name Guayas
		{"Guayas", "The curfew ends in May.", 0},                  // the curfew is not in the two before
	} {
		if got := own(c.name, c.sentence); !near(got, c.want) {
			t.Errorf("own share of %q for %q = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
	if got := definiteHead("The curfew, from 10 p.m."); got != "curfew" {
		t.Errorf("definiteHead = %q, want curfew", got)
	}
	if got := definiteHead("the curfew"); got != "" {
		t.Errorf("definiteHead of a lower-case the = %q, want none", got)
	}
}

// nameShare is the own share of sentence for a question of two equal
// terms: the name (a known name) and a word no story holds.
func nameShare(t *testing.T, ix Index, ps []cite.Passage, name, sentence string) float64 {
	t.Helper()
	var term string
	for t := range text.TermSet(name) {
		term = t
	}
	keys := []keyTerm{{term: term, weight: 1, known: true, proper: true}, {term: "zebra", weight: 1, known: true}}
	rq := &reading{keys: keys, total: 2, qt: question.General, storyTerms: map[string]map[string]bool{}}
	return candidateWith(t, rq.candidates(ix, ps), sentence).own
}
