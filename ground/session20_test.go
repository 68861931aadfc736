package ground

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/text"
)

// A title the claim before gave him wrongly, dropped for it, does not
// make the deed of that title's holder his ("Rodriguez is Ecuador's
// attorney general. On Tuesday he raised the death toll", where the
// attorney general did); a claim before dropped for another reason (a
// wrong number) still tells his title.
func TestPronounAfterWrongTitle(t *testing.T) {
	const story = "Ecuador's attorney general on Tuesday raised the death toll from 18 to 31. " +
		"The SNAI's general director on Tuesday ordered an inquiry into the riot, in which 12 guards were hurt. " +
		"Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI."
	for _, c := range []struct {
		reply string
		drop  string // the claim that must be dropped, or "" for none beyond the first
	}{
		{"Guillermo Rodriguez is Ecuador's attorney general [1]. On Tuesday he raised the death toll from 18 to 31 [1].", "On Tuesday he raised"},
		{"Ecuador's attorney general raised the toll on Tuesday [1]. He raised the death toll from 18 to 31 [1].", ""},
		{"Guillermo Rodriguez, the general director of the SNAI, said 40 guards were hurt [1]. On Tuesday he ordered an inquiry [1].", ""},
	} {
		v := verdictOn(t, story, c.reply)
		got := ""
		for _, d := range v.Dropped {
			if strings.Contains(strings.ToLower(d.Claim), "he raised") || strings.Contains(d.Claim, "he ordered") {
				got = d.Claim
			}
		}
		if (got != "") != (c.drop != "") {
			t.Errorf("%q: dropped %q, want %q (%s)", c.reply, got, c.drop, droppedFor(v))
		}
	}
}

// A percent the claim computes is the share of two numbers it gives
// with its passage ("1,214 to 96": 93 percent in favour), to within its
// last digit; "about" rounds only a percent of the passages, not a count
// near it ("about 97 percent" is not the 96 votes against).
func TestPercentComputedFromTheClaimsNumbers(t *testing.T) {
	const story = "Union president Marta Vergara said members had voted 1,214 to 96 in favour of the stoppage. " +
		"The union wants a 9 percent pay rise and two extra safety inspectors on every night shift."
	for _, c := range []struct {
		claim string
		kept  bool
	}{
		{"Members voted 1,214 to 96 in favour of the stoppage, meaning about 97 percent backed it [1].", false},
		{"Members voted 1,214 to 96 in favour of the stoppage, meaning about 93 percent backed it [1].", true},
		{"Members voted 1,214 to 96 in favour of the stoppage, so 92.7% backed it [1].", true},
		{"Members voted 1,214 to 96 in favour of the stoppage, so 92.1% backed it [1].", false}, // off in its last digit
		{"Members voted 1,214 to 96 in favour of the stoppage, meaning about 98 percent backed it [1].", false},
		{"Members voted 1,214 to 96 in favour of the stoppage, nearly 92 percent [1].", false}, // 92.7 is over 92
		{"Members voted 1,214 to 96 in favour of the stoppage, about 90 percent [1].", true},   // within half of 90's ten
		{"Members voted 1,214 to 96 in favour of the stoppage, about 80 percent [1].", false},
		{"Members voted 1,214 to 96 in favour of the stoppage, about 100 percent [1].", false}, // 92.7 is no ten from 100
		{"The union wants a 19 percent pay rise and two extra safety inspectors [1].", false},
	} {
		v := verdictOn(t, story, c.claim)
		if got := len(v.Dropped) == 0; got != c.kept {
			t.Errorf("%q: kept %v, want %v (%s)", c.claim, got, c.kept, droppedFor(v))
		}
	}
}

// Without a percent in the passage, "about" rounds no count to a percent;
// a share of a whole the claim gives ("1,214 of 1,310") is computed too.
func TestPercentNotRoundedFromACount(t *testing.T) {
	const story = "Of the union's 1,310 members, 1,214 voted in favour of the stoppage and 96 against."
	for _, c := range []struct {
		claim string
		kept  bool
	}{
		{"Members voted 1,214 to 96 in favour of the stoppage, about 97 percent [1].", false},
		{"Of 1,310 members, 1,214 voted in favour of the stoppage, about 93 percent [1].", true},
		{"Of 1,310 members, 1,214 voted in favour of the stoppage, about 95 percent [1].", false},
	} {
		v := verdictOn(t, story, c.claim)
		if got := len(v.Dropped) == 0; got != c.kept {
			t.Errorf("%q: kept %v, want %v (%s)", c.claim, got, c.kept, droppedFor(v))
		}
	}
}

// "More than", "less than" and "fewer than" round on their side: "more
// than 40 ships" is not 38 (the cue had been read as none, and 40 taken
// for a rounding of 38).
func TestRoundingCueOfTwoWords(t *testing.T) {
	const story = "The strike left 38 cargo ships waiting at anchor off the coast of Valparaiso."
	for _, c := range []struct {
		claim string
		kept  bool
	}{
		{"More than 40 cargo ships were left waiting at anchor [1].", false},
		{"More than 35 cargo ships were left waiting at anchor [1].", true},
		{"Fewer than 40 cargo ships were left waiting at anchor [1].", true},
		{"Fewer than 36 cargo ships were left waiting at anchor [1].", false},
	} {
		v := verdictOn(t, story, c.claim)
		if got := len(v.Dropped) == 0; got != c.kept {
			t.Errorf("%q: kept %v, want %v (%s)", c.claim, got, c.kept, droppedFor(v))
		}
	}
}

// A claim the passage's text does not hold, checked against its title
// alone, adds no word that neither the title nor its passage holds: "troops
// were sent to retake the rioting prison" is not the title's "try to
// retake"; a word the passage holds ("three cellblocks") or says from the
// other side ("a mother" of "her son") may join the title's; one it lacks
// ("worries") may not.
func TestTitleSupportsOnlyWhatItSays(t *testing.T) {
	const body = "Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral. " +
		"Maria Fernanda Quiroz said she had not heard from her son since Friday."
	ps := []cite.Passage{{N: 1, ChunkID: "s.txt#0", Source: "s.txt", Start: 0, End: len(body), Text: body, Sentences: text.Sentences(body, 0, len(body)),
		Title: "Thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador"}}
	for _, c := range []struct {
		claim string
		kept  bool
	}{
		{"Thousands of heavily armed troops were sent to retake the rioting prison [1].", false},
		{"Thousands of heavily armed soldiers and police officers fought to retake the rioting prison [1].", false},
		{"Thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador [1].", true},
		{"Heavily armed soldiers and police officers try to retake a rioting prison with detonations [1].", true}, // the passage's word
		{"A mother worries as heavily armed soldiers and police officers try to retake a rioting prison [1].", false},
		{"A mother's son is in the rioting prison that heavily armed soldiers and police officers try to retake [1].", true},
	} {
		v := checkClaims(splitClaims(c.claim, len(ps)), "What happened?", ps, evidenceOf(ps))
		if got := len(v.Dropped) == 0; got != c.kept {
			t.Errorf("%q: kept %v, want %v (%s)", c.claim, got, c.kept, droppedFor(v))
		}
	}
}

// What a claim adds to a title may be a WordNet neighbour of the passage's
// word or a phrasal verb for the title's own ("walked out" of "strike").
func TestTitleAddedWordsReadThroughWordNet(t *testing.T) {
	const body = "About 1,200 dockers at the port of Santos stopped work on Monday at the penitentiary gate."
	ps := []cite.Passage{{N: 1, ChunkID: "s.txt#0", Source: "s.txt", Start: 0, End: len(body), Text: body, Sentences: text.Sentences(body, 0, len(body)),
		Title: "Port workers strike to demand higher wages"}}
	for _, c := range []struct {
		claim string
		kept  bool
	}{
		{"Port workers walked out to demand higher wages [1].", true},
		{"Port workers marched out to demand higher wages [1].", false},
		{"Port workers strike at the prison gate to demand higher wages [1].", true}, // "penitentiary"
	} {
		v := checkClaims(splitClaims(c.claim, len(ps)), "What happened?", ps, evidenceOf(ps))
		if got := len(v.Dropped) == 0; got != c.kept {
			t.Errorf("%q: kept %v, want %v (%s)", c.claim, got, c.kept, droppedFor(v))
		}
	}
}

// A hedge in a cited sentence that is not the claim's anchor still binds a
// claim that joins several sentences, when that sentence holds twice
// MinHedged of the claim's terms: "cherries and grapes have already
// started to rot" of "could rot", beside the loading halted; not a hedge
// in a sentence sharing a word or two.
func TestHedgeOutsideTheAnchorOfAJoinedClaim(t *testing.T) {
	const story = "The port operator said the walkout had halted the loading of about 12,000 containers a day, most of them carrying copper, fruit and wine bound for Asia. " +
		"Fruit exporters warned that cherries and grapes could rot on the docks if the stoppage lasted more than a week. " +
		"Officials said the fruit could be sold later."
	for _, c := range []struct {
		claim string
		kept  bool
	}{
		{"The walkout has halted the loading of about 12,000 containers a day, most carrying copper, fruit and wine bound for Asia, and cherries and grapes have already started to rot on the docks [1].", false},
		{"The walkout has halted the loading of about 12,000 containers a day, most carrying copper, fruit and wine bound for Asia, and exporters warned cherries and grapes could rot on the docks [1].", true},
		{"The walkout has halted the loading of about 12,000 containers a day, most carrying copper, fruit and wine bound for Asia [1].", true},
	} {
		v := verdictOn(t, story, c.claim)
		if got := len(v.Dropped) == 0; got != c.kept {
			t.Errorf("%q: kept %v, want %v (%s)", c.claim, got, c.kept, droppedFor(v))
		}
	}
}

// A hedge's window that holds two of a joined claim's words by chance
// ("seemed to set off violence" of "the vote is set for next month; the
// present wave of prison violence falls during the campaign") binds
// nothing when its sentence shares few of the claim's words (fresh6-tune
// f6-070).
func TestHedgeOfAnotherSentenceByChance(t *testing.T) {
	const story = "That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail. " +
		"This latest surge of prison violence comes during campaigning for presidential elections next month."
	const claim = "The holding of the presidential vote is set for next month; the present wave of prison violence falls during the campaign [1]."
	if v := verdictOn(t, story, claim); len(v.Dropped) > 0 {
		t.Errorf("dropped: %s", droppedFor(v))
	}
}

// "About 10 percent" rounds a percent the passage writes with a sign or
// in two words ("9.6%", "9.6 per cent"), not a count beside it.
func TestPercentWrittenOtherwiseInThePassage(t *testing.T) {
	for _, story := range []string{"Prices rose 9.6% in March, officials said.", "Prices rose 9.6 per cent in March, officials said."} {
		if v := verdictOn(t, story, "Prices rose about 10 percent in March [1]."); len(v.Dropped) > 0 {
			t.Errorf("%q: dropped: %s", story, droppedFor(v))
		}
	}
	if v := verdictOn(t, "Prices rose for 9.6 months in a row, officials said.", "Prices rose about 10 percent [1]."); len(v.Dropped) == 0 {
		t.Errorf("a count of months read as a percent")
	}
}
