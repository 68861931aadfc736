package question

import "testing"

// A count of the deaths of people the question names ("how many
// prisoners died") is told apart from a count of deaths ("how many
// died", "the death toll"), and from one doer's killings ("killed by
// them").
func TestAsksDeathsOf(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"how many prisoners died", true},
		{"how many inmates were killed", true},
		{"how many prisoner die", true},
		{"how many died", false},
		{"what was the death toll", false},
		{"how many deaths were there", false},
		{"how many prisoners were moved", false},
		{"how many inmates were killed by the soldiers", false},
		{"how many guards were shot by them", false},
	} {
		if got := AsksDeathsOf(c.q, Counted(c.q)); got != c.want {
			t.Errorf("AsksDeathsOf(%q) = %v, want %v", c.q, got, c.want)
		}
	}
	if q := "it was 50 convicts dead is that right"; !AsksDeathsOf(q, ClaimCounted(q)) {
		t.Errorf("AsksDeathsOf(%q) = false, want true (the claim's count of convicts)", q)
	}
}

// A death toll that says not whose deaths it counts is told from a count
// of people killed and from a count of no death.
func TestDeathsOfAnyone(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31.", true},
		{"At least 12 were killed in the riot.", true},
		{"31 people died in the riot.", true},
		{"The attack killed three soldiers.", false},
		{"Gunmen killed 15 prison guards.", false},
		{"Thousands of soldiers took part in the operation.", false},
		{"The riot began on Saturday.", false},
	} {
		if got := DeathsOfAnyone(c.s); got != c.want {
			t.Errorf("DeathsOfAnyone(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A sentence counts deaths among the people counted when it counts them
// and tells a death; a count of them alive, or a death without them, is
// none.
func TestDeathsCountedOf(t *testing.T) {
	prisoners := Counted("how many prisoners died")
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Violence has surged since 2021, claiming the lives of hundreds of prisoners.", true},
		{"Twelve inmates died in a riot in March.", true},
		{"The prison holds 8,000 inmates.", false},
		{"The death toll rose to 31.", false},
		{"Catholics killed thousands of prisoners in Paris.", true},
		{"Prisoners killed thousands of Catholics in Paris.", false},
		{"Dozens of prisoners were moved to other jails, and later the toll rose to 31.", false},
		{"Hundreds of inmates have been killed since 2021.", true},
	} {
		if got := DeathsCountedOf(c.s, prisoners); got != c.want {
			t.Errorf("DeathsCountedOf(%q, prisoners) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A yes/no question whose subject is "it", "that" or "this" checks what
// was said before it; a wh-question, or one about "he" or "they", asks
// of its own.
func TestChecksBack(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"Is that still the number or did it change?", true},
		{"was it 31?", true},
		{"Did this happen in Guayaquil?", true},
		{"Who was it that announced the number?", false},
		{"Did they use explosives?", false},
		{"Is the toll still 18?", false},
		{"Was he the director?", false},
	} {
		if got := ChecksBack(c.q); got != c.want {
			t.Errorf("ChecksBack(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// "is that right" closing a message without its "?" is a tag, not words
// of the question; inside a question ("is that right to do") it stays.
func TestTagWithoutMark(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"it was 50 convicts dead is that right", "it was 50 convicts dead"},
		{"the toll is 31, is that correct.", "the toll is 31"},
		{"was it 31 was it so", "was it 31"},
		{"is that right to do to prisoners", "is that right to do to prisoners"},
		{"was it 31 is that right or wrong", "was it 31 is that right or wrong"},
	} {
		if got, _ := Split(c.q); got != c.want {
			t.Errorf("Split(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
