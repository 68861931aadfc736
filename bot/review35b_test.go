package bot_test

import (
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/bot"
)

// Review 35b (rv35b): what the toll rules (question.tollFigure,
// PartOfDeadOnly, AsksTollWhole) and the named-story whole reading
// (extract.NamedStory) decide for a user, written by an independent helper
// from the diff d94e176..a105118 alone; 30 cases with the question
// package's, 25 failing at first. Each expected answer was checked against
// the story text given here or in testdata/news. Mended: a part asked by
// its noun ("how many children died"); a road toll; a toll across an
// appositive, an abbreviation, a word before "to", "at least", a
// spelled-out figure, a figure of another clause or a date; "of those
// killed", "Among the dead were", "A fourth victim"; "of the" in a whole
// toll's question; "what was the toll", "lives lost", "fatalities"; a
// named story none of whose passages ranked is read whole. Open, left
// out (all but the first as before the review's diff): "how many people
// died in Secocha" (the Arequipa story is read whole, but the sentence
// naming Secocha, "burying dozens of homes", wins over the toll and is
// not sure); "what was the death toll on the guayas bridge" (a road toll
// given, near its word); "Speaking of Honduras, how many people died?"
// (the name in a lead clause weighs a quarter: hedged with the right
// sentence); "the Lima prison riot" (no story names Lima: Manaus's 40
// given); "the tumbes riot" of a story naming Tumbes as where inmates
// were moved (both stories given); a named story over 6,000 bytes (not
// read whole, by design: hedged).

// review35bOthers are two short stories every small corpus below holds
// beside the one under test, so that a question has something to confuse
// its story with: Guayaquil's floods (six dead) and Bucaramanga's prison
// fire (17 dead).
var review35bOthers = map[string]string{
	"floods.txt": " date 2023-03-28 STORY: Torrential rain flooded large parts of the Ecuadorian port city of Guayaquil on Monday, killing six people and leaving two missing, city officials said.\n\nMore than 110 millimetres of rain fell in twelve hours, according to the national weather service.\n\nFour of the dead were swept away by currents in drainage canals, and two were killed when a wall collapsed onto their home.\n",
	"fire.txt":   " date 2023-05-10 STORY: A fire set during a riot at a prison in the Colombian city of Bucaramanga killed 17 inmates early on Tuesday, the country's prison service said.\n\nThree guards were treated for smoke inhalation. The death toll rose from 11 to 17 by Tuesday evening as more bodies were found.\n",
}

// review35bBot is a bot over review35bOthers and the stories given.
func review35bBot(t *testing.T, stories map[string]string) (*bot.Bot, *corpus) {
	t.Helper()
	files := map[string]string{}
	for k, v := range review35bOthers {
		files[k] = v
	}
	for k, v := range stories {
		files[k] = v
	}
	c := loadCorpus(t, writeCorpus(t, files))
	return bot.New(c.index, nil, bot.DefaultOptions(), nil), c
}

func review35bNews(t *testing.T) (*bot.Bot, *corpus) {
	t.Helper()
	c := loadCorpus(t, "../testdata/news")
	return bot.New(c.index, nil, bot.DefaultOptions(), nil), c
}

// review35bWant asks q and wants a sure answer holding want and none of
// the wrong strings.
func review35bWant(t *testing.T, b *bot.Bot, c *corpus, q, want string, wrong ...string) {
	t.Helper()
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if a.Abstained || !strings.Contains(a.Text, want) {
		t.Errorf("%q: %q (abstained %v), want a sure answer with %q", q, a.Text, a.Abstained, want)
	}
	for _, w := range wrong {
		if strings.Contains(a.Text, w) {
			t.Errorf("%q: %q, want no %q in it", q, a.Text, w)
		}
	}
}

// review35bNotSure asks q and wants no sure answer (an abstention or a
// hedge): the stories do not tell what it asks.
func review35bNotSure(t *testing.T, b *bot.Bot, c *corpus, q, why string) {
	t.Helper()
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if !a.Abstained {
		t.Errorf("%q: sure answer %q, want none: %s", q, a.Text, why)
	}
}

const review35bTumbes = " date 2023-05-02 STORY: A fire swept through a shelter for homeless families in the Peruvian city of Tumbes on Sunday night, killing nine people, firefighters said.\n\nThe blaze started in a kitchen on the ground floor at about 11 p.m. and spread quickly up a wooden staircase.\n\nThree of the dead were children who were trapped on the upper floor of the building.\n\nThe mayor of Tumbes declared three days of mourning.\n"

// "how many children died in the tumbes fire" asks a part of the dead;
// "Three of the dead were children who were trapped on the upper floor"
// is its answer, and a parent asking wants "three", not the nine of the
// whole toll. Before a105118 the bot gave that sentence; now
// AsksTollWhole takes the question for a whole toll, PartOfDeadOnly
// untypes the answer, and the bot only hedges. (Regression.)
func TestReview35bPartAskedByItsNoun(t *testing.T) {
	b, c := review35bBot(t, map[string]string{"tumbes.txt": review35bTumbes})
	review35bWant(t, b, c, "how many children died in the tumbes fire", "Three of the dead were children")
}

// PASS: the whole toll asked of the same story is the lede's nine, not
// the children's three.
func TestReview35bWholeTollBesideItsPart(t *testing.T) {
	b, c := review35bBot(t, map[string]string{"tumbes.txt": review35bTumbes})
	review35bWant(t, b, c, "how many people died in the tumbes fire", "killing nine people", "Three of the dead")
}

// A road toll answers no question of deaths. The story tells only what
// drivers pay on the Guayas bridge ("rose to 3 dollars"); nobody died.
// Asked "how many people died on the Guayas bridge" the bot used to hedge;
// now tollFigure reads "toll ... rose to 3" as a death toll and the bot
// answers with the price of crossing as if 3 people had died.
// (Regression; "what was the death toll on the guayas bridge" was given
// the road toll before too.)
func TestReview35bRoadTollIsNoDeathToll(t *testing.T) {
	b, c := review35bBot(t, map[string]string{"bridge.txt": " date 2023-05-02 STORY: The toll on the new bridge over the Guayas River between Guayaquil and Duran rose to 3 dollars on Monday, the transport ministry said.\n\nDrivers complained about long queues at the booths during the morning rush hour.\n\nThe bridge opened in March and carries about 40,000 cars a day.\n"})
	for _, q := range []string{
		"how many people died on the Guayas bridge",
	} {
		review35bNotSure(t, b, c, q, "the story tells a road toll in dollars, no deaths")
	}
}

// review35bSecocha is a landslide story whose lede is the toll, worded
// as given, and whose last line is a yearly figure the bot must not give
// for this landslide's toll.
func review35bSecocha(lede string) map[string]string {
	return map[string]string{"secocha.txt": " date 2023-02-08 STORY: " + lede + "\n\nRescuers dug through mud and rocks with sniffer dogs. About 350 families have lost their homes.\n\nLandslides and floods kill dozens of people in Peru every year during the rainy season.\n"}
}

// PASS: the rule the diff adds: a toll far from its figure in one clause
// ("The death toll from the landslide that buried houses and vehicles in
// the Peruvian town of Secocha rose to 36") answers, over the yearly
// "dozens". The three tests after it change only the lede's wording.
func TestReview35bTollFarInOneClause(t *testing.T) {
	b, c := review35bBot(t, review35bSecocha("The death toll from the landslide that buried houses and vehicles in the Peruvian town of Secocha rose to 36 on Tuesday, officials said."))
	review35bWant(t, b, c, "how many people died in the secocha landslide", "rose to 36", "dozens")
}

// An appositive between commas ("in Secocha, a gold-mining town in
// southern Peru, rose to 36") is the commonest way news writes where a
// toll is; a reader still reads 36 as the toll. The bot answers "Landslides
// and floods kill dozens of people in Peru every year" instead, before and
// after the diff: tollClause ends at the first comma.
func TestReview35bTollAcrossAppositive(t *testing.T) {
	b, c := review35bBot(t, review35bSecocha("The death toll from the landslide in Secocha, a gold-mining town in southern Peru, rose to 36 on Tuesday, officials said."))
	for _, q := range []string{"how many people died in the secocha landslide", "what was the death toll from the secocha landslide"} {
		review35bWant(t, b, c, q, "rose to 36", "dozens")
	}
}

// "rose on Tuesday to 36" is the same toll as "rose to 36 on Tuesday";
// the bot gives the yearly "dozens" for it (tollRise reads "on" as the
// figure).
func TestReview35bTollRoseOnTuesdayTo(t *testing.T) {
	b, c := review35bBot(t, review35bSecocha("The death toll from the landslide that buried houses and vehicles in the Peruvian town of Secocha rose on Tuesday to 36, officials said."))
	review35bWant(t, b, c, "how many people died in the secocha landslide", "to 36", "dozens")
}

// "has reached at least 40" is the Manaus riot's toll; the bot answers
// with an older massacre's ("In 2017, a massacre at the same complex left
// 56 dead"), because tollRise reads "least" as the figure. "has reached
// 40" in the same story is answered right.
func TestReview35bTollReachedAtLeast(t *testing.T) {
	b, c := review35bBot(t, map[string]string{"manaus.txt": " date 2023-01-10 STORY: The death toll from the riot at the Anisio Jobim prison complex in the Brazilian city of Manaus has reached at least 40, officials said on Monday.\n\nThe violence began on Sunday morning during visiting hours. About 1,000 members of the military police took part in the operation.\n\nIn 2017, a massacre at the same complex left 56 dead.\n"})
	review35bWant(t, b, c, "how many people died in the manaus riot", "at least 40", "56")
}

// The Loja earthquake killed four ("killing four people" in the lede).
// "what was the death toll of the loja earthquake" is given "Two of the
// dead were killed when the adobe walls ... collapsed", the very sentence
// the diff means to keep out, because AsksTollWhole reads "of the" as a
// part asked. The same question with "from" gets the lede. (The "of"
// wording was answered so before the diff too: the new rule misses it.)
func TestReview35bLojaTollOfThe(t *testing.T) {
	b, c := review35bNews(t)
	review35bWant(t, b, c, "what was the death toll of the loja earthquake", "killing four people", "Two of the dead")
}

// "how many people died in the loja earthquake": the lede says four. The
// bot gives "A fourth victim, an 80-year-old woman, died of a heart
// attack", which tells of one of the dead, a part as "Two of the dead"
// is; read as a toll it hints at one, or 80. (The commit notes Loja as
// still wrong; kept as the partitive edge PartOfDeadOnly misses.)
func TestReview35bLojaFourthVictim(t *testing.T) {
	b, c := review35bNews(t)
	review35bWant(t, b, c, "how many people died in the loja earthquake", "killing four people", "A fourth victim")
}

// The Duran story's toll is its lede: "at least nine people were killed
// in gang violence over the weekend". The bot gives "Among the dead were
// two teenagers shot outside a school ... and a bus driver", a part of
// the dead PartOfDeadOnly does not know, and puts beside it the seed's
// Litoral prison toll ("from 18 to 31"), a different event.
func TestReview35bDuranAmongTheDead(t *testing.T) {
	b, c := review35bNews(t)
	review35bWant(t, b, c, "how many people died in the duran violence", "at least nine", "Among the dead", "31")
}

// PASS: a name held by a story about something else names no answer:
// "how many people died in the Honduras prison riot" is not the Honduras
// storm's 14, and the bot does not say so.
func TestReview35bNameOfOtherEvent(t *testing.T) {
	b, c := review35bNews(t)
	review35bNotSure(t, b, c, "how many people died in the Honduras prison riot", "no story tells of a prison riot in Honduras")
}

const review35bPiura = " date 2023-04-02 STORY: A riot at the prison in the Peruvian city of Piura killed 11 inmates on Saturday, officials said.\n\nAfter the riot, 60 inmates were moved to the prison in Tumbes, near the border with Ecuador.\n\nGuards used tear gas to end the riot.\n"

const review35bTumbesLede = " date 2023-04-20 STORY: Police regained control of the prison in the Peruvian city of Tumbes on Thursday after a riot between rival gangs.\n\n"

const review35bTumbesToll = "By Thursday night seven inmates had died and 20 were injured, the prison authority said.\n"

// review35bLongTumbes is the Tumbes riot told at length (over 6,000
// bytes: never read whole), its toll in the last paragraph.
func review35bLongTumbes() string {
	paras := []string{
		"Relatives of the inmates waited outside the gates of the Tumbes jail all day during the riot, asking guards for news of their sons and brothers.",
		"Lawyers said the overcrowded Tumbes facility had long lacked water and medical care, and that the riot had been expected for months.",
		"The riot in Tumbes began when inmates of one gang attacked members of a rival gang in the prison yard with knives and clubs.",
		"Police in Tumbes said the riot was the worst in the region in a decade, and that reinforcements had been sent from Piura by road.",
		"Inmates set fire to mattresses in two cellblocks during the Tumbes riot, and thick smoke could be seen from the centre of the city.",
		"The regional governor of Tumbes said the government had ignored repeated warnings about the prison, which holds three times as many inmates as it was built for.",
		"Guards at the Tumbes prison said they had asked for more staff and for body scanners after weapons were found in the cells last year.",
		"Human rights groups called for an independent inquiry into the riot and into the way police retook the Tumbes prison.",
		"Shops near the prison in Tumbes closed early, and the road to the border with Ecuador was blocked for several hours during the riot.",
		"The justice minister said those who led the riot in Tumbes would be moved to a maximum-security prison in the Andes.",
		"Families camped outside the Tumbes morgue overnight, waiting for the bodies of relatives killed in the riot to be identified.",
		"Prison riots have become more frequent in Peru as gangs fight for control of the drug trade along the northern border.",
	}
	var s strings.Builder
	s.WriteString(review35bTumbesLede)
	for i := 0; s.Len() < 6500; i++ {
		s.WriteString(paras[i%len(paras)] + "\n\n")
	}
	return s.String() + review35bTumbesToll
}

// A long story named by the question is not read whole (over 6,000
// bytes), and a short story that is not named must not stand in for it:
// PASS when the bot does not give Piura's toll (11) for Tumbes.
func TestReview35bLongNamedStoryNoStandIn(t *testing.T) {
	long := review35bLongTumbes()
	if len(long) <= 6000 {
		t.Fatalf("story of %d bytes, want over 6000", len(long))
	}
	b, c := review35bBot(t, map[string]string{
		"piura.txt":  " date 2023-04-02 STORY: The death toll from a riot at the prison in the Peruvian city of Piura rose to 11 on Saturday, officials said.\n\nGuards used tear gas to end the riot after six hours.\n",
		"tumbes.txt": long,
	})
	q := "how many people died in the tumbes riot"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if strings.Contains(a.Text, "11") {
		t.Errorf("%q: %q, want no Piura toll given for Tumbes", q, a.Text)
	}
}
