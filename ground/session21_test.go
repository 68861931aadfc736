package ground

import (
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/story"
)

// A day written between a sentence's doer and its verb ("the attorney
// general on Tuesday raised the death toll") is that verb's day: a claim
// moving the raising to the day another event of the passage was on
// ("raised the death toll on Saturday", when the clashes began) is
// dropped; the event's own day, or another clause's day, is not.
func TestDayBeforeItsVerb(t *testing.T) {
	const story = "Clashes between gangs here began on Saturday. " +
		"Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. " +
		"Police on Wednesday said guards were freed after talks that ended on Monday."
	wantDrops(t, verdictOn, story, []dropCase{
		{"The attorney general raised the death toll on Saturday, from 18 to 31 [1].", true},
		{"The attorney general raised the death toll on Saturday, when the clashes began [1].", true},
		{"The attorney general raised the death toll on Tuesday, from 18 to 31 [1].", false},
		{"The clashes between gangs began on Saturday [1].", false},
		// the day after its verb's object is not the raising's
		{"The death toll was raised to 31 after clashes that began on Saturday [1].", false},
		// "after" opens another clause: Monday's event is the talks,
		// Wednesday's the police saying
		{"The talks ended on Monday [1].", false},
		{"Police said on Wednesday that guards were freed [1].", false},
		{"Police said on Monday that guards were freed [1].", true},
	})
}

// A passive's doer set off by an apposition ("raised by Guillermo
// Rodriguez, the general director of the SNAI, on Tuesday") is the name
// before it: the apposition's words (general, director) are not the
// deed's, so the attorney general's raising of the toll is not his.
func TestPassiveDoerBeforeApposition(t *testing.T) {
	const story = "Ecuador's attorney general, Diana Salazar, on Tuesday raised the death toll from 18 to 31. " +
		"Guillermo Rodriguez is the general director of the SNAI, the prison authority."
	wantDrops(t, verdictOn, story, []dropCase{
		{"The death toll was raised by Guillermo Rodriguez, the general director of the SNAI, on Tuesday [1].", true},
		{"The death toll was raised by Guillermo Rodriguez on Tuesday [1].", true},
		{"The death toll was raised by Diana Salazar, the attorney general, on Tuesday [1].", false},
		{"The death toll was raised by Diana Salazar, the attorney general, from 18 to 31 [1].", false},
		{"The death toll was raised by the attorney general on Tuesday [1].", false},
	})
}

// An outcome verb the passages hold only through a WordNet synonym is
// held in that sense only where the synonym's sentence names who did it
// or what it was done to: "Soldiers freed the hostages" is not "Footage
// released by Ecuadorian police" (release: free, in another sense). A
// derivation ("died" of "the death toll") needs no such word.
func TestOutcomeSynonymInItsSense(t *testing.T) {
	const footage = "Footage released by Ecuadorian police showed weapons seized from inside the prison."
	const freed = "The 15 guards held hostage in Esmeraldas were released on Thursday."
	const toll = "The attorney general raised the death toll from 18 to 31."
	for _, c := range []struct {
		story, reply string
		drop         bool
	}{
		{footage, "Soldiers freed the hostages [1].", true},
		{footage, "They freed the hostages held inside the prison [1].", true},
		{footage, "They freed the men from inside the prison [1].", true}, // where is no object
		{footage, "Police released footage of the weapons [1].", false},
		{freed, "The guards were freed on Thursday [1].", false},
		{freed, "The hostages in Esmeraldas were freed [1].", false},
		{freed, "They were freed on Thursday [1].", false}, // no word to tell the sense by
		{toll, "The attorney general said 31 died [1].", false},
	} {
		v := verdictOn(t, c.story, c.reply)
		if got := len(v.Dropped) > 0; got != c.drop {
			t.Errorf("%q of %q: dropped %v (%s), want %v", c.reply, c.story, got, droppedFor(v), c.drop)
		}
	}
}

// A clause after "but" that follows a claim of what the passages don't
// say is a fact of its own when it opens with a quantifier ("several",
// "dozens") as with a determiner, and is checked: "The passages don't
// give an exact figure, but several inmates escaped" where none did.
func TestQuantifiedClauseAfterAbsence(t *testing.T) {
	const story = "Police said several inmates were hurt in the riot. Dozens of guards were moved to other prisons."
	wantDrops(t, verdictOn, story, []dropCase{
		{"The passages don't give an exact figure, but several inmates escaped [1].", true},
		{"The passages don't give an exact figure, but dozens of inmates escaped [1].", true},
		{"The passages don't give an exact figure, but several inmates were hurt [1].", false},
		{"The passages don't give an exact figure, but dozens of guards were moved to other prisons [1].", false},
	})
}

// verdictPerSentence checks reply against storyText cut one sentence to a
// passage: [1] is its first sentence, [2] its second.
func verdictPerSentence(t *testing.T, storyText, reply string) Verdict {
	t.Helper()
	s := story.Parse("s.txt", storyText)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 1, MaxBytes: 1000})
	return checkClaims(splitClaims(reply, len(ps)), "Who is she?", ps, evidenceOf(ps))
}

// "She is a volunteer" after a claim (or a heading) naming Maria Fernanda
// Quiroz makes her one: the passage it cites must name her, else the
// role is the volunteers' it speaks of. A "she" whose passage names her,
// or a deed rather than a role, is read by the other rules.
func TestPronounRoleNeedsTheName(t *testing.T) {
	const story = "Maria Fernanda Quiroz waited outside the prison for news of her son. " +
		"Volunteers from a local church handed out water and blankets to the families. " +
		"Quiroz is a nurse at a hospital in Guayaquil."
	wantDrops(t, verdictPerSentence, story, []dropCase{
		{"Maria Fernanda Quiroz waited for news of her son [1]. She is a volunteer from a local church [2].", true},
		{"**Maria Fernanda Quiroz**\n\n- She is a volunteer from a local church [2]", true},
		{"Maria Fernanda Quiroz waited for news of her son [1]. She is a nurse at a hospital in Guayaquil [3].", false},
		{"**Maria Fernanda Quiroz**\n\n- She is a nurse at a hospital in Guayaquil [3]", false},
		{"Maria Fernanda Quiroz waited for news of her son [1]. She waited outside the prison [1].", false},
	})
	// what "he" went on to say, quoted in a passage that does not name him
	// again, is the speech rules' to read
	const soundbite = "Guillermo Rodriguez, the SNAI director, spoke to reporters. " +
		"\"We worked closely together as this is a national issue.\""
	wantDrops(t, verdictPerSentence, soundbite, []dropCase{
		{"Guillermo Rodriguez spoke to reporters [1]. He said they worked closely together as this is a national issue [2].", false},
		{"Guillermo Rodriguez spoke to reporters [1]. He added that it is a national issue [2].", false},
	})
}

// How a measure turned out ("failed to reduce the violence", "succeeded
// in reducing it", "order was fully restored") is an outcome the passage
// must hold when told as past; a purpose, condition or hope in a base
// form ("will help reduce", "if the talks fail") is not one.
func TestResultVerbsAsOutcomes(t *testing.T) {
	const lasso = "Lasso has regularly declared states of emergency in the prisons as he tries to tackle violence that has surged since 2021."
	const order = "Order was restored at the prison on Friday, officials said. The curfew reduced killings in the city by half. The union warned that a strike would follow if the talks fail."
	for _, c := range []struct {
		story, reply string
		drop         bool
	}{
		{lasso, "These measures have failed to reduce the violence, which has surged since 2021 [1].", true},
		{lasso, "The states of emergency succeeded in reducing violence in the prisons [1].", true},
		{lasso, "Order was fully restored in the prisons [1].", true},
		{lasso, "Lasso has declared states of emergency in the prisons to tackle violence that has surged since 2021 [1].", false},
		{lasso, "Lasso keeps declaring states of emergency in the prisons, hoping they help reduce the violence [1].", false},
		{order, "Officials said order was restored at the prison on Friday [1].", false},
		{order, "The curfew reduced killings in the city by half [1].", false},
		{order, "The union warned of a strike if the talks fail [1].", false},
		{"Negotiators fear the talks will not produce a deal.", "Negotiators fear the talks will fail to reach a deal [1].", false}, // a fear, not a result
	} {
		v := verdictOn(t, c.story, c.reply)
		if got := len(v.Dropped) > 0; got != c.drop {
			t.Errorf("%q: dropped %v (%s), want %v", c.reply, got, droppedFor(v), c.drop)
		}
	}
}

// "He" is the person the question asks about by name ("Who is Guillermo
// Rodriguez?") when no claim before names one, and the name a claim
// opens with for a "he" inside it ("... and he raised the death toll"):
// a title or a deed must be said of him. A deed's sentence tells it of
// him by his title only where two words of the title he was given stand
// together there ("the SNAI director ordered"), not two words apart
// ("Ecuador's attorney general" after "the general director of Ecuador's
// prison authority").
func TestPronounOfTheAskedName(t *testing.T) {
	const text = "Ecuador's attorney general on Tuesday raised the death toll from 18 to 31. " +
		"Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI. " +
		"The SNAI director on Wednesday ordered the transfer of 200 inmates."
	s := story.Parse("s.txt", text)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	for _, c := range []struct {
		asked, reply string
		drop         bool
	}{
		{"who is guillermo rodriguez", "He is the general director of Ecuador's prison authority [1].", false},
		{"Who is Guillermo Rodriguez?", "He is the general director of Ecuador's prison authority [1] and he raised the death toll from 18 to 31 [1].", true},
		{"Who is Guillermo Rodriguez?", "He is the general director of the SNAI [1] and he ordered the transfer of 200 inmates [1].", false},
		{"What happened?", "Guillermo Rodriguez is the general director of Ecuador's prison authority [1], and he raised the death toll from 18 to 31 [1].", true},
		{"What happened?", "Guillermo Rodriguez is the general director of Ecuador's prison authority [1]. He raised the death toll from 18 to 31 [1].", true},
		{"What happened?", "Guillermo Rodriguez is the general director of the SNAI [1]. He ordered the transfer of 200 inmates [1].", false},
		{"What happened?", "The attorney general raised the death toll [1]. He is the attorney general of Ecuador [1].", false},
	} {
		v := checkClaims(splitClaims(c.reply, len(ps)), c.asked, ps, evidenceOf(ps))
		if got := len(v.Dropped) > 0; got != c.drop {
			t.Errorf("%q to %q: dropped %v (%s), want %v", c.reply, c.asked, got, droppedFor(v), c.drop)
		}
	}
}

// A "she" elsewhere in the passage (another mother's words) does not
// tell the volunteers' role of her: only the role's own sentence giving
// it to a "she" does.
func TestPronounRoleOtherSentencesPronoun(t *testing.T) {
	s := story.Parse("s.txt", "Maria Fernanda Quiroz waited outside the prison for news of her son. Her husband stayed home. "+
		"Volunteers from a local church handed out water. A mother said her son was inside.")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 2, MaxBytes: 1000})
	if len(ps) != 2 {
		t.Fatalf("%d passages, want 2", len(ps))
	}
	reply := "Maria Fernanda Quiroz waited outside the prison for news of her son [1]. She is a volunteer from a local church [2]."
	if v := checkClaims(splitClaims(reply, len(ps)), "Who is she?", ps, evidenceOf(ps)); len(v.Dropped) == 0 {
		t.Errorf("%q: kept, want the volunteer claim dropped", reply)
	}
}

// dropCase is a reply and whether a claim of it must be dropped.
type dropCase struct {
	reply string
	drop  bool
}

// wantDrops checks each case's reply against story with verdict.
func wantDrops(t *testing.T, verdict func(*testing.T, string, string) Verdict, story string, cases []dropCase) {
	t.Helper()
	for _, c := range cases {
		v := verdict(t, story, c.reply)
		if got := len(v.Dropped) > 0; got != c.drop {
			t.Errorf("%q: dropped %v (%s), want %v", c.reply, got, droppedFor(v), c.drop)
		}
	}
}

// A day the model was shown for the claim's event in a passage it did not
// cite still gainsays the claim, when that passage is of the same story;
// another story's event of the same words is another event.
func TestDayFromAnUncitedPassage(t *testing.T) {
	a := story.Parse("a.txt", " date 2023-07-26 STORY: Gang violence in Ecuador.\n\nClashes between gangs here began on Saturday.\n\nThe mayor of Manta was shot dead on Sunday, the day clashes between gangs began in the port.\n")
	b := story.Parse("b.txt", " date 2023-07-26 STORY: Football violence in Chile.\n\nClashes between gangs began on Saturday in Santiago.\n")
	pa := passagesWith(&a, story.ChunkOptions{MaxSentences: 1, MaxBytes: 1000})
	pb := passagesWith(&b, story.ChunkOptions{MaxSentences: 1, MaxBytes: 1000})
	for _, c := range []struct {
		name  string
		ps    []cite.Passage
		reply string
		drop  bool
	}{
		{"same story, the day elsewhere", []cite.Passage{pa[1], pa[2]}, "Clashes between gangs began on Sunday [2].", true},
		{"same story, the passage's own day", []cite.Passage{pa[1], pa[2]}, "The mayor of Manta was shot dead on Sunday [2].", false},
		{"same story, the cited day", []cite.Passage{pa[1], pa[2]}, "Clashes between gangs here began on Saturday [1].", false},
		{"another story's day", []cite.Passage{pb[1], pa[2]}, "Clashes between gangs began on Sunday [2].", false},
	} {
		ps := append([]cite.Passage(nil), c.ps...)
		for i := range ps {
			ps[i].N = i + 1
		}
		v := checkClaims(splitClaims(c.reply, len(ps)), "When?", ps, evidenceOf(ps))
		if got := len(v.Dropped) > 0; got != c.drop {
			t.Errorf("%s: %q: dropped %v (%s), want %v", c.name, c.reply, got, droppedFor(v), c.drop)
		}
	}
}

// A name is written as the passages write it whatever the case it was
// asked in, letters beyond ASCII too.
func TestCapitalized(t *testing.T) {
	for in, want := range map[string]string{"guillermo": "Guillermo", "GUILLERMO": "Guillermo", "ángel": "Ángel", "ÁNGEL": "Ángel"} {
		if got := capitalized(in); got != want {
			t.Errorf("capitalized(%q) = %q, want %q", in, got, want)
		}
	}
}

// Words "she said" after a claim naming Marta Vergara are hers: a cited
// sentence holding them that names another person instead ("Chile's
// transport minister, Ricardo Solis, said ...") gives them to him; a
// sentence naming her, or naming no one ("she said"), does not.
func TestPronounSpeechOfAnother(t *testing.T) {
	const text = "Union president Marta Vergara told reporters the strike would go on. " +
		"Chile's transport minister, Ricardo Solis, said on Wednesday that the government would not intervene in a private dispute. " +
		"\"We will not give up until the company listens,\" she said on Wednesday. " +
		"The union said on Wednesday August 2 it would keep the pickets at the gate. " +
		"Ricardo Solis said the port would reopen on Friday. " +
		"The cranes would be back at work by Monday, Ricardo Solis, the transport minister, told reporters."
	wantDrops(t, verdictPerSentence, text, []dropCase{
		{"Marta Vergara told reporters the strike would go on [1]. She said the cranes would be back at work by Monday [6].", true},    // his name before the commas of who he is
		{"Marta Vergara told reporters the strike would go on [1]. She said the union would keep the pickets at the gate [4].", false}, // a day and a month are no name
		{"Marta Vergara told reporters the strike would go on [1]. She said the port would reopen on Friday [5].", true},               // his name opening the sentence
		{"Marta Vergara told reporters the strike would go on [1]. She said the government would not intervene in a private dispute [2].", true},
		{"Marta Vergara told reporters the strike would go on [1]. She also said on Wednesday that the government would not intervene [2].", true},
		{"Ricardo Solis is Chile's transport minister [2]. He said on Wednesday that the government would not intervene in a private dispute [2].", false},
		{"Marta Vergara told reporters the strike would go on [1]. She said they would not give up until the company listens [3].", false},
		{"Marta Vergara told reporters the strike would go on [1]. She said the strike would go on [1].", false},
	})
}
