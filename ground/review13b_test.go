package ground

// The thirteenth session's second review (of 732be5e..cd9ae2c): each case
// states the right decision and failed at cd9ae2c (want "" = keep; else a
// substring of the cut reason).

import "testing"

const review13Soundbite = "(SOUNDBITE) (Spanish) SNAI GENERAL DIRECTOR, GUILLERMO RODRIGUEZ, SAYING:\n\n" +
	"\"This operation has been decisive, complied with human rights, and shown how efficient and prepared our police and armed forces are. We have been working closely together as this is a national issue.\"\n\n" +
	"The operation came after the government announced a 60-day state of emergency for the country's prisons.\n"

func TestReview13Second(t *testing.T) {
	review13Check(t, []review13Case{
		// F1: answers to "what did X say" and an official's quoted figure (cut by a rule since taken back)
		{"F1 bullet under lead", review13Soundbite, "What did the prison director say?", "SNAI director Guillermo Rodriguez made these points [1]:\n\n- The operation was decisive and complied with human rights [1].", ""},
		{"F1 answer to what did he say", review13Soundbite, "What did the prison director say about the operation?", "The operation was decisive and complied with human rights [1].", ""},
		{"F1 official figure", "Violence broke out at the Litoral penitentiary on Monday.\n\n\"The death toll from the violence has risen to 31 inmates,\" the attorney general's office said in a statement on Tuesday.\n", "How many died?", "The death toll from the violence has risen to 31 inmates [1].", ""},
		// F2 agent.go saidNear: opposite deed
		// F3 negationRule when/once
		{"F3 when", "President Lasso did not impose a curfew in Guayaquil. Protesters did not leave the streets on Friday.\n", "", "President Lasso imposed a curfew in Guayaquil when protesters did not leave the streets [1].", "negation"},
		{"F3 once", "Lasso did not declare a state of emergency after the talks collapsed. The gangs did not release the guards.\n", "", "Lasso declared a state of emergency once the gangs did not release the guards [1].", "negation"},
		// F4 unattributedQuote: a name inside the quote taken for its speaker
		// F5 quotedDoerSwapped generalDoers
		{"F5 government for rebels", "The rebel group said it would release 12 hostages on Friday.\n", "", `The government will release 12 hostages on Friday [1: "The rebel group said it would release 12 hostages on Friday"].`, "who"},
		{"F5 government for opposition", "The opposition party said it would hold a national strike on Thursday. The government has not commented.\n", "", `The government will hold a national strike on Thursday [1: "The opposition party said it would hold a national strike on Thursday"].`, "who"},
		// F6 unattributedQuote: attribution words not known
		{"F6 stated", review13Soundbite, "", "The director stated that the operation complied with human rights and was decisive [1].", ""},
		{"F6 stressed", review13Soundbite, "", "The director stressed that the operation complied with human rights and was decisive [1].", ""},
		{"F6 maintained", review13Soundbite, "", "The director maintained that the operation complied with human rights and was decisive [1].", ""},
		{"F6 view", review13Soundbite, "", "In the director's view, the operation complied with human rights and was decisive [1].", ""},
		{"F6 surname first", review13Soundbite, "", "Rodriguez stated that the operation was decisive and complied with human rights [1].", ""},
		{"F6 reportedly", "Guillermo Rodriguez, the head of the prison service, spoke to reporters on Monday. \"This operation has been decisive and complied with human rights,\" he said.\n", "", "The operation reportedly was decisive and complied with human rights [1].", ""},
		// F7 insideQuotation: sentence opening on a quoted name
		{"F7 nickname", "\"Fito,\" the leader of the Los Choneros gang, escaped from the Guayaquil prison on Sunday.\n", "", "The leader of the Los Choneros gang escaped from the Guayaquil prison on Sunday [1].", ""},
		{"F7 gang name", "\"Los Choneros\" is the largest gang in Ecuador and controls most of the Litoral penitentiary.\n", "", "Los Choneros is the largest gang in Ecuador and controls most of the Litoral penitentiary [1].", ""},
		{"F7 operation name", "\"Operation Phoenix\" began on Monday, when 2,700 soldiers and police entered the Litoral penitentiary.\n", "", "The operation began on Monday, when 2,700 soldiers and police entered the Litoral penitentiary [1].", ""},
		{"F7 mixed quotes", "The gang leader, known as “Fito\", was moved on Monday. Soldiers then retook three cellblocks at the Litoral penitentiary in Guayaquil.\n", "", "Soldiers retook three cellblocks at the Litoral penitentiary in Guayaquil [1].", ""},
		// F8 quotedDeedRenamed
		{"F8 role then name", "Guillermo Rodriguez is the general director of the SNAI. On Tuesday, the SNAI director raised the death toll from the violence from 18 to 31.\n", "", `SNAI general director Guillermo Rodriguez raised the death toll on Tuesday from 18 to 31 [1: "raised the death toll from the violence from 18 to 31"].`, ""},
		{"F8 AG name", "Diana Salazar took office as attorney general in 2019. On Tuesday the attorney general raised the death toll from the violence from 18 to 31.\n", "", `In office since 2019, Attorney General Diana Salazar raised the death toll from 18 to 31 [1: "raised the death toll from the violence from 18 to 31"].`, ""},
		{"F8 place", "Troops were deployed to Los Rios province on Monday. On Tuesday the troops arrested 30 suspected gang members.\n", "", `Troops deployed to Los Rios arrested 30 suspected gang members on Tuesday [1: "arrested 30 suspected gang members"].`, ""},
		// F9 countedNounRule 'one' held elsewhere
		{"F9 police for soldier", "Police officers and soldiers surrounded the building. One soldier was shot in the leg.\n", "Was anyone hurt?", "One police officer was shot in the leg [1].", "number"},
		{"F9 policeman for soldier", "Police officers and soldiers surrounded the building. One soldier was shot in the leg.\n", "Was anyone hurt?", "One policeman was shot in the leg [1].", "number"},
		{"F9 resident for journalist", "Residents and officials attended the meeting. One journalist was injured when the roof collapsed.\n", "Was anyone hurt?", "One resident was injured when the roof collapsed [1].", "number"},
		// F10 projects(): any will/would/feared spares 'could'
		{"F10 would", "The death toll rose to 40 on Tuesday, and officials said they would release the names of the victims later.\n", "", "The death toll could rise to 40 [1].", "modality"},
		{"F10 will", "The death toll has reached 40, and the ministry will publish the names of the victims on Friday.\n", "", "The death toll could reach 40 [1].", "modality"},
		{"F10 feared", "The court sentenced Ruiz to 30 years in prison on Monday, a decision his lawyers had feared.\n", "", "Ruiz could be sentenced to 30 years in prison [1].", "modality"},
		// F11 sumInAll window
		{"F11 in all", "In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n", "", "In Esmeraldas, 17 workers were held hostage in all: 15 prison guards and 2 other staffers [1].", ""},
		{"F11 in all 2", "In Esmeraldas, 15 prison guards and 2 other staffers were held hostage at a local jail.\n", "", "17 workers were held in all, 15 prison guards and 2 other staffers, at a local jail in Esmeraldas [1].", ""},
		// (lesser) quotedWords / more..than
		{"X only comment", "Guillermo Rodriguez, a senior prison official, commented on the operation, calling it decisive.\n", "", "The only comment on the operation came from Guillermo Rodriguez, who called it decisive [1].", ""},
	})
}
