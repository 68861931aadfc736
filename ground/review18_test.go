package ground

import (
	"strings"
	"testing"
)

// Review of dff5dd9/637508e: the vague count after "said that", the
// "but"/"yet" clause as a claim of its own, compliments as filler and a
// title's name excused in refuting an absence claim. Every want is the
// right decision: a case that fails is one the rules decide wrongly.

const (
	r18Breakout   = "Police dismissed rumours of a mass breakout, saying only one inmate escaped from the jail on Sunday."
	r18Denied     = "Police denied reports that several inmates had escaped, saying one inmate got out on Sunday."
	r18Harvest    = "Farmers said this year's harvest was the worst in a decade after the drought. Grain prices rose by a third."
	r18HarvestOK  = "Farmers said this year's harvest was good despite the drought."
	r18PortTitle  = "Thousands of dockworkers walked off the job at the port of Valparaiso in Chile on Thursday."
	r18PortsTitle = "Thousands of dockworkers walked off the job at the ports of Valparaiso and San Antonio in Chile on Thursday."
	r18RiotTitle  = "Lasso declares a state of emergency after a prison riot in Guayaquil."
	r18Moreno     = "Former president Lenin Moreno declared a similar emergency in the prisons in 2020."
	r18LassoLong  = "Lasso has regularly declared states of emergency in the country's prisons as he tries to tackle violence that has surged since 2021"
)

func TestReview18(t *testing.T) {
	for _, tt := range []struct {
		name                  string
		title, passage, asked string // title "" is edgeReason's "Town news."
		claim                 string
		drop                  bool   // the right decision
		want                  string // part of the reason when dropped
	}{
		// (1) a vague quantity after "that"
		{"R1 miss: said that many", "", officePassage, "What happened?",
			"The attorney general's office said that many civilians were hurt in the attack [1].", true, "quantifier"},
		{"R1 false alarm: dismissed rumours that several", "", r18Breakout, "Did inmates escape?",
			"Police dismissed rumours that several inmates had escaped, saying only one inmate got out [1].", false, ""},
		{"R1 miss: passage's denied 'that several' now excuses", "", r18Denied, "Did inmates escape?",
			"Several inmates escaped from the jail on Sunday [1].", true, ""},
		{"R1 edge: said that numerous", "", officePassage, "What happened?",
			"The office said that numerous civilians were hurt in the attack [1].", true, "quantifier"},
		{"R1 edge: passage's own 'said that several'", "", "Officials said that several civilians were hurt in the attack. One civilian later died in hospital.", "What happened?",
			"Several civilians were hurt in the attack, and one later died [1].", false, ""},

		// (2) a "but"/"yet" clause as a claim of its own
		{"R2 false alarm: but it is unclear", "", lassoPassage, "What happened?",
			"Lasso has regularly declared states of emergency in the prisons, but it is unclear how many soldiers were deployed [1].", false, ""},
		{"R2 false alarm: but the exact number remains unknown", "", lassoPassage, "What happened?",
			"Lasso has regularly declared states of emergency in the prisons, but the exact number of deaths remains unknown [1].", false, ""},
		{"R2 false alarm: but it doesn't tell us", "", lassoPassage, "What happened?",
			"Lasso has regularly declared states of emergency in the prisons, but it doesn't tell us how many soldiers were involved [1].", false, ""},
		{"R2 false alarm: but may be outdated", "", lassoPassage, "What happened?",
			"Lasso has regularly declared states of emergency in the prisons, but keep in mind that this information may be outdated [1].", false, ""},
		{"R2 false alarm: paraphrase kept getting worse", "", lassoPassage, "What happened?",
			"Lasso has regularly declared states of emergency in the prisons, but the violence has kept getting worse [1].", false, ""},
		{"R2 false alarm: paraphrase inmates keep dying", "", lassoPassage, "What happened?",
			"Lasso has regularly declared states of emergency in the prisons, but inmates keep dying in large numbers [1].", false, ""},
		{"R2 edge: yet clause held", "", lassoPassage, "What happened?",
			"Lasso has regularly declared states of emergency in the prisons, yet hundreds of prisoners have lost their lives since 2021 [1].", false, ""},
		{"R2 edge: but hasn't stopped the surge", "", lassoPassage, "What happened?",
			"Lasso has regularly declared states of emergency in the prisons, but this hasn't stopped the surge in violence [1].", false, ""},
		{"R2 edge: false absence clause still refuted", "", lassoPassage, "What happened?",
			"Lasso has regularly declared states of emergency in the prisons, but the passage doesn't say how many prisoners have died [1].", true, "absence"},

		// (3) compliments as filler
		{"R3 miss: 'It was excellent' answers as filler", "", r18Harvest, "How was this year's harvest?",
			"It was excellent [1].", true, ""},
		{"R3 miss: 'No, it wasn't great' answers as filler", "", r18HarvestOK, "Was this year's harvest good?",
			"No, it wasn't great [1].", true, ""},
		{"R3 miss: 'good' no longer an absence claim's word", "", r18HarvestOK, "Was this year's harvest good?",
			"The passages don't say whether the harvest was good.", true, "absence"},
		{"R3 edge: compliment then fact", "", r18Harvest, "How was this year's harvest?",
			"Great question! The harvest was the worst in a decade [1].", false, ""},
		{"R3 edge: compliment then unsaid fact", "", r18Harvest, "How was this year's harvest?",
			"Great question! The harvest was excellent [1].", true, "excellent"},

		// (4) a title's name excused in refuting an absence claim
		{"R4 false alarm: sentence names another port of the title", r18PortsTitle, "A previous strike at the port of San Antonio in 2021 lasted 11 days.", "Has there been a strike before?",
			"The passages don't mention any previous strikes at the port of Valparaiso.", false, ""},
		{"R4 edge: no information about Valparaiso strikes", r18PortTitle, "A previous strike at the port in 2021 lasted 11 days.", "Has there been a strike before?",
			"There is no information about previous strikes at Valparaiso.", true, "absence"},
		{"R4 edge: the sentence's own name", r18RiotTitle, r18Moreno, "Has Moreno done this before?",
			"The passages don't say whether Moreno declared a similar emergency in the prisons before.", true, "absence"},
		{"R4 edge: another city's riot", r18RiotTitle, "Inmates at a prison in Quito rioted last year after guards seized weapons.", "Has Guayaquil had riots before?",
			"The passages don't mention any previous riots at the prison in Guayaquil.", false, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			if tt.title == "" {
				got = edgeReason(t, tt.passage, tt.asked, tt.claim)
			} else {
				got = titledReason(t, tt.title, tt.passage, tt.asked, tt.claim)
			}
			if tt.drop != (got != "") || !strings.Contains(got, tt.want) {
				t.Errorf("%q against %q: reason %q, want dropped %v (%q)", tt.claim, tt.passage, got, tt.drop, tt.want)
			}
		})
	}
}
