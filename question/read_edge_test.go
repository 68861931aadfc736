package question

import "testing"

// A word is a name when the stories capitalise it most of the times they
// use it after a lower-case word; exactly half is not most.
func TestNameNeedsMostUsesCapitalised(t *testing.T) {
	var rd Reader
	c := newTermCorpus("the ship met Hope at the dock. the crew had hope still.")
	if rd.Vocabulary(c).IsName("hope") {
		t.Error(`"hope", capitalised one time in two, is read as a name`)
	}
	var rd2 Reader
	c2 := newTermCorpus("the ship met Hope at the dock. the crew saw Hope again. the crew had hope still.")
	if !rd2.Vocabulary(c2).IsName("hope") {
		t.Error(`"hope", capitalised two times in three, is not read as a name`)
	}
}

// A typo of seven letters may be two edits from the word meant; one of
// six only one.
func TestReadTwoEditsFromSevenLetters(t *testing.T) {
	var rd Reader
	c := newTermCorpus("The guardian of the prison spoke on Monday.")
	if got, want := rd.Read(c, "who is the gaurdin"), "who is the guardian"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
}

// Between two corpus words as close to a typo, the commoner in the
// stories is the one meant.
func TestReadTypoPrefersTheCommonerWord(t *testing.T) {
	var rd Reader
	c := newTermCorpus("The mayor spoke.", "The mayor left.", "The mayor won.", "The manor burned.")
	if got, want := rd.Read(c, "who is the maxor"), "who is the mayor"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
}

// Between two corpus words as close and as common, the one at least as
// long as the typed word wins: typing drops letters more than it adds.
func TestReadTypoPrefersAWordAsLongAsTyped(t *testing.T) {
	var rd Reader
	c := newTermCorpus("The guards ran. A guard fell.")
	if got, want := rd.Read(c, "were the guardz hurt"), "were the guards hurt"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
}

// A slip onto a neighbouring key is looked for only when no word starts
// as typed: "tiot" is "trot" in stories that use it, however common "riot".
func TestReadNeighbourKeyOnlyWhenNothingStartsAsTyped(t *testing.T) {
	var rd Reader
	c := newTermCorpus("The horse began to trot.", "The riot began.", "A riot again.", "The riot ended.")
	if got, want := rd.Read(c, "when did the tiot start"), "when did the trot start"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
	var rd2 Reader
	c2 := newTermCorpus("The riot began.")
	if got, want := rd2.Read(c2, "when did the tiot start"), "when did the riot start"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
}

// "wich" is read as "which" only where a question opens; inside it, it is
// a typo of a word of the stories ("with").
func TestReadQuestionWordTypoOnlyFirst(t *testing.T) {
	var rd Reader
	c := newTermCorpus("He left with the guards.", "She came with him.")
	if got, want := rd.Read(c, "did he leave wich the guards"), "did he leave with the guards"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
	if got, want := rd.Read(c, "wich guards left"), "which guards left"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
}
