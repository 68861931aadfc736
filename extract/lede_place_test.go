package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A place the story's lede sets it in ("at the Litoral prison in the city
// of Guayaquil") is where each of its sentences happens: the toll sentence,
// which names neither, answers "how many people died in Guayaquil", when
// the corpus is that one story. The same place named only late in the
// story sets no scene, nor does a lede's place in a corpus of several
// stories (the place may be another's).
func TestLedePlaceCountsForEverySentence(t *testing.T) {
	const lede = "Soldiers tried to retake a rioting prison. They gained access to three cellblocks at the Litoral prison in the city of Guayaquil. Footage showed weapons seized inside. The attorney general raised the death toll from 18 to 31.\n\nOther news followed."
	const late = "Soldiers tried to retake a rioting prison. They gained access to three cellblocks. Footage showed weapons seized inside. The attorney general raised the death toll from 18 to 31. Families waited in Guayaquil.\n\nOther news followed."
	const other = "Floods hit the coast on Monday. Rivers rose in Manabi.\n\nOther news followed."
	for _, tt := range []struct {
		story, q string
		more     bool // another story in the corpus
		credit   bool
	}{
		{lede, "how many people died in Guayaquil", false, true},
		{late, "how many people died in Guayaquil", false, false},
		{lede, "how many people died in Guayaquil", true, false},
	} {
		stories := map[string]string{"a.txt": tt.story}
		if tt.more {
			stories["b.txt"] = other
		}
		ix := edgeIndex(t, stories)
		var rd question.Reader
		voc := rd.Vocabulary(ix)
		a := &Answer{Passages: passagesOf(t, ix, tt.q)}
		(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, tt.q, "", a)
		if !strings.Contains(a.Answerability.Candidate, "death toll") {
			t.Fatalf("%q: candidate %q, want the toll sentence", tt.q, a.Answerability.Candidate)
		}
		// credited: the place counts as the sentence's own, so own covers
		// more than the sentence's words alone
		rq := readQuestion(ix, voc, tt.q, "")
		var plain float64
		for _, c := range rq.candidates(ix, a.Passages) {
			if strings.Contains(c.text(), "death toll") {
				plain = c.own
			}
		}
		if got := a.Answerability.Features["own"] > plain+1e-9; got != tt.credit {
			t.Errorf("%q on %.40q: own %.3f against the sentence's %.3f: credited %v, want %v", tt.q, tt.story, a.Answerability.Features["own"], plain, got, tt.credit)
		}
	}
}

// A count of what is somewhere ("how many prisoners are in the Litoral")
// is not answered by a count of the dead; a count of the dead ("how many
// dead were there in the Litoral") is.
func TestPresenceCountIsNoToll(t *testing.T) {
	const st = "Violence in the Litoral prison claimed the lives of hundreds of prisoners on Monday. Guards searched the cells.\n\nOther news followed."
	ix := edgeIndex(t, map[string]string{"a.txt": st})
	var rd question.Reader
	voc := rd.Vocabulary(ix)
	for q, typed := range map[string]bool{
		"how many prisoners are in the Litoral":   false,
		"how many prisoners died in the Litoral":  true,
		"how many dead were there in the Litoral": true,
	} {
		a := &Answer{Passages: passagesOf(t, ix, q)}
		(&Answerer{Threshold: DefaultThreshold, Floor: DefaultFloor}).Answer(ix, voc, q, "", a)
		if got := a.Answerability.Features["typed"] == 1; got != typed {
			t.Errorf("%q: typed %v, want %v (candidate %q)", q, got, typed, a.Answerability.Candidate)
		}
	}
}

// The lede's place counts only when it is all the sentence lacks of the
// question's known words.
func TestSceneOnly(t *testing.T) {
	keys := []keyTerm{{term: "die", known: true}, {term: "guayaquil", known: true, proper: true}, {term: "guard", known: true}, {term: "zorb"}}
	for _, tt := range []struct {
		covered map[string]float64
		scene   map[string]bool
		want    bool
	}{
		{map[string]float64{"die": 1, "guard": 1}, map[string]bool{"guayaquil": true}, true},
		{map[string]float64{"die": 1}, map[string]bool{"guayaquil": true}, false},            // "guard" missing too
		{map[string]float64{"die": 1, "guard": 1, "guayaquil": 1}, map[string]bool{}, false}, // nothing to credit
	} {
		c := &candidate{covered: tt.covered, scene: tt.scene}
		if got := sceneOnly(keys, c); got != tt.want {
			t.Errorf("sceneOnly(covered %v, scene %v) = %v, want %v", tt.covered, tt.scene, got, tt.want)
		}
	}
}

// A sentence holds a place its story's lede sets it in at sceneShare,
// below its own word, so a second sentence naming the place adds nothing
// to an answer.
func TestHeldCountsTheScene(t *testing.T) {
	c := &candidate{covered: map[string]float64{"die": 1, "prison": 0}, scene: map[string]bool{"guayaquil": true}}
	for term, want := range map[string]float64{"die": 1, "guayaquil": sceneShare, "prison": 0} {
		if got := c.held(term); got != want {
			t.Errorf("held(%q) = %v, want %v", term, got, want)
		}
	}
}
