package ground

import "testing"

// A claim opening with its day ("On Saturday, the attorney general
// raised ...") binds the day to the event after it: the passage's day for
// that event, read either side of its "on <day>", must be the claim's.
func TestFrontedDayStaysWithItsEvent(t *testing.T) {
	const p = "Clashes between gangs began on Saturday. The attorney general on Tuesday raised the death toll from 18 to 31.\n"
	runEdgeCases(t, []edgeCase{
		{"the event's day", p, "On Tuesday, the attorney general raised the death toll from 18 to 31 [1].", ""},
		{"another event's day", p, "On Saturday, the attorney general raised the death toll from 18 to 31 [1].", `day: the passage says "attorney general`},
		{"the day after the event", "Clashes between gangs began on Saturday. The attorney general raised the death toll on Tuesday.\n", "On Saturday, the attorney general raised the death toll [1].", `day:`},
	})
}

// The event is read within three content terms of the passage's "on
// <day>", and the claim's event must share two terms with it: the third
// term before the day counts, the fourth does not.
func TestFrontedDayReadsThreeTermsAround(t *testing.T) {
	const p = "Clashes between gangs began on Saturday. The attorney general Diana Salazar Mendez on Tuesday spoke.\n"
	runEdgeCases(t, []edgeCase{
		{"third term before", p, "On Saturday, Diana spoke [1].", `day:`},
		{"fourth term before", p, "On Saturday, the general spoke [1].", ""},
	})
}
