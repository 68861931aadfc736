package ground

import "testing"

// "since <day>" binds its day to the state before it: the sentence saying
// that state gives its day; a day another sentence gives another event is
// no support.
func TestSinceDayStaysWithItsState(t *testing.T) {
	const p = "Quiroz said she had not heard from her son, who is serving a sentence for robbery, since Friday. Clashes between gangs began on Saturday.\n"
	runEdgeCases(t, []edgeCase{
		{"the clashes' day", p, "Quiroz has not heard from her son since Saturday [1].", `day: the passage says`},
		{"the state's day", p, "Quiroz has not heard from her son since Friday [1].", ""},
		{"the day's own event", p, "Gangs have clashed since Saturday [1].", ""},
	})
}
