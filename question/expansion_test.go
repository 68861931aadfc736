package question

import "testing"

func TestAsksExpansion(t *testing.T) {
	for q, want := range map[string]string{
		"what does SNAI stand for":                               "snai",
		"what does snai mean?":                                   "snai",
		"what means SNAI?":                                       "snai",
		"what does SNAI actually stand for??":                    "snai",
		"SNAI stands for what":                                   "snai",
		"full form of S.N.A.I.":                                  "snai",
		"what is snai short for":                                 "snai",
		"what does the acronym CNE stand for":                    "cne",
		"what does it mean":                                      "",
		"what does this stand for":                               "",
		"what did the director say":                              "",
		"how many died":                                          "",
		"what does the story say about the SNAI":                 "",
		"What is the full name of the SNAI?":                     "snai",
		"what is SNAI stands for":                                "snai",
		"what's SNAI short for":                                  "snai",
		"what SNAI stands for?":                                  "snai",
		"what does the 'SNAI' stand for":                         "snai",
		"what do the letters SNAI stand for":                     "snai",
		"What does the SNAI mean for the inmates' families?":     "",
		"what did SNAI mean when it said it would recover order": "",
		"what did the UN mean by that":                           "",
	} {
		if got := AsksExpansion(q); got != want {
			t.Errorf("AsksExpansion(%q) = %q, want %q", q, got, want)
		}
	}
}
