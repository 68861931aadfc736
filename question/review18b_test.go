package question

import "testing"

// Review 18b: Read with the stretched letters and the request frame.
func TestReview18bRead(t *testing.T) {
	var rd Reader
	c := newTermCorpus("Troops entered the prison. King Charles III visited Kenya. The president is Guillermo Lasso.")
	for q, want := range map[string]string{
		// wrong: "loll" is a dictionary word, so "lolll" stops there and
		// stays in the question; "lol" is what was typed
		"how many soldiers went in lolll": "how many soldiers went in",
		// wrong: "iii" is a word the stories use (Charles III); cut to
		// "ii" it names another king
		"what did king charles iii say": "what did king charles iii say",
		// wrong: chat filler after the embedded question hides its end,
		// so "who the president is" is not put back in order
		"can u tell me who the president is lol":           "who is the president",
		"can you remind me what the prison is called lmao": "what is the prison called",
		// wrong: the frame hides "how is called"
		"can you tell me how is called the prison": "what is the prison called",
		// edges that hold
		"hiii who is the mayor":                  "who is the mayor",
		"wherrre is the prison":                  "where is the prison",
		"can you tell me who the president is":   "who is the president",
		"hello again. what is the prison called": "what is the prison called",
	} {
		if got := rd.Read(c, q); got != want {
			t.Errorf("Read(%q) = %q, want %q", q, got, want)
		}
	}
}
