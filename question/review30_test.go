package question

import "testing"

// review30Story is the story the reading cases are read against: it uses
// none of "poor", "souls", "individuals", "residents".
const review30Story = "Thirty-one inmates died in the riot at the Litoral prison in Guayaquil on Tuesday. " +
	"Guards were held hostage and their families waited outside. A man was shot near the prison. " +
	"A curfew starts at 11 p.m. in Duran. Guillermo Rodriguez is the director of the SNAI, which runs the prisons. " +
	"Poverty is high in the city, where many people live."

// Review 30: edge cases of Read's new steps (StripAfterthoughts first,
// personWord, the "poor" of sympathy). Written by a reviewer from the
// diff; each want is the reading a careful reader gives the message.
// Of 35 cases in this file 23 failed at first, all mended: greetings with
// a comma, a wish, "again", a smiley, a name or "quick question" before
// the question; remarks opening as a yes/no question with a first-person
// word, "how terrible", curly "i’ll", "(i was there)", "thanks!" after it;
// "poor" of sympathy only after a determiner or before "souls" ("how many
// poor residents" counts the poor); a possessive ("the people's") and a
// capitalised name ("Lost Souls") kept; "in charge of" asked with
// "exactly", "then", "are", "will ... be", a clause after, a long subject,
// "mr.", or "in charge of what".
func TestReview30Read(t *testing.T) {
	var rd Reader
	ix := newTermCorpus(review30Story)
	const died = "how many people died in the prison"
	for _, c := range []struct{ name, q, want string }{
		// --- afterthoughts ---
		{"greeting and remark", "hello there bot... " + died + "... my cousin works there", died},
		{"greeting and wish in one thought", "hi bot, hope you're well... " + died, died},
		{"greeting with a comma before bot", "hi there, bot... " + died, died},
		{"exclamation with how after the question", "how many guards were held hostage... how terrible, my uncle is a guard there", "how many guards were held hostage"},
		{"remark opening on was", died + "... was there myself back in 2019", died},
		{"curly i'll", died + "… i’ll check back later", died},
		{"i inside brackets", died + "... (i was there)", died},
		{"remark opening on do", died + "... do let me know", died},
		{"quick question between greeting and question", "hi... quick question... " + died, died},
		{"thanks after the question", died + "... thanks!", died},
		// --- person words ---
		{"souls", "how many souls were lost", "how many people were lost"},
		{"poor souls", "how many poor souls were lost", "how many people were lost"},
		{"individuals", "how many individuals were arrested", "how many people were arrested"},
		{"poor inmates", "were any poor inmates hurt", "were any inmates hurt"},
		{"poor man", "the poor man who was shot, what was his name", "the man who was shot, what was his name"},
		// poverty asked: "poor" says which residents are counted
		{"poor as what is counted", "how many poor residents live in the city", "how many poor residents live in the city"},
		// the possessive stays with the word read for the plural
		{"individuals' possessive", "what happened to the individuals' families", "what happened to the people's families"},
		// sympathy before a possessive person noun
		{"poor guards' possessive", "what happened to the poor guards' families", "what happened to the guards' families"},
		// a capitalised name is no count of people
		{"name holding Souls", "what happened at the Lost Souls bar", "what happened at the Lost Souls bar"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := rd.Read(ix, c.q); got != c.want {
				t.Errorf("Read(%q)\n = %q\nwant %q", c.q, got, c.want)
			}
		})
	}
}

// RoleAsked: "what is X in charge of" asks X's role, however the asker
// pads it; a question asking which things X is in charge of does not.
func TestReview30RoleAsked(t *testing.T) {
	for _, c := range []struct{ name, q, want string }{
		{"exactly after", "what is rodriguez in charge of exactly", "charge"},
		{"exactly before", "what exactly is rodriguez in charge of", "charge"},
		{"comma exactly", "what is rodriguez in charge of, exactly?", "charge"},
		{"so ... then", "so what is rodriguez in charge of then", "charge"},
		{"plural are", "what are rodriguez and vera in charge of", "charge"},
		{"future will be", "what will the new minister be in charge of", "charge"},
		{"past, a clause after", "what was noboa in charge of before he became president", "charge"},
		{"long subject", "what is the new director of the snai in charge of", "charge"},
		{"what last", "rodriguez is in charge of what?", "charge"},
		{"honorific with a dot", "what is mr. rodriguez in charge of", "charge mr"},
		{"honorific without a dot", "what is ms ortega in charge of", "charge ms"},
		{"put in charge", "what was rodriguez put in charge of", "charge"},
		{"whats", "whats he in charge of", "charge"},
		{"three-word subject", "what's the snai director in charge of?", "charge"},
		{"which things asked", "what prisons is rodriguez in charge of", ""},
		{"name of the one in charge asked", "what is the man in charge of the prisons called", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := RoleAsked(c.q); got != c.want {
				t.Errorf("RoleAsked(%q) = %q, want %q", c.q, got, c.want)
			}
		})
	}
}
