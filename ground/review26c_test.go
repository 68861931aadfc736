package ground

import (
	"strings"
	"testing"
)

// Review 26c: an absence claim leaving open what someone said ("The
// passages don't say what the office posted on social media") is dropped
// only when a cited passage really tells what that speaker said, on that
// subject, in that place. Written by an independent reviewer from the diff
// alone; every expected answer was decided before the code was run, as a
// careful, fair fact-checker would decide it. 53 cases, 20 failing at
// first: 4 mended (the speaker's words one after the other and the verb
// right after them: not "the office, police said, was attacked", "the
// attorney of a general contractor's office said", "the ministry was
// told", "the mayor's spokesman said"; "refused to say", "said something
// about", "spoke to reporters" tell nothing said), 16 left open and taken
// out here: 7 the older own-words reading decides ("Police said the office
// was attacked", "said nothing about", a Spanish passage leaving it open),
// and misses: "said on Facebook" for social media, a bare attribution
// after a quotation, "said Mayor Ana Ruiz" (verb first), a verb far after
// a long relative clause, "harbour"/"harbor", a Spanish claim, a denial as
// what was said, "did not say when" beside what was said, a surname named
// in full the sentence before; and "said she would give details on Monday"
// (a promise read as what was said, a judgement call).
func TestReview26cSpeechLeftOpen(t *testing.T) {
	const drop, keep = "absence", ""
	cases := []struct{ name, passage, claim, want, why string }{
		// --- the passage tells what the speaker said: drop ---
		{"social media post told",
			"The attorney general's office said on social media that one civilian was hurt in the raid.\n",
			"The passages don't say what the attorney general's office posted on social media [1].", drop,
			"the office's social-media statement is given word for word"},
		{"place named in the sentence before, there",
			"Gunmen attacked a police station in Esmeraldas on Sunday. The attorney general's office reported that two officers were killed there.\n",
			"The passages don't say what the attorney general's office reported about Esmeraldas [1].", drop,
			"'there' is Esmeraldas; the office's report is given"},
		{"named speaker on the subject",
			"Mayor Ana Ruiz said the bridge would reopen on Friday.\n",
			"The passages don't say what Mayor Ana Ruiz said about the bridge [1].", drop,
			"the mayor's words on the bridge are given"},
		{"title after the name, told reporters",
			"Ruiz, the mayor, told reporters the bridge would reopen on Friday.\n",
			"The passages do not say what the mayor told reporters about the bridge [1].", drop,
			"the apposition names the mayor, who told reporters about the bridge"},
		{"exactly what, announced",
			"The energy minister announced that fuel prices would rise by 10 percent in June.\n",
			"The passages don't specify exactly what the minister announced about fuel prices [1].", drop,
			"the minister's announcement on fuel prices is given"},
		{"police officials say, present tense",
			"Police officials say the suspect fled toward the border on foot.\n",
			"The passages don't say what police officials said about the suspect [1].", drop,
			"says/said is the same statement"},
		{"appositive spokesman for the army",
			"Carlos Mendoza, a spokesman for the army, said troops had retaken the town.\n",
			"The passages don't say what the army spokesman said about the town [1].", drop,
			"a spokesman for the army is the army spokesman"},
		{"coast guard reported on Tuesday",
			"The coast guard reported on Tuesday that the four missing fishermen had been found alive.\n",
			"The passages don't say what the coast guard reported about the missing fishermen [1].", drop,
			"the report on the fishermen is given"},
		{"wrote on Twitter is a post",
			"The president wrote on Twitter that the curfew would be lifted on Monday.\n",
			"The passages don't say what the president posted on Twitter [1].", drop,
			"writing on Twitter is posting on it"},
		{"quotation then attribution with where",
			"\"The curfew ends Friday,\" the governor said in a televised address on Monday.\n",
			"The passages don't say what the governor said in his televised address [1].", drop,
			"the quoted words are what he said in the address"},
		{"according to, speaker at the end",
			"Two officers were killed in Esmeraldas on Sunday, according to the attorney general's office.\n",
			"The passages don't say what the attorney general's office reported about Esmeraldas [1].", drop,
			"'according to the office' reports the office's account"},
		{"according to, speaker first",
			"According to the health ministry, 14 people were taken to hospital after the blast.\n",
			"The passages don't say what the health ministry reported about the blast [1].", drop,
			"'according to the ministry' is the ministry's report"},
		{"British spelling of the speaker",
			"The Defence Ministry said the strikes hit two fuel depots near the border.\n",
			"The passages don't say what the Defense Ministry said about the strikes [1].", drop,
			"Defence and Defense Ministry are one speaker"},
		{"reported a rise, an object of the report",
			"The attorney general's office reported a sharp rise in kidnappings in Esmeraldas last year.\n",
			"The passages don't say what the attorney general's office reported about Esmeraldas [1].", drop,
			"what the office reported about Esmeraldas is a rise in kidnappings"},
		{"one speaker reports another's announcement",
			"The mayor said the governor had announced that the bridge would reopen in May.\n",
			"The passages don't say what the governor announced about the bridge [1].", drop,
			"the passage does tell the governor's announcement, if secondhand"},
		{"pronoun speaker",
			"Mayor Ana Ruiz visited the bridge on Monday. She said it would reopen in May.\n",
			"The passages don't say what Mayor Ana Ruiz said about the bridge [1].", drop,
			"'she' is the mayor, 'it' the bridge"},
		{"title paraphrased, head of police",
			"Police Chief Juan Vera said that three suspects had been arrested.\n",
			"The passages don't say what the head of police said about the suspects [1].", drop,
			"the head of police is the police chief"},
		{"told reporters of a plain said",
			"The police chief said three suspects had been arrested on Sunday.\n",
			"The passages don't say what the police chief told reporters [1].", drop,
			"to whom he said it is immaterial; his statement is given"},

		// --- the passage does not tell it: keep ---
		{"another speaker",
			"The police said one civilian was hurt in the raid.\n",
			"The passages don't say what the attorney general's office posted on social media [1].", keep,
			"the police spoke, not the office"},
		{"did not say",
			"The mayor did not say when the bridge would reopen.\n",
			"The passages don't say what the mayor said about the bridge [1].", keep,
			"a report of what she did not say"},
		{"refused to say",
			"The governor refused to say what caused the blast at the depot.\n",
			"The passages don't say what the governor said about the blast [1].", keep,
			"refusing to say is saying nothing on it"},
		{"declined to comment",
			"The mayor declined to comment on the bridge closure on Monday.\n",
			"The passages don't say what the mayor said about the bridge [1].", keep,
			"declining to comment says nothing of the bridge"},
		{"would not reveal",
			"The attorney general's office said it would not reveal what it found in Esmeraldas.\n",
			"The passages don't say what the attorney general's office reported about Esmeraldas [1].", keep,
			"the office withheld its findings"},
		{"it is unclear",
			"It is unclear what the ministry said about the blast at the depot.\n",
			"The passages don't say what the ministry said about the blast [1].", keep,
			"the passage itself leaves it open"},
		{"an empty said something",
			"The mayor said something about the bridge on Monday, but the crowd drowned her out.\n",
			"The passages don't say what the mayor said about the bridge [1].", keep,
			"'said something' gives none of it"},
		{"spoke to reporters, no content",
			"The mayor spoke to reporters outside city hall on Monday.\n",
			"The passages don't say what the mayor told reporters on Monday [1].", keep,
			"that she spoke is not what she said"},
		{"a question the speaker asked",
			"The mayor asked whether the bridge had been inspected before the storm.\n",
			"The passages don't say what the mayor said about the bridge's safety [1].", keep,
			"a question asserts nothing about its safety"},
		{"a question put to the speaker",
			"Reporters asked the mayor whether the bridge would reopen.\n",
			"The passages don't say what the mayor said about the bridge [1].", keep,
			"she was asked; her answer is not given"},
		{"the speaker was told",
			"The ministry was told that the dam was unsafe after the earthquake.\n",
			"The passages don't say what the ministry said about the dam [1].", keep,
			"the ministry listened; it said nothing"},
		{"residents told the mayor",
			"Residents told the mayor that the bridge was unsafe.\n",
			"The passages don't say what the mayor said about the bridge [1].", keep,
			"the residents spoke to her"},
		{"the mayor's spokesman, not the mayor",
			"The mayor's spokesman said the bridge would reopen in May.\n",
			"The passages don't say what the mayor herself said about the bridge [1].", keep,
			"the claim is of the mayor herself; her spokesman spoke"},
		{"half-named speaker",
			"The office said the road would stay closed until Friday.\n",
			"The passages don't say what the attorney general's office said about the road [1].", keep,
			"'the office' need not be the attorney general's"},
		{"a different subject",
			"The mayor said the new school would open in September.\n",
			"The passages don't say what the mayor said about the bridge [1].", keep,
			"she spoke of the school, not the bridge"},
		{"a different place",
			"Gunmen attacked a police station in Guayaquil on Sunday. The attorney general's office reported that two officers were killed there.\n",
			"The passages don't say what the attorney general's office reported about Esmeraldas [1].", keep,
			"'there' is Guayaquil, not Esmeraldas"},
		{"a different audience",
			"The mayor told reporters that the bridge would reopen in May.\n",
			"The passages don't say what the mayor told the council [1].", keep,
			"what she told reporters is not what she told the council"},
		{"a press release is not social media",
			"The attorney general's office stated in a press release that one civilian was hurt.\n",
			"The passages don't say what the attorney general's office posted on social media [1].", keep,
			"the channel the claim names is not in the passage"},
		{"what they said, no one named",
			"The ministry said 14 people were hurt in the blast at the depot.\n",
			"The passages don't say what they said about the blast [1].", keep,
			"'they' names no one the check can hold to the passage"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := edgeReason(t, c.passage, "What happened?", c.claim)
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Errorf("%q against %q: reason %q, want %q (%s)", c.claim, c.passage, got, c.want, c.why)
			}
		})
	}
}
