package extract

import (
	"math"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
)

// A known name keeps its own weight though its derived form is commoner
// (only an unknown word weighs as its wording), and its derived forms are
// only those the stories use.
func TestKnownNameWeightAndAltsReview4(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"a.md": {Data: []byte("# Colombia votes\n\nColombia held an election on Sunday.\n")},
		"b.md": {Data: []byte("# Prison fire\n\nA fire at a Colombian prison killed 17 inmates.\n")},
		"c.md": {Data: []byte("# Coffee\n\nColombian coffee prices rose.\n")},
		"d.md": {Data: []byte("# Floods\n\nRain flooded the coast on Monday.\n")},
	})
	var rd question.Reader
	for _, k := range keyTerms(ix, rd.Vocabulary(ix), "how many inmates died in the prison fire in Colombia") {
		if k.term != "colombia" {
			continue
		}
		if k.alts["colombian"] != wordnetShare {
			t.Errorf("colombia alts %v, want colombian at %v", k.alts, wordnetShare)
		}
		for a := range k.alts {
			if ix.DocFreq(a) == 0 {
				t.Errorf("colombia alt %q: the stories never use it", a)
			}
		}
		if !near(k.weight, ix.IDF("colombia")) {
			t.Errorf("colombia weight %v, want its own IDF %v (colombian's is %v)", k.weight, ix.IDF("colombia"), ix.IDF("colombian"))
		}
		return
	}
	t.Errorf("no key term colombia")
}

// A name the stories never write, in no form, stays unknown: WordNet's
// derivations the stories don't use don't make it known.
func TestUnknownNameStaysUnknownReview4(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"a.md": {Data: []byte("# Prison fire\n\nA fire at a prison killed 17 inmates.\n")},
		"b.md": {Data: []byte("# Floods\n\nRain flooded the coast on Monday.\n")},
	})
	var rd question.Reader
	for _, k := range keyTerms(ix, rd.Vocabulary(ix), "how many inmates died in the prison fire in Venezuela") {
		if k.term != "venezuela" {
			continue
		}
		if k.known || len(k.alts) != 0 {
			t.Errorf("venezuela: known %v, alts %v; want unknown, no alts", k.known, k.alts)
		}
		return
	}
	t.Errorf("no key term venezuela")
}

var openingsStories = map[string]string{
	"openings.md": "# Royal openings\n\nQueen Elizabeth opened the museum wing in 1999. Queen Elizabeth opened the parliament building in Edinburgh in 2004.\n",
	"floods.md":   "# Floods\n\nRain flooded the coast on Monday. Six people died.\n",
	"market.md":   "# Market\n\nA new market opened in Leeds. It sells fish.\n",
}

// Of two sentences of one story that hold the follow-up's own words, the
// one that also holds the last turn's subject wins: a subject term the
// story holds elsewhere counts below holding it.
func TestFollowUpSubjectHeldBeatsStoryShareReview4(t *testing.T) {
	ix := edgeIndex(t, openingsStories)
	var rd question.Reader
	asked := "when did the queen open it"
	rq := readQuestion(ix, rd.Vocabulary(ix), asked, "the parliament building")
	ps := passagesOf(t, ix, asked+"\nparliament building")
	var best *candidate
	for _, c := range rq.candidates(ix, ps) {
		if best == nil || c.score > best.score {
			best = c
		}
	}
	if best == nil || best.text() != "Queen Elizabeth opened the parliament building in Edinburgh in 2004." {
		t.Errorf("best candidate %v, want the parliament sentence", best)
	}
	museum := candidateWith(t, rq.candidates(ix, ps), "Queen Elizabeth opened the museum wing in 1999.")
	for _, k := range rq.keys {
		if !k.topic {
			continue
		}
		if got := museum.covered[k.term]; !near(got, subjectShare) {
			t.Errorf("museum sentence: subject term %q covered %v, want %v", k.term, got, subjectShare)
		}
	}
}

// A subject term the passage lacks but its story holds is the passage's
// context and counts subjectShare for its sentences; a name of the
// follow-up itself that only the story holds is context, not held.
func TestFollowUpSubjectFromTheStoryReview4(t *testing.T) {
	ix := edgeIndex(t, openingsStories)
	var rd question.Reader
	asked := "when did the queen open it"
	ps := passagesOf(t, ix, asked+"\nparliament building")
	var cut []cite.Passage
	for _, p := range ps {
		if p.Source != "openings.md" {
			continue
		}
		// The passage cut to its first sentence: the museum wing.
		sp := p.Sentences[0]
		p.Text, p.End, p.Sentences = p.Text[:sp.End-p.Start], sp.End, p.Sentences[:1]
		cut = append(cut, p)
	}
	if len(cut) == 0 || !strings.Contains(cut[0].Text, "museum wing") || strings.Contains(cut[0].Text, "parliament") {
		t.Fatalf("cut passages %+v", cut)
	}
	rq := readQuestion(ix, rd.Vocabulary(ix), asked, "the parliament building")
	rq.keys = append(rq.keys, keyTerm{term: "edinburgh", weight: 1, proper: true, known: true})
	rq.total++
	c := candidateWith(t, rq.candidates(ix, cut), "Queen Elizabeth opened the museum wing in 1999.")
	n := 0
	for _, k := range rq.keys {
		if !k.topic {
			continue
		}
		n++
		if got := c.covered[k.term]; !near(got, subjectShare) {
			t.Errorf("subject term %q covered %v, want %v", k.term, got, subjectShare)
		}
		if got := c.context[k.term]; got != 1 {
			t.Errorf("subject term %q context %v, want 1 (the story holds it)", k.term, got)
		}
	}
	if n == 0 {
		t.Errorf("no subject term among %+v", rq.keys)
	}
	if got := c.covered["edinburgh"]; got != 0 {
		t.Errorf("a name of the question the sentence lacks covered %v, want 0", got)
	}
	if got := c.context["edinburgh"]; got != 1 {
		t.Errorf("a name of the question its story holds: context %v, want 1", got)
	}
}

// withSubject marks the subject's terms as topic and no names.
func TestWithSubjectMarksTopicReview4(t *testing.T) {
	keys := withSubject([]keyTerm{{term: "queen", weight: 1, known: true}}, []keyTerm{{term: "miral", weight: 2, proper: true, known: true}, {term: "queen", weight: 1, known: true}})
	if len(keys) != 2 {
		t.Fatalf("keys %+v", keys)
	}
	if keys[0].topic {
		t.Error("the follow-up's own term marked topic")
	}
	if k := keys[1]; !k.topic || k.proper || !near(k.weight, 2*ContextWeight) {
		t.Errorf("subject term %+v, want topic, no name, weight %v", k, 2*ContextWeight)
	}
}

// A trace's features: the passage rank, a sentence opening a quotation,
// its length in words (log1p), and no feature at zero.
func TestTraceFeaturesReview4(t *testing.T) {
	ix := edgeIndex(t, map[string]string{
		"wall.txt":  "More than 80 inmates escaped from a prison in Kaduna after rain brought down its wall.\n\n“Guards recaptured 31 inmates by Wednesday,” a spokesman said.\n\nThe prison held about 700 inmates.",
		"flood.txt": "Rain flooded the coast on Monday.\n\nSix people died.",
	})
	q := "how many inmates did guards recapture"
	ps := passagesOf(t, ix, q)
	tr := Trace(ix, &question.Vocabulary{}, q, "", ps)
	if len(tr) == 0 {
		t.Fatal("no candidates")
	}
	for _, c := range tr {
		for n, v := range c.Features {
			if v == 0 {
				t.Errorf("%q: feature %s at zero listed", c.Text, n)
			}
		}
		if want := math.Log1p(float64(len(strings.Fields(c.Text)))); !near(c.Features["words"], want) {
			t.Errorf("%q: words %v, want %v", c.Text, c.Features["words"], want)
		}
		quote := strings.HasPrefix(c.Text, "“")
		if (c.Features["quote"] == 1) != quote {
			t.Errorf("%q: quote %v", c.Text, c.Features["quote"])
		}
		if r := c.Features["rank"]; r != 1 && r != 0.5 && r != 1.0/3 && r != 0.25 && r != 0.2 {
			t.Errorf("%q: rank %v, want 1/(passage rank)", c.Text, r)
		}
	}
	if !strings.Contains(tr[0].Text, "31") {
		t.Errorf("first candidate %q, want the recapture", tr[0].Text)
	}
}

// An embedded question ("does the story say who shot the mayor") is traced
// as the question it embeds, which asks for a person, as the answerer
// reads it.
func TestTraceEmbeddedReview4(t *testing.T) {
	ix := edgeIndex(t, map[string]string{
		"manta.txt": "Gunmen shot the mayor of Manta on Sunday.\n\nPolice arrested Carlos Ruiz in Quito on Monday.\n\nThe mayor was taken to a hospital in Manta.",
		"flood.txt": "Rain flooded the coast on Monday.\n\nSix people died.",
	})
	in := "who shot the mayor of manta"
	ps := passagesOf(t, ix, in)
	em := Trace(ix, &question.Vocabulary{}, "does the story say "+in, "", ps)
	want := Trace(ix, &question.Vocabulary{}, in, "", ps)
	if len(em) != len(want) || len(em) == 0 {
		t.Fatalf("embedded trace %+v, want %+v", em, want)
	}
	for i := range em {
		if em[i].Text != want[i].Text || !near(em[i].Score, want[i].Score) {
			t.Errorf("candidate %d: embedded %q %v, want %q %v", i, em[i].Text, em[i].Score, want[i].Text, want[i].Score)
		}
	}
}

// The passage rank breaks a tie: of two sentences alike in all else, the
// one of the better-ranked passage scores higher.
func TestRankBreaksTieReview4(t *testing.T) {
	ix := edgeIndex(t, map[string]string{
		"a.txt": "Guards recaptured 31 inmates on Monday.",
		"b.txt": "Rain fell. Guards recaptured 31 inmates on Monday.",
		"c.txt": "Rain flooded the coast.",
	})
	q := "how many inmates did guards recapture"
	ps := passagesOf(t, ix, q)
	var twins []CandidateTrace
	for _, c := range Trace(ix, &question.Vocabulary{}, q, "", ps) {
		if c.Text == "Guards recaptured 31 inmates on Monday." {
			twins = append(twins, c)
		}
	}
	if len(twins) != 2 {
		t.Fatalf("twins %+v", twins)
	}
	if !near(twins[0].Features["cov"], twins[1].Features["cov"]) || twins[0].Features["rank"] <= twins[1].Features["rank"] || twins[0].Score <= twins[1].Score {
		t.Errorf("twins %+v: the better-ranked passage's sentence does not score above its twin", twins)
	}
}

// A key term every sentence of its story holds gives no focus; one only
// the sentence holds does.
func TestTraceFocusReview4(t *testing.T) {
	ix := edgeIndex(t, map[string]string{
		"riot.txt":  "Inmates rioted on Monday.\n\nGuards fled from the inmates.\n\nThe inmates were moved to Kaduna.",
		"flood.txt": "Rain flooded the coast on Monday.\n\nSix people died.",
	})
	q := "where were the inmates moved"
	tr := Trace(ix, &question.Vocabulary{}, q, "", passagesOf(t, ix, q))
	for _, c := range tr {
		switch c.Text {
		case "Inmates rioted on Monday.", "Guards fled from the inmates.":
			if c.Features["focus"] != 0 {
				t.Errorf("%q: focus %v, want 0 (every sentence holds inmates)", c.Text, c.Features["focus"])
			}
		case "The inmates were moved to Kaduna.":
			if c.Features["focus"] <= 0 {
				t.Errorf("%q: focus %v, want above 0 (only it holds moved)", c.Text, c.Features["focus"])
			}
		}
	}
	if len(tr) < 3 {
		t.Errorf("trace %+v", tr)
	}
}
