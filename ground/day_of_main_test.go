package ground

import "testing"

// The day a passage gives its main event ("Relatives gathered ... on
// Wednesday") is not that of the event its "after ..." clause tells
// ("after soldiers and police retook the prison"): a claim dating the
// retaking Wednesday moves it. A claim that keeps the gathering on the
// day, or names it before the day, does not.
func TestDayOfTheMainEvent(t *testing.T) {
	const p = "Relatives of inmates gathered outside the Penitenciaria del Litoral in Guayaquil on Wednesday, waiting for news of loved ones after soldiers and police retook the prison."
	runEdgeCases(t, []edgeCase{
		{"quoted main clause", p, `Soldiers and police retook the Penitenciaria del Litoral in Guayaquil on Wednesday [1: "Relatives of inmates gathered outside the Penitenciaria del Litoral in Guayaquil on Wednesday"].`, "day: the passage dates another event on wednesday"},
		{"plain", p, "Soldiers and police retook the prison on Wednesday [1].", "day:"},
		{"main event", p, "Relatives gathered outside the prison on Wednesday [1].", ""},
		{"both, in order", p, "Soldiers and police retook the Penitenciaria del Litoral, and relatives of inmates gathered outside on Wednesday waiting for news [1].", ""},
		{"the main clause's own verb", "Troops retook the prison on Wednesday, two days after soldiers were first sent in.", "Soldiers retook the prison on Wednesday [1].", ""},
		{"sequence kept", p, "Relatives gathered outside the prison on Wednesday after soldiers retook it [1].", ""},
	})
}
