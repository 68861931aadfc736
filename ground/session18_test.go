package ground

import "testing"

const lassoPassage = "Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021, claiming the lives of hundreds of prisoners."

const officePassage = "That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail. The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there."

// A vague quantity after "said that" counts as it does anywhere: "that"
// makes no count of "several" as it does of "many" ("not that many").
// A clause joined with "but" is a claim of its own: most of its words
// must be in the passage, unless it says what the passage leaves out; a
// clause of two content words is worded too freely to judge.
func TestSession18Claims(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"several after said that", officePassage, "The attorney general's office said on social media that several civilians were hurt in the attack [1].", "quantifier"},
		{"several fronted", officePassage, "Several civilians were hurt in the attack, the office said [1].", "quantifier"},
		{"that many stays no count", officePassage, "Not that many civilians were hurt in the attack, the office said: one [1].", ""},
		{"one civilian said that", officePassage, "The office said that one civilian was hurt in the attack [1].", ""},
		{"but clause unsaid", lassoPassage, "Lasso has regularly declared states of emergency in the prisons, but officials admit these have failed to reduce the violence [1].", "failed"},
		{"yet clause unsaid", lassoPassage, "Lasso has regularly declared states of emergency in the prisons; yet critics call the measures a failure of leadership [1].", "critic"},
		{"but clause held", lassoPassage, "Lasso has regularly declared states of emergency, but violence has surged since 2021 [1].", ""},
		{"but clause says what is left out", lassoPassage, "Lasso has regularly declared states of emergency in the prisons, but it does not mention how many soldiers and police officers were wounded or killed [1].", ""},
		{"but clause of two words", lassoPassage, "Lasso has regularly declared states of emergency in the prisons, but violence persisted [1].", ""},
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
