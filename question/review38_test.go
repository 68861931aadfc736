package question

import "testing"

// Review 38: PremiseBefore on realistic two-sentence messages. A last
// sentence that asks something new (a fact of its own, which group, an
// opinion) is no confirmation of the statement before it; one that asks
// plainly whether the statement holds is.
func TestReview38PremiseBefore(t *testing.T) {
	for _, tc := range []struct {
		name, q, want string
		ok            bool
	}{
		// the last question states its own fact
		{"is it true that a new fact", "My teacher said 50 died. Is it true that gangs run the prisons?", "", false},
		// asks which group the figure counts, not whether it holds
		{"which group the number counts", "They said 50 died. Is that the number of inmates or guards?", "", false},
		// "right-wing" is no "right"
		{"right-wing", "The new prisons chief is Guillermo Rodriguez. Is he right-wing?", "", false},
		// the tag confirms a statement of its own sentence
		{"own statement tagged", "They said 50 died. It is the worst riot ever, right?", "", false},
		// an opinion on a deed, not whether it was done
		{"right to do that", "Noboa declared an emergency. Is he right to do that?", "", false},
		// plain confirmations in other words
		{"official toll", "I read 18 dead. Is that the official toll?", "I read 18 dead, is that right?", true},
		{"are those figures right", "They said 31 people were killed. Are those figures right?", "They said 31 people were killed, is that right?", true},
		{"can you confirm", "I heard the mayor of Manta was shot. Can you confirm that?", "I heard the mayor of Manta was shot, is that right?", true},
		{"was that correct", "A friend told me the riot started on Monday. Was that correct?", "A friend told me the riot started on Monday, is that right?", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := PremiseBefore(tc.q)
			if ok != tc.ok || got != tc.want {
				t.Errorf("PremiseBefore(%q) = %q, %v; want %q, %v", tc.q, got, ok, tc.want, tc.ok)
			}
		})
	}
}
