package ground

import "testing"

// Review 20d: cases at the edges of the modality rule reading a hedge in a
// cited sentence that is not the claim's anchor (918c9bb), written by an
// independent reviewer against the diff. Its ten new wrong drops mended
// it: a sentence beside the anchor is read only for the claim's terms no
// anchor holds ("the strike could spread next week to the port" binds no
// claim whose anchor gave it "week" and "port"), not when the claim keeps
// the hedge in other words (fear, at risk, warned, threatens, suspect,
// believe), and "could no longer" is no hedge. Each case asserts the
// decision the reviewer believes right and the code makes; removed and
// left open (wrong before this change too): "expected to end, but" read
// by the negation rule, "ruled out that the army could be deployed", a
// hedge word elsewhere in the claim ("which union leaders said could
// spread", "usually") excusing all of it, a hedge whose five-word window
// ends before the claim's words ("could soon leave thousands of tonnes of
// cherries and grapes rotting").
func TestReview20d(t *testing.T) {
	const port = "The port operator said the walkout had halted the loading of about 12,000 containers a day, most of them carrying copper, fruit and wine bound for Asia. " +
		"Fruit exporters warned that cherries and grapes could rot on the docks if the stoppage lasted more than a week. " +
		"Officials said the fruit could be sold later."
	const portSpread = port + " Union leaders said the strike could spread to the port of Valparaiso."
	const spread = "The strike by dockers at the port of San Antonio entered its second week on Monday, halting the loading of about 12,000 containers a day, the port operator said. " +
		"Union leaders said the dockers' strike could spread next week to the port of Valparaiso."
	const order = "Dockers stopped work on Monday at the port of San Antonio, halting the loading of about 12,000 containers a day of copper, fruit and wine. " +
		"Exporters said fruit had begun to rot, and the government could order the dockers back to work at the port within days."
	const friday = "The port operator said the walkout had halted the loading of about 12,000 containers a day at San Antonio, most of them carrying copper, fruit and wine bound for Asia. " +
		"The walkout had been expected to end on Friday, but dockers stayed away from the port on Monday."
	const trucks = "The port operator said the walkout had halted the loading of about 12,000 containers a day, most of them carrying copper, fruit and wine bound for Asia. " +
		"Exporters said trucks carrying fruit could no longer reach the docks."
	const medicine = "The port operator said the walkout had halted the loading of about 12,000 containers a day at San Antonio, most of them carrying copper, fruit and wine bound for Asia. " +
		"During the walkout only ships carrying medicine could dock at San Antonio, the operator said."
	const fire = "A fire destroyed three warehouses storing fruit and wine at the port of San Antonio on Sunday night, the port operator said. " +
		"Police said the fire at the port appeared to have been started deliberately."
	const blaze = "A fire destroyed three warehouses storing fruit and wine at the port of San Antonio on Sunday night, the port operator said. " +
		"Investigators at the port said the blaze may have started in a warehouse storing fruit."
	const army = "The port operator said the walkout had halted the loading of about 12,000 containers a day at San Antonio, most of them carrying copper, fruit and wine bound for Asia. " +
		"The minister ruled out that the army could be deployed to the docks to break the walkout."
	const soon = "The port operator said the walkout had halted the loading of about 12,000 containers a day, most of them carrying copper, fruit and wine bound for Asia. " +
		"Fruit exporters warned that the stoppage could soon leave thousands of tonnes of cherries and grapes rotting on the docks."
	for _, c := range []struct {
		name, story, claim string
		kept               bool
	}{
		{"fear will rot", port, "The walkout has halted the loading of about 12,000 containers a day, most carrying copper, fruit and wine bound for Asia, and exporters fear cherries and grapes will rot on the docks [1].", true},
		{"at risk of rotting", port, "The walkout has halted the loading of about 12,000 containers a day, most carrying copper, fruit and wine bound for Asia, leaving cherries and grapes at risk of rotting on the docks [1].", true},
		{"warned would rot", port, "The walkout has halted the loading of about 12,000 containers a day, most carrying copper, fruit and wine bound for Asia, and exporters warned that cherries and grapes would rot on the docks [1].", true},
		{"warned of rotting", port, "The walkout has halted the loading of about 12,000 containers a day, most carrying copper, fruit and wine bound for Asia, and exporters warned of cherries and grapes rotting on the docks [1].", true},
		{"threatens", port, "The walkout has halted the loading of about 12,000 containers a day, most carrying copper, fruit and wine bound for Asia, and threatens to leave cherries and grapes rotting on the docks [1].", true},
		{"spread window", spread, "The dockers' strike at the port of San Antonio entered its second week on Monday and has halted the loading of about 12,000 containers a day, the port operator said [1].", true},
		{"order window", order, "Dockers stopped work on Monday at the port of San Antonio, halting the loading of about 12,000 containers a day of copper, fruit and wine [1].", true},
		{"could no longer", trucks, "The walkout has halted the loading of about 12,000 containers a day, most carrying copper, fruit and wine bound for Asia, and trucks carrying fruit have been unable to reach the docks [1].", true},
		{"could of permission", medicine, "The walkout has halted the loading of about 12,000 containers a day at San Antonio, most carrying copper, fruit and wine bound for Asia; only ships carrying medicine were allowed to dock at San Antonio [1].", true},
		{"police suspect", fire, "A fire destroyed three warehouses storing fruit and wine at the port of San Antonio on Sunday night, and police suspect it was started deliberately [1].", true},
		{"police believe", fire, "A fire destroyed three warehouses storing fruit and wine at the port of San Antonio on Sunday night, and police believe the fire was started deliberately [1].", true},
		{"hedge on where it started", blaze, "A fire destroyed three warehouses storing fruit and wine at the port of San Antonio on Sunday night, the port operator said [1].", true},
		// hedge dropped: should go
		{"started to rot", port, "The walkout has halted the loading of about 12,000 containers a day, most carrying copper, fruit and wine bound for Asia, and cherries and grapes have already started to rot on the docks [1].", false},
		{"three terms only", port, "The walkout has halted the loading of about 12,000 containers a day bound for Asia, and grapes are rotting on the docks [1].", false},
		{"sold later", port, "The walkout has halted the loading of about 12,000 containers a day, most carrying copper, fruit and wine bound for Asia, but officials said the fruit will be sold later [1].", false},
	} {
		v := verdictOn(t, c.story, c.claim)
		got := len(v.Dropped) == 0
		t.Logf("%-28s kept=%v (%s)", c.name, got, droppedFor(v))
		if got != c.kept {
			t.Errorf("%s: kept %v, want %v (%s)", c.name, got, c.kept, droppedFor(v))
		}
	}
}
