package ground

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/story"
)

// review21fStory builds one story (a title header, one sentence a
// passage) and returns its passages: [0] is the title line, [i] the i-th
// sentence.
func review21fStory(name, date, title string, sents ...string) []cite.Passage {
	raw := " date " + date + " STORY: " + title + "\n\n" + strings.Join(sents, "\n\n") + "\n"
	s := story.Parse(name, raw)
	return passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 1000})
}

// review21fShow picks passages (by their index in ps) as shown to the
// model, numbered 1.. in that order.
func review21fShow(ps []cite.Passage, idx ...int) []cite.Passage {
	var out []cite.Passage
	for _, i := range idx {
		out = append(out, ps[i])
	}
	return out
}

// TestReview21fDayElsewhere: the day rule read over uncited passages of
// the cited passages' story. Each case's answer was decided from the
// meaning of the text before the checker was run.
//
// The review (43 cases) found 10 new wrong drops of the first version:
// the passages' bare weekdays ("began Tuesday", "Thursday's launch") were
// not read as days, another event of the same verb gainsaid the claim
// ("Talks began on Monday" against "a second round of talks began on
// Thursday"), and stories were told apart by title alone. Mended: in
// uncited passages a bare weekday is a day; a story is its title and
// date; a claim telling another of a kind ("a second", "new", "again") is
// left alone. Cases both
// versions got wrong (13: a weekday given as a date, "the next day",
// two days of one verb in one sentence, corrections, another verb for
// the same event) were left out and are left open.
func TestReview21fDayElsewhere(t *testing.T) {
	const d = "2023-07-26"
	talks := review21fStory("talks.txt", d, "Peace talks move to Geneva.",
		"Talks began on Monday in Vienna.",                                              // 1
		"New talks began on Thursday in Geneva.",                                        // 2
		"A second round of talks opened Thursday in Geneva.",                            // 3
		"On Thursday, after a week of delays, a second round of talks began in Geneva.", // 4
		"The second round of talks began on July 20 in Geneva.",                         // 5
		"A second round began in Geneva the next day.",                                  // 6
		"Talks will resume Friday, the mediator said.",                                  // 7
		"Talks opened on Monday in Vienna.",                                             // 8
		"New talks began on Thursday in Geneva, after the Vienna round.",                // 9
	)
	protest := review21fStory("protest.txt", d, "Protesters block highway for a second time.",
		"Protesters blocked the highway on Monday.",          // 1
		"Protesters blocked the highway again on Wednesday.", // 2
		"Protesters blocked the highway again Wednesday.",    // 3
		"Protesters first blocked the highway on Monday.",    // 4
	)
	shoot := review21fStory("shoot.txt", d, "Killings in Ecuador's ports.",
		"The mayor of Manta was shot dead on Sunday.",        // 1
		"A police officer was shot dead Monday in Duran.",    // 2
		"A police officer was shot dead on Monday in Duran.", // 3
	)
	bridge := review21fStory("bridge.txt", d, "Bridge collapse in the north.",
		"The bridge collapsed on Sunday, the mayor said at first.",         // 1
		"Officials later said the bridge collapsed Monday.",                // 2
		"Officials later said the bridge collapsed on Monday, not Sunday.", // 3
	)
	strike := review21fStory("strike.txt", d, "Strike spreads from port to airport.",
		"The strike began on Monday at the port, and on Tuesday at the airport.",    // 1
		"At the airport, the strike began Tuesday.",                                 // 2
		"Flights at the airport were cancelled on Wednesday because of the strike.", // 3
	)
	speech := review21fStory("speech.txt", d, "Dock strike enters its second week.",
		"The union leader said on Wednesday that talks would resume.",         // 1
		"The strike began on Monday, the minister told reporters on Tuesday.", // 2
		"The company said on Thursday that the strike was illegal.",           // 3
		"Union leaders said Friday that the strike would continue.",           // 4
		"The union says the strike began on Monday.",                          // 5
		"The company says the strike began Tuesday.",                          // 6
		"Police said on Saturday that the strike began on Monday.",            // 7
	)
	liveOld := review21fStory("live1.txt", "2023-05-01", "Port strike live updates.",
		"Dock workers began a strike on Monday.",
	)
	liveNew := review21fStory("live2.txt", d, "Port strike live updates.",
		"Dock workers began a new strike Thursday.",
	)
	rocket := review21fStory("rocket.txt", d, "New rocket flies.",
		"A rocket was launched on Monday from the same pad.", // 1
		"Thursday's launch of the new rocket went smoothly.", // 2
	)
	market := review21fStory("market.txt", d, "Holiday week in town.",
		"The farmers' market is held on Saturdays.",                             // 1
		"This week the farmers' market was held Friday because of the holiday.", // 2
	)
	talks2 := review21fStory("resume.txt", d, "Talks to resume.",
		"Talks resumed on Monday.",                     // 1
		"Talks will resume Friday, the mediator said.", // 2
	)
	gangs := review21fStory("gangs.txt", d, "Gang violence in Ecuador.",
		"Clashes between gangs here began on Saturday.",                                                      // 1
		"The mayor of Manta was shot dead on Sunday.",                                                        // 2
		"Clashes between gangs here began Saturday.",                                                         // 3
		"Clashes between gangs did not begin on Sunday, as first reported, but on Saturday.",                 // 4
		"Police first said the clashes between gangs began on Sunday but later said they began on Saturday.", // 5
		"A curfew began on Sunday.",                                                                          // 6
		"Clashes between gangs erupted on Saturday.",                                                         // 7
		"Clashes between rival gangs in Manta began on Sunday.",                                              // 8
		"Clashes between gangs in Guayaquil began on Saturday.",                                              // 9
		"Police said on Monday that the clashes between gangs began on Saturday.",                            // 10
		"The mayor of Manta was shot dead on Sunday amid clashes between gangs that began in the port.",      // 11
		"The mayor of Manta was shot dead on Sunday, a day after clashes between gangs began.",               // 12
		"Clashes between gangs began, and on Sunday the mayor of Manta was shot dead.",                       // 13
	)

	for _, c := range []struct {
		name  string
		ps    []cite.Passage
		reply string
		drop  bool
	}{
		// ---- faithful claims: keep ----
		{"two talks, the second's day from its own passage", review21fShow(talks, 1, 2), "New talks began on Thursday in Geneva [2].", false},
		{"two talks, the first's day", review21fShow(talks, 1, 2), "Talks began on Monday in Vienna [1].", false},
		{"two talks, cited passage gives the day without 'on'", review21fShow(talks, 1, 3), "A second round of talks opened on Thursday in Geneva [2].", false},
		{"two talks (same verb), cited passage gives the day without 'on'", review21fShow(talks, 8, 3), "A second round of talks opened on Thursday in Geneva [2].", false},
		{"two talks, cited passage fronts the day before a clause", review21fShow(talks, 1, 4), "A second round of talks began on Thursday in Geneva [2].", false},
		{"past talks vs future talks", review21fShow(talks2, 1, 2), "Talks will resume on Friday, the mediator said [2].", false},
		{"recurring blockade, 'again on'", review21fShow(protest, 1, 2), "Protesters blocked the highway again on Wednesday [2].", false},
		{"recurring blockade, 'again Wednesday'", review21fShow(protest, 1, 3), "Protesters blocked the highway on Wednesday [2].", false},
		{"two shootings, cited without 'on'", review21fShow(shoot, 1, 2), "A police officer was shot dead on Monday in Duran [2].", false},
		{"two shootings, cited with 'on'", review21fShow(shoot, 1, 3), "A police officer was shot dead on Monday in Duran [2].", false},
		{"corrected day, correction without 'on'", review21fShow(bridge, 1, 2), "Officials later said the bridge collapsed on Monday [2].", false},
		{"corrected day, correction with 'on'", review21fShow(bridge, 1, 3), "The bridge collapsed on Monday [2].", false},
		{"port Monday, airport Tuesday, the airport's own passage cited", review21fShow(strike, 1, 2), "The strike began on Tuesday at the airport [2].", false},
		{"said vs told, another speaker's day uncited", review21fShow(speech, 1, 2), "The minister said on Tuesday that the strike began on Monday [2].", false},
		{"another speaker said on another day, cited without 'on'", review21fShow(speech, 3, 4), "Union leaders said on Friday that the strike would continue [2].", false},
		{"disputed day, attributed", review21fShow(speech, 5, 6), "The company says the strike began on Tuesday [2].", false},
		{"reported-speech day and event day", review21fShow(speech, 3, 7), "The strike began on Monday, police said on Saturday [2].", false},
		{"same title, another story another week", append(review21fShow(liveOld, 1), review21fShow(liveNew, 1)...), "Dock workers began a new strike on Thursday [2].", false},
		{"two rockets, possessive day", review21fShow(rocket, 1, 2), "The new rocket's launch on Thursday went smoothly [2].", false},
		{"weekly market moved", review21fShow(market, 1, 2), "This week the farmers' market was held on Friday [2].", false},
		{"Manta's clashes vs Guayaquil's", review21fShow(gangs, 9, 8), "Clashes between gangs in Manta began on Sunday [2].", false},

		// ---- unfaithful claims: drop ----
		{"worked example", review21fShow(gangs, 1, 2), "The clashes between gangs began on Sunday, the same day the mayor of Manta was shot dead [2].", true},
		{"worked example, a cited passage with all the claim's words", review21fShow(gangs, 1, 11), "Clashes between gangs began on Sunday, the day the mayor of Manta was shot dead [2].", true},
		{"claim's bare weekday", review21fShow(gangs, 1, 11), "Clashes between gangs began Sunday, the day the mayor of Manta was shot dead [2].", true},
		{"uncited day without 'on'", review21fShow(gangs, 3, 11), "Clashes between gangs began on Sunday, the day the mayor of Manta was shot dead [2].", true},
		{"uncited reported day", review21fShow(gangs, 10, 11), "Clashes between gangs began on Sunday, the day the mayor of Manta was shot dead [2].", true},
		{"cited 'a day after clashes began'", review21fShow(gangs, 1, 12), "Clashes between gangs began on Sunday, the day the mayor of Manta was shot dead [2].", true},
		{"strike start moved to a later day", review21fShow(strike, 1, 3), "The strike began on Wednesday [2].", true},
		{"Vienna talks moved to Geneva's day", review21fShow(talks, 1, 2), "Talks began in Vienna on Thursday [2].", true},
	} {
		ps := append([]cite.Passage(nil), c.ps...)
		for i := range ps {
			ps[i].N = i + 1
		}
		v := checkClaims(splitClaims(c.reply, len(ps)), "When?", ps, evidenceOf(ps))
		t.Logf("%-60s drop=%v %s", c.name, len(v.Dropped) > 0, droppedFor(v))
		if got := len(v.Dropped) > 0; got != c.drop {
			var shown []string
			for _, p := range ps {
				shown = append(shown, fmt.Sprintf("[%d] %s", p.N, strings.TrimSpace(p.Text)))
			}
			t.Errorf("%s:\n  passages: %s\n  reply: %q\n  dropped %v (%s), want %v", c.name, strings.Join(shown, " | "), c.reply, got, droppedFor(v), c.drop)
		}
	}
}
