package question

import (
	"strings"
	"testing"
)

// A yes/no question whose subject is a pronoun, after a wh-question, is
// the asker's guess at what the first asked ("Does he name the
// president?"): the wh-question is what is asked. A second question with
// a subject of its own, a first that asks no wh-question, or a second too
// long to be a guess keep the last sentence as the question.
func TestGuessAfterWhQuestion(t *testing.T) {
	wantFocus(t, []focusCase{
		{"Whom does he thank for being able to intervene? Does he name the president?", "Whom does he thank for being able to intervene?"},
		{"In what manner did they get inside? Did they use explosives or did they negotiate with the prisoners?", "In what manner did they get inside?"},
		{"What is the name of this prison exactly? And is it in Guayaquil itself or outside of the city?", "What is the name of this prison exactly?"},
		{"Who was it that announced the number of dead? Was it the police?", "Who was it that announced the number of dead?"},
		{"For how long is the emergency? Is it for the whole country?", "For how long is the emergency?"},
		// what has happened since, or besides, is asked anew
		{"For how long is the emergency? Has it been extended?", "Has it been extended?"},
		{"What did the minister announce? Did he also resign?", "Did he also resign?"},
		// a relative after a noun asks nothing
		{"Which prison was attacked? Was it the one which holds the gang leaders?", "Which prison was attacked?"},
		// the second names its own subject: it asks anew
		{"Who heads the prisons? Did the army storm the Litoral prison?", "Did the army storm the Litoral prison?"},
		// the first is no wh-question
		{"Did they storm it? Did they use explosives?", "Did they use explosives?"},
		// a preposition and no question word after it
		{"In the prison, the army went in. Did they use explosives?", "Did they use explosives?"},
		// too long to be a guess at the first
		{"Who raised the toll? Did they give any word at all about what the families outside the gates of the prison were told by the guards and officials that day?", "Did they give any word at all about what the families outside the gates of the prison were told by the guards and officials that day?"},
	})
}

func TestWhOpensAfterPreposition(t *testing.T) {
	for q, want := range map[string]bool{
		"for how long did it last?":     true,
		"In which city is the prison?":  true,
		"who died?":                     true,
		"in the prison, who died?":      false,
		"by the way did anyone escape?": false,
		"since":                         false,
	} {
		if got := whOpens(q); got != want {
			t.Errorf("whOpens(%q) = %v, want %v", q, got, want)
		}
	}
}

// A name asked of an office or a group, written as chat writes it: the
// possessive without its apostrophe ("mayors name"), a word before the
// office ("the manta mayors name"), names of many ("the gangs names").
func TestNamedRoleAsTyped(t *testing.T) {
	for q, want := range map[string]string{
		"what is the manta mayors name":        "mayor",
		"what is the attorney generals name?":  "attorney general",
		"what is the gangs names":              "gang",
		"what are the gangs names":             "gang",
		"what is the mayor's name":             "mayor",
		"what is the mayors race":              "",
		"what are the gangs doing":             "",
		"what is the name of the mayor":        "mayor",
		"what is the big deal with the mayors": "",
	} {
		if got := NamedRole(q); got != want {
			t.Errorf("NamedRole(%q) = %q, want %q", q, got, want)
		}
	}
}

// A second question that asks only by a pronoun ("What is the name of
// it?", "Where is it?") leans on the first: the first is asked, with the
// thing it names ("El Tigre"). One with a word of its own asks anew.
func TestSecondAsksOnlyBack(t *testing.T) {
	wantFocus(t, []focusCase{
		{"In which maximum-security prison is El Tigre now? What is the name of it?", "In which maximum-security prison is El Tigre now?"},
		{"Which prison did the army storm? Where is it?", "Which prison did the army storm?"},
		{"Who spoke in Spanish? What is he called?", "Who spoke in Spanish?"},
		// words of its own
		{"Which prison did the army storm? Where is the city?", "Where is the city?"},
		{"Which prison did the army storm? What is its capacity?", "What is its capacity?"},
		// no pronoun pointing back
		{"Which prison did the army storm? What now?", "What now?"},
	})
}

// focusCase is a message and the question Split should find in it.
type focusCase struct{ q, want string }

// wantFocus checks the focus Split finds in each case's message.
func wantFocus(t *testing.T, cases []focusCase) {
	t.Helper()
	for _, c := range cases {
		if got, _ := Split(c.q); strings.TrimSpace(got) != c.want {
			t.Errorf("Split(%q) focus = %q, want %q", c.q, got, c.want)
		}
	}
}
