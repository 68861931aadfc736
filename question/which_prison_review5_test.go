package question

import "testing"

// Edges of "which prison": each prison noun asks for a name; a name in a
// sentence's first words counts when it is more than "The prison"; Spanish
// names ("Cárcel de Turi", "Centro de Privación") and a capitalised
// "Penitentiary" after the name are names; "Prison officials" is none.
func TestWhichPrisonEdges_review5(t *testing.T) {
	named := "About 11,000 troops entered the Los Samanes prison at dawn."
	for _, asked := range []string{"which jail was it", "which penitentiary did they storm"} {
		if !Classify(asked).InAnswer(named, asked) {
			t.Errorf("%q: a prison's name is no answer", asked)
		}
		if Classify(asked).InAnswer("The guards of the prison said the riot ended in Guayaquil.", asked) {
			t.Errorf("%q: a city read as a prison's name", asked)
		}
	}
	asked := "which prison was it"
	kind := Classify(asked)
	for txt, want := range map[string]bool{
		"The Litoral prison was stormed by 2,700 soldiers.":               true,
		"Guards regained control of the Litoral Penitentiary on Tuesday.": true,
		"Inmates rioted at the Cárcel de Turi in Cuenca.":                 true,
		"The inmates were moved to the Centro de Privación de Libertad.":  true,
		"Prison officials said the riot ended on Monday.":                 false,
		"The prison was stormed by 2,700 soldiers.":                       false,
	} {
		if got := kind.InAnswer(txt, asked); got != want {
			t.Errorf("%q (%v): InAnswer(%q) = %v, want %v", asked, kind, txt, got, want)
		}
	}
}

// prisonQ holds "which detention center", but Classify reads that question
// as General, whose InAnswer never consults prisonQ: any sentence answers.
func TestWhichDetentionCenterNamed_review5(t *testing.T) {
	asked := "which detention center were they moved to"
	if Classify(asked).InAnswer("The guards of the prison said the riot ended in Guayaquil.", asked) {
		t.Errorf("%q (%v): a sentence naming no prison answers it", asked, Classify(asked))
	}
}
