package ground

import (
	"strings"
	"testing"
)

// TestQuotedMarkers runs scripted replies of three kinds of model over
// the test passages: one that follows the quote form, one that ignores it
// (plain [n], checked as before), and one that half-follows it (some
// claims quoted, some not, a quote slightly off).
func TestQuotedMarkers(t *testing.T) {
	ps, s := testPassages(t)
	tests := []struct {
		model, name, reply string
		want               string   // shown text; "" = rejected
		quotes             []string // each citation's quote, exactly
		reason             string   // for a rejected reply or a dropped claim
	}{
		{"follows", "quote cites its exact bytes",
			`The toll rose from 18 to 31 [1: "raised the death toll from the violence from 18 to 31"].`,
			"The toll rose from 18 to 31 [1].", []string{"raised the death toll from the violence from 18 to 31"}, ""},
		{"follows", "curly quotes, other case, hyphen and spaces folded",
			"Rodriguez heads the prison authority [2: “guillermo rodriguez is the general  director”].",
			"Rodriguez heads the prison authority [1].", []string{"Guillermo Rodriguez is the general director"}, ""},
		// (said by its speaker: a soundbite stated as fact is another
		// matter, TestQuotedAsFact)
		{"follows", "ellipsis parts in order",
			`Rodriguez said the operation was decisive [2: "This operation has been decisive ... human rights"].`,
			"Rodriguez said the operation was decisive [1].", []string{"This operation has been decisive, complied with human rights"}, ""},
		{"follows", "two passages, one quote each",
			`The toll rose to 31 and 15 guards were held hostage [1: "from 18 to 31"][3: "15 prison guards"].`,
			"The toll rose to 31 and 15 guards were held hostage [1][2].", []string{"from 18 to 31", "15 prison guards"}, ""},
		{"follows", "passage word in the marker",
			`The toll rose to 31 [Passage 1: "from 18 to 31"].`,
			"The toll rose to 31 [1].", []string{"from 18 to 31"}, ""},
		{"follows", "quote not in its passage: claim dropped, quote named",
			`The toll rose to 31 [1: "from 18 to 31"]. The army retook the jail [3: "soldiers retook the jail"].`,
			"The toll rose to 31 [1].", []string{"from 18 to 31"}, `quote "soldiers retook the jail" is not in passage 3`},
		{"follows", "quote in another passage than its marker",
			`Rodriguez heads the SNAI [1: "Guillermo Rodriguez is the general director"].`,
			"", nil, `quote "Guillermo Rodriguez is the general director" is not in passage 1`},
		{"follows", "claim beyond its quote's sentence",
			`Rodriguez said the operation was decisive [2: "Guillermo Rodriguez is the general director"].`,
			"", nil, `words "operation decisiv" are not in passage 2`},
		{"ignores", "plain markers checked as before",
			"The toll rose from 18 to 31 [1]. Fifteen guards were held hostage [3].",
			"The toll rose from 18 to 31 [1]. Fifteen guards were held hostage [2].",
			[]string{"Ecuador’s attorney general on Tuesday raised the death toll from the violence from 18 to 31.",
				"In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail."}, ""},
		{"half-follows", "one claim quoted, one plain",
			`The toll rose to 31 [1: "from 18 to 31"]. Fifteen guards were held hostage [3].`,
			"The toll rose to 31 [1]. Fifteen guards were held hostage [2].",
			[]string{"from 18 to 31", "In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail."}, ""},
		{"half-follows", "quote with a word changed is dropped",
			`The toll rose to 31 [1: "raised the toll from 18 to 31"]. Fifteen guards were held hostage [3].`,
			"Fifteen guards were held hostage [1].",
			[]string{"In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail."}, `quote "raised the toll from 18 to 31" is not in passage 1`},
		{"half-follows", "quote after the marker is an inline quotation",
			`Rodriguez said the operation "has been decisive" [2].`,
			`Rodriguez said the operation "has been decisive" [1].`, []string{"\"This operation has been decisive, complied with human rights, and shown how efficient\nand prepared our police and armed forces are.\""}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.model+"/"+tt.name, func(t *testing.T) {
			v, reason := Check(tt.reply, "What happened?", ps)
			if tt.want == "" {
				if !strings.Contains(reason, tt.reason) {
					t.Fatalf("reason %q, want it to say %q (shown %q)", reason, tt.reason, v.Text)
				}
				return
			}
			if reason != "" {
				t.Fatalf("rejected: %s", reason)
			}
			if v.Text != tt.want {
				t.Errorf("shown %q, want %q", v.Text, tt.want)
			}
			checkCitations(t, s, v.Text, v.Citations)
			if len(v.Citations) != len(tt.quotes) {
				t.Fatalf("%d citations, want %d: %+v", len(v.Citations), len(tt.quotes), v.Citations)
			}
			for i, q := range tt.quotes {
				if v.Citations[i].Quote != q {
					t.Errorf("citation %d quotes %q, want %q", i+1, v.Citations[i].Quote, q)
				}
			}
			if tt.reason != "" && (len(v.Dropped) == 0 || !strings.Contains(v.Dropped[0].Reason, tt.reason)) {
				t.Errorf("dropped %+v, want a reason saying %q", v.Dropped, tt.reason)
			}
		})
	}
}

// A quoting claim's speaker is read in the quoted sentence: "Police said"
// of words the prison authority said in the passage, with the police
// named in the sentence before, is not theirs.
func TestQuotedSpeakerInTheQuotedSentence(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison.\n\n" +
		"Police said 14 inmates were taken to hospital. The prison authority said it would publish an updated list on Thursday.\n"
	for _, tt := range []struct{ claim, want string }{
		{`The prison authority said it would publish an updated list on Thursday [1: "it would publish an updated list on Thursday"].`, ""},
		{`The authorities said they would publish an updated list on Thursday [1: "would publish an updated list on Thursday"].`, ""},
		{`Police said they would publish an updated list on Thursday [1: "would publish an updated list on Thursday"].`, `not attributed to "police"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A quote of the story's title line, where it opens the first passage, is
// read there: the claim is checked against that line.
func TestQuoteOfTheTitleLine(t *testing.T) {
	const st = " date 2023-07-26 STORY: Soldiers and police retake the Litoral prison\n\n" +
		"Soldiers and police retake the Litoral prison\n\nRelatives waited outside the gates all night.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Soldiers and police retook the Litoral prison [1: "Soldiers and police retake the Litoral prison"].`, ""},
		{`Soldiers and police stormed the Litoral prison [1: "Soldiers and police retake the Litoral prison"].`, `outcome "stormed"`},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}

// A quotation the claim introduces as its answer ("the answer is:
// \"...\"") is the model's own words, read as the claim's; "Option 1" is
// a label, no name. A quotation said to be the passage's must be there.
func TestQuotedAnswerIsTheClaimsWords(t *testing.T) {
	const st = " date 2023-07-26 STORY: Hot water.\n\nOption 1 is a recirculating pump. Option 2 is a tankless heater.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Therefore, the answer is: "Option 1 or Option 2." [1]`, ""},
		{`Therefore, the passage says: "Option 1 or Option 2." [1]`, "quotation"},
	} {
		if got := droppedFor(verdictOn(t, st, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
	// the passage names no option: the label is still no name
	const plain = " date 2023-07-26 STORY: Hot water.\n\nA recirculating pump works, and so does a tankless heater.\n"
	for _, tt := range []struct{ claim, want string }{
		{`Therefore, the answer is: "Option 1 or Option 2." [1]`, ""},
		{`Therefore, the answer is: "Anna Berg's pump." [1]`, `name "Berg"`},
	} {
		if got := droppedFor(verdictOn(t, plain, tt.claim)); (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("%q: reason %q, want %q", tt.claim, got, tt.want)
		}
	}
}
