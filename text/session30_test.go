package text

import "testing"

// StripAfterthoughts drops the greetings before a question written as
// thoughts joined by dots and the asker's remarks about themselves after
// it; it keeps every thought up to the last that asks, a restatement
// after it ("i mean") and anything of a message with one thought or none
// that asks.
func TestStripAfterthoughts(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"hello there bot... hope you're keeping well... how many poor souls have died in that prison... terrible thing, terrible",
			"how many poor souls have died in that prison... terrible thing, terrible"},
		{"now where abouts is this prison exactly... which town i mean... geography was never my strong point in school mind",
			"now where abouts is this prison exactly... which town i mean"},
		{"would you know what the place is called... the gaol itself i mean... it'll have a proper name i expect",
			"would you know what the place is called... the gaol itself i mean"},
		{"which candidates promise to sort the prisons out... names i mean, so i can follow it on the computer",
			"which candidates promise to sort the prisons out... names i mean"},
		{"what happened to the guards… i do hope they got home", "what happened to the guards"},
		// what the question leans on comes before it and stays
		{"rodriguez is it... what is he in charge of... my cousin asked", "rodriguez is it... what is he in charge of"},
		{"i was reading they blew their way in... is that right", "i was reading they blew their way in... is that right"},
		// a greeting after the first thought is no opening greeting
		{"the riot... hello... how many died", "the riot... hello... how many died"},
		// after the question, a thought not about the asker stays
		{"how many was killed in the end... in that peru one", "how many was killed in the end... in that peru one"},
		// nothing dropped: the message as typed, dots and all
		{"THAT CURFUE IN DURAN..WHAT HOURS", "THAT CURFUE IN DURAN..WHAT HOURS"},
		// no thought asks: as typed
		{"hello there... my cousin lives in guayaquil... scary stuff", "hello there... my cousin lives in guayaquil... scary stuff"},
		// one thought: as typed
		{"how many died, i wonder", "how many died, i wonder"},
		// thanks after the question only thanks
		{"how many died... thanks so much!", "how many died"},
		{"how many died... thanks to the army?", "how many died... thanks to the army?"},
		// a remark before the last thought that asks is not after it
		{"my dad was a guard... how many guards were taken", "my dad was a guard... how many guards were taken"},
	} {
		if got := StripAfterthoughts(c.q); got != c.want {
			t.Errorf("StripAfterthoughts(%q)\n = %q\nwant %q", c.q, got, c.want)
		}
	}
}

// A question word deep in a remark, with no word of asking before it, is
// a relative one: the remark does not ask, and goes.
func TestStripAfterthoughtsRelativeWord(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"where is the prison... i think my cousin said it was in the capital where the president lives", "where is the prison"},
		{"where is the prison... i wonder what my cousin meant", "where is the prison... i wonder what my cousin meant"}, // asks again
		{"hi... i was wondering whether the story says how many died... my dad was there", "i was wondering whether the story says how many died"},
	} {
		if got := StripAfterthoughts(c.q); got != c.want {
			t.Errorf("StripAfterthoughts(%q)\n = %q\nwant %q", c.q, got, c.want)
		}
	}
}

// StripLeadRemarks drops the sentences before a question that ask
// nothing and hold no content word the stories use; it stops at the
// first that holds one, and leaves a message whose rest asks nothing.
func TestStripLeadRemarks(t *testing.T) {
	used := func(w string) bool {
		switch w {
		case "prison", "died", "guayaquil", "work", "army", "so", "the", "is":
			return true
		}
		return false
	}
	for _, c := range []struct{ q, want string }{
		{"cant sleep. how many died in the prison", "how many died in the prison"},
		{"ugh. cant sleep! who runs the prisons", "who runs the prisons"},
		{"so tired. how many died", "how many died"}, // the stories' function words are no content
		{"cant sleep. that prison thing, it said 13 dead right?", "that prison thing, it said 13 dead right?"},
		// a sentence holding a word of the stories stays, with all after it
		{"my cousin lives in guayaquil. how many died there", "my cousin lives in guayaquil. how many died there"},
		{"cant sleep. my cousin lives in guayaquil. how many died there", "my cousin lives in guayaquil. how many died there"},
		// a first sentence that asks stays
		{"who is he? no idea. how many died", "who is he? no idea. how many died"},
		// what is left asks nothing: as typed
		{"cant sleep. so tired.", "cant sleep. so tired."},
		{"cant sleep. the news is sad", "cant sleep. the news is sad"},
		// one sentence: as typed
		{"how many died in the prison", "how many died in the prison"},
		// a title's stop ends no sentence
		{"dr. garcia works at the prison. how many died", "dr. garcia works at the prison. how many died"},
	} {
		if got := StripLeadRemarks(c.q, used); got != c.want {
			t.Errorf("StripLeadRemarks(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
