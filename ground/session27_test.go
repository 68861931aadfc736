package ground

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/text"
)

// A day stays with its deed when the claim gives the deed's figure
// between them ("raised the toll to 31 on Monday") and the passage sets
// the day before a deed it writes with one more word ("on Tuesday raised
// the death toll from 18 to 31"): the claim's figure is no part of the
// event, and "death" before "toll" keeps the passage's raising the same
// one. A day of another deed before it ("arrested on Monday and on
// Tuesday charged") is still another's (review 21's D22).
func TestDayOfDeedWithFigure(t *testing.T) {
	const toll = "Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31. On Monday, President Guillermo Lasso declared a state of emergency in the provinces of Manabi and Los Rios."
	runEdgeCases(t, []edgeCase{
		{"raised to 31 on Monday", toll, "Ecuador's attorney general raised the toll to 31 on Monday [1].", "day:"},                                                                // the passage raises it on Tuesday; Monday is Lasso's
		{"raised to 31 on Monday beside Lasso's day", toll, "The attorney general raised the toll to 31 on Monday, the same day Lasso declared a state of emergency [1].", "day:"}, // the same move, told beside the other event
		{"raised to 31 on Tuesday", toll, "The attorney general raised the toll to 31 on Tuesday [1].", ""},                                                                        // the passage's own day
		{"raised the death toll on Tuesday", toll, "The attorney general raised the death toll on Tuesday [1].", ""},                                                               // the passage's own day and words
		{"Lasso's day kept", toll, "Lasso declared a state of emergency on Monday [1].", ""},                                                                                       // Monday is Lasso's
		{"another verb before the figure", "Police on Monday charged 12 men they had arrested on Sunday.", "Police arrested 12 men on Monday [1].", "day:"},                        // the Monday is the charging's (review 27)
	})
}

// A claim opening on the passages' own report dated by a time ("a story
// the next day says ...") names no speaker for the quotation it gives;
// a report with a person after it ("a story the mayor says") still does.
func TestDocumentDatedNoSpeaker(t *testing.T) {
	for _, c := range []struct{ claim, want string }{
		{"A story the next day says relatives gathered outside the prison", ""},
		{"A report that week says relatives gathered outside the prison", ""},
		{"The article a day later says relatives gathered outside the prison", ""},
		{"A story the mayor says relatives gathered outside the prison", "mayor"},
		{"The next mayor says relatives gathered outside the prison", "mayor"},
	} {
		if got := speakerHead(c.claim); got != c.want {
			t.Errorf("speakerHead(%q) = %q, want %q", c.claim, got, c.want)
		}
	}
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"the", "next", "day"}, true},
		{[]string{"two", "weeks", "later"}, true},
		{[]string{"the", "following", "morning"}, true},
		{[]string{"two", "guards", "later"}, false},
		{[]string{"that", "monday"}, true},
		{[]string{"the", "mayor", "that", "day"}, false},
		{[]string{"the", "next"}, false},
	} {
		if got := timeOnly(c.words); got != c.want {
			t.Errorf("timeOnly(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}

// A hedge the claim adds to what the passage states flat is read by the
// lemma of its verb: "may have begun on Saturday" supposes "began on
// Saturday". A passage that hedges it too, or a claim of another verb,
// is no such supposition.
func TestAddedHedgeByLemma(t *testing.T) {
	const flat = "Clashes between gangs here began on Saturday. The army retook the prison on Tuesday."
	runEdgeCases(t, []edgeCase{
		{"may have begun, stated began", flat, "The gang clashes may have begun on Saturday [1].", "modality"},
		{"might have retaken, stated retook", flat, "The army might have retaken the prison on Tuesday [1].", "modality"},
		{"began, stated began", flat, "The gang clashes began on Saturday [1].", ""},
		{"may have begun, hedged began", "Clashes between gangs here may have begun on Saturday, officials said.", "The gang clashes may have begun on Saturday [1].", ""},
	})
}

// A claim whose only content word before "since <day>" is its verb ("She
// hasn't heard from him since Saturday") is read where a sentence holds
// that verb with the same "since" before another day.
func TestSinceDayOfOneVerb(t *testing.T) {
	const heard = "Maria Quiroz said she had not heard from her son, who is serving a sentence for robbery, since Friday. Clashes between gangs began on Saturday."
	runEdgeCases(t, []edgeCase{
		{"since Saturday, heard since Friday", heard, "She hasn't heard from him since Saturday [1].", "day:"},
		{"since Friday, heard since Friday", heard, "She hasn't heard from him since Friday [1].", ""},
	})
	words := func(s string) []sentWords { return []sentWords{text.Words(s)} }
	for _, c := range []struct {
		claim, passage, want string
	}{
		{"she has not heard from him since saturday", "she had not heard from her son since friday", "day:"},
		{"she has not heard from him since saturday", "she had not heard from her son until friday", ""},   // another preposition
		{"it has been calm since saturday", "the town has been calm since friday", ""},                     // no verb
		{"she has not heard from him since saturday", "she had not heard from her son since the riot", ""}, // no day after its "since"
		{"she has not heard from him since saturday", "she had not heard from her son since friday, or since saturday", ""},
	} {
		claim := text.Words(c.claim)
		i := slices.Index(claim, "since")
		got := sinceVerbDay(claim, i, termsBefore(claim, i, 3)[0], words(c.passage))
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("sinceVerbDay(%q) against %q = %q, want %q", c.claim, c.passage, got, c.want)
		}
	}
}

// "Among the most dangerous" says "one of the most dangerous"; "the most
// dangerous" alone, or "among" away from the superlative, still widens it.
func TestAmongTheMost(t *testing.T) {
	const p = "Weapons were seized from inside the prison - one of the most dangerous in Ecuador."
	runEdgeCases(t, []edgeCase{
		{"among the most", p, "It is described as among the most dangerous prisons in Ecuador [1].", ""},
		{"the most", p, "It is described as the most dangerous prison in Ecuador [1].", "quantifier"},
		{"among weapons, the most", p, "Among the weapons seized, it is the most dangerous prison in Ecuador [1].", "quantifier"},
	})
}

// Two figures a passage gives as one count's old and new value ("from 18
// to 31") add up to nothing: "49 people have died in total" is no sum of
// them. Parts of a whole still add up ("15 guards and 2 staffers", 17 in
// total), and the change itself is a difference ("rose by 13").
func TestNoSumOfAChange(t *testing.T) {
	const p = "The attorney general raised the death toll from 18 to 31. Gangs held 15 guards and 2 other staffers hostage."
	runEdgeCases(t, []edgeCase{
		{"sum of a revision", p, "The toll was raised from 18 to 31, so 49 people have died in total [1].", `number "49"`},
		{"sum of parts", p, "Gangs held 17 people hostage in total, 15 guards and 2 staffers [1].", ""},
		{"difference of a revision", p, "The toll rose by 13, from 18 to 31 [1].", ""},
	})
}

// A claim answering "who <did it>" gives the question's deed to whom it
// names; evidence that names them but does not tell the deed (the quote of
// the next sentence) leaves the deed the question's alone. A deed the
// evidence tells, by its lemma or a synonym, or a verb of saying, passes.
func TestDeedOfAskedUntold(t *testing.T) {
	const p = "Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n\nGuillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI. Guillermo Rodriguez on Tuesday confiscated the weapons."
	for _, c := range []struct{ asked, claim, want string }{
		{"Who raised the death toll to 31?", "The toll was raised to 31 by Guillermo Rodriguez [1: \"Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI\"].", "who:"},
		{"Who raised the death toll to 31?", "The toll was raised to 31 by the attorney general [1: \"Ecuador’s attorney general on Tuesday raised the death toll\"].", ""},
		{"Who raised the death toll to 31?", "Guillermo Rodriguez is the general director of the SNAI [1: \"Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI\"].", ""},
		{"Who reported the new toll?", "It was reported by Guillermo Rodriguez [1: \"Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI\"].", "!the question's deed"},
		{"Who seized the weapons?", "The weapons were seized by Guillermo Rodriguez [1: \"Guillermo Rodriguez on Tuesday confiscated the weapons\"].", ""},
	} {
		got := edgeReason(t, p, c.asked, c.claim)
		switch {
		case strings.HasPrefix(c.want, "!"):
			if strings.Contains(got, c.want[1:]) {
				t.Errorf("%q: reason %q, want none with %q", c.claim, got, c.want[1:])
			}
		case (c.want == "") != (got == "") || !strings.Contains(got, c.want):
			t.Errorf("%q: reason %q, want %q", c.claim, got, c.want)
		}
	}
}

// A description set beside a name that opens on a common noun's
// possessive ("Guayaquil, the country's main port") is read by what it
// says of the possessor: "the country" points back at a place the passages
// name, so it is no word they hold; "main port" must be theirs.
func TestPossessorApposition(t *testing.T) {
	const p = "They gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil. Guayaquil is Ecuador's largest city. Violence has surged in the country's prisons."
	runEdgeCases(t, []edgeCase{
		{"the country's main port", p, "They entered three cellblocks of the prison in Guayaquil, the country's main port [1].", "main port"},
		{"the country's largest city", p, "They entered three cellblocks of the prison in Guayaquil, the country's largest city [1].", ""},
		{"a large city", p, "They entered three cellblocks of the prison in Guayaquil, a large city [1].", ""},
	})
}

// A bare answer with its speaker ("Since Friday, she said") asserts no
// deed, so it drops no denial of the quote it cites; a claim telling the
// deed without the quote's "not" still does.
func TestAnswerFragmentKeepsDenial(t *testing.T) {
	const p = "Maria Quiroz said she had not heard from her son, who is serving a sentence for robbery, since Friday."
	const q = `[1: "she had not heard from her son, who is serving a sentence for robbery, since Friday"]`
	runEdgeCases(t, []edgeCase{
		{"bare answer", p, "Since Friday, she said " + q + ".", ""},
		{"deed without its not", p, "She heard from her son on Friday, she said " + q + ".", "negation"},
	})
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"since", "friday", "she", "said"}, true},
		{[]string{"she", "heard", "from", "him", "since", "friday"}, false},
		{[]string{"she", "said"}, false},
		{[]string{"in", "the", "city", "of", "guayaquil", "she", "said"}, false},
		{[]string{"it", "was", "friday"}, false},
	} {
		if got := answerFragment(c.words); got != c.want {
			t.Errorf("answerFragment(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}

// A quoting claim that names the person its quote's pronoun stands for
// ("prays her son's name is not there" of "pray his name is not there")
// may read that person in the sentence before the quote; not another
// person nobody named.
func TestQuotePronounAntecedent(t *testing.T) {
	raw, err := os.ReadFile("../testdata/replies/corpus/002_9ca0bc41e134b61b.txt")
	if err != nil {
		t.Fatal(err)
	}
	const q = `[1: "They tell us nothing. We read the lists on the wall and pray his name is not there"]`
	for _, c := range []struct{ who, want string }{{"son", ""}, {"husband", "husband"}} {
		reply := "She said \"They tell us nothing,\" and that she reads the lists on the wall and prays her " + c.who + "'s name is not there " + q + "."
		got := droppedFor(verdictOn(t, string(raw), reply))
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("%q: reason %q, want %q", reply, got, c.want)
		}
	}
	// the son named only after the quote: no antecedent of its "his"
	const quiroz = "Maria Fernanda Quiroz said she had not heard from her son, who is serving a sentence for robbery, since Friday."
	const quote = "\"They tell us nothing. We read the lists on the wall and pray his name is not there,\" she said."
	swapped := strings.Replace(strings.Replace(string(raw), quiroz, "@@", 1), quote, quiroz, 1)
	swapped = strings.Replace(swapped, "@@", quote, 1)
	if swapped == string(raw) {
		t.Fatal("story not reordered")
	}
	reply := "She said \"They tell us nothing,\" and that she reads the lists on the wall and prays her son's name is not there " + q + "."
	if got := droppedFor(verdictOn(t, swapped, reply)); !strings.Contains(got, "son") {
		t.Errorf("the son named after the quote: reason %q, want the son missing", got)
	}
	if !peopleLacked(map[string]bool{stemOf("son"): true}, "prays her son's name is not there") {
		t.Errorf("peopleLacked(son): false, want true")
	}
	if peopleLacked(map[string]bool{stemOf("wall"): true}, "reads the lists on the wall") {
		t.Errorf("peopleLacked(wall): true, want false")
	}
	if !pronounIn(map[string]bool{"pray": true, "his": true}) || pronounIn(map[string]bool{"pray": true, "the": true}) {
		t.Errorf("pronounIn: wrong on his / the")
	}
}
