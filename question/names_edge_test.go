package question

import "testing"

// "The Soviet Union" opening a sentence is its subject, named without the
// "The": when it does the deed, it is the doer however far the deed.
func TestDeedDoneSubjectAfterTheArticle(t *testing.T) {
	asked := "who invaded the country"
	txt := "The Soviet Union, after many long months of talks with its allies, then invaded the country."
	if !DeedDone(txt, asked, DeedTerms(Deed(asked))) {
		t.Errorf("DeedDone(%q) = false, want true: the Soviet Union is the subject that invaded", txt)
	}
}

// A capitalised word the question already gives is not the doer: "Manta"
// in "who shot the mayor of Manta".
func TestDeedDoneCapitalWordTheQuestionGives(t *testing.T) {
	asked := "who shot the mayor of manta"
	txt := "In Manta someone shot the mayor."
	if DeedDone(txt, asked, DeedTerms(Deed(asked))) {
		t.Errorf("DeedDone(%q) = true, want false: Manta is the question's own word", txt)
	}
}

// A name is new only by a word the question doesn't give; "el" inside a
// name ("El Tigre") is a small word that makes no name new.
func TestNameInOnlyByAWordTheQuestionLacks(t *testing.T) {
	if Name.In("Guillermo Lasso spoke on Monday.", "what did guillermo lasso say") {
		t.Error("Name.In: a name the question gives is read as new")
	}
	if !Name.In("Guillermo Lasso spoke on Monday.", "what did lasso say") {
		t.Error("Name.In: Guillermo, not in the question, is not read as new")
	}
	if Name.InAnswer("The court freed El Tigre on Monday.", "was tigre freed") {
		t.Error(`Name.InAnswer: "El Tigre" is new for a question that names tigre`)
	}
}

// "how many total guards" counts guards: "total" is no thing counted.
func TestCountedSkipsTotal(t *testing.T) {
	if !CountIn("Officials said 15 guards were freed.", "how many total guards were freed") {
		t.Error("CountIn: 15 guards is no answer to how many total guards")
	}
	if CountIn("Officials said 15 cellblocks burned on Monday while all of the guards were freed.", "how many total guards were freed") {
		t.Error("CountIn: 15 cellblocks answers how many guards")
	}
}

// "what was the death toll" counts the dead: a number far from the toll
// (three cellblocks) is no answer.
func TestDeathTollCountsTheDead(t *testing.T) {
	q := "what was the death toll"
	if CountIn("Officials said 3 cellblocks burned on Monday night while the death toll from the violence was not known.", q) {
		t.Error("CountIn: 3 cellblocks answers the death toll")
	}
	if !CountIn("The death toll rose to 31 on Monday.", q) {
		t.Error("CountIn: 31 next to the toll is no answer")
	}
}

// A first word one edit from two question words is left alone: "whe"
// could be "who", "why" or "when".
func TestWhTypoAmbiguousIsLeft(t *testing.T) {
	if got := whTypo("whe"); got != "" {
		t.Errorf("whTypo(whe) = %q, want none: it is as close to who, why and when", got)
	}
	if got := whTypo("wich"); got != "which" {
		t.Errorf("whTypo(wich) = %q, want which", got)
	}
}

// A chat word one story uses is the stories' word, not filler.
func TestReadKeepsFillerOneStoryUses(t *testing.T) {
	var rd Reader
	c := newTermCorpus("The guards stayed, though the riot spread.", "The fire spread on Monday.")
	if got, want := rd.Read(c, "did the riot spread though"), "did the riot spread though"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
	var rd2 Reader
	c2 := newTermCorpus("The fire spread on Monday.")
	if got, want := rd2.Read(c2, "did the riot spread though"), "did the riot spread"; got != want {
		t.Errorf("Read = %q, want %q", got, want)
	}
}

// "who freed the guards" is not answered by the guards themselves: a
// group the question names is no answer to "who".
func TestPersonInAnswerNotTheQuestionsOwnGroup(t *testing.T) {
	if Person.InAnswer("The guards were freed on Monday.", "who freed the guards") {
		t.Error("Person.InAnswer: the guards answer who freed the guards")
	}
	if !Person.InAnswer("Soldiers freed the guards on Monday.", "who freed the guards") {
		t.Error("Person.InAnswer: soldiers do not answer who freed the guards")
	}
}
