package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A speaker's saying moved to another day, in another verb of saying
// ("Solis spoke on Thursday" of "Ricardo Solis, said on Wednesday"), is
// another day; the same day, or another speaker's, is not gainsaid.
func TestDaySaidInAnotherVerb(t *testing.T) {
	const story = "Chile's transport minister, Ricardo Solis, said on Wednesday that the government would not intervene. " +
		"Thousands of dockworkers walked off the job on Thursday."
	wantDrops(t, verdictOn, story, []dropCase{
		{"Ricardo Solis spoke on Thursday, the same day the dockworkers walked off the job [1].", true},
		{"Solis remarked on Thursday that the government would not intervene [1].", true},
		{"Ricardo Solis spoke on Wednesday [1].", false},
		// another deed of Solis's: no saying
		{"Ricardo Solis intervene on Thursday [1].", false},
	})
}

// "The first time" needs a passage saying so; one telling it happened
// before ("has regularly declared") gainsays it.
func TestFirstTimeClaim(t *testing.T) {
	const story = "Lasso has regularly declared states of emergency in the country's prisons. " +
		"The government announced a 60-day state of emergency for the country's prisons."
	wantDrops(t, verdictOn, story, []dropCase{
		{"This appears to be the first time Lasso has declared a state of emergency in the prisons [1].", true},
		{"Lasso has never before declared a state of emergency in the prisons [1].", true},
		{"The government announced a first-ever state of emergency for the prisons [1].", true},
		{"Lasso has regularly declared states of emergency in the prisons [1].", false},
		{"The government announced a 60-day state of emergency for the prisons [1].", false},
	})
	// a passage telling of a first time
	const first = "For the first time, the government announced a state of emergency for the country's prisons."
	wantDrops(t, verdictOn, first, []dropCase{
		{"The government declared a state of emergency for the prisons for the first time [1].", false},
	})
}

// An item that is no plural, added as the one new item closing a list
// the passage gives ("water, bread, blankets and medicine" of "water,
// bread and blankets"), is invented; a list whose other items are not
// the passage's, or whose closing word goes on as a verb ("and even
// attract"), is read by the other rules.
func TestListAddsMassItem(t *testing.T) {
	const story = "Volunteers from a local church handed out water, bread and blankets to about 200 families."
	wantDrops(t, verdictOn, story, []dropCase{
		{"Volunteers from a local church handed out water, bread, blankets and medicine to about 200 families [1: \"Volunteers from a local church handed out water, bread and blankets to about 200 families\"].", true},
		{"Volunteers handed out water, bread, blankets and medicine [1].", true},
		{"Volunteers handed out water, bread, blankets and tea [1].", true},
		{"Volunteers handed out water, bread and blankets to about 200 families [1].", false},
		{"Volunteers from a local church handed out water, bread, and blankets to families [1].", false},
		// a verb closes the claim's sentence, no item
		{"Volunteers from a local church handed out water, bread, blankets and helped about 200 families [1].", false},
		{"Volunteers from a local church handed out water, bread, blankets and even more to about 200 families [1].", false},
		{"Volunteers from a local church handed out water, bread, blankets and so on to about 200 families [1].", false},
		// a list in the claim's own words ("food" for bread, "support"
		// summing up): which word is a new item the rule cannot tell
		{"Volunteers from a local church handed out food, water, blankets and support to about 200 families [1].", false},
	})
}

// A Spanish weekday ("el lunes") is a day as English's "on Monday" is: an
// event moved to another day is gainsaid, in another word of its deed
// ("asesinado" of "shot dead").
func TestSpanishWeekdayMoved(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	s := story.Parse("s.txt", " date 2023-07-26 STORY: Prison.\n\nOn Monday, current President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios, and in the city of Duran, after the mayor of the city of Manta was shot dead on Sunday.\n")
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	for _, tt := range []struct{ claim, want string }{
		{`El alcalde de Manta fue asesinado el lunes [1: "the mayor of the city of Manta was shot dead on Sunday"].`, "day"},
		{`El alcalde de Manta fue asesinado el domingo [1: "the mayor of the city of Manta was shot dead on Sunday"].`, ""},
		{`El lunes, Lasso declaró el estado de excepción en Manabi [1].`, ""},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), "¿Cuándo mataron al alcalde de Manta?", ps, evidenceOf(ps))
		if got := droppedFor(v); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A Spanish weekday is glossed "on" it.
func TestGlossSpanishWeekday(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	for in, want := range map[string]string{
		"fue asesinado el lunes":         "on Monday",
		"las peleas empezaron el sábado": "on Saturday",
		"este miércoles":                 "on Wednesday",
	} {
		g, _ := glossSpanish(in, nil, nil)
		if !strings.Contains(g, want) {
			t.Errorf("glossSpanish(%q) = %q, want %q in it", in, g, want)
		}
	}
}

// "Don't say whether the hostages were released" holds two words of its
// own: a sentence saying so holds them near each other ("the hostages
// were released"); one holding their kin far apart, of other things
// ("Footage released by police showed weapons ... seized"), does not say
// it.
func TestWhetherAbsenceWordsNear(t *testing.T) {
	const far = "Footage released by Ecuadorian police showed automatic weapons and ammunition seized from inside the prison."
	wantDrops(t, verdictOn, far, []dropCase{
		{"The passages don't say whether the hostages were released [1].", false},
	})
	const near = "The guards held hostage in Esmeraldas were released on Monday."
	wantDrops(t, verdictOn, near, []dropCase{
		{"The passages don't say whether the hostages were released [1].", true},
		{"The passages don't say whether the guards were released [1].", true},
	})
}

// A quoted sentence that refers to its speaker by "she" or "he" (in it or
// in the speech tag closing the quotation) is of the person the sentence
// before names: a claim quoting it may give her name. A name only in the
// sentence after, or no pronoun, is no antecedent.
func TestQuoteAntecedentName(t *testing.T) {
	const before = "Maria Fernanda Quiroz said she had not heard from her son since Friday. \"They tell us nothing. We read the lists on the wall,\" she said."
	wantDrops(t, verdictOn, before, []dropCase{
		{"Maria Fernanda Quiroz said they are told nothing [1: \"They tell us nothing\"].", false},
		{"Quiroz said they read the lists on the wall [1: \"We read the lists on the wall\"].", false},
		{"Quiroz said they read the lists on the wall [1].", false},
	})
	const after = "\"They tell us nothing. We read the lists on the wall,\" she said. Maria Fernanda Quiroz waited outside the gate since Friday."
	wantDrops(t, verdictOn, after, []dropCase{
		{"Maria Fernanda Quiroz said they are told nothing [1: \"They tell us nothing\"].", true},
	})
	const other = "Maria Fernanda Quiroz waited outside the gate since Friday. \"They tell us nothing. We read the lists on the wall,\" a guard said."
	wantDrops(t, verdictOn, other, []dropCase{
		{"Maria Fernanda Quiroz said they are told nothing [1: \"They tell us nothing\"].", true},
		{"Quiroz said they read the lists on the wall [1].", true},
	})
	// the "he" of the sentence after, outside any quotation, is another's
	const next = "The port operator said the walkout halted the loading of containers. Two workers were killed in separate accidents at the port in March, according to the union. Chile's transport minister, Ricardo Solis, said the government would not intervene in what he called a private dispute."
	wantDrops(t, verdictOn, next, []dropCase{
		{"The port operator said two workers were killed in separate accidents at the port in March [1: \"Two workers were killed in separate accidents at the port in March\"].", true},
	})
	// "she" after a sentence naming no one: of whom, the words can't tell
	const between = "Maria Fernanda Quiroz waited outside the gate since Friday. A relative spoke to reporters. \"They tell us nothing,\" she said."
	wantDrops(t, verdictOn, between, []dropCase{
		{"Maria Fernanda Quiroz said they are told nothing [1: \"They tell us nothing\"].", true},
	})
}

// What only a soundbite holds (a quoted sentence in its speaker's voice:
// "our police") stated as fact drops whose words they are; a claim saying
// who says so, quoting the words as words, or backed by a sentence
// outside the quotation keeps it. A quotation mark opening a sentence
// with no speaker's voice ("Sheerin played for ..."), or a stray mark
// far back, is no soundbite.
func TestQuotedAsFact(t *testing.T) {
	const soundbite = "Guillermo Rodriguez is the general director of the SNAI.\n\n" +
		"\"This operation has been decisive, complied with human rights, and shown how efficient and prepared our police and armed forces are. We have been working closely together.\"\n"
	wantDrops(t, verdictOn, soundbite, []dropCase{
		{"The operation complied with human rights [1].", true},
		{"Yes, the operation was decisive and complied with human rights [1].", true},
		{"The police and armed forces have been working closely together [1].", true},
		{"Rodriguez said the operation complied with human rights [1].", false},
		{"According to Rodriguez, the operation complied with human rights [1].", false},
		{"The SNAI director says the operation complied with human rights [1].", false},
		{"Rodriguez put it this way: the operation complied with human rights [1].", false},
		{"The operation \"complied with human rights\" [1].", false},
		// a word quoted, the rest stated as fact
		{"The operation was \"decisive\" and complied with human rights [1].", true},
	})
	const both = "\"This operation complied with human rights, our forces say.\"\n\nInspectors found the operation complied with human rights.\n"
	wantDrops(t, verdictOn, both, []dropCase{
		{"The operation complied with human rights [1].", false},
	})
	const noVoice = "Aberdeen chief executive Duncan Fraser spoke on the club's website.\n\n\"Sheerin played for several Scottish clubs and also featured for Ostersunds in Sweden.\n"
	wantDrops(t, verdictOn, noVoice, []dropCase{
		{"Sheerin played for several Scottish clubs and for Ostersunds in Sweden [1].", false},
	})
	far := "\"The club thanked its fans. The season ended" + strings.Repeat(" with a draw at home against the league leaders", 10) + ". Our players retook the top spot in the table.\n"
	wantDrops(t, verdictOn, far, []dropCase{
		{"The players retook the top spot in the table [1].", false},
	})
}

// The context of a claim may say whose words it gives: a lead with a
// colon over a list, or a question asking what someone said. A lead
// without a colon, or a question asking what happened, does not.
func TestQuotedAsFactContext(t *testing.T) {
	const soundbite = "Guillermo Rodriguez is the general director of the SNAI.\n\n" +
		"\"This operation has been decisive, complied with human rights, and shown how efficient and prepared our police and armed forces are.\"\n"
	s := story.Parse("s.txt", soundbite)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	for _, tt := range []struct {
		asked, reply string
		drop         bool
	}{
		{"What happened?", "Rodriguez made these points [1]:\n\n- The operation was decisive and complied with human rights [1].", false},
		{"What did the prison director say?", "The operation was decisive and complied with human rights [1].", false},
		{"What happened?", "The operation was decisive and complied with human rights [1].", true},
		{"What happened?", "Rodriguez made these points [1].\n\nThe operation was decisive and complied with human rights [1].", true},
		{"What happened?", "The director stressed that the operation complied with human rights [1].", false},
		// the list ends where a paragraph of its own begins
		{"What happened?", "Rodriguez made these points [1]:\n\n- The operation was decisive [1].\n\nThe operation complied with human rights [1].", true},
	} {
		v := checkClaims(splitClaims(tt.reply, len(ps)), tt.asked, ps, evidenceOf(ps))
		if got := strings.Contains(droppedFor(v), "quotes someone saying it"); got != tt.drop {
			t.Errorf("%q asked %q: dropped as a soundbite %v (%q), want %v", tt.reply, tt.asked, got, droppedFor(v), tt.drop)
		}
	}
}

// A denial answers "whether" ("have not been released"); a denial left
// open by a word of chance ("may not be released") does not. A pronoun
// inside a quotation is no speech tag: "He promised ...," a guard's wife
// said is hers, not his.
func TestWhetherDenied(t *testing.T) {
	const zapata = "Interior Minister Juan Zapata visited the prison on Monday. \"He promised the families new lawyers and better food,\" a guard's wife said. \"We will see,\" he said."
	st := story.Parse("s.txt", zapata)
	ev := evidenceOf(passagesWith(&st, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000}))
	e := &ev[0]
	if len(e.sents) < 3 {
		t.Fatalf("%d sentences, want 3", len(e.sents))
	}
	// the quotation's "He" is the one it speaks of, not its speaker; the
	// deed's "he" may be Zapata's
	if referredBy("zapata", e, e.sents[1].start, true) {
		t.Errorf("a guard's wife's quotation read as Zapata's words")
	}
	if !referredBy("zapata", e, e.sents[1].start, false) {
		t.Errorf("the quotation's \"He\" not read as Zapata")
	}
	wantDrops(t, verdictOn, "The hostages have not been released, officials said on Monday.", []dropCase{
		{"The passages don't say whether the hostages were released [1].", true},
	})
	wantDrops(t, verdictOn, "Officials said on Monday that the hostages may not be released this week.", []dropCase{
		{"The passages don't say whether the hostages were released [1].", false},
	})
}

// A passage that opens on a quotation is spoken by the speaker line just
// before it, which another passage of the story holds ("UNION PRESIDENT,
// MARTA VERGARA, SAYING:" ending the passage before): a claim giving the
// quotation to her keeps its citation. A line that names her without
// introducing the quotation, or another speaker, does not.
func TestSpeakerLineBeforePassage(t *testing.T) {
	check := func(t *testing.T, st, reply string) string {
		t.Helper()
		s := story.Parse("s.txt", " date 2023-08-03 STORY: Dockworkers strike in Chile\n\n"+st)
		ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 2, MaxBytes: 1000})
		if len(ps) != 4 || !strings.Contains(ps[2].Text, "\"We are not asking") {
			t.Fatalf("passages %v, want the quotation in the third of four", ps)
		}
		return droppedFor(checkClaims(splitClaims(reply, len(ps)), "What did the union say?", ps, evidenceOf(ps)))
	}
	const tail = "\"We are not asking for luxuries. We are asking to go home alive after a night shift.\"\n\nThe port operator said loading had halted at the port.\n"
	const soundbite = "The strike began on Thursday at the port.\n\nUnion president Marta Vergara told reporters outside the gate that members voted to strike.\n\n(SOUNDBITE) UNION PRESIDENT, MARTA VERGARA, SAYING:\n\n" + tail
	for _, tt := range []struct {
		st, reply string
		drop      bool
	}{
		{soundbite, `Union president Marta Vergara said they are asking to go home alive after a night shift [3: "We are asking to go home alive after a night shift"].`, false},
		{soundbite, `Vergara: "We are not asking for luxuries" [3].`, false},
		{soundbite, `The port operator said they are asking to go home alive after a night shift [3: "We are asking to go home alive after a night shift"].`, true},
		{soundbite, `Marta Vergara said: "We are not asking for luxuries" [3].`, false},
		// the line before names her but introduces no quotation
		{"The strike began on Thursday at the port.\n\nThe crowd outside the gate was large and angry.\n\nUnion president Marta Vergara walked to the gate on Thursday morning.\n\n" + tail, `Marta Vergara said they are asking to go home alive after a night shift [3: "We are asking to go home alive after a night shift"].`, true},
		// a sentence of the reporter's opens the passage: the line before
		// introduces no quotation of this passage
		{"The strike began on Thursday at the port.\n\nUnion members came early.\n\n(SOUNDBITE) UNION PRESIDENT, MARTA VERGARA, SAYING:\n\nWorkers gathered at the gate. " + tail, `Marta Vergara said they are not asking for luxuries [3: "We are not asking for luxuries"].`, true},
	} {
		if got := check(t, tt.st, tt.reply); (got != "") != tt.drop {
			t.Errorf("%q: dropped for %q, want dropped %v", tt.reply, got, tt.drop)
		}
	}
}

// speakerBefore itself: a passage opening on a quotation is spoken by the
// line just before it; one opening on the reporter's sentence is not.
func TestSpeakerBeforeOpensQuotation(t *testing.T) {
	const tail = "\"We are not asking for luxuries. We are asking to go home alive after a night shift.\"\n\nThe port operator said loading had halted at the port.\n"
	for _, tt := range []struct {
		st   string
		want bool
	}{
		{"The strike began on Thursday at the port.\n\nUnion members came early.\n\n(SOUNDBITE) UNION PRESIDENT, MARTA VERGARA, SAYING:\n\n" + tail, true},
		{"The strike began on Thursday at the port.\n\nUnion members came early.\n\n(SOUNDBITE) UNION PRESIDENT, MARTA VERGARA, SAYING:\n\nWorkers gathered at the gate. " + tail, false},
	} {
		s := story.Parse("s.txt", " date 2023-08-03 STORY: Dockworkers strike in Chile\n\n"+tt.st)
		ev := evidenceOf(passagesWith(&s, story.ChunkOptions{MaxSentences: 2, MaxBytes: 1000}))
		if len(ev) < 3 {
			t.Fatalf("%d passages, want 3 at least", len(ev))
		}
		e := &ev[2]
		at := -1
		for _, sn := range e.sents {
			if strings.Contains(e.raw[sn.start:sn.end], "not asking for luxuries") {
				at = sn.start
			}
		}
		if at < 0 {
			t.Fatalf("the third passage %q lacks the quotation", e.raw)
		}
		if got := speakerBefore("vergara", e, at); got != tt.want {
			t.Errorf("speakerBefore(vergara) in %q = %v, want %v", e.raw, got, tt.want)
		}
	}
}
