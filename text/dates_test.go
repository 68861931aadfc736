package text_test

import (
	"slices"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/text"
)

func TestDateWords(t *testing.T) {
	for in, want := range map[string]string{
		"2023-07-26": "2023-07-26 26 July 2023 2023",
		"2023-02-30": "2023-02-30", // no such day: left as written
		"26/07/2023": "26/07/2023",
		"":           "",
	} {
		if got := text.DateWords(in); got != want {
			t.Errorf("DateWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWeekdaysAndMonths(t *testing.T) {
	f := "on saturday and again on sunday, in july; you may go in may"
	if got, want := text.Weekdays(f), []string{"saturday", "sunday"}; !slices.Equal(got, want) {
		t.Errorf("Weekdays = %q, want %q", got, want)
	}
	// "may" is the verb far more often than the month: never read from folded text.
	if got, want := text.Months(f), []string{"july"}; !slices.Equal(got, want) {
		t.Errorf("Months = %q, want %q", got, want)
	}
	if text.Weekdays("") != nil || text.Months("monday") != nil {
		t.Error("a name was found where there is none")
	}
	if !text.MentionsMay("in May 2023") || text.MentionsMay("they may go") {
		t.Error("MentionsMay should read only the capitalised month")
	}
	for w, want := range map[string]bool{"Tuesday": true, "MAY": true, "march": true, "week": false, "mon": false} {
		if got := text.IsTimeWord(w); got != want {
			t.Errorf("IsTimeWord(%q) = %v, want %v", w, got, want)
		}
	}
	if d, ok := text.Weekday("friday"); !ok || d != time.Friday {
		t.Errorf("Weekday(friday) = %v, %v", d, ok)
	}
}

func TestDateTerms(t *testing.T) {
	got := text.DateTerms("2023-05-26")
	for _, w := range []string{"may", "2023"} {
		if tt := text.Terms(w); len(tt) != 1 || !got[tt[0]] {
			t.Errorf("DateTerms(2023-05-26) = %v, want it to hold %q's term", got, w)
		}
	}
	if len(got) != 2 {
		t.Errorf("DateTerms(2023-05-26) = %v, want the month and the year only, not the day", got)
	}
	if got := text.DateTerms("26 July"); got != nil {
		t.Errorf("DateTerms(unreadable) = %v, want nil", got)
	}
}

// IsMonth knows the months by name and short form, not other words.
func TestIsMonth(t *testing.T) {
	for w, want := range map[string]bool{"October": true, "oct": true, "Sept": true, "may": true, "jan": true, "monday": false, "octopus": false, "": false, "ma": false} {
		if got := text.IsMonth(w); got != want {
			t.Errorf("IsMonth(%q) = %v, want %v", w, got, want)
		}
	}
}
