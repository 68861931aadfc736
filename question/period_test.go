package question

import "testing"

// A count over a stretch of time is told from a count of one event: the
// stretch must follow a number in the same clause.
func TestOverPeriod(t *testing.T) {
	for txt, want := range map[string]bool{
		"Human rights groups say more than 400 inmates have died in prison clashes in the past two years.":                                        true,
		"At least 30 mayors and former mayors have been killed in Mexico since 2018, according to a count by a security firm.":                    true,
		"Over the last decade, 12 prisons were built.":                                                                                            false, // the stretch comes first
		"The prison has been the scene of several massacres since 2021, including one in which 119 inmates were killed.":                          false,
		"More than 110 millimetres of rain fell in twelve hours, according to the weather service, the heaviest downpour in the city since 2012.": false,
		"The death toll rose to 31 on Tuesday.":                                                                                                   false,
		"Dozens of inmates have been killed so far this year.":                                                                                    true,
		"The agency said it had hired guards since the riot.":                                                                                     false, // no number
	} {
		if got := OverPeriod(txt); got != want {
			t.Errorf("OverPeriod(%q) = %v, want %v", txt, got, want)
		}
	}
	for q, want := range map[string]bool{
		"how many died in the quito prison riot":            false,
		"how many inmates have died since 2021":             true,
		"how many mayors were killed in the past few years": true,
		"how many have died so far":                         true,
		"how many people died in the riot in july":          false,
	} {
		if got := AsksOverPeriod(q); got != want {
			t.Errorf("AsksOverPeriod(%q) = %v, want %v", q, got, want)
		}
	}
}
