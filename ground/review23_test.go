package ground

import (
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// Review 23: an independent review wrote 52 cases from the diff of the
// twenty-third session's claim-check changes alone, each decided from
// the meaning of the text before the checker ran. 15 failed: mended were
// a schedule the passage makes ("scheduled to begin" for "expected to
// begin"), "officials" for any official quoted, a spokesperson for the
// passage's spokeswoman, a place name or a clause before a comma taken
// for the doer, a lower-case title taken for a name, a person noun the
// passage sets beside the agent's name ("Guillermo Lasso, Ecuador's
// president" and "The president signed"), and "he" naming another. The
// 9 left open are not here: a cause one word more general than the
// passage's ("the weather" of fog), "due to" sharing one word ("a
// shortage of workers" of parts), "lack of" read as a denial, a compound
// count ("two dockworkers"), "due to reopen" read as a cause, "rescue
// workers" for rescuers, a speaker's other words ("the head of the city
// council", "a spokeswoman for the port operator"), and a new director
// known only by inference.

// review23Case is one claim checked against a story, asked a question
// ("" asks "What happened?"), with the reason for the expected outcome.
type review23Case struct {
	asked, reply string
	drop         bool
	why          string
}

// review23Check runs each case against st, kept in one passage ([1]).
func review23Check(t *testing.T, st string, cases []review23Case) {
	t.Helper()
	s := story.Parse("s.txt", st)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 12, MaxBytes: 4000})
	if len(ps) != 1 {
		t.Fatalf("story cut into %d passages, want 1", len(ps))
	}
	for _, c := range cases {
		asked := c.asked
		if asked == "" {
			asked = "What happened?"
		}
		v := checkClaims(splitClaims(c.reply, len(ps)), asked, ps, evidenceOf(ps))
		if got := len(v.Dropped) > 0; got != c.drop {
			t.Errorf("%q (asked %q): dropped %v (%s), want %v: %s", c.reply, asked, got, droppedFor(v), c.drop, c.why)
		}
	}
}

// (1) Causes after "because", "due to", "owing to".
func TestReview23Cause(t *testing.T) {
	const st = " date 2023-08-03 STORY: Closures.\n\n" +
		"Heavy fog forced the airport to cancel all flights on Sunday. " +
		"The factory in Quito closed owing to a shortage of parts. " +
		"Two workers died in accidents at the docks, and the union called a strike. " +
		"An outbreak of influenza led officials to shut the school for a week. " +
		"Prices rose sharply as fuel costs climbed. " +
		"The airport will reopen on Tuesday.\n"
	const flights = "Why were the flights cancelled?"
	const factory = "Why did the factory close?"
	const school = "Why was the school shut?"
	const strike = "Why did the union call a strike?"
	review23Check(t, st, []review23Case{
		{flights, "Flights were cancelled on Sunday because of fog [1].", false, "one-word cause the passage gives (fog forced the cancellation)"},
		{flights, "Flights were cancelled on Sunday because of snow [1].", true, "snow is nowhere in the passage"},
		{flights, "Flights were cancelled on Sunday because of a strike [1].", true, "the strike was the dockworkers'; the flights were cancelled for fog"},
		{factory, "The factory in Quito closed due to a parts shortage [1].", false, "the passage's cause reworded"},
		{factory, "The factory in Quito closed owing to falling demand [1].", true, "demand is nowhere in the passage"},
		{school, "The school was shut for a week because of flu [1].", false, "flu is influenza"},
		{school, "The school was shut for a week because of an outbreak of measles [1].", true, "the outbreak was of influenza"},
		{strike, "The union called a strike due to the deaths of two workers [1].", false, "the deaths are the passage's 'two workers died'"},
		{strike, "The union called a strike due to low pay [1].", true, "pay is nowhere in the passage"},
		{"Why did prices rise?", "Prices rose sharply because of higher fuel costs [1].", false, "fuel costs climbed: higher fuel costs"},
	})
}

// (2) forecastRule: "expected to", "likely to", "poised to".
func TestReview23Forecast(t *testing.T) {
	const st = " date 2023-08-03 STORY: Outlook.\n\n" +
		"Officials expect the river to burst its banks by Friday. " +
		"The company plans to open two new plants next year. " +
		"The trial is scheduled to begin on June 3. " +
		"The bank, which will open a branch in Quito next year, said its profits fell by 10 percent. " +
		"The minister resigned on Monday. " +
		"Officials said the death toll was not expected to rise.\n"
	review23Check(t, st, []review23Case{
		{"", "The river is expected to overflow by Friday [1].", false, "officials expect it to burst its banks by Friday: overflow"},
		{"", "The river is likely to burst its banks by Friday, officials say [1].", false, "officials expect it"},
		{"", "The company is expected to open two new plants next year [1].", false, "the company plans to: a forecast the passage makes"},
		{"", "The trial is expected to begin on June 3 [1].", false, "scheduled to begin on June 3 looks ahead to it"},
		{"", "The bank is poised to open a branch in Quito next year [1].", false, "the bank will open a branch in Quito next year"},
		{"", "The bank's profits are expected to fall [1].", true, "the profits fell in the past; 'will' in the sentence is about the branch, nothing foresees a fall"},
		{"", "The minister is expected to resign [1].", true, "he already resigned; no passage foresees it"},
		{"", "The death toll is expected to rise [1].", true, "officials said it was NOT expected to rise"},
	})
}

// (3) Speaker: article + up to five words, noted/explained/claimed, and
// ", according to X" at the end.
func TestReview23Speaker(t *testing.T) {
	const st = " date 2023-08-03 STORY: Port.\n\n" +
		"The port operator said the walkout had halted the loading of about 12,000 containers a day. " +
		"Two workers were killed in accidents at the port in March, according to the union. " +
		"Interior Minister Juan Zapata said 200 police officers had been sent to the prison. " +
		"A spokeswoman for the city council explained that buses would run until midnight. " +
		"Rescuers said three people were still missing.\n"
	review23Check(t, st, []review23Case{
		{"", "The interior minister noted that 200 police officers had been sent to the prison [1].", false, "Zapata is the interior minister and said it"},
		{"", "Zapata explained that 200 police officers had been deployed to the prison [1].", false, "Zapata said it; deployed = sent"},
		{"", "The port operator noted that 200 police officers had been sent to the prison [1].", true, "the minister said it, not the port operator"},
		{"", "200 police officers were sent to the prison, according to the interior minister [1].", false, "the minister's words"},
		{"", "200 police officers were sent to the prison, according to officials [1].", false, "an interior minister is a government official"},
		{"", "200 police officers were sent to the prison, according to the union [1].", true, "the union said nothing of it"},
		{"", "Three people were still missing, according to the report [1].", false, "the report is the story itself, which says so (quoting rescuers)"},
		{"", "The walkout halted the loading of about 12,000 containers a day, according to the port operator [1].", false, "the port operator said it"},
		{"", "A city council spokesperson explained that buses would run until midnight [1].", false, "spokesperson = spokeswoman for the city council"},
	})
}

// (4) inventedListItem: an item the question asks about is not exempt.
func TestReview23AskedListItem(t *testing.T) {
	const st = " date 2023-08-03 STORY: Raid.\n\n" +
		"Police seized rifles, pistols and grenades at the prison. " +
		"Officers also found mobile phones and cash in the cells.\n"
	const q = "Were drugs or explosives found at the prison?"
	review23Check(t, st, []review23Case{
		{q, "Police seized rifles, pistols and drugs at the prison [1].", true, "drugs were not seized; grenades were"},
		{q, "Officers found mobile phones, cash and drugs in the cells [1].", true, "no drugs are listed"},
		{q, "Yes, police seized rifles, pistols and grenades at the prison [1].", false, "grenades are explosives: the passage's list in full"},
		{q, "Police seized rifles, pistols and explosive devices at the prison [1].", false, "grenades are explosive devices"},
		{q, "Officers found phones and money in the cells, but the passage does not mention drugs [1].", false, "cash is money; the absence of drugs is faithful"},
		{"Were drugs found?", "No drugs are mentioned; police seized rifles, pistols and grenades, and officers found phones and cash [1].", false, "the lists in full and a faithful absence"},
		{"Were weapons found?", "Police seized weapons, including rifles, pistols and grenades [1].", false, "rifles, pistols and grenades are weapons"},
	})
}

// (5) unsaidAgent: a passive deed given by name where the deed's sentence
// has another person do it.
func TestReview23PassiveAgent(t *testing.T) {
	const st = " date 2023-08-03 STORY: Prisons.\n\n" +
		"Interior Minister Juan Zapata arrived in Guayaquil on Monday. " +
		"After touring the Litoral prison in Guayaquil, he ordered the transfer of 200 inmates. " +
		"The curfew was lifted on Wednesday by the mayor, Cynthia Viteri. " +
		"Guillermo Lasso, Ecuador's president, spoke in Quito on Thursday. " +
		"The president signed the emergency decree on Thursday evening.\n"
	review23Check(t, st, []review23Case{
		{"", "The transfer of 200 inmates was ordered by Juan Zapata [1].", false, "'he' who ordered it is Zapata; Guayaquil (a place) is no doer"},
		{"", "The transfer of 200 inmates was ordered by the interior minister after he toured the prison [1].", false, "Zapata, the interior minister, ordered it"},
		{"", "The transfer of 200 inmates was ordered by Cynthia Viteri [1].", true, "Zapata ordered it; Viteri lifted the curfew"},
		{"", "The curfew was lifted on Wednesday by Cynthia Viteri, the mayor [1].", false, "the passage's own passive and apposition"},
		{"", "The emergency decree was signed on Thursday by Guillermo Lasso [1].", false, "the president who signed it is Lasso, named as Ecuador's president the sentence before"},
		{"", "The emergency decree was signed on Thursday by Cynthia Viteri [1].", true, "the president signed it, not the mayor"},
	})
	const st2 = " date 2023-08-03 STORY: Prisons.\n\n" +
		"The interior minister ordered the transfer of 200 inmates on Monday. " +
		"Maria Lopez, the deputy minister of justice, visited the prison on Tuesday. " +
		"Ana Ruiz took over the prison agency in May. " +
		"The agency's new director suspended all visits on Friday.\n"
	review23Check(t, st2, []review23Case{
		{"", "The transfer of 200 inmates was ordered by Maria Lopez, the deputy minister of justice, on Monday [1].", true, "the interior minister ordered it; a deputy justice minister is another person"},
		{"", "The transfer of 200 inmates was ordered on Monday by the interior minister [1].", false, "the passage's doer"},
		{"", "All visits were suspended on Friday by Maria Lopez [1].", true, "the agency's director suspended them, not the deputy justice minister"},
	})
}
