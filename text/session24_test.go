package text

import "testing"

// An asker's own story run on into a question ("i was reading ... and like
// how many died") is theirs; the question opens at the question word
// after "and", "so" or "but". A story of under four words, a message that
// opens with the question, or a question word the story asks nothing
// after is left as typed.
func TestStripNarrative(t *testing.T) {
	for q, want := range map[string]string{
		"i was reading the thing about the prison down there and like how many guys actually got killed": "how many guys actually got killed",
		"my cousin lives near guayaquil so what city is the prison in":                                   "what city is the prison in",
		"im watching the news rn but who is the president":                                               "who is the president",
		"i read it and how many died":                                                                    "how many died",
		// too short a story to be one: "we" is the question's own
		"we and who else were there": "we and who else were there",
		// opens with the question: no story before it
		"how many died and who said so in the story": "how many died and who said so in the story",
		// a stop ends the story: the sentence splitter's
		"i was reading the thing. so how many died": "i was reading the thing. so how many died",
		// nothing asked after the question word
		"i was reading about it all day and why": "i was reading about it all day and why",
		// "and" without a question word after it
		"i was reading the thing and the soldiers went in": "i was reading the thing and the soldiers went in",
	} {
		if got := StripNarrative(q); got != want {
			t.Errorf("StripNarrative(%q) = %q, want %q", q, got, want)
		}
	}
}

// "i keep ..." run on after a question is the asker's remark, like "i
// forgot"; after a question word it is the question's own.
func TestRunOnKeep(t *testing.T) {
	for q, want := range map[string]string{
		"what city was that place in i keep wanting to say quito": "what city was that place in",
		"what did i keep missing in the story":                    "what did i keep missing in the story",
	} {
		if got := StripAside(q); got != want {
			t.Errorf("StripAside(%q) = %q, want %q", q, got, want)
		}
	}
}

// The currency of a figure is the asker's ("the latest confirmed death
// toll" asks for the death toll); "the initial toll" asks for another.
// The formal register's long prepositions say "about". The asker's name
// for the whole event closing a question after a preposition ("in that
// whole mess") says nothing the story's sentences don't all share; as a
// verb's object ("who started this whole thing"), inside a question, or
// without "that/this" or "whole", it stays (review 24b).
func TestRephraseCurrencyAndEvent(t *testing.T) {
	for q, want := range map[string]string{
		"What is the latest confirmed number of fatalities?": "What is the death toll?",
		"what is the current official figure":                "what is the figure",
		"what was the initial toll":                          "what was the initial toll",
		"what was the first number they gave":                "what was the first number they gave",
		"the death toll in connection with the violence":     "the death toll about the violence",
		"what was said with regard to the operation":         "what was said about the operation",
		"how many got killed in that whole mess":             "how many got killed",
		"who started this whole thing?":                      "who started this whole thing?",
		"what happened in that mess at the prison":           "what happened in that mess at the prison",
		"who was behind the entire situation":                "who was behind the entire situation",
		"how many were hurt in the whole situation?":         "how many were hurt?",
		"what did the army say about the situation":          "what did the army say about the situation",
		"what is the latest news on the reported clashes":    "what is the latest news on the reported clashes",
	} {
		if got := Rephrase(q); got != want {
			t.Errorf("Rephrase(%q) = %q, want %q", q, got, want)
		}
	}
}

// A plain "or not?" closing the first question of a message ("army is
// there or not? or only police go in") asks nothing of its own; after a
// wh-question, or a head of under three words, it stays.
func TestMidMessageOrNot(t *testing.T) {
	for q, want := range map[string]string{
		"army is there or not? or only police go in":                   "army is there? or only police go in",
		"the guards got out or nah?? and the staff":                    "the guards got out? and the staff",
		"who was there or not? and the police":                         "who was there or not? and the police",
		"is it or not? ok":                                             "is it or not? ok",
		"before the number is smaller or not? first they say how many": "before the number is smaller or not? first they say how many",
	} {
		if got := yesNoTail(q); got != want {
			t.Errorf("yesNoTail(%q) = %q, want %q", q, got, want)
		}
	}
}
