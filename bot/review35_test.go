package bot_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot"
	"github.com/storybot-dev/storybot/extract"
)

// Review of session 35 (rv35): glued question words, "whose" as a stop
// word, and up to three stories answering a question that names none of
// them, written by an independent helper from the diff alone (git diff
// ddceab2); 28 cases, 14 failing at first. Expected values were checked
// against the story text (testdata/news, corpus/), not copied from the
// bot's output. Mended: a glued word the stories use or a capitalised one
// is a name ("Howlong"); a slip in the glued half ("howmanny"); the third
// story's check reads the sentence's own words, not its title's; another
// story's count must stand beside the deed asked ("send 200 soldiers" is
// no count of soldiers killed). Open, left out: "whose house was buried
// by a landslide" gets Peru's "a landslide that buried houses" beside
// Honduras's "a family of four whose house was buried" ("whose" is no
// term: the possessor is not checked); "how many children died" gets a
// Guayaquil shopkeeper's "three children", who lived, as a second story
// (the second story's sentence is held to holdsAsBest only: held to
// saysAsBest too, it lost more right second lines than bad ones, news
// report 885 -> 878 right, 161 -> 168 wrong).

// howlongCorpus is two flooded towns on the Murray: Howlong (a real town
// whose name is "how" + "long") and Corowa.
func howlongCorpus(t *testing.T) *corpus {
	return loadCorpus(t, writeCorpus(t, map[string]string{
		"howlong.txt": " date 2024-03-02 STORY: Floodwater from the Murray River cut off the town of Howlong on Friday, officials said.\n\n" +
			"About 400 residents of Howlong were evacuated to Albury by Saturday morning.\n\n" +
			"The evacuation centre will stay open for five days, the council said.\n",
		"corowa.txt": " date 2024-03-03 STORY: Heavy rain flooded the town of Corowa on Saturday, officials said.\n\n" +
			"About 1,200 residents of Corowa were evacuated to Wodonga.\n\n" +
			"The roads into Corowa will stay closed for two weeks, police said.\n",
	}))
}

// FINDING (a and b), mended. A question naming the town Howlong is about Howlong:
// 400 residents, taken to Albury. gluedWh reads "Howlong" as "how long",
// the question loses the one word that says which story, and the bot
// answers Corowa's 1,200 first ("Two stories answer this") or hedges with
// Corowa's sentence. At ddceab2 both were answered from Howlong alone.
// (c) PASS: a real glued "howlong" still asks a duration.
func TestReview35GluedWordThatIsATown(t *testing.T) {
	c := howlongCorpus(t)
	b := bot.New(c.index, nil, bot.DefaultOptions(), nil)
	for _, tc := range []struct{ q, want, not string }{
		{"how many residents of Howlong were evacuated?", "400", "1,200"},
		{"where were the Howlong residents taken", "Albury", "Wodonga"},
		{"howlong will the roads into Corowa stay closed", "two weeks", "five days"},
	} {
		a := ask(t, b, tc.q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || !strings.Contains(a.Text, tc.want) || strings.Contains(a.Text, tc.not) {
			t.Errorf("%q (read as %q): %q, want %q and not %q", tc.q, a.ReadAs, a.Text, tc.want, tc.not)
		}
	}
}

// FINDING, mended. "howmanny died in the prison" (a glued "how many" with one
// doubled letter) is read as "human died in the prison" and refused. The
// seed story answers it: the death toll was raised to 31.
func TestReview35GluedHowManyWithASlip(t *testing.T) {
	b, c := seedBot(t)
	q := "howmanny died in the prison"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if strings.Contains(a.ReadAs, "human") || a.Abstained || !strings.Contains(a.Text, "31") {
		t.Errorf("%q (read as %q): %q, want the toll of 31", q, a.ReadAs, a.Text)
	}
}

// PASS: the glued count the rule is for, answered from the seed story
// ("15 prison guards and 2 other staffers were held hostage").
func TestReview35GluedHowManyAnswers(t *testing.T) {
	b, c := seedBot(t)
	a := ask(t, b, "howmany guards were held hostage")
	checkContract(t, []*corpus{c}, a)
	if a.Abstained || !strings.Contains(a.Text, "15 prison guards") {
		t.Errorf("%q: %q, want the 15 guards", "howmany guards were held hostage", a.Text)
	}
}

// PASS: with "whose" no term, a question still finds the one sentence that
// says whose: the pilot's helicopter (Chile), Ecuador's navy (at ddceab2
// only a hedge).
func TestReview35WhoseStillAnswers(t *testing.T) {
	c := loadCorpus(t, "../testdata/news")
	b := bot.New(c.index, nil, bot.DefaultOptions(), nil)
	for q, want := range map[string]string{
		"whose helicopter crashed":                   "a pilot whose helicopter crashed",
		"whose navy was searching for the fishermen": "Ecuador's navy",
	} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if a.Abstained || !strings.Contains(a.Text, want) || len(a.Citations) != 1 {
			t.Errorf("%q: %q, want %q alone", q, a.Text, want)
		}
	}
}

// FINDING, mended: the third story must "itself say all that best's does"
// (saysAsBest), but the check reads candidate.covered, which credits
// every sentence with its story's title words (titleShare 0.9) and loose
// kin words. So a third story is given that answers nothing asked:
//   - "how many soldiers were killed": Duran's "soldiers will patrol the
//     streets" (its title's "nine people were killed" lends the killing);
//   - "how many prisoners died": Quito's "which holds roughly 1,400
//     prisoners" (its title's "12 inmates dead" lends the dying);
//   - "how many homes were damaged": Osnabrueck's "its fuse was damaged"
//     (a bomb's fuse; "home" is credited at 0.5 by a kin word, not
//     said).
//
// Right: each of those lines left out (one or two stories answer).
func TestReview35ThirdStoryAnswersAnotherQuestion(t *testing.T) {
	c := loadCorpus(t, "../testdata/news")
	b := bot.New(c.index, nil, bot.DefaultOptions(), nil)
	for _, tc := range []struct{ q, right, wrong string }{
		{"how many soldiers were killed", "One soldier was killed", "soldiers will patrol the streets"},
		// (since the toll review, "at least 100 prisoners have died in
		// custody" is a tally over time, no answer to one event's deaths:
		// "how many prisoners died" is hedged, still without the line)
		{"how many prisoners died", "", "holds roughly 1,400 prisoners"},
		{"how many homes were damaged", "damaging at least 180 homes", "its fuse was damaged"},
	} {
		a := ask(t, b, tc.q)
		checkContract(t, []*corpus{c}, a)
		if tc.right != "" && !strings.Contains(a.Text, tc.right) || strings.Contains(a.Text, tc.wrong) {
			t.Errorf("%q: %q\nwant %q and not the unrelated %q", tc.q, a.Text, tc.right, tc.wrong)
		}
	}
}

// FINDING, mended for the count's deed (a second story's count must stand
// beside the deed asked, as the first's does; the rest is left open, see
// the header). The README says saysAsBest keeps "Three guards were treated for
// smoke inhalation, and 25 inmates were taken to hospitals" from standing
// beside answers it does not give; but it is applied to the third story
// only. The second story still needs no more than holdsAsBest, so the same
// sentence answers "how many inmates were killed" (25 went to hospital;
// 17 were killed, the lede of the same story says), Guayaquil's
// "three children" of a shopkeeper who sat on her roof answers "how many
// children died", and Guerrero's "send 200 soldiers" answers "how many
// soldiers were killed".
func TestReview35SecondStoryEscapesSaysAsBest(t *testing.T) {
	c := loadCorpus(t, "../testdata/news")
	b := bot.New(c.index, nil, bot.DefaultOptions(), nil)
	for _, tc := range []struct{ q, wrong string }{
		{"how many inmates were killed", "25 inmates were taken to hospitals"},
		{"how many soldiers were killed", "send 200 soldiers"},
	} {
		a := ask(t, b, tc.q)
		checkContract(t, []*corpus{c}, a)
		if strings.Contains(a.Text, tc.wrong) {
			t.Errorf("%q: %q\nwant no line %q: it tells of something else", tc.q, a.Text, tc.wrong)
		}
	}
}

// storyLines are the lines of a two- or three-story answer under their
// labels: the label's title and date, and the text after it.
var storyLineRE = regexp.MustCompile(`(?m)^- In "([^"\n]*)"(?: \(([^)\n]*)\))?: (.*)$`)

// checkLines asserts every line of a many-story answer cites only its own
// story (the one its label names), that the stories differ, and returns
// the lines.
func checkLines(t *testing.T, c *corpus, a *bot.Answer) [][]string {
	t.Helper()
	lines := storyLineRE.FindAllStringSubmatch(a.Text, -1)
	seen := map[string]bool{}
	for _, l := range lines {
		title := strings.TrimSuffix(l[1], "…")
		src := ""
		for _, m := range markerRE.FindAllStringSubmatch(l[3], -1) {
			n, _ := strconv.Atoi(m[1])
			if n < 1 || n > len(a.Citations) {
				continue // checkContract reports it
			}
			cit := a.Citations[n-1]
			if src != "" && cit.Source != src {
				t.Errorf("line %q cites two stories", l[0])
			}
			src = cit.Source
			st := strings.ReplaceAll(c.byID[cit.Source].Title, `"`, "'")
			if !strings.HasPrefix(st, title) || l[2] != c.byID[cit.Source].Date {
				t.Errorf("line under %q (%s) cites [%d] of %q (%s)", l[1], l[2], n, st, c.byID[cit.Source].Date)
			}
		}
		if src == "" {
			t.Errorf("line %q cites nothing", l[0])
		}
		if seen[src] {
			t.Errorf("two lines from %s in %q", src, a.Text)
		}
		seen[src] = true
	}
	return lines
}

// riotsCorpus is three prison riots in three countries, each with its
// death toll; the titles hold quotation marks, parentheses, a colon and a
// semicolon.
func riotsCorpus(t *testing.T) *corpus {
	return loadCorpus(t, writeCorpus(t, map[string]string{
		"a.txt": " date 2024-02-06 STORY: Riot at \"La Joya\" prison (Panama): nine inmates dead after gang fight.\n\n" +
			"The death toll from the riot at the La Joya prison rose to 9 on Tuesday, officials said.\n\nGuards regained control by the evening.\n",
		"b.txt": " date 2024-03-12 STORY: Gang riot at Chile's Santiago 1 jail; army called in.\n\n" +
			"The death toll from the riot at the Santiago 1 jail rose to 6 on Monday, officials said.\n\nSoldiers guarded the gates overnight.\n",
		"c.txt": " date 2024-04-20 STORY: Honduran women's prison riot (Tamara): the worst in years.\n\n" +
			"The death toll from the riot at the Tamara prison rose to 46 on Friday, officials said.\n\nThe president fired the security minister.\n",
	}))
}

var resolvedDayRE = regexp.MustCompile(`\(((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) (\d{1,2} [A-Z][a-z]+ \d{4}), counted from the story's date\)`)

// checkOwnDays asserts each resolved weekday in a line is a day of the
// week before (or of) that line's own story's date, and really that
// weekday.
func checkOwnDays(t *testing.T, lines [][]string) {
	t.Helper()
	for _, l := range lines {
		storyDay, err := time.Parse("2006-01-02", l[2])
		if err != nil {
			t.Errorf("line %q: date %q: %v", l[0], l[2], err)
			continue
		}
		for _, m := range resolvedDayRE.FindAllStringSubmatch(l[3], -1) {
			d, err := time.Parse("2 January 2006", m[2])
			if err != nil {
				t.Errorf("%q: %v", m[0], err)
				continue
			}
			if d.Weekday().String() != m[1] || d.After(storyDay) || storyDay.Sub(d) >= 7*24*time.Hour {
				t.Errorf("line of the story of %s resolves %q: not that weekday in the week before its own date", l[2], m[0])
			}
		}
	}
}

// PASS: a three-story time answer resolves each line's weekday from its
// own story's date (Quito's "on Tuesday" of 2023-03-15 is 14 March,
// Guayaquil's of 2023-07-26 is 25 July, Chile's "on Sunday" of 2023-02-06
// is 5 February), and each line cites its own story.
func TestReview35ThreeStoriesOwnDays(t *testing.T) {
	news := loadCorpus(t, "../testdata/news")
	riots := riotsCorpus(t)
	for _, tc := range []struct {
		c *corpus
		q string
	}{
		{news, "when was the death toll raised"},
		{riots, "when did the death toll rise"},
	} {
		b := bot.New(tc.c.index, nil, bot.DefaultOptions(), nil)
		a := ask(t, b, tc.q)
		checkContract(t, []*corpus{tc.c}, a)
		if !strings.HasPrefix(a.Text, extract.ThreeStories) {
			t.Errorf("%q: %q, want three stories' answers", tc.q, a.Text)
			continue
		}
		lines := checkLines(t, tc.c, a)
		if len(lines) != 3 || len(resolvedDayRE.FindAllString(a.Text, -1)) < 3 {
			t.Errorf("%q: %q, want three lines, each day resolved", tc.q, a.Text)
		}
		checkOwnDays(t, lines)
	}
}

// PASS: when best's own answer carries two citations (a neighbour
// sentence), the other stories' lines go on from [3]: numbers 1..4 in
// order, each line citing only its own story. "what did the attorney
// general's office say" is told in three stories (Colombia's
// investigation, the cocaine detainees' charges, the Molotov attack).
func TestReview35ThreeStoriesNumbering(t *testing.T) {
	c := loadCorpus(t, "../testdata/news")
	b := bot.New(c.index, nil, bot.DefaultOptions(), nil)
	q := "what did the attorney general's office say"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	lines := checkLines(t, c, a)
	if !strings.HasPrefix(a.Text, extract.ThreeStories) || len(lines) != 3 {
		t.Fatalf("%q: %q, want three stories' answers", q, a.Text)
	}
	last := 0
	for _, m := range markerRE.FindAllStringSubmatch(a.Text, -1) {
		n, _ := strconv.Atoi(m[1])
		if n != last+1 {
			t.Errorf("%q: marker [%d] after [%d]", a.Text, n, last)
		}
		last = n
	}
	for _, want := range []string{"opened an investigation", "charged with drug trafficking", "Molotov cocktail attack"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("%q: %q, want %q", q, a.Text, want)
		}
	}
}

// PASS: Unlabelled (what grading reads) of a three-story answer whose
// titles hold quotation marks, parentheses and a colon keeps the three
// counts and no label or opening: the titles' quotes are made single so
// the label ends where it should.
func TestReview35UnlabelledThreeStories(t *testing.T) {
	c := riotsCorpus(t)
	b := bot.New(c.index, nil, bot.DefaultOptions(), nil)
	q := "what was the death toll from the riot"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if !strings.HasPrefix(a.Text, extract.ThreeStories) {
		t.Fatalf("%q: %q, want three stories' answers", q, a.Text)
	}
	body := extract.Unlabelled(a.Text)
	if strings.Contains(body, extract.ThreeStories) || strings.Contains(body, "- In \"") || strings.Contains(body, "(2024-") {
		t.Errorf("Unlabelled(%q) = %q, want no label", a.Text, body)
	}
	for _, w := range []string{"rose to 9", "rose to 6", "rose to 46"} {
		if !strings.Contains(body, w) {
			t.Errorf("Unlabelled(%q) = %q, want %q kept", a.Text, body, w)
		}
	}
}

// PASS: a yes/no question is settled by one sentence, never listed across
// stories, though three stories tell of a death toll rising.
func TestReview35YesNoGetsOneStory(t *testing.T) {
	c := loadCorpus(t, "../testdata/news")
	b := bot.New(c.index, nil, bot.DefaultOptions(), nil)
	for _, q := range []string{"did the death toll rise?", "was the death toll raised to 31?"} {
		a := ask(t, b, q)
		checkContract(t, []*corpus{c}, a)
		if strings.Contains(a.Text, "stories answer this") || len(a.Citations) != 1 || !strings.HasPrefix(a.Text, "Yes") {
			t.Errorf("%q: %q, want one story's yes", q, a.Text)
		}
	}
}

// PASS: a question naming its story (Bucaramanga) gets that story's toll
// alone ("The death toll rose from 11 to 17"), not Quito's and Guayaquil's
// beside it.
func TestReview35NamedStoryGetsOne(t *testing.T) {
	c := loadCorpus(t, "../testdata/news")
	b := bot.New(c.index, nil, bot.DefaultOptions(), nil)
	q := "what is the death toll in bucaramanga"
	a := ask(t, b, q)
	checkContract(t, []*corpus{c}, a)
	if a.Abstained || !strings.Contains(a.Text, "17") || strings.Contains(a.Text, "stories answer this") || len(a.Citations) != 1 {
		t.Errorf("%q: %q, want Bucaramanga's 17 alone", q, a.Text)
	}
}
