package ground

import "testing"

// "three days later" reckons the gap between two days the passage gives,
// as "later" alone does not; "shot dead" tells a killing ("shot and
// killed" holds), "found dead" none.
func TestSpanLaterAndShotDead(t *testing.T) {
	const p = "Clashes between gangs began on Saturday. The attorney general on Tuesday raised the death toll to 31.\n"
	const d = "The mayor of Manta was shot dead on Sunday. A guard was found dead in his cell.\n"
	runEdgeCases(t, []edgeCase{
		{"a reckoned gap", p, "Clashes began on Saturday, and by Tuesday, three days later, the attorney general had raised the death toll to 31 [1].", ""},
		{"a week later", p, "Clashes began on Saturday; a week later the attorney general raised the death toll to 31 [1].", ""},
		{"later alone", p, "Clashes began on Saturday, and later the attorney general raised the death toll to 31 [1].", "link: the claim says \"later\""},
		{"shot and killed", d, "The mayor of Manta was shot and killed on Sunday [1].", ""},
		{"found dead is no killing", "A guard was found dead in his cell.\n", "A guard was killed in his cell [1].", `outcome "killed"`},
	})
}

// "all the X" where the passage counts X without "the" ("to about 200
// families") makes the count everyone, after a preposition too; a count
// of the whole set ("the three piers") is what "all the piers" says.
func TestAllOfACountedGroup(t *testing.T) {
	runEdgeCases(t, []edgeCase{
		{"a count, all of them", "Volunteers handed out blankets to about 200 families.\n", "Volunteers handed out blankets to all the families waiting outside [1].", `quantifier "all"`},
		{"the whole set", "The three piers carry the deck.\n", "The deck rests across all the piers [1].", ""},
		{"all, no the", "Volunteers handed out blankets to about 200 families.\n", "Volunteers handed out blankets to all families [1].", ""},
	})
}

// A condition hedges a claim, unless the claim says what "will" happen if
// it is met where the passage says it "could".
func TestWillIfOfCouldIf(t *testing.T) {
	const p = "Fruit exporters warned that cherries and grapes could rot on the docks if the stoppage lasted more than a week.\n"
	runEdgeCases(t, []edgeCase{
		{"will if", p, "Cherries and grapes will rot on the docks if the stoppage lasts more than a week [1].", `modality: the passage hedges`},
		{"could if", p, "Cherries and grapes could rot on the docks if the stoppage lasts more than a week [1].", ""},
		{"if alone", p, "If the stoppage lasts more than a week, cherries and grapes rot on the docks, exporters warned [1].", ""},
	})
}

// What a claim says someone said must be in the passage in some word:
// the speaker and the verb alone do not hold it; a paraphrase keeping one
// of its words passes; "added" is no verb of saying here.
func TestUnsaidReport(t *testing.T) {
	const p = "The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office. The attorney general raised the death toll from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"what was said is elsewhere", p, "The attorney general's office said on social media the op was decisive [1].", `what the claim says was said`},
		{"said that", p, "The attorney general's office said that the operation was decisive [1].", `what the claim says was said`},
		{"a paraphrase", p, "The attorney general's office said on social media that a civilian was injured in an attack [1].", ""},
		{"added is arithmetic", p, "The toll is 31, so 13 deaths were added to the earlier count of 18 [1].", ""},
	})
}
