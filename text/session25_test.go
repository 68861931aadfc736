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
		"who be the oga for their prison service wey dey talk":      "who is the boss for their prison service who is talk",
		"dem find gun inside the prison?":                           "they find gun inside the prison?",
		"wetin be the name of the mayor wey dem shoot":              "what is the name of the mayor who they shoot",
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

// A question written as a formal letter is read without its salutation,
// its closing, a courtesy opening it and the sentence opening its topic,
// and its request frames as the question they make; a message that is no
// letter, or whose frame asks nothing after it, is left as typed.
func TestStripLetter(t *testing.T) {
	for q, want := range map[string]string{
		"Dear Sir/Madam, Kindly indicate on which day the fighting between the rival gangs first commenced. Yours faithfully, Kwame Asante":                                              "on which day the fighting between the rival gangs first commenced",
		"Dear Sir, Thank you for your earlier reply. I should be obliged to learn by what means the soldiers gained entry. Yours faithfully, K. Asante":                                  "by what means the soldiers gained entry",
		"Dear Sir/Madam, For the avoidance of doubt, I would be grateful if you could kindly indicate the name of the present President. Yours faithfully.":                              "For the avoidance of doubt, what is the name of the present President",
		"Dear Sir/Madam, I write to enquire about the recent disturbances at a penitentiary in Ecuador. I would be most grateful if you could kindly indicate the name of the facility.": "what is the name of the facility.",
		"Respected Sir, kindly tell me how many persons died": "how many persons died",
		// no letter: as typed
		"how many died, kind regards to the families": "how many died, kind regards to the families",
		"dear god how many died":                      "dear god how many died",
		"who was the dear leader they mentioned":      "who was the dear leader they mentioned",
		"please confirm":                              "please confirm",
		"Yours faithfully, K. Asante":                 "Yours faithfully, K. Asante",
	} {
		if got := StripLetter(q); got != want {
			t.Errorf("StripLetter(%q) = %q, want %q", q, got, want)
		}
	}
}

// The formal register's "the said prison", "the aforementioned facility"
// say "the"; its "for what period" asks how long.
func TestRephraseFormalPointers(t *testing.T) {
	for q, want := range map[string]string{
		"how many died at the aforementioned facility":       "how many died at the facility",
		"when was the said prison retaken":                   "when was the prison retaken",
		"for what period is the state of emergency in force": "how long is the state of emergency in force",
		"what did he say about it":                           "what did he say about it",
	} {
		if got := Rephrase(q); got != want {
			t.Errorf("Rephrase(%q) = %q, want %q", q, got, want)
		}
	}
}
