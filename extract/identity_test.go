package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// "Who is Rangel" is answered by the sentence giving his title ("Interior
// Minister Eduardo Rangel said"), not hedged with another sentence that
// only names him; a description after the name ("Guillermo Rodriguez is
// the general director") comes before a title ("GENERAL DIRECTOR,
// GUILLERMO RODRIGUEZ, SAYING:"). A question with a title among its words
// asks for the title's holder, no identity.
func TestWhoIsANamedPerson(t *testing.T) {
	stories := map[string]string{"v.txt": " date 2023-09-21 STORY: Venezuela retakes a prison run by a gang.\n\n" +
		"About 11,000 troops entered the Los Samanes prison in the state of Aragua at dawn, Interior Minister Eduardo Rangel said. " +
		"Its leader, known as \"El Negro,\" had escaped several days earlier, Rangel said. " +
		"The prison held a swimming pool and a zoo.\n"}
	for _, q := range []string{"who is Rangel", "What position does Rangel hold?"} {
		a := askOf(t, stories, q)
		if a.Abstained || strings.HasPrefix(a.Text, Hedge) || !strings.Contains(a.Text, "Interior Minister Eduardo Rangel") {
			t.Errorf("%q: %q, want the minister's sentence", q, a.Text)
		}
	}
	news := testindex.News(t)
	for _, q := range []string{"who is Rangel", "who's Rangel"} {
		if got := askText(t, news, q); strings.HasPrefix(got, Hedge) || !strings.Contains(got, "Interior Minister Eduardo Rangel") {
			t.Errorf("%q of the news set: %q, want the minister's sentence", q, got)
		}
	}
	ix := testindex.Seed(t)
	if got := askText(t, ix, "who is Guillermo Rodriguez"); !strings.HasPrefix(got, "Guillermo Rodriguez is the general director") {
		t.Errorf("who is Guillermo Rodriguez: %q", got)
	}
	if got := askText(t, ix, "who is Lasso"); strings.HasPrefix(got, Hedge) || !strings.Contains(got, "current President Guillermo Lasso") {
		t.Errorf("who is Lasso: %q", got)
	}
	if got := askText(t, news, "Who is the actual President of Ecuador?"); strings.HasPrefix(got, Hedge) || !strings.Contains(got, "Lasso") {
		t.Errorf("the president's holder: %q", got)
	}
	// a name no story holds is no one to describe
	if a := askOf(t, stories, "who is Noboa"); !a.Abstained {
		t.Errorf("who is Noboa: %q", a.Text)
	}
}
