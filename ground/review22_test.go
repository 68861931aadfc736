package ground

// Cases of the twenty-second session's independent review (62 cases, written
// from the diff alone, asserting the right decision). Its 13 regressions
// were mended: a figure "for" a thing says what is counted ("what is the
// exact figure for the soldiers"); a four-digit count that is no year
// ("1000 soldiers"); people are no thing with a town ("soldiers are in
// which city"), nor is "that one"; "how long has it been going on" only of
// a doing or a state of things ("been president", "been in place" want a
// length), and a start may be "began on Saturday"; a thing is no doer of
// entering ("how did the weapons go inside"); "raised by thirteen" names
// no doer; "my question is who said" is no source. Left open, pruned here:
// chat spellings of "what's the latest figure", "at 3 pm 20 inmates", an
// event as the thing of a place ("the riot was in which city"), an
// adjective's state ("been calm"), a relative clause before "or nah", a
// count the story gives of another harm ("60 killed in the molotov
// attack": refused, it was hedged), "200 soldiers died" read as soldiers,
// "get into trouble", and three claims of who did a passive deed.

import "testing"

// review22Story is the seed story's toll, emergency and Esmeraldas
// sentences in one passage.
const review22Story = " date 2023-07-26 STORY: Footage released by Ecuadorian police showed automatic weapons and ammunition seized from inside the prison. " +
	"Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31. " +
	"The operation came after the government announced a 60-day state of emergency for the country’s prisons. " +
	"That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail. " +
	"The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there. " +
	"On Monday, current President Guillermo Lasso also declared a state of emergency in the provinces of Manabi and Los Rios after the mayor of the city of Manta was shot dead on Sunday.\n"

// review22Entry is the seed story's opening: the soldiers, "they gained
// access", the footage.
const review22Entry = " date 2023-07-26 STORY: This is the moment that thousands of heavily armed soldiers and police officers try to retake a rioting prison in Ecuador.\n\n" +
	"Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil.\n\n" +
	"Footage released by Ecuadorian police showed automatic weapons and ammunition seized from inside the prison - one of the most dangerous in Ecuador.\n\nClashes between gangs here began on Saturday.\n"

// Review 22, rule 9: a passive claim's subject may run up to 8 more words
// before its verb.
func TestReview22LongPassiveSubject(t *testing.T) {
	wantDrops(t, verdictOn, review22Story, []dropCase{
		// holds: the attorney general raised the toll, not the government
		{"The death toll from the violence in the prisons was raised by the government [1].", true},
		// holds: the government announced the 60-day emergency, not the attorney general
		{"The 60-day state of emergency for the country's prisons was announced by the attorney general [1].", true},
		// holds: Lasso declared the emergency in Manabi and Los Rios
		{"The state of emergency in the provinces of Manabi and Los Rios was declared by President Lasso [1].", false},
		// holds: the country's attorney general raised the toll
		{"The death toll from the violence in Ecuador's prisons was raised by the country's attorney general [1].", false},
		// edge: "by thirteen" is how much it rose (18 to 31), not who raised it; faithful (kept before the rule)
		{"The death toll from the violence was raised by thirteen, from 18 to 31 [1].", false},
	})
	wantDrops(t, verdictOn, review22Entry, []dropCase{
		// holds: the police released the footage, not the gangs
		{"The footage of automatic weapons and ammunition seized from inside the prison was released by the gangs [1].", true},
		// holds: the police released it
		{"The footage of automatic weapons and ammunition seized from inside the prison was released by the police [1].", false},
	})
}
