package extract

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Review of session 19 (REVIEW.diff): questions a user would type, with
// the answer a careful reader of the story would give.

const (
	rv19Riot = " date 2024-03-01 STORY: Prison riot leaves 12 dead in Ecuador.\n\n" +
		"The riot began over control of drug routes, officials said. It was the worst violence this year. " +
		"Inmates at the Litoral prison in Guayaquil rioted on Saturday. " +
		"Separately, a car bomb exploded outside a police station in Esmeraldas. " +
		"Soldiers regained control of the prison after six hours.\n"
	rv19RiotOwnPlace = " date 2024-03-01 STORY: Prison riot leaves 12 dead in Ecuador.\n\n" +
		"The riot began over control of drug routes, officials said. It was the worst violence this year. " +
		"Inmates at the Litoral prison in Guayaquil rioted on Saturday. " +
		"Separately, a car bomb exploded outside a police station in Esmeraldas. " +
		"Soldiers regained control of the prison in Guayaquil after six hours.\n"
	rv19Violence = " date 2024-03-01 STORY: Gang violence spreads across Ecuador.\n\n" +
		"The government met on Monday. Officials spoke of a crisis. In Duran, a curfew was declared from 10 p.m. " +
		"Gunmen killed a mayor in Manta on Sunday. The violence has forced schools to close.\n"
	rv19Nairobi = " date 2024-03-01 STORY: Police clash with protesters in Nairobi.\n\n" +
		"The protests were over a new tax. Thousands took part. Protesters marched through Nairobi on Tuesday. " +
		"In Mombasa, traders closed their shops. The police fired tear gas at the crowd.\n"
	rv19Ruiz = " date 2024-03-01 STORY: Prison chief asks for more money.\n\n" +
		"The head of the prison service, Ana Ruiz, spoke on Monday.\n\n\"We need more guards and better walls,\" Ruiz said.\n"
	rv19Retake = " date 2024-03-01 STORY: Soldiers retake a prison in Quito.\n\n" +
		"Soldiers entered the prison at dawn on Tuesday. They did not hurt any inmates, the army said. The operation lasted six hours.\n"
	rv19Guards = " date 2024-03-01 STORY: Two prison guards killed in Esmeraldas.\n\n" +
		"The two were killed when inmates attacked them with knives on Sunday. Three inmates were also hurt in the clash.\n"
	rv19Journalist = " date 2024-03-01 STORY: Journalist hurt in Quito protest.\n\n" +
		"She was hit by a rubber bullet on Friday and taken to hospital. Her paper condemned the attack.\n"
	rv19Miners = " date 2024-03-01 STORY: Miners trapped after collapse in Zacatecas.\n\n" +
		"The collapse happened on Wednesday morning. Three died and five were rescued on Thursday.\n"
	rv19Manta = " date 2023-07-24 STORY: Mayor of Manta shot dead in Ecuador.\n\n" +
		"Agustin Intriago was shot dead on Sunday while inspecting public works in the port city. " +
		"A footballer with him was also wounded. Police arrested one suspect.\n"
	rv19Inmates = " date 2024-03-01 STORY: Inmates riot in a prison in Quito.\n\n" +
		"They took over two cellblocks on Monday. They killed two guards before soldiers arrived.\n"
	rv19Kaduna = " date 2024-03-01 STORY: Inmates flee a prison in Kaduna.\n\n" +
		"The wall of the prison collapsed after heavy rain on Thursday. Dozens of inmates got out through the gap before guards arrived.\n"
	rv19Lagos = " date 2024-03-01 STORY: Storm hits Lagos.\n\n" +
		"Strong winds tore roofs off homes on Monday. The lights went out across the city for six hours.\n"
	rv19Accra = " date 2024-03-01 STORY: Fire at a market in Accra.\n\n" +
		"A fire broke out at the Makola market early on Sunday. Firefighters put out the blaze after three hours. No one was hurt.\n"
	rv19Zamfara = " date 2024-03-01 STORY: Gunmen storm a school in Zamfara.\n\n" +
		"Gunmen attacked a school in Zamfara on Friday. Twelve students were taken away by the attackers. Police said a search was under way.\n"
	rv19Fight = " date 2024-03-01 STORY: Riot in a prison in Quito.\n\n" +
		"A fight between gangs got out of control on Saturday night. Soldiers were sent in on Sunday.\n"
	rv19Report = " date 2024-03-01 STORY: Report on prison deaths.\n\n" +
		"The report came out on Monday, two weeks after the riot. It said guards had ignored warnings.\n"
	rv19Robbers = " date 2024-03-01 STORY: Bank robbery in Sao Paulo.\n\n" +
		"Armed men raided a bank in Sao Paulo on Friday. The robbers got away with $2 million in cash.\n"
	rv19Mali = " date 2024-03-01 STORY: Troops kill a rebel commander in Mali.\n\n" +
		"Troops killed the rebel commander in an air strike on Tuesday, the army said.\n"
	rv19Draft = " date 2024-03-01 STORY: Report on prison deaths.\n\n" +
		"The report on the deaths has not been published yet. A draft raised issues about guard training.\n"
	rv19Caught = " date 2024-03-01 STORY: Gang leader caught in Colombia.\n\n" +
		"The gang leader was caught on Monday as he tried to flee across the border. Police said he had been hiding for months.\n"
	rv19Suspects = " date 2024-03-01 STORY: Bank robbery in Lima.\n\n" +
		"Armed men raided a bank in Lima on Friday. Two suspects tried to flee but were arrested by police nearby.\n"
)

type rv19Case struct {
	rule  string // which rule of the change the case sits at the edge of
	story string // "" is the seed story
	q     string
	want  string // what a careful reader expects, for the failure message
	ok    func(got string) bool
}

func rv19Yes(holds string) func(string) bool {
	return func(got string) bool { return strings.HasPrefix(got, "Yes") && strings.Contains(got, holds) }
}

func rv19No(holds string) func(string) bool {
	return func(got string) bool { return strings.HasPrefix(got, "No") && strings.Contains(got, holds) }
}

func rv19NotYes(got string) bool { return !strings.HasPrefix(got, "Yes") }

// rv19Answers: the answer shows the sentence holding want, unhedged.
func rv19Answers(holds string) func(string) bool {
	return func(got string) bool {
		return strings.Contains(got, holds) && !strings.Contains(got, "couldn't") && !strings.Contains(got, "don't say")
	}
}

func TestReview19Cases(t *testing.T) {
	seed := testindex.Seed(t)
	cases := []rv19Case{
		// 1. "the <title word>" holds the places of the two sentences before
		{"the-prison", "", "were weapons seized in Guayaquil?", "Yes: weapons seized from inside the prison (at the Litoral, Guayaquil)", rv19Yes("seized")},
		{"the-prison", rv19Riot, "what happened in Esmeraldas?", "the car bomb sentence", rv19Answers("car bomb")},
		{"the-prison", rv19Riot, "did soldiers regain control in Esmeraldas?", "no Yes: control was regained of the Guayaquil prison; Esmeraldas had a car bomb", rv19NotYes},
		{"the-prison", rv19RiotOwnPlace, "did soldiers regain control in Esmeraldas?", "no Yes: the sentence itself says the prison in Guayaquil", rv19NotYes},
		{"the-prison", rv19Violence, "have schools closed in Duran?", "no Yes: the story does not say where schools closed", rv19NotYes},
		{"the-prison", rv19Nairobi, "did police fire tear gas in Mombasa?", "no Yes: Mombasa had traders closing shops, tear gas is not placed there", rv19NotYes},
		// 2. somebody
		{"somebody", "", "was somebody taken hostage in Esmeraldas?", "Yes: 15 prison guards and 2 staffers were held hostage", rv19Yes("held hostage")},
		{"somebody", "", "did somebody get shot in Manta?", "Yes: the mayor of Manta was shot dead", rv19Yes("shot dead")},
		// 3. what did X say <pronoun> <verb>
		{"said-clause", "", "what did police say they seized inside", "the weapons and ammunition seized", rv19Answers("automatic weapons")},
		{"said-clause", "", "what did the snai director say they had been able to do", "Rodriguez's quotation: 'we have been able to intervene to recover order'", rv19Answers("recover order")},
		{"said-clause", "", "what did rodriguez say they did", "Rodriguez's quotation (the operation, working together, recovering order)", rv19Answers("This operation has been decisive")},
		{"said-clause", "", "what did the general director say he thanked", "the quotation: 'thanks to Ecuador's highest authority'", rv19Answers("highest authority")},
		{"said-clause", rv19Ruiz, "what did Ruiz say they needed?", "the quotation 'We need more guards and better walls'", rv19Answers("We need more guards")},
		// 4. harm questions take no person word from the title
		{"harmed", "", "did any soldiers die?", "no Yes: the toll is not said to hold soldiers", rv19NotYes},
		{"harmed", rv19Inmates, "did the inmates kill anyone?", "Yes: they killed two guards", rv19Yes("killed two guards")},
		{"harmed", rv19Retake, "did the soldiers hurt anyone?", "No: they did not hurt any inmates", rv19No("did not hurt")},
		{"harmed", rv19Retake, "did soldiers hurt any inmates?", "No: they did not hurt any inmates", rv19No("did not hurt")},
		{"harmed", rv19Guards, "how were the guards killed?", "inmates attacked them with knives", rv19Answers("knives")},
		{"harmed", rv19Journalist, "how was the journalist hurt?", "hit by a rubber bullet", rv19Answers("rubber bullet")},
		{"harmed", rv19Manta, "when was the mayor killed?", "on Sunday (Agustin Intriago was shot dead on Sunday)", rv19Answers("shot dead on Sunday")},
		// 5. light verb + out/away/free in a yes/no question
		{"outcome", rv19Lagos, "did the lights go out in Lagos?", "Yes: the lights went out across the city", rv19Yes("went out")},
		{"outcome", rv19Accra, "did firefighters put out the fire?", "Yes: firefighters put out the blaze", rv19Yes("put out the blaze")},
		{"outcome", rv19Zamfara, "were the students taken away?", "Yes: twelve students were taken away", rv19Yes("taken away")},
		{"outcome", rv19Fight, "did the fight get out of control?", "Yes: the fight got out of control", rv19Yes("out of control")},
		{"outcome", rv19Report, "did the report come out on monday?", "Yes: the report came out on Monday", rv19Yes("came out")},
		{"outcome", rv19Robbers, "did the robbers get away?", "Yes: the robbers got away with $2 million", rv19Yes("got away")},
		{"outcome", rv19Mali, "did the army take out the rebel commander?", "Yes: troops killed the rebel commander", rv19Yes("killed the rebel commander")},
		{"outcome", rv19Draft, "has the report come out?", "no Yes: it has not been published ('issues' is no 'issue' of a report)", rv19NotYes},
		{"outcome", rv19Caught, "did the gang leader get away?", "no Yes: he was caught as he tried to flee", rv19NotYes},
		{"outcome", rv19Suspects, "did the suspects get away?", "no Yes: they tried to flee but were arrested", rv19NotYes},
	}
	for _, c := range cases {
		t.Run(c.rule+"/"+c.q, func(t *testing.T) {
			var got string
			if c.story == "" {
				got = askText(t, seed, c.q)
			} else {
				got = askOf(t, map[string]string{"a.txt": c.story}, c.q).Text
			}
			if !c.ok(got) {
				t.Errorf("[%s] %q:\n got  %q\n want %s", c.rule, c.q, got, c.want)
			}
		})
	}
}
