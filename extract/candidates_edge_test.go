package extract

import (
	"math"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/retrieval"
)

// edgeIndex is an index of a few short stories.
func edgeIndex(t *testing.T, stories map[string]string) *retrieval.Index {
	t.Helper()
	fs := fstest.MapFS{}
	for name, txt := range stories {
		fs[name] = &fstest.MapFile{Data: []byte(txt)}
	}
	return testindex.Of(t, fs)
}

// passagesOf are the passages the search finds for q, best first.
func passagesOf(t *testing.T, ix *retrieval.Index, q string) []cite.Passage {
	t.Helper()
	return passagesOfN(t, ix, q, 5)
}

// passagesOfN are the first k passages the search finds for q.
func passagesOfN(t *testing.T, ix *retrieval.Index, q string, k int) []cite.Passage {
	t.Helper()
	res, err := ix.Search(t.Context(), q, k)
	if err != nil {
		t.Fatal(err)
	}
	var ps []cite.Passage
	for i, h := range res.Hits {
		ps = append(ps, cite.FromChunk(i+1, h.Story, h.Chunk))
	}
	return ps
}

// candidateWith is the candidate whose text is txt.
func candidateWith(t *testing.T, cands []*candidate, txt string) *candidate {
	t.Helper()
	for _, c := range cands {
		if c.text() == txt {
			return c
		}
	}
	t.Fatalf("no candidate %q", txt)
	return nil
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

var fortStory = map[string]string{"fort.txt": "Guards fled the fort in 1097. The guards fled because the walls fell. Guards fled the fort again."}

// (The readings below want a place, which no sentence of the fort story
// holds, so no sentence gains the type bonus.)
//
// A sentence's score is its coverage plus the rank bonus; a name of the
// question its story never uses costs it only when the corpus knows the
// name (an unknown one says nothing of which story is meant).
func TestCandidateScoreStoryNameMissOnlyForKnownNames(t *testing.T) {
	ix := edgeIndex(t, fortStory)
	ps := passagesOf(t, ix, "guards fled the fort")
	keys := []keyTerm{{term: "guard", weight: 1, known: true}, {term: "zorblat", weight: 1, proper: true}}
	rq := &reading{keys: keys, total: 2, qt: question.Place, storyTerms: map[string]map[string]bool{}}
	c := candidateWith(t, rq.candidates(ix, ps), "Guards fled the fort again.")
	if !near(c.score, c.coverage+rankBonus) {
		t.Errorf("unknown name: score %v, want coverage %v + rank bonus %v", c.score, c.coverage, rankBonus)
	}
	keys[1].known = true
	rq = &reading{keys: keys, total: 2, qt: question.Place, storyTerms: map[string]map[string]bool{}}
	c = candidateWith(t, rq.candidates(ix, ps), "Guards fled the fort again.")
	if want := c.coverage + rankBonus - storyNameMiss*0.5; !near(c.score, want) {
		t.Errorf("known name the story lacks: score %v, want %v", c.score, want)
	}
}

// An older year ("in 1097") lifts a sentence only for a "when" question;
// it types the sentence (the same lift) when the sentence holds every known
// key term, and only lifts it when one is missing ("prison", which the
// corpus knows).
func TestCandidateYearBonusOnlyForWhen(t *testing.T) {
	ix := edgeIndex(t, fortStory)
	ps := passagesOf(t, ix, "guards fled the fort")
	for _, tt := range []struct {
		qt    question.Kind
		keys  []keyTerm
		typed bool
		bonus float64
	}{
		{question.Place, []keyTerm{{term: "guard", weight: 1, known: true}}, false, 0},
		{question.Time, []keyTerm{{term: "guard", weight: 1, known: true}}, true, typeBonus},
		{question.Time, []keyTerm{{term: "guard", weight: 1, known: true}, {term: "prison", weight: 1, known: true}}, false, typeBonus},
	} {
		total := float64(len(tt.keys))
		rq := &reading{keys: tt.keys, total: total, qt: tt.qt, storyTerms: map[string]map[string]bool{}}
		c := candidateWith(t, rq.candidates(ix, ps), "Guards fled the fort in 1097.")
		if c.typed != tt.typed {
			t.Errorf("%v %v: %q typed = %v, want %v", tt.qt, tt.keys, c.text(), c.typed, tt.typed)
		}
		if want := c.coverage + rankBonus + tt.bonus; !near(c.score, want) {
			t.Errorf("%v %v: score %v, want %v", tt.qt, tt.keys, c.score, want)
		}
	}
}

// A "why" question lifts a sentence that gives a cause by typeBonus.
func TestCandidateReasonBonusForWhy(t *testing.T) {
	ix := edgeIndex(t, fortStory)
	ps := passagesOf(t, ix, "guards fled the fort")
	keys := []keyTerm{{term: "guard", weight: 1, known: true}}
	rq := &reading{keys: keys, total: 1, qt: question.Place, form: question.Form{WhyHow: "why"}, storyTerms: map[string]map[string]bool{}}
	cands := rq.candidates(ix, ps)
	because := candidateWith(t, cands, "The guards fled because the walls fell.")
	again := candidateWith(t, cands, "Guards fled the fort again.")
	if !near(because.score, because.coverage+rankBonus+typeBonus) {
		t.Errorf("cause: score %v, want coverage %v + rank + type bonus", because.score, because.coverage)
	}
	if !near(again.score, again.coverage+rankBonus) {
		t.Errorf("no cause: score %v, want coverage %v + rank bonus", again.score, again.coverage)
	}
}

var prisonStory = map[string]string{"prison.txt": "Guards fled on Monday as a large fire spread quickly through three cellblocks. Exactly 15 guards fled the prison. Thousands of guards fled the region."}

// A count question's sentence is typed only with a number near what is
// counted ("three cellblocks" is no count of guards); an exact count
// question is not met by "thousands"; a typed sentence gains typeBonus.
func TestCandidateCountTypedNearWhatIsCounted(t *testing.T) {
	ix := edgeIndex(t, prisonStory)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, tt := range []struct {
		q     string
		typed map[string]bool
	}{
		{"how many guards fled", map[string]bool{
			"Guards fled on Monday as a large fire spread quickly through three cellblocks.": false,
			"Exactly 15 guards fled the prison.":                                             true,
			"Thousands of guards fled the region.":                                           true,
		}},
		{"exactly how many guards fled", map[string]bool{
			"Exactly 15 guards fled the prison.":   true,
			"Thousands of guards fled the region.": false,
		}},
	} {
		rq := readQuestion(ix, voc, tt.q, "")
		if rq.qt != question.Number {
			t.Fatalf("%q read as %v", tt.q, rq.qt)
		}
		cands := rq.candidates(ix, passagesOf(t, ix, tt.q))
		for txt, want := range tt.typed {
			c := candidateWith(t, cands, txt)
			if c.typed != want {
				t.Errorf("%q: %q typed = %v, want %v", tt.q, txt, c.typed, want)
			}
			bonus := 0.0
			if want {
				bonus = typeBonus + deedBonus // every typed sentence here says "fled", the question's deed
			}
			if w := c.coverage + rankBonus/float64(c.rank+1) + bonus; !near(c.score, w) {
				t.Errorf("%q: %q score %v, want %v", tt.q, txt, c.score, w)
			}
		}
	}
}

// "Where did it happen?" after a statement takes its topic from the
// statement, as common words: a name there is context, not one the answer
// must hold.
func TestReadQuestionTopicFromTheStatementIsNoName(t *testing.T) {
	ix := testindex.Seed(t)
	var rd question.Reader
	rq := readQuestion(ix, rd.Vocabulary(ix), "The riot was in Guayaquil. Where did it happen?", "")
	found := false
	for _, k := range rq.keys {
		if k.proper {
			t.Errorf("key term %q from the statement is proper", k.term)
		}
		found = found || k.term == "guayaquil"
	}
	if !found {
		t.Errorf("key terms %+v lack guayaquil", rq.keys)
	}
}

// Rank puts the passage that answers first even when there are only two,
// and renumbers them.
func TestRankTwoPassages(t *testing.T) {
	ix := edgeIndex(t, map[string]string{
		"a.txt": "Guards at the prison spoke to reporters on Monday about the riot.",
		"b.txt": "The riot left 15 guards dead at the prison on Sunday.",
	})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	ps := passagesOf(t, ix, "how many guards died in the prison riot")
	if len(ps) != 2 {
		t.Fatalf("%d passages, want 2", len(ps))
	}
	if ps[0].Source == "b.txt" {
		ps[0], ps[1] = ps[1], ps[0]
	}
	out := Rank(ix, voc, "how many guards died in the prison riot", "", ps)
	if out[0].Source != "b.txt" || out[0].N != 1 || out[1].N != 2 {
		t.Errorf("Rank = %s #%d, %s #%d; want b.txt #1 first", out[0].Source, out[0].N, out[1].Source, out[1].N)
	}
}

// A question's first word is capitalised for being first: it is no name.
// A capital inside the question makes one.
func TestKeyTermFirstWordCapitalIsNoName(t *testing.T) {
	ix := edgeIndex(t, fortStory)
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for _, tt := range []struct {
		q      string
		proper bool
	}{{"Guards fled the fort when", false}, {"when did Guards flee", true}} {
		for _, k := range keyTerms(ix, voc, tt.q) {
			if k.term == "guard" && k.proper != tt.proper {
				t.Errorf("%q: guard proper = %v, want %v", tt.q, k.proper, tt.proper)
			}
		}
	}
}
