package ground

import "testing"

func TestZZ(t *testing.T) {
	const p = "The operation came after the government announced a 60-day state of emergency for the country's prisons. Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.\n"
	for _, c := range []string{"The attorney general raised the toll from 13 to 31 on Tuesday [1].", "The government announced a 60-day state of emergency for the country's ports [1].", "60 days — the government announced a 60-day state of emergency for the country's ports [1]."} {
		t.Log(c, "=>", edgeReason(t, p, "What happened?", c))
	}
	const q = "The union said the strike would continue until the operator agreed to a 9 percent pay rise. A previous strike at the port in 2021 lasted 11 days.\n"
	for _, c := range []string{`The strike ended after 11 days when the operator agreed to the union's demands [1].`, `The strike ended after 11 days [1].`} {
		t.Log(c, "=>", edgeReason(t, q, "Did the strike end?", c))
	}
}
