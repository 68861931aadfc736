package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
)

// A phrasal verb is read through its WordNet synonyms and through the
// word two or more of those give first ("kick off": start, commence, and
// through both "begin", so a story's "began"; "point out" does not reach
// "state", which its synonyms give in later senses); a word WordNet leads to
// by two ways is weighted as a lemma, not as a looser synonym: "when did
// it kick off" is answered with the day the clashes began, while "ended
// up" (finish, by one way) does not make "finished searching" as sure. A
// word only one synonym leads to (start's "depart") is no reading of it,
// and light verbs (start's "get") are left out.
func TestPhrasalSharedSynonym(t *testing.T) {
	words := phrasalWords("kick", "off")
	if words["start"] < 1 || words["begin"] < 2 {
		t.Errorf("phrasalWords(kick, off) = %v, want start, and begin by two ways", words)
	}
	if words["depart"] > 0 || words["get"] > 0 || words["unfastened"] > 0 {
		t.Errorf("phrasalWords(kick, off) = %v, want neither depart (a later sense), get (a light verb) nor unfastened (open's alone)", words)
	}
	// "point out": remark and mention give "state" in later senses only
	if w := phrasalWords("point", "out"); w["state"] > 0 {
		t.Errorf("phrasalWords(point, out) = %v, want no state", w)
	}
	// "end up" is finish alone: one way, one sense among others
	if w := phrasalWords("end", "up"); w["finish"] != 1 {
		t.Errorf("phrasalWords(end, up) = %v, want finish by one way", w)
	}
	story := map[string]string{"a.txt": "Soldiers stormed the prison on Tuesday.\n\nClashes between gangs here began on Saturday. The guards departed on Friday. Forensic teams finished searching."}
	ix := edgeIndex(t, story)
	var rd question.Reader
	for _, k := range readQuestion(ix, rd.Vocabulary(ix), "when did it kick off", "").keys {
		if k.term == "kick" && k.alts["began"] != lemmaShare {
			t.Errorf("kick off: began weighted %v, want %v (a lemma's)", k.alts["began"], lemmaShare)
		}
		if k.alts["depart"] > 0 {
			t.Errorf("kick off: read as depart (%v)", k.alts)
		}
	}
	ended := false
	for _, k := range readQuestion(ix, rd.Vocabulary(ix), "what did the count end up at", "").keys {
		if k.term == "end" {
			ended = true
			if k.alts["finish"] != wordnetShare {
				t.Errorf("end up: finish weighted %v, want %v (one way)", k.alts["finish"], wordnetShare)
			}
		}
	}
	if !ended {
		t.Error("end up: no key term for end")
	}
	if a := askOf(t, story, "when did it kick off"); !strings.Contains(a.Text, "Saturday") || strings.HasPrefix(a.Text, "I couldn't") {
		t.Errorf("when did it kick off: %q, want the Saturday the clashes began, answered", a.Text)
	}
}
