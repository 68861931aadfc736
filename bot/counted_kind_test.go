package bot_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/extract"
)

// The kind counted stands for the thing asked as fully as its own word
// would (extract.countedNarrower): "how many blocks did they capture" is
// answered on the seed by "three cellblocks", not hedged because "blocks"
// is half a word of it; a thing the story counts no kind of is not.
func TestSeedCountedKindWhole(t *testing.T) {
	b, c := seedBot(t)
	for _, q := range []string{"kitne blocks pe kabza kiya unhone", "how many blocks did they capture"} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, "three cellblocks") {
			t.Errorf("%q (read as %q): %q, want the cellblocks sentence as the answer", q, a.ReadAs, a.Text)
		}
	}
	if a := ask(t, b, "how many tunnels did they capture"); !a.Abstained && !strings.HasPrefix(a.Text, extract.Hedge) {
		t.Errorf("how many tunnels: %q, want no answer", a.Text)
	}
}

// In a story of one event, a question asking when something began is
// answered by the sentence telling a beginning with its day, whatever the
// asker calls the trouble ("ruckus", "confrontations between the criminal
// groups"); an end is not a beginning.
func TestSeedWhenItBegan(t *testing.T) {
	b, c := seedBot(t)
	for _, q := range []string{"WHEN DID THE RUCKUS START IN THERE..WHAT DAY", "On what day did the confrontations between the criminal groups inside the facility begin?"} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, "Saturday") {
			t.Errorf("%q (read as %q): %q, want the Saturday sentence as the answer", q, a.ReadAs, a.Text)
		}
	}
	if a := ask(t, b, "since when their jail so teruk one"); a.Abstained || strings.HasPrefix(a.Text, extract.Hedge) || !strings.Contains(a.Text, "since 2021") {
		t.Errorf("since when their jail so teruk one: %q, want the surge since 2021", a.Text)
	}
	// an end is no beginning; a curfew, a protest or a fire is no trouble
	// the sentence tells of
	for _, q := range []string{"when did the violence end", "when did the curfew start", "when did the protest start", "when did the fire start", "since when is the curfew in force", "when did the chaos start trending"} {
		if a := ask(t, b, q); !a.Abstained && !strings.HasPrefix(a.Text, extract.Hedge) {
			t.Errorf("%q: %q, want no answer", q, a.Text)
		}
	}
}

// A question asking whether the hostages were let go or freed, in any
// form ("... or are they still held", "and they liberated the guards
// after??"), is not answered by the sentence of the guards held hostage,
// which tells no release; asking whether they were held is.
func TestSeedReleaseNotTold(t *testing.T) {
	b, c := seedBot(t)
	for _, q := range []string{"DID THEM GUARDS IN ESMERALDAS GET LET GO OR ARE THEY STILL HELD", "and they liberated the guards after??", "the hostages in esmeraldas were freed?"} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if !a.Abstained && !strings.HasPrefix(a.Text, extract.Hedge) && !strings.HasPrefix(a.Text, extract.HedgeNo) {
			t.Errorf("%q: %q, want no answer: the story tells no release", q, a.Text)
		}
	}
	if a := ask(t, b, "were guards held hostage in esmeraldas?"); a.Abstained || !strings.Contains(a.Text, "15 prison guards") {
		t.Errorf("held hostage: %q, want the hostage sentence", a.Text)
	}
}
