package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/text"

	"github.com/storybot-dev/storybot/story"
)

// meaningStory is one passage for the meaning rules: each sentence is
// there for one rule's edge.
const meaningStory = " date 2023-07-26 STORY: Thousands of soldiers retake a rioting prison.\n\n" +
	"Ecuador’s attorney general on Tuesday raised the death toll from 18 to 31.\n\n" +
	"One civilian was hurt in a Molotov cocktail attack on its office.\n\n" +
	"In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n\n" +
	"The guards were not released.\n\n" +
	"The violence may have been set off by a state of emergency for the prisons.\n\n" +
	"Families gathered outside the prison because they had heard nothing.\n\n" +
	"Hundreds of inmates were moved to other jails.\n\n" +
	"President Guillermo Lasso declared a state of emergency in Manabi.\n\n" +
	"The attorney general counted the victims of the riot in Guayaquil.\n"

// TestMeaningRules holds, for each meaning rule, a claim at its edge that
// only that rule stops and a faithful twin that must pass.
func TestMeaningRules(t *testing.T) {
	s := story.Parse("meaning.txt", meaningStory)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	if len(ps) != 1 {
		t.Fatalf("story cut into %d passages, want 1", len(ps))
	}
	tests := []struct {
		rule, claim string
		want        string // substring of the reason; "" = supported
	}{
		{"negation", "One civilian was hurt in the attack on its office [1].", ""},
		{"negation", "No one was hurt in the attack on its office [1].", "negation"},
		{"negation", "The guards were not released [1].", ""},
		{"negation", "The guards were released [1].", "negation"},
		{"number", "15 prison guards were held hostage at a local jail [1].", ""},
		{"number", "15 staffers were held hostage at a local jail [1].", `number "15" is not said of "staffer"`},
		{"number", "Two prison guards were held hostage at a local jail [1].", `number "2" is not said of "prison"`},
		{"quantifier", "Prison guards were held hostage at a local jail in Esmeraldas [1].", ""},
		{"quantifier", "All the prison guards were held hostage at a local jail in Esmeraldas [1].", `quantifier "all"`},
		{"magnitude", "Hundreds of inmates were moved to other jails [1].", ""},
		{"magnitude", "Thousands of inmates were moved to other jails [1].", "thousands"},
		{"modality", "The violence may have been set off by a state of emergency [1].", ""},
		{"modality", "The violence was set off by a state of emergency for the prisons [1].", "modality"},
		{"link", "Families gathered outside the prison because they had heard nothing [1].", ""},
		{"link", "Hundreds of inmates were moved to other jails in retaliation [1].", `link: the claim says "retaliation"`},
		{"link", "Hundreds of inmates were moved to other jails later [1].", `link: the claim says "later"`},
		{"outcome", "The attorney general raised the death toll [1].", ""},
		{"outcome", "The attorney general resigned and raised the death toll [1].", `outcome "resigned"`},
		{"who, quoted", `The attorney general counted the victims of the riot [1: "counted the victims of the riot in Guayaquil"].`, ""},
		{"who, quoted", `Lasso counted the victims of the riot [1: "counted the victims of the riot in Guayaquil"].`, `what the claim says of "Lasso"`},
		{"title", "Thousands of soldiers retook a rioting prison [1].", ""},
		{"title", "Thousands of families gathered outside the prison [1].", `quantity "thousands"`},
	}
	for _, tt := range tests {
		t.Run(tt.rule+"/"+tt.claim, func(t *testing.T) {
			v := checkClaims(splitClaims(tt.claim, len(ps)), "What happened?", ps, evidenceOf(ps))
			got := ""
			if len(v.Dropped) > 0 {
				got = v.Dropped[0].Reason
			}
			if tt.want == "" && got != "" {
				t.Fatalf("rejected a supported claim: %s", got)
			}
			if tt.want != "" && !strings.Contains(got, tt.want) {
				t.Fatalf("reason %q, want it to say %q (shown: %q)", got, tt.want, v.Text)
			}
		})
	}
}

// TestFaithfulParaphrase: numbers written otherwise, a difference the
// passage implies, and source talk pass.
func TestFaithfulParaphrase(t *testing.T) {
	ps, _ := testPassages(t)
	for _, tt := range []struct{ claim, want string }{
		{"The toll rose by 13, to thirty-one [1].", ""},
		{"The toll rose by 14, to 31 [1].", `number "14"`},
		{"According to passage 1, the toll was raised to 31 [1].", ""},
		{"According to passage 1, the toll was raised to 41 [1].", `number "41"`},
		// talk about the reply itself: no fact of the world
		{"I can confidently reply that it was raised to 31 [1].", ""},
		{"Thus I can confidently reply that the toll was cut to 31 [1].", `words "cut"`},
		// "Yes" opening the fact that answers a yes-or-no question, and a
		// word that rounds a number, state nothing of their own
		{"Yes, it was raised [1].", ""},
		{"Around 31 [1].", ""},
		{"Around 41 [1].", `number "41"`},
		// "refer to" talks about the passages' words
		{"It only refers to the toll [1].", ""},
		{"It only refers to the tax [1].", `words "tax"`},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), "What happened?", ps, evidenceOf(ps))
		got := ""
		if len(v.Dropped) > 0 {
			got = v.Dropped[0].Reason
		}
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// readingStory is one passage for the rules' readings: each sentence is
// there for one reading's edge.
const readingStory = " date 2023-07-26 STORY: A town repairs its bridge.\n\n" +
	"Engineer Tom Vik inspected the cracks.\n\n" +
	"Tighten the hinges so the door locks.\n\n" +
	"The bridge cracked in the frost.\n\n" +
	"Crews closed the road to the harbour.\n\n" +
	"The mayor led the council for ten years.\n\n" +
	"The mayor spoke before the council voted.\n\n" +
	"Investigators arrested the driver of the truck.\n\n" +
	"Mayor Anna Berg opened the bridge in June.\n\n" +
	"She thanked the crews.\n\n" +
	"Since May 3 the council has been thought to favour a toll.\n\n" +
	"The council may raise taxes for the repairs.\n\n" +
	"Tom Vik served on the council in 2007–11 and Anna Berg in 2012.\n\n" +
	"Steel piers stay dry for 20 years.\n\n" +
	"The three piers carry the deck.\n\n" +
	"Crews worked the 2019–20 season on the piers.\n\n" +
	"Repairs began on May 3 with the council paying.\n\n" +
	"The harbour board chaired the council meetings.\n\n" +
	"The ferry runs again from Aug 30, and crews may repaint the railings.\n"

// TestRuleReadings holds, for each rule's reading, a faithful claim the
// rule once stopped and an unsupported twin it must still stop.
func TestRuleReadings(t *testing.T) {
	s := story.Parse("reading.txt", readingStory)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	if len(ps) != 1 {
		t.Fatalf("story cut into %d passages, want 1", len(ps))
	}
	tests := []struct {
		rule, asked, claim string
		want               string // substring of the reason; "" = supported
	}{
		// A negation inside a condition states no fact; one over the fact does.
		{"negation", "", "If the door does not lock, tighten the hinges [1].", ""},
		{"negation", "", "The door never locks, even with the hinges tightened [1].", "negation"},
		// A cause the question asks for is reported; "led" without "to" is no cause.
		{"link", "Why did crews close the road to the harbour?", "Crews closed the road to the harbour because the bridge cracked [1].", ""},
		{"link", "", "Crews closed the road to the harbour because the bridge cracked [1].", `link: the claim says "because"`},
		{"link", "", "The mayor led the council for ten years [1].", ""},
		{"link", "", "The harbour board led the council meetings [1].", ""},
		{"link", "", "The mayor spoke after the council voted [1].", "reverse order"},
		{"link", "", "The council voted after the mayor spoke [1].", ""},
		// Paraphrase through WordNet: lemmas, synonyms, derived words.
		{"words", "", "Investigators apprehended the motorist in the truck [1].", ""},
		{"words", "", "Investigators interviewed the truck's owner [1].", "words"},
		// Question words are the answer's frame, not its facts.
		{"words", "Was there a detour for commuters?", "Commuters faced a detour when crews closed the road [1].", ""},
		{"words", "", "Commuters faced a detour when crews closed the road [1].", "words"},
		// Who did it: the actor opening the clause, past an apposition, with
		// "she" carrying it on; a name only mentioned is no actor.
		{"who", "", "Anna Berg, the mayor, thanked the crews [1].", ""},
		{"who", "", "Tom Vik thanked the crews [1].", `what the claim says of "Vik"`},
		{"who", "", "The passage tells of the cracks Tom Vik inspected and the bridge Anna Berg opened [1].", ""},
		{"who", "", "Crews working for Anna Berg closed the road to the harbour [1].", ""},
		// A report verb is no deed: what was reported is the words' to check.
		{"who", "", "Tom Vik announced that the bridge cracked in the frost [1].", ""},
		// A hedge must speculate on what the claim states: "May 3" is a
		// date, "thought" a hedge only before "to"; a hedged claim passes.
		{"modality", "", "The council will raise taxes for the repairs [1].", "modality"},
		{"modality", "", "The council could raise taxes for the repairs [1].", ""},
		{"modality", "", "Since May 3 the council has had repairs to the bridge [1].", ""},
		{"modality", "", "Repairs began with the council paying [1].", ""},
		{"modality", "", "The council favours a toll [1].", "modality"},
		// A quotation of the question, or a short one the passages hold
		// written otherwise, is no misquote; a long one must be verbatim.
		{"quote", "What did the crews close?", `To answer "What did the crews close?": the road to the harbour [1].`, ""},
		{"quote", "", `Crews closed the "Harbour Road" [1].`, ""},
		{"quote", "", `Crews said "the road to the harbour is closed for good" [1].`, "quotation"},
		{"quote", "", `Asked "was the road shut all winter?", the passage says crews closed the road to the harbour [1].`, ""},
		{"quote", "", `The mayor led the council, "led" meaning she headed it [1].`, ""},
		{"quote", "", `"Crews closed the road to the harbour." [1]`, ""},
		// A quotation is given to a speaker only by a verb of saying.
		{"speaker", "", `Anna Berg's bridge was "cracked in the frost" [1].`, ""},
		{"speaker", "", `Anna Berg said the bridge "cracked in the frost" [1].`, "not attributed"},
		// Numbers: the question's frame, a year written short in a range,
		// a label ("Step 2"), a count of what the passage names.
		{"number", "How was the 2024 repair done?", "For the 2024 repair, crews closed the road to the harbour [1].", ""},
		{"number", "", "Tom Vik served on the council until 2011 [1].", ""},
		{"number", "", "Tom Vik served on the council until 2013 [1].", `number "2013"`},
		{"number", "", "Step 2: crews closed the road to the harbour [1].", ""},
		{"number", "", "The passage names two people, Tom Vik and Anna Berg [1].", ""},
		{"number", "", "Crews closed two roads to the harbour [1].", `number "2"`},
		// An outcome said to happen must be in the passage; one denied, to
		// come or named as a thing is not said to happen.
		{"outcome", "", "The driver of the truck escaped [1].", `outcome "escaped"`},
		{"outcome", "", "The driver of the truck could not escape the investigators [1].", ""},
		// A capitalised word for the passages is no name.
		{"name", "", "According to Passage 1, crews closed the road to the harbour [1].", ""},
		{"name", "", "According to Passage 1, Harbour Police closed the road [1].", `name "Police"`},
		// A number the claim rounds may round the passage's.
		{"number", "", "Steel piers stay dry for about 21 years [1].", ""},
		{"number", "", "Steel piers stay dry for 21 years [1].", `number "21"`},
		{"number", "", "Steel piers stay dry for about 25 years [1].", `number "25"`},
		// A month the passage abbreviates is there.
		{"date", "", "The ferry runs again from August 30 [1].", ""},
		{"date", "", "The ferry runs again from September 30 [1].", `date "september"`},
		// Advice hedges: "consider" says less than the passage's "may".
		{"modality", "", "Consider that crews repaint the railings [1].", ""},
		{"modality", "", "Crews repaint the railings [1].", "modality"},
		// "won't" is no outcome "won".
		{"outcome", "", "The ferry won't charge more from Aug 30 [1].", ""},
		// A quantifier over a group, not a count or a sum.
		{"quantifier", "", "All three piers carry the deck [1].", ""},
		{"quantifier", "", "The deck rests across all the piers [1].", ""},
		{"quantifier", "", "All crews closed the road to the harbour [1].", `quantifier "all"`},
		// A negated relative clause is read with its subject.
		{"negation", "", "Wooden piers are a material that does not stay dry for 20 years [1].", ""},
		{"negation", "", "Steel piers are a material that does not stay dry for 20 years [1].", "negation"},
		// A year written short in a range is the same year.
		{"number", "", "Crews worked the 2019–2020 season on the piers [1].", ""},
		{"number", "", "Crews worked the 2019–2021 season on the piers [1].", "number"},
		// Talk about the passages passes unless they do say it.
		{"absence", "", "The passages don't say how fast the truck was going [1].", ""},
		{"absence", "", "The passage does not mention that investigators arrested the driver of the truck [1].", "absence"},
	}
	for _, tt := range tests {
		t.Run(tt.rule+"/"+tt.claim, func(t *testing.T) {
			asked := tt.asked
			if asked == "" {
				asked = "What happened?"
			}
			v := checkClaims(splitClaims(tt.claim, len(ps)), asked, ps, evidenceOf(ps))
			got := ""
			if len(v.Dropped) > 0 {
				got = v.Dropped[0].Reason
			}
			if tt.want == "" && got != "" {
				t.Fatalf("rejected a supported claim: %s", got)
			}
			if tt.want != "" && !strings.Contains(got, tt.want) {
				t.Fatalf("reason %q, want it to say %q (shown: %q)", got, tt.want, v.Text)
			}
		})
	}
}

// TestParagraphMarker: a paragraph whose marker stands at its end lends
// it to its other sentences, which are checked against it; a line that
// only introduces what follows states nothing.
func TestParagraphMarker(t *testing.T) {
	s := story.Parse("reading.txt", readingStory)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	for _, tt := range []struct{ reply, shown, dropped string }{
		{"The bridge cracked in the frost. Crews closed the road to the harbour [1].",
			"The bridge cracked in the frost. [1] Crews closed the road to the harbour [2].", ""},
		{"The bridge collapsed in a storm. Crews closed the road to the harbour [1].",
			"Crews closed the road to the harbour [1].", "The bridge collapsed in a storm."},
		{"Repairs:\nCrews closed the road to the harbour [1].", "Crews closed the road to the harbour [1].", ""},
		{"Why was the road closed? Crews closed the road to the harbour [1]. Let me know if anything else would help.",
			"Crews closed the road to the harbour [1]. Let me know if anything else would help.", ""},
	} {
		v := checkClaims(splitClaims(tt.reply, len(ps)), "What happened?", ps, evidenceOf(ps))
		dropped := ""
		if len(v.Dropped) > 0 {
			dropped = v.Dropped[0].Claim
		}
		if v.Text != tt.shown || dropped != tt.dropped {
			t.Errorf("%q:\n shown %q, dropped %q\n want %q, dropped %q", tt.reply, v.Text, dropped, tt.shown, tt.dropped)
		}
	}
}

// TestSpanishAnswer: a Spanish answer is checked through its English
// reading; names, numbers and dates must match as written.
func TestSpanishAnswer(t *testing.T) {
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	s := story.Parse("reading.txt", readingStory)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 20, MaxBytes: 4000})
	for _, tt := range []struct{ claim, want string }{
		{"Los investigadores arrestaron al conductor del camión [1].", ""},
		{"La alcaldesa Anna Berg abrió el puente en junio [1].", ""},
		{"La alcaldesa Anna Berg abrió el puente en marzo [1].", `date "march"`},
		{"Tom Vik sirvió en el consejo hasta 2011 [1].", ""},
		{"Tom Vik sirvió en el consejo hasta 2013 [1].", `number "2013"`},
		{"La alcaldesa Ana Borg abrió el puente en junio [1].", "name"},
		{"Los investigadores liberaron al conductor del camión [1].", `outcome "release"`},
		// a Spanish denial keeps its force ("nadie" is no "anybody")
		{"Nadie arrestó al conductor del camión [1].", "negation: the claim denies"},
	} {
		v := checkClaims(splitClaims(tt.claim, len(ps)), "¿Qué pasó con el puente?", ps, evidenceOf(ps))
		got := ""
		if len(v.Dropped) > 0 {
			got = v.Dropped[0].Reason
		}
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// TestSharesRoot: a long word derived from a passage word that WordNet
// does not link shares its first letters; a short word does not count.
func TestSharesRoot(t *testing.T) {
	lem := map[string]bool{"regulate": true, "visual": true, "stand": true}
	for w, want := range map[string]bool{"regulation": true, "visually": false, "standing": false, "regional": false} {
		if got := sharesRoot(w, lem); got != want {
			t.Errorf("sharesRoot(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestMetaTermsKeepFacts: the words for the passages and for discourse
// are stemmed; none may share a stem with a word that states a fact
// ("generally" and the attorney "general", "important" and "imports").
func TestMetaTermsKeepFacts(t *testing.T) {
	for _, w := range []string{"general", "imports", "severe", "proper", "common", "usual", "key", "way", "toll", "attorney", "responded", "responsible"} {
		if metaTerms[stemOf(w)] {
			t.Errorf("%q is counted as talk about the passages, not as a fact", w)
		}
	}
}

// "Not all" claims only some: no quantifier the passage must hold. "All"
// alone still must be there.
func TestNotAllIsNoQuantifier(t *testing.T) {
	anchor := []sentWords{text.Words("People born in October are said to be patient and loyal.")}
	for _, tt := range []struct{ claim, want string }{
		{"Not all people born in October are patient and loyal.", ""},
		{"All people born in October are patient and loyal.", `quantifier "all"`},
	} {
		if got := quantifierRule(text.Words(tt.claim), anchor, anchor, ""); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A day stays with its event: "shot dead on Monday" where the passage has
// the mayor "shot dead on Sunday" and the emergency declared on Monday.
func TestDayStaysWithItsEvent(t *testing.T) {
	const st = " date 2023-07-26 STORY: Manta.\n\nOn Monday, Lasso declared a state of emergency after the mayor was shot dead on Sunday.\n"
	for _, tt := range []struct{ claim, want string }{
		{"The mayor was shot dead on Sunday [1].", ""},
		{"Lasso declared a state of emergency on Monday [1].", ""},
		{"The mayor was shot dead on Monday [1].", `day: the passage says "shot dead" happened on sunday`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// "When X, Y" draws the link a claim's "causing" states.
func TestWhenDrawsACause(t *testing.T) {
	for _, tt := range []struct{ passage, claim, want string }{
		{"When the rib muscles contract, the ribcage expands.", "The rib muscles contract, causing the ribcage to expand [1].", ""},
		{"The rib muscles contract. The ribcage expands.", "The rib muscles contract, causing the ribcage to expand [1].", `link: the claim says "causing"`},
	} {
		got := droppedFor(verdictOn(t, " date 2023-07-26 STORY: Breathing.\n\n"+tt.passage+"\n", tt.claim))
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q in %q: reason %q, want %q", tt.claim, tt.passage, got, tt.want)
		}
	}
}
