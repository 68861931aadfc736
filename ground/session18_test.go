package ground

import (
	"strings"
	"testing"
)

const lassoPassage = "Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners."

const officePassage = "That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail. The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there."

// A vague quantity after "said that" counts as it does anywhere: "that"
// makes no count of "several" as it does of "many" ("not that many"),
// and "said that many" counts too.
func TestSession18Claims(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"several after said that", officePassage, "The attorney general's office said on social media that several civilians were hurt in the attack [1].", "quantifier"},
		{"several fronted", officePassage, "Several civilians were hurt in the attack, the office said [1].", "quantifier"},
		{"that many stays no count", officePassage, "Not that many civilians were hurt in the attack, the office said: one [1].", ""},
		{"said that many", officePassage, "The attorney general's office said that many civilians were hurt in the attack [1].", "quantifier"},
		{"said not that many", officePassage, "The office said not that many civilians were hurt in the attack: one [1].", ""},
		{"one civilian said that", officePassage, "The office said that one civilian was hurt in the attack [1].", ""},
	})
}

// A compliment on the question has nothing to check.
func TestComplimentIsFiller(t *testing.T) {
	for _, s := range []string{"Great question!", "Good question.", "Excellent question!"} {
		if !isFiller(s) {
			t.Errorf("isFiller(%q) = false", s)
		}
	}
	if isFiller("A great number of prisoners died.") {
		t.Error("a claim with a content word is filler")
	}
}

// A false "the passages don't mention X" is refuted by a sentence that
// holds X but for a name its story's title sets it in ("previous strikes
// at the port of Valparaiso" of "A previous strike at the port in 2021"
// under a title about Valparaiso's port). Only a name: the title's other
// words ("cargo ships waiting at anchor") are not the sentence's; and a
// name the title lacks must be in the sentence.
func TestAbsenceNameFromTitle(t *testing.T) {
	const title = "Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday, leaving more than forty cargo ships waiting at anchor off the coast."
	const p = "A previous strike at the port in 2021 lasted 11 days."
	for claim, refuted := range map[string]bool{
		"The passages don't mention any previous strikes at the port of Valparaiso.":                     true,
		"The passages don't mention any previous strikes at the port of Antofagasta.":                    false,
		"The passages don't mention anything about Valparaiso and Chile.":                                false,
		"The passages don't say whether previous strikes at the port had cargo ships waiting at anchor.": false,
	} {
		got := titledReason(t, title, p, "Has there been a strike before?", claim)
		if refuted != strings.Contains(got, "absence") {
			t.Errorf("%q: reason %q, want refuted %v", claim, got, refuted)
		}
	}
}

// A time opening a claim ("On Tuesday, Ecuador's attorney general ...")
// is no name with a title beside it; a name is ("Rodriguez, Ecuador's
// attorney general, ...").
func TestFrontedTimeNoApposition(t *testing.T) {
	const p = "Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31. Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI."
	runEdgeCases(t, []edgeCase{
		{"fronted day", p, "On Tuesday, Ecuador's attorney general revised the toll upward, from 18 to 31 [1].", ""},
		{"a name's wrong title", p, "Guillermo Rodriguez, Ecuador's attorney general, heads the prison authority, the SNAI [1].", "who"},
	})
}
