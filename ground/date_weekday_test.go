package ground

import "testing"

// A full date a claim gives an event must fall on the weekday the
// sentences it rests on give that event: the story's dateline (26 July
// 2023 here) turned into the event's date moves the event. (A date that
// is not the dateline's is the number rule's.)
func TestDateWeekday(t *testing.T) {
	// 26 July 2023 was a Wednesday, 27 July a Thursday, 25 July a Tuesday.
	const p = "Relatives gathered outside the prison on Wednesday, waiting for news. The attorney general raised the death toll on Tuesday.\n"
	runEdgeCases(t, []edgeCase{
		{"the weekday's date", p, "Relatives gathered outside the prison on July 26, 2023, waiting for news [1].", ""},
		{"the dateline's date on another weekday's event", p, "On 26 July 2023 the attorney general raised the death toll [1].", "day: the passage dates it by the weekday (Tuesday); 26 July 2023 was a Wednesday"},
		{"a date that is not the dateline's", p, "Relatives gathered outside the prison on July 27, 2023, waiting for news [1].", "number"}, // the number rule's
		{"ordinal", p, "The attorney general raised the death toll on July 26th, 2023 [1].", "was a Wednesday"},
		{"no year", p, "The attorney general raised the death toll on July 26 [1].", ""},
		{"the weekday and the date", p, "Relatives gathered outside the prison on Wednesday, July 26, 2023 [1].", ""},
	})
	const dated = "Relatives gathered outside the prison on Wednesday, July 26, 2023.\n"
	runEdgeCases(t, []edgeCase{
		{"a date the passage gives", dated, "Relatives gathered outside the prison on July 26, 2023 [1].", ""},
	})
	const none = "Relatives gathered outside the prison, waiting for news.\n"
	runEdgeCases(t, []edgeCase{
		{"no weekday to go by", none, "Relatives gathered outside the prison on July 26, 2023 [1].", ""},
	})
}
