package text

import "testing"

// The asker's bracketed asides ("(one? the whole prison?)", "(not the
// prison one, the other one)") are their guesses and notes, not what is
// asked; an aside of one word or naming someone says what the question
// means, and a question with fewer than three words outside its asides is
// left as typed.
func TestStripBrackets(t *testing.T) {
	for q, want := range map[string]string{
		"how many cellblocks did they get into? (one? the whole prison?)":                              "how many cellblocks did they get into?",
		"which provinces got the new state of emergency on monday (not the prison one, the other one)": "which provinces got the new state of emergency on monday",
		"how many (if any) guards were held":                                                           "how many guards were held",
		// one word, or names only: what the question means
		"what does the prison authority (SNAI) do":        "what does the prison authority (SNAI) do",
		"what did the director (Guillermo Rodriguez) say": "what did the director (Guillermo Rodriguez) say",
		"how many died (roughly)":                         "how many died (roughly)",
		"what did he say (the SNAI guy)?":                 "what did he say (the SNAI guy)?",
		"how many died (I think 50?) in the riot":         "how many died in the riot",
		// fewer than three words outside: the aside may be the question
		"(how many died?) lol":          "(how many died?) lol",
		"and? (who was the boss there)": "and? (who was the boss there)",
		"no brackets at all here":       "no brackets at all here",
	} {
		if got := StripBrackets(q); got != want {
			t.Errorf("StripBrackets(%q) = %q, want %q", q, got, want)
		}
	}
}

// An aside opening with a verb whose "I" is left out ("need the name for
// the title") is the asker's remark, as "i need ..." is.
func TestStripAsideElidedI(t *testing.T) {
	for q, want := range map[string]string{
		"which prison is this exactly, need the name for the title": "which prison is this exactly",
		"how many died, writing a post on it":                       "how many died",
		// a clause that is no remark stays
		"which prison is this, the one in guayaquil": "which prison is this, the one in guayaquil",
	} {
		if got := StripAside(q); got != want {
			t.Errorf("StripAside(%q) = %q, want %q", q, got, want)
		}
	}
}

// A question in Nigerian Pidgin is read word by word into English when a
// word only Pidgin uses, or a lower-case "dem", says it is one; its shared
// words ("na", "don", "o") alone say nothing, nor do a Spanish "una" or
// "o", or a Tagalog "sabi".
func TestReadPidgin(t *testing.T) {
	for q, want := range map[string]string{
		"abeg which city this prison dey?":                          "which city this prison is?",
		"chai! how many people don die for this prison wahala sef?": "how many people have die for this prison?",
		"who be the oga for their prison service wey dey talk":      "who be the boss for their prison service who is talk",
		"dem find gun inside the prison?":                           "they find gun inside the prison?",
		"wetin be the name of the mayor wey dem shoot":              "what be the name of the mayor who they shoot",
		// shared words alone: no Pidgin
		"na soldiers carry am or na police?":        "na soldiers carry am or na police?",
		"who won the election in the Don region":    "who won the election in the Don region",
		"¿cuántos murieron en una cárcel o en dos?": "¿cuántos murieron en una cárcel o en dos?",
		"ano sabi nya sir, ok lang daw ba":          "ano sabi nya sir, ok lang daw ba",
		// two shared words: Tagalog's "na" and "o" ("dead already or
		// alive")
		"patay na o buhay pa yung mayor?": "patay na o buhay pa yung mayor?",
		// a capitalised word is a name, even in Pidgin, and says nothing
		// of the language
		"what did the Oga Group say about the na vote": "what did the Oga Group say about the na vote",
		"abeg wetin Don King talk?":                    "what Don King talk?",
		// "Dem" written with a capital may be a name (a Democrat)
		"what did the Dem senator say about it": "what did the Dem senator say about it",
	} {
		if got := ReadPidgin(q); got != want {
			t.Errorf("ReadPidgin(%q) = %q, want %q", q, got, want)
		}
	}
}
