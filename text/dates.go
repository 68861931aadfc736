package text

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Weekday and month names come from the time package, lower case: one table
// for every reader of dates.
var (
	weekdayNames = func() map[string]time.Weekday {
		m := map[string]time.Weekday{}
		for d := time.Sunday; d <= time.Saturday; d++ {
			m[strings.ToLower(d.String())] = d
		}
		return m
	}()
	monthNames = func() map[string]time.Month {
		m := map[string]time.Month{}
		for mo := time.January; mo <= time.December; mo++ {
			m[strings.ToLower(mo.String())] = mo
		}
		return m
	}()
	weekdayRE = regexp.MustCompile(`\b(` + alternation(weekdayNames) + `)\b`)
	// monthRE leaves out "may", the verb far more often than the month;
	// MayRE finds the month where it is written with a capital.
	monthRE = regexp.MustCompile(`\b(` + strings.Trim(strings.ReplaceAll("|"+alternation(monthNames)+"|", "|may|", "|"), "|") + `)\b`)
	mayRE   = regexp.MustCompile(`\bMay\b`)
)

func alternation[V any](m map[string]V) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks) // the same pattern on every run
	return strings.Join(ks, "|")
}

// Weekday reads a lower-case weekday name.
func Weekday(w string) (time.Weekday, bool) {
	d, ok := weekdayNames[w]
	return d, ok
}

// Weekdays lists the weekday names in folded text, in order.
func Weekdays(folded string) []string { return weekdayRE.FindAllString(folded, -1) }

// Months lists the month names in folded text, in order, "may" aside
// (see MentionsMay).
func Months(folded string) []string { return monthRE.FindAllString(folded, -1) }

// MentionsMay reports "May" written with a capital: the month, not the verb.
func MentionsMay(s string) bool { return mayRE.MatchString(s) }

// IsTimeWord reports a weekday or month name, in any case.
func IsTimeWord(w string) bool {
	f := strings.ToLower(w)
	_, day := weekdayNames[f]
	_, month := monthNames[f]
	return day || month
}

// Month reads a lower-case month name ("july").
func Month(w string) (time.Month, bool) {
	m, ok := monthNames[w]
	return m, ok
}

// IsMonth reports a month's name or its short form ("october", "oct",
// "sept"), in any case.
func IsMonth(w string) bool {
	f := strings.ToLower(w)
	if _, ok := monthNames[f]; ok {
		return true
	}
	return monthShort[f]
}

// monthShort are the months' three-letter forms, and "sept".
var monthShort = func() map[string]bool {
	m := map[string]bool{"sept": true}
	for name := range monthNames {
		m[name[:3]] = true
	}
	return m
}()

// ParseDate reads a story date, YYYY-MM-DD.
func ParseDate(date string) (time.Time, bool) {
	d, err := time.Parse(time.DateOnly, date)
	return d, err == nil
}

// DateWords spells a story date (2023-07-26) the ways a model may write it:
// "2023-07-26 26 July 2023 2023".
func DateWords(date string) string {
	d, ok := ParseDate(date)
	if !ok {
		return date
	}
	return fmt.Sprintf("%s %d %s %d %d", date, d.Day(), d.Month(), d.Year(), d.Year())
}

// DateTerms are the terms a question may use for a story's date
// (2023-07-26): its month's name and its year, {"july", "2023"}; nil for a
// date it cannot read. The day is left out: "on the 26th" is a claim to
// check against the text, not the story's dateline.
func DateTerms(date string) map[string]bool {
	d, ok := ParseDate(date)
	if !ok {
		return nil
	}
	m := map[string]bool{}
	for _, w := range []string{strings.ToLower(d.Month().String()), fmt.Sprint(d.Year())} {
		for _, t := range Terms(w) {
			m[t] = true
		}
	}
	return m
}
