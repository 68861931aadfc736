package text

import "testing"

// Written by an independent reviewer from the diff alone. Mended in this
// package: "I heard on average ..." keeps "on average" (the claim's), "on
// the local news", "on the 6 o'clock news" go whole. Left open and
// removed: "so basically, I want to know if the army went in?" (read as
// "so basically" since before this session: no later sentence).

// Review 27, rule 1 (text/chatter.go): StripAside keeps a message whose
// clause after its last comma goes on to a later sentence that asks, when
// the part before the comma asks nothing (laterAsks); hearsayRE reads "I
// heard on (the) X" for any one word X as where the asker heard a claim.
//
// Each case says why its expected value is right from what the message
// means, not from what the code returns.

func TestReview27StripAsideLaterAsks(t *testing.T) {
	for _, tt := range []struct {
		name, q, want, why string
	}{
		{"confirm-notes-then-asks",
			"just to confirm, I have 18 in my notes. Is that still the number?",
			"just to confirm, I have 18 in my notes. Is that still the number?",
			"the only question is the later sentence; 'just to confirm' asks nothing, so cutting at the comma would leave no question"},
		{"exclaim-then-asks",
			"hey guys, my mum works in Guayaquil! is she in danger?",
			"hey guys, my mum works in Guayaquil! is she in danger?",
			"a '!' ends the first sentence as a '.' does; 'is she in danger?' is what is asked, 'hey guys' asks nothing"},
		{"wh-head-later-guess-stripped",
			"who runs the prison, I keep hearing different names. Is it Rodriguez?",
			"who runs the prison",
			"the head asks (who); the clause after the comma is the asker's remark and guess, which the rule leaves to be stripped as before"},
		{"no-later-sentence-stripped",
			"the death toll was raised to 31, i think",
			"the death toll was raised to 31",
			"'i think' is a hedge with no question after it: an aside as before"},
		{"later-sentence-not-asking-stripped",
			"need the latest toll for my article, i had 18 before. thanks.",
			"need the latest toll for my article",
			"the sentence after the aside thanks, it asks nothing ('.' not '?'): the aside goes"},
		{"later-only-question-marks-stripped",
			"the toll went up again, lol. ??",
			"the toll went up again",
			"a sentence of bare '??' holds no word, so nothing later asks; 'lol' is filler"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripAside(tt.q); got != tt.want {
				t.Errorf("%s\nStripAside(%q) = %q, want %q", tt.why, tt.q, got, tt.want)
			}
		})
	}
}

func TestReview27StripHearsayOnAnyWord(t *testing.T) {
	for _, tt := range []struct {
		name, q, want, why string
	}{
		{"cb-allcaps",
			"I HEARD ON THE CB IT WAS 50 CONVICTS DEAD",
			"IT WAS 50 CONVICTS DEAD",
			"'on the CB' (citizens band radio) is where the asker heard it; the claim is what follows"},
		{"whatsapp-that",
			"i heard on whatsapp that the army went in",
			"the army went in",
			"a medium not in the old list; 'that' opens the claim"},
		{"day-heard",
			"I heard on Monday that the toll was 18",
			"the toll was 18",
			"'on Monday' says when the asker heard it; it is still hearsay, and the claim follows 'that'"},
		{"short-claim-kept",
			"I heard on the radio",
			"I heard on the radio",
			"nothing is claimed after the source: the message stays as typed"},
		{"two-word-source",
			"I heard on the local news that the army went in",
			"the army went in",
			"'on the local news' is all where the asker heard it; leaving 'news that ...' puts a source word into the claim"},
		{"on-average-is-claim",
			"I heard on average 30 inmates die every year",
			"on average 30 inmates die every year",
			"'on average' belongs to the claim (a rate), it is no place the asker heard it; stripping 'average' changes the claim"},
		{"numeral-source",
			"I heard on the 6 o'clock news that 31 inmates died",
			"31 inmates died",
			"'on the 6 o'clock news' is where it was heard; the claim is '31 inmates died'"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripHearsay(tt.q); got != tt.want {
				t.Errorf("%s\nStripHearsay(%q) = %q, want %q", tt.why, tt.q, got, tt.want)
			}
		})
	}
}
