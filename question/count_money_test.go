package question

import "testing"

// A count question's counted thing and a sum of money, near their edges.
func TestCountedMoneyAndGot(t *testing.T) {
	for _, c := range []struct {
		q, txt string
		want   bool
	}{
		// "got killed": what is counted is who was killed, not "got".
		{"how many got killed in duran that weekend", "Ecuador's government imposed a curfew after at least nine people were killed in gang violence over the weekend.", true},
		{"how many got killed in duran", "The curfew runs from 10 p.m. to 5 a.m. for 60 days.", false},
		// A sum of money answers a money question; a bare number does not.
		{"how much money the gangs ask the shops in Duran every week", `"They ask for $20 a week.`, true},
		{"how much money did the families get", "The court ordered him to pay 50,000 dollars to the victims' families.", true},
		{"how much money did the families get", "Some 20 families were moved to shelters.", false},
		// Not every count is money: "$20" is no count of soldiers.
		{"how many soldiers were sent", "Inmates pay $20 a week for a bed.", false},
	} {
		if got := CountIn(c.txt, c.q); got != c.want {
			t.Errorf("CountIn(%q, %q) = %v, want %v", c.txt, c.q, got, c.want)
		}
	}
}
