package bot

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Review 36: whole replies through the bot, for the claims saying the
// passages leave a question open (openAnswered, and the stream's stop
// before such a claim). Each case's expectation is read from the seed
// story (corpus/000_ed2ba48890825abd.txt) or the story the case gives.
//
// Written by an independent helper from the diff 614ba39..cd2136b alone
// (with ground/review36_test.go). Mended: an answer about another thing
// than the question's names ("the state of emergency in Manabi") refutes
// nothing; a claim about one named passage is not asked of the others
// (nor does a stream stop before it); "don't name the gunmen" is the
// name rule's, not a question for the answerer (which named Lasso). Open,
// left out: "The passages don't say what SNAI stands for" is kept though
// the soundbite line spells it out (the answerer is unsure, and the word
// rules need three words of the claim's own).

// review36Citing is a scripted model whose reply cites a passage by a
// piece of its text, whatever order retrieval gives: "[@began on
// Saturday]" becomes "[n]" for the first passage given holding it, and
// "{@...}" the bare number n. It streams the reply sentence by sentence
// when asked to.
type review36Citing struct{ text string }

var review36CiteRE = regexp.MustCompile(`([\[{])@([^\]}]+)[\]}]`)

func (g *review36Citing) Generate(_ context.Context, req GenerateRequest) (GenerateResult, error) {
	out := review36CiteRE.ReplaceAllStringFunc(g.text, func(m string) string {
		sm := review36CiteRE.FindStringSubmatch(m)
		n := 0
		for i, p := range req.Passages {
			if strings.Contains(p.Text, sm[2]) {
				n = i + 1
				break
			}
		}
		if sm[1] == "{" {
			return strconv.Itoa(n)
		}
		return "[" + strconv.Itoa(n) + "]"
	})
	if req.OnPartial != nil {
		for i := 0; i+2 <= len(out); i++ {
			if out[i:i+2] == ". " {
				req.OnPartial(out[:i+2])
			}
		}
		req.OnPartial(out)
	}
	return GenerateResult{Text: out, Usage: Usage{PromptTokens: 100, CompletionTokens: 20, TotalTokens: 120}}, nil
}

// review36Case is a reply and the claim of it whose fate is checked: the
// claim is identified by a piece of its text.
type review36Case struct {
	name, q, reply string
	claim          string // a piece of the claim checked
	dropped        bool   // whether that claim must be dropped
}

func runReview36(t *testing.T, cases []review36Case, ask func(t *testing.T, gen Generator, q string) *Answer) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			ans := ask(t, &review36Citing{text: tt.reply}, tt.q)
			dropped := false
			for _, d := range ans.DroppedClaims {
				if strings.Contains(d.Claim, tt.claim) {
					dropped = true
				}
			}
			shown := ans.Mode == ModeLLM && strings.Contains(ans.Text, tt.claim)
			switch {
			case tt.dropped && (!dropped || shown):
				t.Errorf("claim %q kept (mode %s, text %q, dropped %+v); want it dropped", tt.claim, ans.Mode, ans.Text, ans.DroppedClaims)
			case !tt.dropped && (dropped || !shown):
				t.Errorf("claim %q not shown (mode %s, text %q, dropped %+v); want it kept", tt.claim, ans.Mode, ans.Text, ans.DroppedClaims)
			}
		})
	}
}

func review36Seed(t *testing.T, gen Generator, q string) *Answer {
	t.Helper()
	ans, err := seedBotWith(t, gen).Ask(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	return ans
}

// TestReview36BotOpenAnswered checks absence claims on the seed story.
func TestReview36BotOpenAnswered(t *testing.T) {
	runReview36(t, []review36Case{
		// The only length given is the 60-day emergency for the
		// country's prisons; the emergency Lasso declared in Manabi is
		// given no length: the claim is right.
		{"another emergency's length",
			"how long will the emergency in Manabi last",
			"Lasso declared a state of emergency in Manabi and Los Rios [@Manabi]. The passages don't say how long the state of emergency in Manabi will last.",
			"how long the state of emergency in Manabi", false},
		// The claim speaks of the passage it cites (the Esmeraldas one),
		// which indeed says nothing of when the clashes began; another
		// passage says Saturday, and the reply says so too.
		{"a named passage's scope",
			"when did the clashes begin",
			"The clashes began on Saturday [@began on Saturday]. Passage {@Molotov}, about Esmeraldas, does not say when the clashes began [@Molotov].",
			"does not say when the clashes began", false},
		// No gunman is named anywhere: the story names only Lasso,
		// Rodriguez and places; the mayor was shot by no one named.
		{"the gunmen's names",
			"who shot the mayor of Manta",
			"The mayor of Manta was shot dead on Sunday [@Manta]. The passages don't name the gunmen who shot the mayor of Manta.",
			"don't name the gunmen", false},
		// The mayor of Manta is not named either.
		{"the mayor's name",
			"what is the name of the mayor of Manta",
			"The mayor of Manta was shot dead on Sunday [@Manta]. The passages don't name the mayor of Manta.",
			"don't name the mayor of Manta", false},
		// The cellblocks were at the Penitenciaria del Litoral.
		{"which prison",
			"which prison did soldiers retake",
			"Soldiers used controlled detonations to enter three cellblocks [@three cellblocks]. The passages don't say which prison the soldiers retook.",
			"which prison the soldiers retook", true},
		// Guillermo Rodriguez is the general director of the SNAI.
		{"who leads the authority",
			"who leads the SNAI",
			"The SNAI is Ecuador's prison authority [@SNAI]. The passages don't say who leads the SNAI.",
			"who leads the SNAI", true},
		// The toll rose to 31; nothing says how many of them were
		// inmates.
		{"how many of the dead",
			"how many of the dead were inmates",
			"The attorney general raised the death toll from 18 to 31 [@18 to 31]. The passages don't say how many of the 31 dead were inmates.",
			"how many of the 31 dead were inmates", false},
	}, review36Seed)
}

// TestReview36BotLeftOpenInStory: a passage that itself says a thing is
// not known does not answer it.
func TestReview36BotLeftOpenInStory(t *testing.T) {
	const story = " date 2023-07-26 STORY: Inmates riot at Quito jail.\n\n" +
		"Inmates at the Inca jail in Quito rioted on Sunday, and soldiers regained control of the jail on Monday.\n\n" +
		"Soldiers found four rifles inside the jail. Police did not say how the inmates obtained the rifles.\n\n" +
		"The jail's director said the riot had ended.\n"
	runReview36(t, []review36Case{
		// "Police did not say how the inmates obtained the rifles": the
		// claim is right.
		{"the passage says it is not said",
			"how did the inmates get the rifles",
			"Soldiers found four rifles inside the jail [@four rifles]. The passages don't say how the inmates obtained the rifles.",
			"how the inmates obtained the rifles", false},
	}, func(t *testing.T, gen Generator, q string) *Answer {
		ans, err := storyBot(t, story, gen).Ask(context.Background(), Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		return ans
	})
}

// TestReview36BotStreamScope: a streamed reply shows a right absence
// claim: the claim about the Esmeraldas passage is true (it says nothing
// of when the clashes began), so the stream must reach it.
func TestReview36BotStreamScope(t *testing.T) {
	const reply = "The clashes began on Saturday [@began on Saturday]. Passage {@Molotov}, about Esmeraldas, does not say when the clashes began [@Molotov]. Some candidates have pledged prison reforms [@pledged]. "
	var shown []string
	ans, err := seedBotWith(t, &review36Citing{text: reply}).Ask(context.Background(), Question{Text: "when did the clashes begin", OnPartial: func(s string) { shown = append(shown, s) }})
	if err != nil {
		t.Fatal(err)
	}
	last := ""
	if len(shown) > 0 {
		last = shown[len(shown)-1]
	}
	if !strings.Contains(last, "does not say when the clashes began") {
		t.Errorf("the stream stopped before the right absence claim: last shown %q (final %q, dropped %+v)", last, ans.Text, ans.DroppedClaims)
	}
}
