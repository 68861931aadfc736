package ground

import "testing"

// What a passage gives only as a speaker's words ("complied with human
// rights" in the director's soundbite) stated as fact is a hedge dropped;
// the same with its speaker, "according to", a verb of saying or of
// calling, and a fact the passage tells outside the quotation pass.
func TestUnattributedQuote(t *testing.T) {
	const p = "(SOUNDBITE) (Spanish) SNAI GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING:\n\n" +
		"\"This operation has been decisive, complied with human rights, and shown how efficient and prepared our police and armed forces are. We have been working closely together as this is a national issue.\"\n\n" +
		"The operation came after the government announced a 60-day state of emergency for the country's prisons.\n"
	runEdgeCases(t, []edgeCase{
		{"stated as fact", p, "The operation complied with human rights and was decisive [1].", "a speaker's words"},
		{"stated as fact, in summary", p, "In summary, the operation complied with human rights and showed that the police are efficient and prepared [1].", "a speaker's words"},
		{"the quotation's second sentence", p, "The police and armed forces have been working closely together, as this is a national issue [1].", "a speaker's words"},
		{"the speaker named", p, "Guillermo Rodriguez: the operation complied with human rights and was decisive [1].", ""},
		{"said", p, "Rodriguez said the operation complied with human rights and was decisive [1].", ""},
		{"according to", p, "According to the director, the operation complied with human rights and was decisive [1].", ""},
		{"per", p, "Per the director, the operation complied with human rights and was decisive [1].", ""},
		{"called", p, "The director called the operation decisive and in line with human rights [1].", ""},
		{"outside the quotation", p, "The operation came after the government announced a 60-day state of emergency for the prisons [1].", ""},
	})
}
