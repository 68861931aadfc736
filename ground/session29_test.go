package ground

import (
	"errors"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// A "he" claim giving the person the claim before named a role is read
// of that person though the claim before opened with a source lead
// ("Based on the provided passages, Guillermo Rodriguez is ..."), and a
// passage naming another man of the same first name ("current President
// Guillermo Lasso") does not name him: only his family name does. A word
// of standing ("current") is no role: the role is the word after it.
func TestPronounRoleFamilyName(t *testing.T) {
	const st = " date 2023-07-26 STORY: Prison news.\n\n" +
		"Guillermo Rodriguez is the general director of Ecuador’s prison authority, the SNAI. The SNAI runs the prisons. Guards work in shifts. The prison holds many inmates. Families waited outside. The riot ended on Tuesday.\n\n" +
		"On Monday, current President Guillermo Lasso declared a state of emergency in the provinces of Manabi and Los Rios in Ecuador. Some candidates have pledged prison reforms. The election is next month. Voters are worried. Polls open early. Turnout may be high."
	for _, c := range []struct {
		reply string
		want  string // the reason's words for the "He" claim, or "" when kept
	}{
		{"Based on the provided passages, Guillermo Rodriguez is the general director of the SNAI [1]. He is also the current President of Ecuador [2].", "the current president, in passage 2, which never names Guillermo Rodriguez"},
		{"Guillermo Rodriguez is the general director of the SNAI [1]. He is the President of Ecuador [2].", "the president"},
		// the passage naming him by his family name: his, as far as this rule can tell
		{"Guillermo Rodriguez is the general director of the SNAI [1]. He is the general director of the SNAI [1].", ""},
	} {
		v := verdictOn(t, st, c.reply)
		got := ""
		for _, d := range v.Dropped {
			if strings.HasPrefix(d.Claim, "He ") {
				got = d.Reason
			}
		}
		if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("%q: the he-claim dropped for %q, want %q", c.reply, got, c.want)
		}
	}
}

// A claim naming who said something ("..., Ricardo Solis told reporters
// outside the main gate", "..., Ricardo Solis told reporters": what comes
// before his name when too little follows the verb) is dropped when the
// sentence holding what he is said to have said gives it to another named
// speaker; kept when that sentence names him (his family name is enough),
// when it names no speaker, or when too little is said to find its
// sentence.
func TestNamedSpeechOfAnother(t *testing.T) {
	const p = "Union president Marta Vergara told reporters outside the main gate that members had voted 1,214 to 96 in favour of the stoppage. Chile’s transport minister, Ricardo Solis, said on Wednesday that the government would not intervene."
	runEdgeCases(t, []edgeCase{
		{"another's words", p, "Members voted 1,214 to 96 in favour of the stoppage, Chile's transport minister Ricardo Solis told reporters outside the main gate [1].", "gives these words to Marta Vergara, not Ricardo Solis"},
		{"another's words, name first", p, "Ricardo Solis told reporters outside the main gate that members had voted 1,214 to 96 [1].", "said is said by another"}, // the older rule of a claim opening with its speaker
		{"his own words", p, "Ricardo Solis said on Wednesday that the government would not intervene [1].", ""},
		{"the right speaker", p, "Marta Vergara told reporters outside the main gate that members voted 1,214 to 96 [1].", ""},
		{"said before the name", p, "Members voted 1,214 to 96 in favour of the stoppage, Ricardo Solis told reporters [1].", "gives these words to Marta Vergara"},
		{"too little said", p, "Ricardo Solis told reporters [1].", ""},
		{"family name only", "Union president Marta Vergara said Solis told reporters outside the main gate that the government would not intervene. Chile's transport minister is Ricardo Solis.", "Ricardo Solis told reporters outside the main gate that the government would not intervene [1].", ""},
		{"no speaker named", "Reporters outside the main gate were told that members had voted 1,214 to 96. Ricardo Solis said on Wednesday that the government would not intervene.", "Members had voted 1,214 to 96, Ricardo Solis told reporters outside the main gate [1].", ""},
	})
}

// A quotation in a quoting claim's words is proven by its passage though
// it runs past the sentence the claim's marker quotes ("We are not asking
// for luxuries. We are asking to go home alive ..." beside [1: "We are
// asking to go home alive"]); one the passage lacks, or writes otherwise,
// is still not.
func TestQuotationPastMarkerQuote(t *testing.T) {
	const p = "The port was closed on Thursday. \"We are not asking for luxuries. We are asking to go home alive after a night shift,\" union president Marta Vergara said."
	runEdgeCases(t, []edgeCase{
		{"past the quoted sentence", p, "Marta Vergara said: \"We are not asking for luxuries. We are asking to go home alive after a night shift\" [1: \"We are asking to go home alive\"].", ""},
		{"words the passage lacks", p, "Marta Vergara said: \"We are not asking for money. We are asking to go home alive after a night shift\" [1: \"We are asking to go home alive\"].", "quotation"},
		{"the quoted sentence itself", p, "Marta Vergara said: \"We are asking to go home alive after a night shift\" [1: \"We are asking to go home alive\"].", ""},
	})
}

// A quoting marker closed by its bracket alone ([1: "words]) is read as
// closed there; one closed properly, or whose quote holds a quotation
// mark of its own, is left as written.
func TestUnclosedQuoteMarker(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`It "complied with human rights" [1: "This operation has been decisive, complied with human rights]. Next.`, `[1: "This operation has been decisive, complied with human rights"]`},
		{`Two [1: "held hostage"] and [2: "were freed ].`, `[1: "held hostage"] and [2: "were freed"]`},
		{`Closed [2, 3: “were freed”].`, `[2, 3: “were freed”]`},
		{`Inner [1: "he said "no" ]`, `[1: "he said "no" ]`},
	} {
		if got := normalizeMarkers(c.in, 3); !strings.Contains(got, c.want) {
			t.Errorf("normalizeMarkers(%q) = %q, want it to hold %q", c.in, got, c.want)
		}
	}
}

// Read as closed, such a marker's quote is checked as any quote is.
func TestUnclosedQuoteMarkerChecked(t *testing.T) {
	const p = "The operation complied with human rights, the prison director said on Tuesday."
	runEdgeCases(t, []edgeCase{
		{"its quote there", p, "The prison director said the operation complied with human rights [1: \"The operation complied with human rights].", ""},
		{"its quote not there", p, "The prison director said the operation broke the law [1: \"The operation broke the law].", "quote"},
	})
}

// A Spanish claim's source lead ("Según los pasajes proporcionados,")
// names the passages, as "Based on the provided passages," does, and is
// no speaker ("proporcionados" read as "proportionate" was taken for
// one); a named source ("Según la policía,") or a numbered passage
// ("Según el pasaje 1,") is no such lead.
func TestSpanishSourceLead(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Según los pasajes proporcionados, la huelga fue convocada por el sindicato.", "la huelga fue convocada por el sindicato."},
		{"De acuerdo con el texto, la huelga empezó el martes.", "la huelga empezó el martes."},
		{"Según la policía, la huelga fue convocada por el sindicato.", "Según la policía, la huelga fue convocada por el sindicato."},
		{"Según el pasaje 1, la huelga empezó el martes.", "Según el pasaje 1, la huelga empezó el martes."},
	} {
		if got := withoutSourceLead(c.in); got != c.want {
			t.Errorf("withoutSourceLead(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if _, err := text.LoadSpanish(); errors.Is(err, text.ErrSpanishMissing) {
		t.Skipf("skipped: %v", err)
	}
	const st = " date 2023-07-27 STORY: Port.\n\nThe strike was called by the Union of Port Workers after talks over pay and night-shift safety broke down on Tuesday evening.\n"
	s := story.Parse("s.txt", st)
	ps := passagesWith(&s, story.ChunkOptions{MaxSentences: 6, MaxBytes: 1000})
	claim := "Según los pasajes proporcionados, la huelga fue convocada por el sindicato de trabajadores portuarios después de que las negociaciones sobre salarios y seguridad fracasaran el martes por la tarde [1: \"after talks over pay and night-shift safety broke down on Tuesday evening\"]."
	if _, got := Check(claim, "¿Por qué empezó la huelga?", ps); got != "" {
		t.Errorf("%q: dropped for %q", claim, got)
	}
}
