package text

import (
	"strings"
	"testing"
)

// Review of text.ReadDialect (git diff 8a67e00 HEAD): what the register
// check and the reading decide at their edges. Open, left out of the
// asserted cases: "esmeraldas me kitne guards hostage the?" keeps Hindi's
// past "the" after an English word ("hostage the"); only one after a
// Hindi word goes. same: the message must come
// back exactly as typed; want: the whole reading; has/hasnt: substrings.
func TestReview33ReadDialect(t *testing.T) {
	for _, tt := range []struct {
		q, want    string
		same       bool
		has, hasnt []string
	}{
		// --- plain English that holds words the registers share: unchanged
		// "me" and "is" are English here; no word of any register's own marks it
		{q: "tell me who is in charge of the prison", same: true},
		// "log" is an English noun; one dictionary word alone must not mark Hinglish
		{q: "did the guards keep a log of who escaped?", same: true},
		// "mile" and "log" are both plain English nouns; two dictionary words that Hinglish also spells are no Hinglish
		{q: "was the escaped inmate found a mile from the log cabin?", same: true},
		// debatable: "hai" is also chat's spelling of "hi"; a lone greeting clause is not Hindi "is"
		{q: "hai guys, how many inmates died?", same: true},
		// "aw" is an English exclamation; Scots shares it but it marks nothing
		{q: "aw that's awful, how many died?", same: true},
		// "na" is English chat for "no"; shared words never mark on their own
		{q: "na, I mean how many died in total?", same: true},
		// "whit" not opening a clause is the English noun ("not a whit")
		{q: "not a whit of proof was shown, was it?", same: true},
		// "raw" is English; Taglish's particle "raw" must not mark a message by itself
		{q: "did police release the raw footage?", same: true},
		// "may" is the English modal and "at" the English preposition, both only shared with Taglish
		{q: "may I ask how many guards were hurt at the jail?", same: true},

		// --- names that look like register words, inside English questions
		// a capitalised "Kab" inside a question is a name, not Hindi "when"
		{q: "did Kab say how many died?", same: true},
		// "Sino-" joined by a hyphen is the prefix for China, even first in the message
		{q: "Sino-Ecuadorian trade: who signed it?", same: true},
		// "Ilan" capitalised inside a question is a given name
		{q: "did Ilan Levi report how many died?", same: true},
		// "Hai Phong" is a Vietnamese city, written with capitals
		{q: "how many died in the Hai Phong prison riot?", same: true},
		// "Po" is Italy's river; the capital marks a name, not the Taglish particle
		{q: "did the Po river flood the prison?", same: true},
		// "Ito" is a surname here
		{q: "what did Ito tell reporters?", same: true},
		// "Wis." is the abbreviation of Wisconsin, capitalised, though a clause opens before it
		{q: "was the prison in Portage, Wis. raided too?", same: true},
		// debatable: first word capitalised and followed by a capitalised surname reads as a name, not a phone's capital
		{q: "Ilan Levi said how many died?", same: true},
		// debatable: "Whit Monday" is a holiday; the capital on "Whit" is not only the phone's
		{q: "Whit Monday riots: how many were arrested?", same: true},

		// --- Hinglish
		// kitne=how many, log=people, mare=died: the seed's own example
		{q: "kitne log mare?", want: "how many people died?"},
		// "kis city me" is "in which city"; the postposition must move before its noun
		{q: "ye jail kis city me hai?", has: []string{"in which city", "jail"}, hasnt: []string{"kis", " me ", "hai"}},
		// "X me kya hua" is "what happened in X": clause opened at the question word
		{q: "esmeraldas me kya hua?", want: "what happened in esmeraldas?"},
		// "A ka B kaun hai" is "who is the B of A"
		{q: "ecuador ka president kaun hai?", want: "who is the president of ecuador?"},
		// a phone's capital on the first word does not stop the reading
		{q: "Kitne qaidi bhaag gaye?", want: "how many inmates escaped?"},
		// an opening "kya" on a yes/no question is the question particle, not "what"
		{q: "kya army ne jail pe kabza kiya?", has: []string{"army", "captured", "jail"}, hasnt: []string{"what", "kya", "kiya"}},
		// debatable: "kab hua tha" is "when did it happen"; the auxiliary "tha" should not be left as "happened was"
		{q: "riot kab hua tha?", has: []string{"when", "riot"}, hasnt: []string{"happened was", "tha"}},

		// "X ko Y me kya mila" is "what did X find in Y": a moved postposition phrase must not be swallowed into the next one's noun ("in to police jail")
		{q: "police ko jail me kya mila?", has: []string{"in jail", "what"}, hasnt: []string{"in to police"}},

		// --- Taglish
		// ilan=how many, po dropped, namatay=died, sa=in
		{q: "ilan po namatay sa prison riot?", want: "how many died in prison riot?"},
		// "sino yung" = who is the, ng = of
		{q: "sino yung director ng prisons?", want: "who is the director of prisons?"},
		// debatable: "ano nangyari" ("what happened") is the commonest Taglish news question; "nangyari" is not in the word list
		{q: "ano nangyari sa kulungan?", has: []string{"what", "happened", "prison"}, hasnt: []string{"nangyari"}},
		// "na-retake" is the English verb with a Tagalog prefix; "na" and "ba" are particles
		{q: "na-retake na ba ng army yung prison?", has: []string{"retake", "army", "prison"}, hasnt: []string{"na-", " na ", " ba "}},
		// a phone capital on "Saan" is still Taglish "where"
		{q: "Saan po yung kulungan?", want: "where is the prison?"},

		// --- Scots (Glasgow chat)
		// "deid" is Scots for dead, no English word
		{q: "how many deid?", want: "how many dead?"},
		// a lead word "whit" opening the message marks Scots
		{q: "whit city's it in?", want: "what city's it in?"},
		// "wis" opening, "deid" and "efter" are all Scots
		{q: "wis anyone deid efter the riot?", want: "was anyone dead after the riot?"},
		// "polis" in a Scots message is the police
		{q: "whit did the polis find in the jail?", want: "what did the police find in the jail?"},

		// --- Malaysian English
		// "mati" is Malay "died"
		{q: "how many people mati ah?", has: []string{"how many people died"}},

		// --- Spanish must not be taken for Hinglish or Taglish
		// "ya", "se", "es", "preso" are Spanish; only shared words, nothing to read
		{q: "ya se sabe quien es el preso que mato al guardia?", same: true},
		// "sino" is Spanish "but rather", one of its commonest words, not Taglish "who"
		{q: "no fue un motin sino una masacre?", same: true},
		// "andar" is Spanish "to walk", not Hindi "inside"
		{q: "pueden los presos andar libres por el patio?", same: true},
		// "pala" is Spanish "shovel", not the Taglish particle
		{q: "atacaron a los guardias con una pala?", same: true},
		// "ano" typed without its tilde is Spanish "año"; "en", "que" are Spanish
		{q: "en que ano fue el motin?", same: true},
	} {
		got := ReadDialect(tt.q)
		switch {
		case tt.same && got != tt.q:
			t.Errorf("ReadDialect(%q) = %q, want it unchanged", tt.q, got)
		case tt.want != "" && got != tt.want:
			t.Errorf("ReadDialect(%q) = %q, want %q", tt.q, got, tt.want)
		}
		for _, s := range tt.has {
			if !strings.Contains(got, s) {
				t.Errorf("ReadDialect(%q) = %q, want it to hold %q", tt.q, got, s)
			}
		}
		for _, s := range tt.hasnt {
			if strings.Contains(got+" ", s) {
				t.Errorf("ReadDialect(%q) = %q, want it without %q", tt.q, got, s)
			}
		}
	}
}
