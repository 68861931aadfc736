package ground

import "testing"

// Review 37d: figureAt (82f20c0), a verb of setting before "at" and a
// number read as giving a figure, no outcome the passage must hold. want
// is true when the claim must be dropped, false when it must be kept.
//
// 15 cases, 11 failing at first (5 of them passing before 82f20c0).
// Mended: the figure must be given of a tally ("toll", "number", "cost",
// ... within the verb's phrase, before it in a passive), hedges may
// stand before the number ("at more than 30"), a clock time is no
// figure, "pegged" sets one too, and the verb-swap rule leaves a figure
// verb to the number rules ("placed the death toll at 31"). Open, left
// out of the cases below: "put the death toll at 31" of "The death toll
// stood at 18 ..., and 31 people were wounded" (the number is not bound
// to the toll).
func TestReview37dFigureAt(t *testing.T) {
	const toll = "Officials first said 18 inmates were killed in the riot. The attorney general later raised the death toll from 18 to 31.\n"
	const tollMore = "Officials first said 18 inmates were killed in the riot. The attorney general later raised the death toll from 18 to more than 30.\n"
	const tollAbout = "Officials first said 18 inmates were killed in the riot. The attorney general later raised the death toll from 18 to about 30.\n"
	const wounded = "The death toll stood at 18 on Monday, and 31 people were wounded, officials said.\n"
	const custody = "The gunman escaped from police custody at 9 pm, and officers later searched the town.\n"
	const fire = "A fire broke out at the market at 4 am. Firefighters later arrived, but the fire was still burning out of control at noon.\n"
	const bail = "Prosecutors asked that bail be $5,000, and the judge said she would decide later.\n"
	const troops = "Three checkpoints around the prison were abandoned, and troops later withdrew.\n"
	const hostages = "Gunmen seized 12 hostages at the bank at 6 am and demanded the release of jailed members. Hours later the hostages were still held.\n"
	for _, tt := range []struct {
		name, passage, claim string
		drop                 bool
	}{
		// read as a figure, but the claim states what the passage lacks
		{"placed in custody at a time: an arrest", custody, "The gunman was later placed in custody at 9 pm [1].", true},
		{"put out at a time: the fire is still burning", fire, "The fire was later put out at 4 am [1].", true},
		{"bail set: the judge has not decided", bail, "Bail was later set at $5,000 [1].", true},
		{"placed at checkpoints: a deployment, not a figure", troops, "Troops have since been placed at 3 checkpoints around the prison [1].", true},
		// faithful figures still flagged
		{"at more than", tollMore, "The attorney general has since put the death toll at more than 30 [1].", false},
		{"at about", tollAbout, "The attorney general has since put the death toll at about 30 [1].", false},
		{"at past five words", toll, "The attorney general has since put the death toll in the riot at 31 [1].", false},
		{"possessive before the toll", toll, "The attorney general has since put the riot's death toll at 31 [1].", false},
		{"placed the toll at", toll, "The attorney general has since placed the death toll at 31 [1].", false},
		{"pegged the toll at", toll, "The attorney general has since pegged the death toll at 31 [1].", false},
		// already right
		{"put the toll at the figure", toll, "The attorney general has since put the death toll at 31 [1].", false},
		{"the toll was later put at", toll, "The death toll was later put at 31 [1].", false},
		{"put at risk", toll, "The attorney general has since put the death toll at risk [1].", true},
		{"set free at a time", hostages, "The hostages were later set free at 6 am [1].", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := edgeReason(t, tt.passage, "What happened?", tt.claim)
			if tt.drop && got == "" {
				t.Errorf("%q kept against %q, want it dropped", tt.claim, tt.passage)
			}
			if !tt.drop && got != "" {
				t.Errorf("%q dropped against %q (%s), want it kept", tt.claim, tt.passage, got)
			}
		})
	}
}
