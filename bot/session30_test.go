package bot_test

import "testing"

// A question written as a letter of thoughts joined by dots is answered
// once its greeting and the asker's remarks are left out, and "poor
// souls" counts people; a role asked as "in charge of" is who the person
// is. The same questions without the answer's subject stay unanswered.
func TestAfterthoughtsAndPersonWords(t *testing.T) {
	b, c := seedBot(t)
	seedAnswers(t, b, c, "31",
		"hello there bot... hope you're keeping well... i was wondering how many poor souls have died in that prison out in ecuador... my father was a collier in treorchy, we never had much news of the world",
		"how many souls died in that prison")
	seedAnswers(t, b, c, "31", "cant sleep. how many died in the prison", "cant sleep. that ecuador prison thing, it said 13 dead right?")
	seedAnswers(t, b, c, "Guayaquil", "where is the prison... i think my cousin said it was in the capital where the president lives")
	seedAnswers(t, b, c, "general director", "what is Rodriguez in charge of?", "what is rodriguez in charge of")
	seedRefuses(t, b, c,
		"hello there bot... hope you're keeping well... how many poor souls live in that city... i was down the pit myself",
		"what is the mayor in charge of")
}
