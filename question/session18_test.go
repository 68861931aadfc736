package question

import "testing"

// "The name of the prison itself" and "what is the prison itself called"
// ask which prison, as they do without "itself": the SNAI's sentence
// about the prison authority is no answer.
func TestPrisonItselfNamed(t *testing.T) {
	for _, asked := range []string{"What is the name of the prison itself?", "what is the jail itself called"} {
		kind := Classify(asked)
		if !kind.InAnswer("Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil.", asked) {
			t.Errorf("%q (%v): the Litoral sentence is no answer", asked, kind)
		}
		if kind.InAnswer("Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI.", asked) {
			t.Errorf("%q (%v): the SNAI sentence answers which prison", asked, kind)
		}
	}
}

// A word typed with a letter held down is read as the word it stretches
// ("sooo" so, "lmaooo" lmao, "whyyy" why); a run that stretches no word
// stays as typed, and so does a word with no run of three.
func TestUnstretch(t *testing.T) {
	var rd Reader
	voc := rd.Vocabulary(newTermCorpus("Troops entered the prison."))
	for q, want := range map[string]string{
		"sooo many soldiers":        "so many soldiers",
		"whats snai lmaooo":         "whats snai lmao",
		"whyyy did they go in":      "why did they go in",
		"pleeease tell me":          "please tell me",
		"the goooood news":          "the good news",
		"zzzxq prison":              "zzzxq prison",
		"who caaalled it":           "who called it",
		"a committee of three":      "a committee of three",
		"how many died sooo sad!!!": "how many died so sad!!!",
	} {
		if got := unstretch(voc, q); got != want {
			t.Errorf("unstretch(%q) = %q, want %q", q, got, want)
		}
	}
}

// Read reads a stretched word before anything else: "lmaooo" is the chat
// filler "lmao", dropped.
func TestReadUnstretches(t *testing.T) {
	var rd Reader
	if got, want := rd.Read(newTermCorpus("Thousands of soldiers entered the prison."), "how many soldiers went in lmaooo"), "how many soldiers went in"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
}

// A short guess asked after a wh-question ("Was it the police?") is the
// asker's claim; the question before it is what is asked. A yes/no
// question after a statement is still the question.
func TestSplitGuessAfter(t *testing.T) {
	for q, want := range map[string]string{
		"Good afternoon. Who was it that announced the number of dead? Was it the police?": "Who was it that announced the number of dead?",
		"How long is the emergency? Is it 90 days?":                                        "How long is the emergency?",
		"The toll went up. Was it the police who said so?":                                 "Was it the police who said so?",
		"What a mess. Was it the police?":                                                  "Was it the police?",
		"Is the toll 31? Was it the police who said so?":                                   "Was it the police who said so?",
		"Who runs the prisons? Was it Lasso who appointed him and when did he start?":      "Was it Lasso who appointed him and when did he start?",
	} {
		if got, _ := Split(q); got != want {
			t.Errorf("Split(%q) = %q, want %q", q, got, want)
		}
	}
}
