package question

import (
	"reflect"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/internal/testindex"
)

// Review 25b: numbered parts, the late-verb place question and the new
// readings in Read, written by an independent reviewer from the diff
// alone. Expected answers are what a fair user would expect; the cases
// that failed at first and how they were mended are listed in
// text/review25b_test.go.

func TestReview25bParts(t *testing.T) {
	cases := []struct {
		in   string
		want []string
		why  string
	}{
		{"1) how many dead 2) who ran the op", []string{"how many dead", "who ran the op"},
			"two numbered questions"},
		{"esmeraldas hostage thing: 1) how many guards were taken 2) were they freed?",
			[]string{"esmeraldas hostage thing: how many guards were taken", "esmeraldas hostage thing: were they freed?"},
			"the words before the first item are the topic of each"},
		{"1. who is the president 2. when was he elected", []string{"who is the president", "when was he elected"},
			"items numbered with a stop"},
		{"(1) how many died (2) who ran the op", []string{"how many died", "who ran the op"},
			"items numbered in brackets"},
		{"1) how many died\n2) who ran the op", []string{"how many died", "who ran the op"},
			"items on their own lines"},
		{"1) is the curfew still on 2) did the army go in", []string{"is the curfew still on", "did the army go in"},
			"yes-or-no items"},
		{"1- how many died 2- who ran the op", []string{"how many died", "who ran the op"},
			"a dash numbers items as chat often does"},
		{"1) how many died 3) who ran it", nil,
			"not counted from 1"},
		{"1) how many died in the riot", nil,
			"one item is one question"},
		{"1) the prison riot in guayaquil 2) the state of emergency in manabi", nil,
			"items that ask nothing"},
		{"how many died in cellblocks 1. and 2. during the riot", nil,
			"figures in a sentence, not items"},
		{"which did the gangs attack first: 1) the prison where the riot was 2) the port where the ships dock", nil,
			"options of one question; their 'where' opens a relative clause, no question"},
		{"how many died in pavilion 1. how many died in pavilion 2. how many in total", nil,
			"the numbers name pavilions: no numbered list, and splitting glues one question to another"},
	}
	for _, c := range cases {
		if got := Parts(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Parts(%q) = %q, want %q (%s)", c.in, got, c.want, c.why)
		}
	}
}

func TestReview25bPlaceOfThing(t *testing.T) {
	cases := []struct {
		in   string
		want bool
		why  string
	}{
		{"which city this prison is in", true, "the verb after the thing"},
		{"what country the prison is located", true, "late verb with 'located'"},
		{"which city this prison is", true, "late verb, no preposition (read from Pidgin 'dey')"},
		{"which city the prison is in?", true, "with a question mark"},
		{"which city is this prison in", true, "the ordinary order still holds"},
		{"which city this is", false, "a pronoun is no thing"},
		{"which city it is in", false, "a pronoun is no thing"},
		{"what town the guards were held hostage in", false, "an event, not a thing's place"},
		{"which country the soldiers are in", false, "where people are, not a thing's town (as 'soldiers are in which city')"},
		{"which city the president is from", false, "a person's hometown, not where a thing is"},
	}
	for _, c := range cases {
		if got := PlaceOfThing(c.in); got != c.want {
			t.Errorf("PlaceOfThing(%q) = %v, want %v (%s)", c.in, got, c.want, c.why)
		}
	}
}

func TestReview25bRead(t *testing.T) {
	ix := testindex.Seed(t)
	var rd Reader
	cases := []struct {
		in, want string
		contains bool // want need only appear in the reading
		why      string
	}{
		{"who is the president of ecuador right now", "who is the president of ecuador", false,
			"'right now' dropped whole"},
		{"who runs the prison right now?", "who runs the prison?", false,
			"'right now' before the question mark"},
		{"Right now, who runs the prison", "who runs the prison", false,
			"'right now' opening the question, comma and all"},
		{"was the death toll right", "was the death toll right", false,
			"'right' alone stays"},
		{"did the police get it right now that the toll is 31", "get it right", true,
			"'right' of 'get it right' is the question's, even before 'now that'"},
		{"all right now who runs the prison", "who runs the prison", false,
			"'all right' is a lead; at the least 'all' must not be left alone"},
		{"abeg which city this prison dey", "which city this prison is", false,
			"Pidgin read into English"},
		{"abeg why don't they close the prison", "why don't they close the prison", false,
			"'don't' is English even in a Pidgin-marked message"},
		{"how many cellblocks did they get into? (one? the whole prison?)", "how many cellblocks did they get into?", false,
			"the bracketed guesses are dropped"},
		{"which prison is this, need the name for the title", "which prison is this", false,
			"the 'I'-less remark after the comma is dropped"},
	}
	for _, c := range cases {
		got := rd.Read(ix, c.in)
		if c.contains && !strings.Contains(got, c.want) || !c.contains && got != c.want {
			t.Errorf("Read(%q) = %q, want %q (contains=%v) (%s)", c.in, got, c.want, c.contains, c.why)
		}
	}
}
