package text

import "testing"

// Written by an independent reviewer from the diff alone. Mended in this
// package: "Question 3 of 10:", a label's mark followed by a space ("Q3-2023
// revenue" keeps its quarter), "on the six o'clock news", "on the local
// radio station", "on Tuesday night". Left open and removed: "on BBC" (a
// source without an article outside the list).

// Review 27b: cases for StripLabel (a quiz label opening a question) and
// the widened "I heard on ..." hearsay opening, written by an independent
// reviewer from the diff alone. Each want is what a careful reader takes
// the asker to ask or claim; why says so.

func TestReview27bStripLabel(t *testing.T) {
	cases := []struct {
		name, q, want, why string
	}{
		{"Q1 with a stop", "Q1. Name the port city where the riot happened.", "Name the port city where the riot happened.",
			"Q1. numbers the quiz item; the question is what follows"},
		{"Q14 colon", "Q14: How many inmates died?", "How many inmates died?",
			"a colon closes the label as a stop does"},
		{"Question 3 bracket", "Question 3) Which province declared an emergency?", "Which province declared an emergency?",
			"the spelled-out label with a closing bracket"},
		{"round then Q", "Round 2, Q4 - Who leads the SNAI?", "Who leads the SNAI?",
			"round and item number are both the quiz's bookkeeping"},
		{"Q of the named round", "Q3 of the Europe round: Which city hosts the summit?", "Which city hosts the summit?",
			"the round's name is part of the label, not the question"},
		{"round and question both spelled", "Round 3: Question 2: Which town did the storm hit?", "Which town did the storm hit?",
			"two labels in a row, both bookkeeping"},
		{"question N of M", "Question 3 of 10: Which city did the army enter?", "Which city did the army enter?",
			"'3 of 10' is the commonest quiz numbering; the 10 counts questions, not anything asked"},
		{"label alone", "Q1.", "Q1.",
			"nothing follows, so there is no question to uncover; kept as typed"},
		{"quarter, not a label", "Q3 earnings: how much did profit rise?", "Q3 earnings: how much did profit rise?",
			"Q3 is a fiscal quarter, the topic of the question"},
		{"quarter-year with hyphen", "Q3-2023 revenue: how much did it fall?", "Q3-2023 revenue: how much did it fall?",
			"Q3-2023 is the third quarter of 2023, a topic; stripping 'Q3-' leaves a bare year that changes the question"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := StripLabel(c.q); got != c.want {
				t.Errorf("StripLabel(%q) = %q, want %q (%s)", c.q, got, c.want, c.why)
			}
		})
	}
}

func TestReview27bHearsayOn(t *testing.T) {
	cases := []struct {
		name, q, want, why string
	}{
		{"on the radio", "I heard on the radio that 31 inmates died", "31 inmates died",
			"the radio is where the asker heard it; the claim is the rest"},
		{"on the local news", "I heard on the local news that 31 inmates died", "31 inmates died",
			"an adjective before 'news' is still the source"},
		{"on the 6 o'clock news", "i heard on the 6 o'clock news that the toll is 31", "the toll is 31",
			"a bulletin named by its hour is a source"},
		{"on the six o'clock news", "i heard on the six o'clock news that 31 inmates died", "31 inmates died",
			"the same bulletin with its hour spelled out; 'o'clock news' is no part of the claim"},
		{"on WhatsApp", "I heard on WhatsApp that gangs took the prison", "gangs took the prison",
			"a messaging app without 'the' is a source"},
		{"on average is the claim's", "I heard on average 30 inmates die each year", "on average 30 inmates die each year",
			"'on average' qualifies the figure; it is not where the asker heard it"},
		{"local radio station", "I heard on the local radio station that 31 inmates died", "31 inmates died",
			"'station' closes the source phrase; left behind it reads as the claim's subject"},
		{"weekday with part of day", "I heard on Tuesday night that 31 inmates died", "31 inmates died",
			"'on Tuesday night' is when the asker heard it; 'night' is no part of the claim"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := StripHearsay(c.q); got != c.want {
				t.Errorf("StripHearsay(%q) = %q, want %q (%s)", c.q, got, c.want, c.why)
			}
		})
	}
}
