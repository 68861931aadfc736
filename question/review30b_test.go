package question

import "testing"

// review30bStory is the story the cases are read against. It uses "man",
// "families", "live", "prison" and "riot"; not "jail", "cook", "brother"
// or "sleep".
const review30bStory = "Thirty-one inmates died in the riot at the Litoral prison in Guayaquil on Tuesday. " +
	"Guards were held hostage and their families waited outside. A man was shot near the prison. " +
	"A curfew starts at 11 p.m. in Duran. Guillermo Rodriguez is the director of the SNAI, which runs the prisons. " +
	"Poverty is high in the city, where many people live."

// Review 30b: edge cases of Read's new step, StripLeadRemarks given the
// stories' vocabulary. Written by a reviewer from the diff; each want is
// the reading a careful reader gives the message. Every bare question
// used here reads as typed.
// 12 of 19 failed at first; mended as in text's review30b. Open: a
// remark whose common word the story happens to use ("man, i cant
// sleep", "my family is worried", "i live abroad" of a story with "a
// man", "families", "live") stays; a request after the remark.
func TestReview30bRead(t *testing.T) {
	var rd Reader
	ix := newTermCorpus(review30bStory)
	const died = "how many people died in the prison"
	for _, c := range []struct{ name, q, want string }{
		{"the rule's example", "cant sleep. " + died, died},
		{"two remarks", "ugh. cant sleep. " + died, died},
		{"a place of the stories stays", "my cousin lives in guayaquil. how many people died there", "my cousin lives in guayaquil. how many people died there"},
		{"a name of the stories stays", "rodriguez seems shady. what is he in charge of", "rodriguez seems shady. what is he in charge of"},
		{"first story word stays with what follows", "cant sleep. the riot in guayaquil. how many people died", "the riot in guayaquil. how many people died"},
		{"remark about the asker", "was there myself. " + died, died},
		{"capitals", "Cant sleep. How many people died in the prison?", "How many people died in the prison?"},

		// a remark about the asker holding a common word the stories
		// happen to use ("man" of "a man was shot", "families", "live")
		// is still the asker's remark

		// exclamations and pleasantries that open with a word of asking
		{"what a tragedy", "What a tragedy! " + died, died},
		{"how are you", "Hi, how are you! " + died, died},

		// the remark is what the question's pronoun means
		{"that jail ... there", "that jail is a nightmare. how many people died there", "that jail is a nightmare. how many people died there"},
		{"brother ... he", "my brother is a cook. is he safe", "my brother is a cook. is he safe"},
		// a typo of a story word: the remark names the prison, read as such
		{"typo of a story word", "the prisn. how many people died there", "the prison. how many people died there"},
		// "Mr." is no sentence
		{"title abbreviation", "mr. rodriguez, what is he in charge of", "mr. rodriguez, what is he in charge of"},

		// breaks the rule does not see
		{"ellipsis character", "cant sleep… " + died, died},
		{"line break", "cant sleep\n" + died, died},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := rd.Read(ix, c.q); got != c.want {
				t.Errorf("Read(%q)\n = %q\nwant %q", c.q, got, c.want)
			}
		})
	}
}
