package ground

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/text"
)

// A quoting claim may compress its quote's sentence with the one beside
// it: when its own words restate both (three or more terms, and half of
// those the quoted sentence lacks, from the neighbour), the neighbour's
// day is read there. A day from further away, a neighbour the claim's
// own words alone restate, and a name of the quoted sentence given the
// neighbour's deed are still caught.
func TestQuoteCompressedWithItsNeighbour(t *testing.T) {
	const p = "Relatives of inmates gathered outside the Penitenciaria del Litoral in Guayaquil on Wednesday, waiting for news of loved ones after soldiers retook the prison. " +
		"Many had spent the night on the pavement, holding photographs and handwritten lists of names.\n"
	const far = "Soldiers retook the prison on Wednesday. " +
		"Relatives of inmates gathered outside the Penitenciaria del Litoral in Guayaquil, waiting for news of loved ones. " +
		"Later the guards opened the gates. " +
		"Many had spent the night on the pavement, holding photographs and handwritten lists of names.\n"
	const actor = "Ecuador's attorney general on Tuesday raised the death toll from the violence from 18 to 31. " +
		"Guillermo Rodriguez is the general director of Ecuador's prison authority, the SNAI.\n"
	runEdgeCases(t, []edgeCase{
		{"two adjacent sentences", p, `Relatives gathered outside the Penitenciaria del Litoral on Wednesday waiting for news of loved ones; many spent the night on the pavement holding photographs and handwritten lists of names [1: "Many had spent the night on the pavement"].`, ""},
		{"the day two sentences away", far, `Relatives gathered outside the Penitenciaria del Litoral on Wednesday waiting for news of loved ones; many spent the night on the pavement holding photographs [1: "Many had spent the night on the pavement"].`, `date "wednesday"`},
		{"own words only the neighbour's", p, `Relatives gathered outside the Penitenciaria del Litoral on Wednesday waiting for news of loved ones [1: "Many had spent the night on the pavement"].`, `date "wednesday"`},
		{"the quoted name given the neighbour's deed", actor, `The SNAI general director, Guillermo Rodriguez, raised the death toll from the violence from 18 to 31 [1: "Guillermo Rodriguez is the general director"].`, `number "18" is not in passage 1`},
	})
}

// The compression may span passages: the claim's terms another cited
// passage holds are not asked of the neighbour, and a place the quoted
// sentence names ("violence broke out in Esmeraldas") is where, not an
// actor taken from it. A number from two sentences away stays missing.
func TestQuoteCompressedAcrossPassages(t *testing.T) {
	ps := []string{
		"The operation came after the government announced a 60-day state of emergency for the country's prisons. " +
			"That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail.\n",
		"The attorney general's office said on social media that one civilian was hurt in a Molotov cocktail attack on its office there.\n",
		"The government announced a 60-day state of emergency for the country's prisons. " +
			"The operation came after that. " +
			"That declaration seemed to set off violence in the city of Esmeraldas, where 15 prison guards and 2 other staffers were held hostage at a local jail.\n",
	}
	const claim = `After the 60-day prison emergency was announced, violence broke out in Esmeraldas, where 15 prison guards and 2 other staff were held hostage at a local jail [%d: "15 prison guards and 2 other staffers were held hostage"]; one civilian was hurt in a Molotov cocktail attack on the attorney general's office there [2: "one civilian was hurt in a Molotov cocktail attack"].`
	for _, tt := range []struct {
		name string
		n    int
		want string
	}{
		{"the neighbour's number, a place", 1, ""},
		{"the number two sentences away", 3, `number "60"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, got := Check(fmt.Sprintf(claim, 1), "What happened?", rawPassages(ps[tt.n-1], ps[1]))
			if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
				t.Errorf("reason %q, want %q", got, tt.want)
			}
		})
	}
}

// rawPassages are passages 1, 2, ... holding the texts as given.
func rawPassages(txts ...string) []cite.Passage {
	ps := make([]cite.Passage, len(txts))
	for i, txt := range txts {
		id := fmt.Sprintf("raw%d.txt", i+1)
		ps[i] = cite.Passage{N: i + 1, ChunkID: id + "#0", Source: id, Title: "Prison riot", Start: 0, End: len(txt), Text: txt, Sentences: text.Sentences(txt, 0, len(txt))}
	}
	return ps
}
