package question

import "testing"

// A doer stands at most agentNear (8) words from the deed, after it as
// well as before: "the mayor was shot ... by police" names the police when
// they are eight words on, not nine.
func TestDeedDoneDoerAfterTheDeedWithinEightWords(t *testing.T) {
	asked := "who shot the mayor"
	deed := DeedTerms(Deed(asked))
	near := "The mayor was shot dead outside his home last night by police."     // shot(3) .. police(11): 8 apart
	far := "The mayor was shot dead outside his home late last night by police." // police(12): 9 apart
	if !DeedDone(near, asked, deed) {
		t.Errorf("DeedDone(%q) = false, want true: the police stand eight words after the deed", near)
	}
	if DeedDone(far, asked, deed) {
		t.Errorf("DeedDone(%q) = true, want false: the police stand nine words after the deed", far)
	}
}

// A lone capitalised word is the doer only right before the deed (at most
// three words): a place four or five words before it is no doer.
func TestDeedDoneCapitalWordOnlyRightBeforeTheDeed(t *testing.T) {
	asked := "who shot the mayor"
	deed := DeedTerms(Deed(asked))
	for _, txt := range []string{
		"Witnesses in Manta said someone then shot the mayor.",      // Manta(2), shot(6): four apart
		"Witnesses in Manta said that someone then shot the mayor.", // five apart
	} {
		if DeedDone(txt, asked, deed) {
			t.Errorf("DeedDone(%q) = true, want false: no one is named as the doer", txt)
		}
	}
	if txt := "Yesterday Cameron quietly shot the mayor."; !DeedDone(txt, asked, deed) {
		t.Errorf("DeedDone(%q) = false, want true: Cameron stands two words before the deed", txt)
	}
}

// A name that opens a sentence and is joined by "of" is a name ("Bank of
// England"); only a plural so joined ("Thousands of Venezuelan soldiers")
// is read as a first word.
func TestNamesNewKeepsASingularJoinedByOf(t *testing.T) {
	if !Name.InAnswer("Bank of England officials raised rates on Thursday.", "who raised rates") {
		t.Error(`"Bank of England" is not read as a new name`)
	}
	if Name.InAnswer("Thousands of Venezuelan soldiers crossed the border.", "how many venezuelan soldiers crossed") {
		t.Error(`"Thousands of Venezuelan" is read as a new name`)
	}
}

// A question word gives the name words it is the stem of only when it has
// five letters or more: "more" does not give "Moreno".
func TestNameStemNeedsFiveLetters(t *testing.T) {
	if !Name.InAnswer("Lenin Moreno said 31 inmates died.", "how many more died, according to lenin") {
		t.Error(`"Moreno" is read as given by "more"`)
	}
	if Name.InAnswer("The Venezuelan Army moved in.", "what did the army of venezuela do") {
		t.Error(`"Venezuelan Army" is read as new though "venezuela" and "army" are asked`)
	}
}

// A person's age beside their name counts only for "how old": it is no
// count of guards killed.
func TestCountAgeAppositionOnlyForAge(t *testing.T) {
	txt := "Alfredo Sanchez Rios, 52, the mayor of the city, was shot on Sunday."
	if CountIn(txt, "how many guards were killed") {
		t.Errorf("CountIn(%q, guards killed) = true, want false: 52 is an age", txt)
	}
	if !CountIn(txt, "how old was the mayor") {
		t.Errorf("CountIn(%q, how old) = false, want true", txt)
	}
}

// A number and what it counts stand at most six words apart.
func TestCountNearSixWordsApart(t *testing.T) {
	counted := Counted("how many guards were freed")
	if txt := "Some 15 of the older and tired guards were freed."; !CountNear(txt, counted) {
		// 15(1) ... guards(7): six apart
		t.Errorf("CountNear(%q) = false, want true: six words apart", txt)
	}
	if txt := "Some 15 of the older and very tired guards were freed."; CountNear(txt, counted) {
		t.Errorf("CountNear(%q) = true, want false: seven words apart", txt)
	}
}

// A question that follows statements is its last sentence; the statements
// are claims.
func TestSplitTwoSentencesLastAQuestion(t *testing.T) {
	focus, claims := Split("The riot was in Quito. How many inmates died?")
	if focus != "How many inmates died?" || claims != "The riot was in Quito." {
		t.Errorf("Split = %q, %q; want the question and the statement apart", focus, claims)
	}
}

// A fragment leans on the last turn with at most two content words; three
// make a question of its own.
func TestFragmentOfThreeWordsStandsAlone(t *testing.T) {
	var v *Vocabulary
	if v.LeansOn("prison guards freed?") {
		t.Error("a three-word fragment leans on the conversation")
	}
}

// A fragment's first word is capitalised for being first, not for being a
// name: "Guards?" still leans on the last turn.
func TestFragmentFirstWordCapitalIsNoName(t *testing.T) {
	var v *Vocabulary
	if !v.LeansOn("Guards?") {
		t.Error(`"Guards?" does not lean on the conversation`)
	}
	if v.LeansOn("prison Guayaquil?") {
		t.Error(`"prison Guayaquil?" leans on the conversation, though it names a place`)
	}
}
