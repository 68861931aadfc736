package text

import "testing"

func TestPlaceBack(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Clashes between gangs here began on Saturday.", true},
		{"The attorney general's office said one civilian was hurt in a Molotov cocktail attack on its office there.", true},
		{"Soldiers stayed there overnight.", true},
		{"There were no injuries, officials said.", false},
		{"There have been six massacres since 2021.", false},
		{"there's no word on the guards", false},
		{"Here is what we know.", false},
		{"Nobody there was hurt.", false}, // "there was": read as existential; a miss, not a wrong place
		{"Officials said there will be an inquiry.", false},
		{"The gangs fought for control of the cellblocks.", false},
		{"Thereafter the army withdrew, and the whereabouts of the leader are unknown.", false},
	} {
		if got := PlaceBack(c.s); got != c.want {
			t.Errorf("PlaceBack(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestPlaceNames(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []string
	}{
		{"Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil.",
			[]string{"Penitenciaria del Litoral", "Guayaquil"}},
		{"That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards were held hostage.", []string{"Esmeraldas"}},
		{"Footage showed weapons seized from inside the prison - one of the most dangerous in Ecuador.", []string{"Ecuador"}},
		{`Its leader, known as "El Negro," had escaped several days earlier, Rangel said.`, nil},
		{"In Guayaquil, relatives waited outside.", []string{"Guayaquil"}},
		{"The mayor of the city of Manta was shot dead on Sunday.", []string{"Manta"}},
		{"The mayor of Manta was shot dead on Sunday.", nil},
	} {
		got := PlaceNames(c.s)
		if len(got) != len(c.want) {
			t.Errorf("PlaceNames(%q) = %q, want %q", c.s, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("PlaceNames(%q) = %q, want %q", c.s, got, c.want)
			}
		}
	}
}
