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

// The cases on which the thirteenth session's first form of the rule
// decided wrongly (its second review), and the fourteenth's narrowing.
func TestUnattributedQuoteEdges(t *testing.T) {
	const p = "(SOUNDBITE) (Spanish) SNAI GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING:\n\n" +
		"\"This operation has been decisive, complied with human rights, and shown how efficient and prepared our police and armed forces are.\"\n"
	const figure = "\"We have recovered the bodies of 31 inmates from the cellblocks,\" the interior minister said on Tuesday.\n"
	const nickname = "The gang's leader, known as \"Fito,\" escaped from the prison in January and has not been found.\n"
	const lasso = "\"President Lasso has abandoned the prisons and the families of the guards,\" the mayor of Guayaquil said.\n"
	review13Check(t, []review13Case{
		{"what did he say", p, "What did the SNAI director say about the operation?", "The operation was decisive and complied with human rights [1].", ""},
		{"stated that", p, "", "The director stated that the operation complied with human rights and was decisive [1].", ""},
		{"stressed that", p, "", "Rodriguez stressed that the operation complied with human rights and was decisive [1].", ""},
		{"quoted figure", figure, "How many bodies were recovered?", "The bodies of 31 inmates were recovered from the cellblocks [1].", ""},
		{"after a nickname", nickname, "", "The gang's leader escaped from the prison in January and has not been found [1].", ""},
		{"name inside the quote", lasso, "", "President Lasso has abandoned the prisons and the families of the guards [1].", "a speaker's words"},
		{"name in a quoted saying", "\"The mayor said Lasso would come to the prison. The families waited all night, and Lasso never came,\" the priest said.\n", "", "The families waited all night, and Lasso never came to the prison [1].", "a speaker's words"},
		{"told outside too", p + "An independent review later found the operation had complied with human rights and was decisive.\n", "", "The operation complied with human rights and was decisive [1].", ""},
		{"yes, as fact", p, "Did the operation respect human rights?", "Yes, the operation complied with human rights and was decisive [1].", "a speaker's words"},
	})
}
