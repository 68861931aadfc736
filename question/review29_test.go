package question

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// review29Vocabulary is the vocabulary of the seed story and the news
// stories: the words a real deployment reads a question against.
func review29Vocabulary(t *testing.T) *Vocabulary {
	t.Helper()
	var texts []string
	for _, g := range []string{"../corpus/*.txt", "../testdata/news/0*.txt"} {
		files, err := filepath.Glob(g)
		if err != nil || len(files) == 0 {
			t.Fatalf("no stories at %s: %v", g, err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	var rd Reader
	return rd.Vocabulary(newTermCorpus(texts...))
}

// Edge cases of Premise (review 29): which confirmation questions it reads,
// and as the question of which slot. ask is the reading's opening ("how
// many", "how long", "when", "where"; alternatives joined by "|", an empty
// one allowing no reading), or "" when the question must not be read at
// all; has and lacks are words the reading must and must not hold.
// Written by a reviewer from the diff alone; 16 of 40 failed at first, all
// mended (fourteen to nineteen, four-digit counts, "60-day", minutes, a
// clock time asks when, "the one" no figure, decimals, "May", "yesterday",
// a year, two-word places, a named prison placed elsewhere, a relative
// "who", "didn't they?", an emoji after the tag, "am I right"). Two place
// cases now want no reading: a place the stories name is the question's
// topic, no slot (mended after the bank showed "hostages in Esmeraldas was
// released finally or not?" answered as "where hostages was released").
func TestReview29(t *testing.T) {
	voc := review29Vocabulary(t)
	type premiseCase struct {
		name, q, ask string
		has, lacks   []string
	}
	run := func(t *testing.T, c premiseCase) {
		t.Helper()
		got, ok := Premise(c.q, voc)
		if c.ask == "" {
			if ok {
				t.Errorf("Premise(%q) = %q, want no reading", c.q, got)
			}
			return
		}
		opens := false
		for _, a := range strings.Split(c.ask, "|") {
			opens = opens || a == "" && !ok || a != "" && ok && strings.HasPrefix(got, a+" ")
		}
		if !opens {
			t.Errorf("Premise(%q) = %q, %v; want a reading opening %q", c.q, got, ok, c.ask)
			return
		}
		words := map[string]bool{}
		for _, w := range strings.Fields(got) {
			words[strings.Trim(w, ",.;:?!")] = true
		}
		for _, w := range c.has {
			if !words[w] {
				t.Errorf("Premise(%q) = %q, want it to hold %q", c.q, got, w)
			}
		}
		for _, w := range c.lacks {
			if strings.Contains(strings.ToLower(got), strings.ToLower(w)) {
				t.Errorf("Premise(%q) = %q, want it without %q", c.q, got, w)
			}
		}
	}
	for _, c := range []premiseCase{
		// --- tags just inside ---
		{"tag is that correct", "31 people died, is that correct?", "how many", []string{"died"}, []string{"31", "correct"}},
		{"tag no", "31 people died, no?", "how many", []string{"people", "died"}, []string{"31"}},
		{"tag or not without a question mark", "31 ppl died or not", "how many", []string{"died"}, []string{"31", "not"}},
		{"tag with doubled question marks", "the toll is 50 right??", "how many", []string{"toll"}, []string{"50", "right"}},
		{"opening is it correct that", "is it correct that 31 people died", "how many", []string{"died"}, []string{"31", "correct"}},
		{"opening is it true without that", "Is it true 31 people died?", "how many", []string{"died"}, []string{"31", "true"}},
		{"a yes/no question closed by or not", "did 50 people die or not?", "how many", []string{"die"}, []string{"50"}},
		// --- no confirmation asked: just outside ---
		{"tag not at the end", "right, so 31 died", "", nil, nil},
		{"a wh-question with a tag", "when did it start, monday right?", "", nil, nil},

		// --- length: maxPremiseWords (12) ---
		{"twelve words", "my mate at work reckons about 200 soldiers went into the prison, right?", "how many", []string{"soldiers", "went"}, []string{"200", "about"}},
		{"thirteen words", "my mate at work reckons about 200 soldiers went into the big prison, right?", "", nil, nil},

		// --- figures ---
		{"hedged figure", "only like 200 soldiers went in, right?", "how many", []string{"soldiers", "went", "in"}, []string{"200", "only", "like"}},
		{"a few hundred", "a few hundred inmates escaped right?", "how many", []string{"inmates", "escaped"}, []string{"few", "hundred"}},
		{"span in words", "the emergency lasts two months right?", "how long", []string{"emergency"}, []string{"two"}},
		{"a figure with a comma", "members voted 1,214 to 96 right?", "how many", []string{"members", "voted"}, []string{"1,214"}},
		// FINDING: "fourteen" (and sixteen to nineteen) is a number word the
		// rule's list skips (it has thirteen and fifteen), so the count a user
		// typed in words is no slot at all and the question stays refused.
		{"fourteen in words", "fourteen guards were held hostage right?", "how many", []string{"guards", "held", "hostage"}, []string{"fourteen"}},
		// FINDING: a count typed without its thousands comma ("1500
		// inmates", how chat users type it) is taken for a year and read as
		// no figure; "like" before it and the plural noun after it make it a
		// count, not a year.
		{"four-digit count without a comma", "like 1500 inmates were moved right?", "how many", []string{"inmates", "moved"}, []string{"1500", "like"}},
		// FINDING: "60-day" is a span of time as much as "60 days"; the
		// hyphen keeps premiseSpanRE from seeing "day", so the reading is
		// "how many it's -day state of emergency".
		{"hyphenated span", "it's a 60-day state of emergency right?", "how long", []string{"emergency"}, []string{"60", "-day"}},
		// FINDING: minutes are a span of time too; premiseSpanRE lists
		// hours, days, weeks, months and years but not minutes, so "how
		// many the riot lasted minutes".
		{"span in minutes", "the riot lasted 40 minutes right?", "how long", []string{"riot", "lasted"}, []string{"40"}},
		// FINDING: a clock time is a when, not a count: "at 10 pm" is read
		// "how many the riot started at pm".
		{"clock time", "the riot started at 10 pm right?", "when", []string{"riot", "started"}, []string{"10"}},
		// FINDING: "the one in guayaquil" is no figure; reading "one" as a
		// count gives "how many this is the in guayaquil", a question
		// nobody asked (a where-reading, or none, would be right).
		{"one as a pronoun", "this is the one in guayaquil right?", "where|", nil, []string{"how many"}},
		// FINDING: a decimal figure is cut at its point: "3.5 percent"
		// leaves ".5 percent" in the reading.
		{"decimal figure", "banana exports fell 3.5 percent right?", "how many", []string{"exports", "fell"}, []string{"3.5", ".5"}},

		// --- day or month ---
		{"weekday after on", "fighting started on Sunday, right?", "when", []string{"fighting", "started"}, []string{"sunday"}},
		{"lower-case weekday", "the toll was raised on tuesday right?", "when", []string{"toll", "raised"}, []string{"tuesday"}},
		{"month", "it started in july right?", "when", []string{"started"}, []string{"july"}},
		// FINDING: "may" is skipped as a modal, but written "in May" with a
		// capital after "in" it can only be the month; the question gets no
		// reading at all.
		{"capitalised May after in", "the riot was in May, right?", "when", []string{"riot"}, []string{"may"}},
		// FINDING: "yesterday" names a day as surely as "Monday"; the time
		// test only knows weekday and month names, so no reading.
		{"yesterday", "the riot started yesterday right?", "when", []string{"riot", "started"}, []string{"yesterday"}},
		// FINDING: a year is the when of a statement ("not a year" keeps it
		// from being a figure) but is then no slot at all.
		{"year", "the riot was in 2021 right?", "when", []string{"riot"}, []string{"2021"}},

		// --- place ---
		// (mended at the session: a place the stories name is the
		// question's topic, no slot: "hostages in Esmeraldas was released
		// finally or not?" was read "where hostages was released" and
		// answered; so a city they name is no slot either)
		{"lower-case city the stories name", "the riot was near guayaquil right?", "", nil, nil},
		{"the city of", "the prison is in the city of Quito, right?", "", nil, nil},
		{"the city of, a city they don't name", "the prison is in the city of Ambato, right?", "where", []string{"prison"}, []string{"ambato", "city"}},
		{"common word after in", "the riot was in the prison right?", "", nil, nil},
		{"at large is no place", "the gang leader is still at large right?", "", nil, nil},
		{"a named place placed elsewhere", "Manta is in Colombia right?", "", nil, nil},
		// FINDING: a two-word place is cut after its first word: "where the
		// prison is Domingo".
		{"two-word place", "the prison is in Santo Domingo right?", "where", []string{"prison"}, []string{"santo", "domingo"}},
		// FINDING: namesPlace refuses any statement with a name before the
		// place, but its reason (a sentence naming a city does not tell
		// where the city is) does not hold of a named prison: the stories
		// do say where the Litoral prison is ("the Penitenciaria del Litoral
		// in the city of Guayaquil").
		{"a named prison placed elsewhere", "the Litoral prison is in Ambato, right?", "where", []string{"Litoral", "prison"}, []string{"ambato"}},

		// --- a wh-word that asks nothing ---
		// FINDING: "who" here opens a relative clause, not a question of
		// its own; the figure is still the slot.
		{"relative who", "my cousin who works there said 200 died right?", "how many", []string{"died"}, []string{"200"}},
		// FINDING: the commonest English tag question is not in the tag
		// list; the statement is never read.
		{"didn't they", "31 people died, didn't they?", "how many", []string{"died"}, []string{"31"}},
		// FINDING: an emoji after the tag hides it (the tag must end the
		// message).
		{"emoji after the tag", "31 died right? 🤔", "how many", []string{"died"}, []string{"31"}},
		// FINDING: "am I right?" is cut at "right", leaving "am I" in the
		// reading ("how many died, am I").
		{"am I right", "31 died, am I right?", "how many", []string{"died"}, []string{"31", "am i"}},
	} {
		t.Run(c.name, func(t *testing.T) { run(t, c) })
	}
	t.Run("no vocabulary, a figure", func(t *testing.T) {
		if got, ok := Premise("it said 13 dead right?", nil); !ok || got != "how many it said dead" {
			t.Errorf("Premise with no vocabulary = %q, %v; want the figure's reading", got, ok)
		}
	})
}
