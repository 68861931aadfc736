package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// What the asker heard or thinks before the question proper counts at
// leadShare; the question's own words, a headline lead, and a lead the
// question points back at count in full.
func TestAsideWeighsTheLead(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "The attorney general raised the death toll from 18 to 31. Clashes between gangs began on Saturday. Ecuador will hold elections next month, and candidates pledged prison reforms. Guards were held hostage at a jail in Esmeraldas."})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	weights := func(q string) (lead, own map[string]float64) {
		keys := keyTerms(ix, voc, q)
		before := map[string]float64{}
		for _, k := range keys {
			before[k.term] = k.weight
		}
		after := aside(ix, voc, q, keys)
		lead, own = map[string]float64{}, map[string]float64{}
		for _, k := range after {
			ratio := k.weight / before[k.term]
			if text.TermSet(q[question.Lead(q):])[k.term] {
				own[k.term] = ratio
			} else {
				lead[k.term] = ratio
			}
		}
		return lead, own
	}
	if leadShare >= 1 {
		t.Fatalf("leadShare %.2f: a lead must count for less than the question", leadShare)
	}
	check := func(q string, want float64) {
		t.Helper()
		lead, own := weights(q)
		if len(lead) == 0 || len(own) == 0 {
			t.Fatalf("%q: lead terms %v, own %v: want both", q, lead, own)
		}
		for term, r := range lead {
			if r != want {
				t.Errorf("%q: lead term %q weighs %.2f of itself, want %.2f", q, term, r, want)
			}
		}
		for term, r := range own {
			if r != 1 {
				t.Errorf("%q: the question's own %q weighs %.2f of itself, want 1", q, term, r)
			}
		}
	}
	check("i heard the candidates pledged reforms, when are the elections", leadShare)
	check("first I heard 18 dead and then it jumped - what's the final death toll", leadShare)
	// "so" goes on from the lead, not from a last turn
	check("my wife swears the hostage guards were in Quito, so which jail were the guards held at", leadShare)
	// a headline names the topic
	check("Esmeraldas jail hostage situation — how many guards were held", 1)
	// the question points back at the lead
	check("I heard guards were held hostage at another jail, what jail was that", 1)
	// the question holds no word the stories know: the lead says what it is about
	check("i heard the candidates pledged reforms, when is the fiesta", 1)
}

// A word of the lead that no story uses ("heard", "swears") is no topic:
// it is dropped, not weighed; a name there ("the Turi prison") still is,
// the question's own unknown word still counts, and a lead read whole
// keeps its words.
func TestAsideDropsUnknownLeadWords(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "The government declared a 60-day state of emergency for the prisons. Ecuador will hold elections next month."})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	terms := func(q string) map[string]bool {
		m := map[string]bool{}
		for _, k := range aside(ix, voc, q, keyTerms(ix, voc, q)) {
			m[k.term] = true
		}
		return m
	}
	heard, swears, fiesta := text.Stem("heard"), text.Stem("swears"), text.Stem("fiesta")
	if got := terms("my wife swears she heard 90 days, how long is the emergency"); got[heard] || got[swears] || !got[text.Stem("emergency")] {
		t.Errorf("terms %v: want the lead's unknown words dropped and the question's kept", got)
	}
	if got := terms("i heard the elections were moved, so when is the fiesta"); !got[fiesta] {
		t.Errorf("terms %v: want the question's own unknown word kept", got)
	}
	if got := terms("my cousin says the Turi prison had an emergency, how long is the emergency"); !got[text.Stem("turi")] {
		t.Errorf("terms %v: a name the asker gives is a topic the stories may lack", got)
	}
	if got := terms("i heard about an emergency, how long is it"); !got[heard] {
		t.Errorf("terms %v: a question that points back reads its lead whole", got)
	}
}

// On the seed's wording: the caller's numbers before the question are
// what he heard, and the toll is answered (it was refused when "changing",
// "jumped" and "heard" weighed as much as "death toll").
func TestAsideAnswersTheQuestionProper(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "Soldiers moved to retake a rioting prison.\n\nUsing controlled detonations, they gained access to three cellblocks. Clashes between gangs here began on Saturday.\n\nEcuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n\nSome candidates have pledged prison reforms."})
	got := askText(t, ix, "they keep changing the numbers on these things, first I heard 18 dead and then it jumped to 30-something - what's the final death toll")
	if strings.HasPrefix(got, Hedge) || !strings.Contains(got, "31") {
		t.Errorf("got %q, want the toll of 31 answered", got)
	}
}
