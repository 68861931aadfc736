package extract

import (
	"strings"
	"testing"
)

// An office holder's question may describe her by what she said: the
// sentence naming the office's holder is read with the words of the other
// sentences of its story about her, so "who is the prison boss bragging
// about human rights and order" is answered by the sentence that names the
// director, whether her words are in a quotation her soundbite line opens
// or in a sentence naming her. A sentence naming her in another story
// lends nothing.
func TestOfficeHolderReadWithWhatSheSaid(t *testing.T) {
	const lede = "date 2024-03-01 STORY: Troops retake Kaloma prison.\n\nTroops retook the Kaloma prison on Friday after a week of riots.\n\n" +
		"Maria Vanterpool is the director of the national prison agency.\n\n"
	const said = "the raid respected human rights and restored order in every wing."
	const q = "who is the prison boss bragging about human rights and order"
	cases := []struct {
		name    string
		stories map[string]string
		want    bool // answered with the director's sentence
	}{
		{"her soundbite", map[string]string{"a.txt": lede + "(SOUNDBITE) (English) PRISON AGENCY DIRECTOR, MARIA VANTERPOOL, SAYING:\n\n\"This " + said + "\"\n\nOfficials said the inmates were moved to other jails.\n"}, true},
		{"a sentence naming her", map[string]string{"a.txt": lede + "Maria Vanterpool said " + said + "\n\nOfficials said the inmates were moved to other jails.\n"}, true},
		{"her name in another story", map[string]string{
			"a.txt": lede + "Officials said the inmates were moved to other jails.\n",
			"b.txt": "date 2024-03-02 STORY: Agency chief speaks.\n\nMaria Vanterpool said " + said + "\n",
		}, false},
	}
	for _, tc := range cases {
		a := askOf(t, tc.stories, q)
		got := !a.Abstained && strings.HasPrefix(a.Text, "Maria Vanterpool is the director")
		if got != tc.want {
			t.Errorf("%s: %q -> %q (abstained %v), want answered with the director: %v", tc.name, q, a.Text, a.Abstained, tc.want)
		}
	}
}

// Only a quotation opened by a speaker line that names the holder lends
// her the quotation's words; someone else's does not.
func TestOfficeHolderQuotationNeedsHerSpeakerLine(t *testing.T) {
	for _, tc := range []struct {
		speaker string
		want    float64
	}{
		{"PRISON AGENCY DIRECTOR, MARIA VANTERPOOL, SAYING:", 1},
		{"INTERIOR MINISTER, JONAS ABRAMCZYK, SAYING:", 0},
	} {
		cands := candidatesOf("Maria Vanterpool is the director of the agency.\n\n"+tc.speaker+"\n\n\"We respected human rights.\"", map[string]float64{}, map[string]float64{}, map[string]float64{"human": 1})
		if len(cands) != 3 {
			t.Fatalf("%d sentences, want 3", len(cands))
		}
		cands[0].typed, cands[1].typed = true, true
		keys := []keyTerm{{term: "human", weight: 1, known: true}}
		got := officeHolder(cands[0], cands, keys, 1, "director")
		if got != cands[0] || got.covered["human"] != tc.want || got.own != tc.want {
			t.Errorf("after %q: holder %q covers human %v (own %v), want the director's sentence covering %v", tc.speaker, got.text(), got.covered["human"], got.own, tc.want)
		}
	}
}

// A sentence naming the holder in another story lends her nothing.
func TestOfficeHolderLendsWithinItsStory(t *testing.T) {
	cands := candidatesOf("Maria Vanterpool is the director of the agency.", map[string]float64{})
	other := candidatesOf("Maria Vanterpool said the raid respected human rights.", map[string]float64{"human": 1})
	other[0].p.Source = "other.txt"
	cands[0].typed = true
	keys := []keyTerm{{term: "human", weight: 1, known: true}}
	if got := officeHolder(cands[0], append(cands, other...), keys, 1, "director"); got.covered["human"] != 0 {
		t.Errorf("the director's sentence covers human %v from another story, want 0", got.covered["human"])
	}
}

// From the tenth session's review: words in capitals that are no name
// ("PRISON AGENCY", "On Monday") and another person named in the holder's
// sentence lend the holder nothing: the union's and the minister's words
// stay theirs.
func TestOfficeHolderLendsOnlyHerOwnWordsReview10(t *testing.T) {
	const q = "who is the prison boss bragging about human rights and order"
	const top = "date 2024-03-01 STORY: Troops retake Kaloma prison.\n\nTroops retook the Kaloma prison on Friday after a week of riots.\n\n"
	for _, tc := range []struct{ name, story string }{
		{"a capitals line's words", top + "(SOUNDBITE) (English) PRISON AGENCY DIRECTOR, MARIA VANTERPOOL, SAYING:\n\n\"We moved the inmates to other jails.\"\n\nA union at the national prison agency said the raid respected human rights and restored order in every wing.\n"},
		{"another person in her sentence", top + "Maria Vanterpool, appointed by Jonas Abramczyk in May, is the director of the national prison agency.\n\nJonas Abramczyk said the raid respected human rights and restored order in every wing.\n\nOfficials said the inmates were moved to other jails.\n"},
	} {
		a := askOf(t, map[string]string{"a.txt": tc.story}, q)
		if !a.Abstained && strings.Contains(a.Text, "Vanterpool") && !strings.Contains(a.Text, "said the raid") {
			t.Errorf("%s: %q: answered with her sentence alone, another's boast lent to her", tc.name, a.Text)
		}
	}
	for s, want := range map[string]string{
		"PRISON AGENCY DIRECTOR, MARIA VANTERPOOL, SAYING:":                       "maria vanterpool",
		"On Monday Maria Vanterpool was named director":                           "maria vanterpool",
		"In Kaloma Maria Vanterpool was named director":                           "maria vanterpool",
		"Jonas Abramczyk named Maria Vanterpool director of the agency.":          "maria vanterpool",
		"Litoral Penitentiary director Maria Vanterpool spoke on Monday.":         "maria vanterpool",
		"Maria Vanterpool, appointed by Jonas Abramczyk, is the director.":        "maria vanterpool",
		"The union at the NATIONAL PRISON AGENCY said on Monday it would strike.": "",
	} {
		got := strings.Join(personMentions(s, "director"), "|")
		if got != want {
			t.Errorf("personMentions(%q) = %q, want %q", s, got, want)
		}
	}
}
