package question

import "testing"

// Review 35b (rv35b): edge cases of tollFigure (via CountNear),
// PartOfDeadOnly and AsksTollWhole, written by an independent helper from
// the diff d94e176..a105118 alone. Each case says what a reader of the
// sentence or the question would take it to say. All mended (see
// bot/review35b_test.go's header).

// review35bDied is what "how many people died ..." counts (it holds "toll").
func review35bDied() map[string]bool { return Counted("how many people died in the landslide") }

// A toll whose clause is broken by an appositive between commas is still
// one statement of the toll: "The death toll from the landslide in
// Secocha, a gold-mining town in southern Peru, rose to 36". Newswire
// writes tolls this way all the time; a reader takes 36 as the toll.
// tollClause stops at the first comma, so the figure is never seen, and
// it stands too far from "toll" for the near-words check.
func TestReview35bTollAcrossAppositiveCommas(t *testing.T) {
	txt := "The death toll from the landslide in Secocha, a gold-mining town in southern Peru, rose to 36 on Tuesday."
	if !CountNear(txt, review35bDied()) {
		t.Errorf("CountNear(%q) = false, want true: 36 is the toll, the commas only set off where Secocha is", txt)
	}
}

// A full stop inside an abbreviation ("U.S.", "St.", "Mt.") does not end
// the toll's clause: "The death toll from the storms that swept across the
// U.S. Midwest rose to 36" states a toll of 36 as plainly as the Peru
// lede does. tollClause's [^.] cuts the clause at "U.".
func TestReview35bTollAcrossAbbreviation(t *testing.T) {
	for _, txt := range []string{
		"The death toll from the storms that swept across the U.S. Midwest rose to 36 on Tuesday.",
		"The death toll from the eruption of Mt. Semeru in eastern Java has climbed to 36.",
	} {
		if !CountNear(txt, review35bDied()) {
			t.Errorf("CountNear(%q) = false, want true: an abbreviation's dot ends no clause", txt)
		}
	}
}

// The rise told with a word between the verb and "to", or in the present
// tense of a headline-style lede, is the same toll: "rose on Tuesday to
// 36", "rose sharply to 36", "has risen again to 36", "climbs to 36". A
// reader sees 36 as the toll in each; tollRise takes the first word after
// the verb ("on", "sharply", "again") as the figure, and knows no present
// tense ("rises", "climbs").
func TestReview35bTollRiseWordedOtherwise(t *testing.T) {
	for _, txt := range []string{
		"The death toll from the landslide that buried houses and vehicles in southern Peru rose on Tuesday to 36.",
		"The death toll from the landslide that buried houses and vehicles in southern Peru rose sharply to 36.",
		"The death toll from the landslide that buried houses and vehicles in southern Peru has risen again to 36.",
		"The death toll from the landslide that buried houses and vehicles in southern Peru climbs to 36.",
	} {
		if !CountNear(txt, review35bDied()) {
			t.Errorf("CountNear(%q) = false, want true: 36 is the toll", txt)
		}
	}
}

// "has reached at least 40" is a toll of at least 40; tollRise's optional
// "at" swallows the "at" of "at least" and then reads "least" as the
// figure, though "rose to at least 40" and "stood at about 40" work.
func TestReview35bTollReachedAtLeast(t *testing.T) {
	txt := "The death toll from the riot at the Anisio Jobim prison complex in the Brazilian city of Manaus has reached at least 40."
	if !CountNear(txt, review35bDied()) {
		t.Errorf("CountNear(%q) = false, want true: at least 40 died", txt)
	}
}

// A toll spelled out is a toll: "rose to seventeen". tollFigure itself
// accepts it, but CountNear's first gate (numberWords) knows no
// "seventeen" (nor "thirteen" ... "nineteen", "sixty" ... "ninety"), so
// the toll rule is never reached.
func TestReview35bTollSpelledOut(t *testing.T) {
	txt := "The death toll from the fire that tore through the Palogordo prison in Bucaramanga rose to seventeen."
	if !CountNear(txt, review35bDied()) {
		t.Errorf("CountNear(%q) = false, want true: seventeen died", txt)
	}
}

// PASS: the rule's date edge. "rose to 36 on Tuesday" is a toll of 36;
// "rose on 12 May" gives no figure at all (12 is a day), so it answers no
// "how many died". Both decided right.
func TestReview35bTollRoseToVersusRoseOnDate(t *testing.T) {
	for txt, want := range map[string]bool{
		"The death toll from a landslide that buried houses and vehicles in southern Peru rose to 36 on Tuesday.": true,
		"The death toll from the landslide that buried the village of Secocha in southern Peru rose on 12 May.":   false,
	} {
		if got := CountNear(txt, review35bDied()); got != want {
			t.Errorf("CountNear(%q) = %v, want %v", txt, got, want)
		}
	}
}

// A road toll is no death toll: "The toll on the new bridge over the
// Guayas River rose to 3 dollars" says what drivers pay. A question for
// how many died must not take 3 for its count; tollFigure matches any
// "toll" however it is meant (and "how many died" counts "toll").
func TestReview35bRoadTollIsNoDeathToll(t *testing.T) {
	for _, txt := range []string{
		"The toll on the new bridge over the Guayas River between Guayaquil and Duran rose to 3 dollars on Monday.",
		"The toll for trucks on the coastal highway between Guayaquil and Salinas climbed to five dollars this year.",
	} {
		if CountNear(txt, review35bDied()) {
			t.Errorf("CountNear(%q, died) = true, want false: a road toll counts no dead", txt)
		}
	}
}

// A number in the toll's clause that a rise verb governs but that counts
// something else is no toll: the river rose to five metres; the storm hit
// 12 provinces. Both sentences say the toll is not known. tollRise
// accepts any "rose/hit/reached <number>" anywhere after "toll" before
// punctuation.
func TestReview35bTollClauseOtherFigure(t *testing.T) {
	for _, txt := range []string{
		"The death toll from the floods in the north of the country is still unknown as the river rose to five metres.",
		"The death toll from the powerful tropical storm that hit 12 provinces last week is still unknown.",
	} {
		if CountNear(txt, review35bDied()) {
			t.Errorf("CountNear(%q, died) = true, want false: the number counts metres or provinces, not the dead", txt)
		}
	}
}

// "Three of those killed", "two of those who died" are parts of the dead
// exactly as "two of the dead" is; a sentence of only such counts tells
// how some died, not the toll. partOfDead knows "those" only before
// "dead/victims/...", not before "killed" or "who died".
func TestReview35bPartOfThoseKilled(t *testing.T) {
	for _, txt := range []string{
		"Three of those killed were children travelling with their parents.",
		"Two of those who died were guards.",
	} {
		if !PartOfDeadOnly(txt) {
			t.Errorf("PartOfDeadOnly(%q) = false, want true: a part of the dead, no toll", txt)
		}
	}
}

// "Among the dead were two teenagers ... and a bus driver" (the Duran
// story) and "A fourth victim, an 80-year-old woman, died of a heart
// attack" (the Loja story) tell of some of the dead, never the toll; the
// bot gives both as the toll today. Neither is PartOfDeadOnly.
func TestReview35bOtherPartsOfTheDead(t *testing.T) {
	for _, txt := range []string{
		"Among the dead were two teenagers shot outside a school on Saturday night and a bus driver killed on Sunday after his company refused to pay extortion.",
		"A fourth victim, an 80-year-old woman, died of a heart attack, officials said.",
	} {
		if !PartOfDeadOnly(txt) {
			t.Errorf("PartOfDeadOnly(%q) = false, want true: it tells of some of the dead, no toll", txt)
		}
	}
}

// PASS: a partitive beside the whole is no mere part: "Two of the dead
// were children and 14 people died in all" and "Two of the 36 dead were
// children" both state the whole toll, so they may answer "how many
// died".
func TestReview35bPartBesideWhole(t *testing.T) {
	for _, txt := range []string{
		"Two of the dead were children and 14 people died in all.",
		"Two of the 36 dead were children.",
	} {
		if PartOfDeadOnly(txt) {
			t.Errorf("PartOfDeadOnly(%q) = true, want false: the whole toll is in it", txt)
		}
	}
}

// "of the" in a question is most often a place or an event, not a part
// of the dead: "what was the death toll of the loja earthquake", "how many
// people died in the collapse of the school" ask the whole toll. partAsked
// matches any "of the", so the part-of-dead rule is off for them (the
// news corpus then answers the first with "Two of the dead were killed
// ...": see bot's TestReview35bLojaTollOfThe).
func TestReview35bAsksTollWholeOfThe(t *testing.T) {
	for _, q := range []string{
		"what was the death toll of the loja earthquake",
		"how many people died in the collapse of the school",
	} {
		if !AsksTollWhole(q) {
			t.Errorf("AsksTollWhole(%q) = false, want true: it asks the whole toll", q)
		}
	}
}

// "how many children died in the fire" asks a part of the dead as "how
// many of the dead were children" does: "Three of the dead were children"
// is its very answer. AsksTollWhole says it asks the whole, so that
// answer is untyped (see bot's TestReview35bPartAskedByItsNoun).
func TestReview35bAsksTollWholePartNoun(t *testing.T) {
	for _, q := range []string{
		"how many children died in the fire",
		"how many guards were killed in the riot",
	} {
		if AsksTollWhole(q) {
			t.Errorf("AsksTollWhole(%q) = true, want false: it asks a part of the dead", q)
		}
	}
}

// The whole toll asked in other words is still the whole toll: "what was
// the toll from the loja earthquake", "how many lives were lost",
// "how many fatalities". deathAsked knows none of "toll", "lives were
// lost", "fatalities", so the rule is off for them.
func TestReview35bAsksTollWholeOtherWords(t *testing.T) {
	for _, q := range []string{
		"what was the toll from the loja earthquake",
		"how many lives were lost in the earthquake",
		"how many fatalities were there in loja",
	} {
		if !AsksTollWhole(q) {
			t.Errorf("AsksTollWhole(%q) = false, want true: it asks how many died", q)
		}
	}
}
