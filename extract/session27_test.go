package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/question"
	"github.com/storybot-dev/storybot/text"
)

// deathStory tells a death toll that says not whose deaths it counts, and
// elsewhere tells prisoners' deaths, never a soldier's.
const deathStory = "Thousands of soldiers and police officers stormed the prison on Tuesday. " +
	"Clashes between gangs began on Saturday. " +
	"The attorney general on Tuesday raised the death toll from the violence from 18 to 31. " +
	"Violence in the prisons has surged since 2021, claiming the lives of hundreds of prisoners."

// A count of the dead among people the question names takes a death
// toll that names no one where the story tells of those people's deaths
// elsewhere: "how many prisoners died" is answered 31. Not of people the
// story tells no death of ("soldiers"), not over a stretch of time
// ("since 2021": the toll is one event's), not where the question states
// the toll and asks its share, not of one doer's killings, and not in a
// story that tells no prisoner's death.
func TestDeathTollOfPeopleNamed(t *testing.T) {
	typedToll := func(stories map[string]string, q string) bool {
		t.Helper()
		ix := edgeIndex(t, stories)
		var rd question.Reader
		rq := readQuestion(ix, rd.Vocabulary(ix), q, "")
		for _, c := range rq.candidates(ix, passagesOf(t, ix, q)) {
			if strings.Contains(c.text(), "death toll") {
				return c.typed
			}
		}
		t.Fatalf("%q: no candidate holds the death toll", q)
		return false
	}
	story := map[string]string{"a.txt": deathStory}
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"how many prisoners died", true},
		{"how many inmates were killed in the riot", true},
		{"how many soldiers died", false},
		{"how many prisoners have died since 2021", false},
		{"from 31 dead how many were prisoners", false},
		{"how many prisoners were killed by the soldiers", false},
		{"it was 50 prisoners dead is that right", true},
		{"In which French city were about 50 prisoners killed?", false},
	} {
		if got := typedToll(story, c.q); got != c.want {
			t.Errorf("%q: the death toll typed %v, want %v", c.q, got, c.want)
		}
	}
	// the toll holds the prisoners as if it named them
	ix := edgeIndex(t, story)
	var rd question.Reader
	rq := readQuestion(ix, rd.Vocabulary(ix), "how many prisoners died", "")
	for _, c := range rq.candidates(ix, passagesOf(t, ix, "how many prisoners died")) {
		if strings.Contains(c.text(), "death toll") && c.covered[text.Stem("prisoners")] != 1 {
			t.Errorf("how many prisoners died: the death toll covers prisoners %v, want 1", c.covered[text.Stem("prisoners")])
		}
	}
	// a count of deaths over a stretch of time answers no count of one
	// event's dead
	overTime := map[string]string{"a.txt": strings.Replace(deathStory, "raised the death toll from the violence from 18 to 31", "said the death toll reached 31 since 2019", 1)}
	if typedToll(overTime, "how many prisoners died") {
		t.Errorf("a death toll since 2019: typed as how many prisoners died in the one riot")
	}
	noPrisonersDead := map[string]string{"a.txt": strings.Replace(deathStory, "claiming the lives of hundreds of prisoners", "with hundreds of prisoners moved", 1)}
	if typedToll(noPrisonersDead, "how many prisoners died") {
		t.Errorf("a story telling no prisoner's death: the death toll answers how many prisoners died")
	}
	// a sentence naming them answers first
	fire := map[string]string{"b.txt": "A fire set during a riot killed 17 inmates early on Tuesday. The death toll rose from 11 to 17 by Tuesday evening as more bodies were found. Riots have claimed the lives of hundreds of inmates since 2019."}
	if typedToll(fire, "how many inmates died in the fire") {
		t.Errorf("a sentence counting 17 inmates killed: the death toll typed too")
	}
	if a := askOf(t, story, "how many prisoners died"); !strings.Contains(a.Text, "31") || a.Abstained {
		t.Errorf("how many prisoners died: %q, want the toll of 31", a.Text)
	}
}

// A yes/no question about "that" after a statement takes the statement's
// words the stories use as its topic ("the death toll ... 18. Is that
// still the number?"); a greeting before a wh-question, or a statement
// after the question, lends none.
func TestStatementBeforeCheckBack(t *testing.T) {
	ix := edgeIndex(t, map[string]string{"a.txt": "The attorney general raised the death toll from 18 to 31 on Tuesday. Analysts said the debate was unlikely to change many minds. The afternoon session was cancelled."})
	has := func(q, w string) bool {
		return slices.Contains(keyTermsOf(ix, q), text.Stem(w))
	}
	if q := "Just to confirm, I have the death toll in my notes as 18. Is that still the number or did it change?"; !has(q, "toll") {
		t.Errorf("%q: keys %v, want the statement's toll", q, keyTermsOf(ix, q))
	}
	if q := "Just to confirm, I have the death toll in my notes as 18. Is that still the number or did it change?"; has(q, "notes") {
		t.Errorf("%q: keys %v, want no notes (no story's word)", q, keyTermsOf(ix, q))
	}
	if q := "Good afternoon. Who was it that raised the number?"; has(q, "afternoon") {
		t.Errorf("%q: keys %v, want no afternoon", q, keyTermsOf(ix, q))
	}
	if q := "Did it change many minds? I have the death toll in my notes as 18."; has(q, "toll") {
		t.Errorf("%q: keys %v, want no toll from the statement after", q, keyTermsOf(ix, q))
	}
	if a := askOf(t, map[string]string{"a.txt": "The attorney general raised the death toll from 18 to 31 on Tuesday. Analysts said the debate was unlikely to change many minds."}, "I have the death toll in my notes as 18. Is that still the number or did it change?"); !strings.Contains(a.Text, "31") {
		t.Errorf("the toll checked back: %q, want the toll of 31", a.Text)
	}
}
