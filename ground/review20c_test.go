package ground

import (
	"testing"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/text"
)

// Review 20c: cases at the edges of two rules of the twentieth session,
// written by an independent reviewer against the diff: the attempt rule
// reading every cited sentence (taken back: "the army said it was back in
// control" is the retaking another sentence only tried) and addedToTitle
// (mended: a word of any cited passage, a WordNet neighbour, a phrasal
// verb for the title's, a light verb or a particle adds nothing). Each
// case asserts the decision the reviewer believes right and the code
// makes; removed and left open: "pay" for "wages" (WordNet's "pay" is a
// verb there), a title fact joined to a passage fact with a number
// ("thousands ... three cellblocks"), "not yet retaken", passive outcomes
// ("was retaken", "has been retaken", "regained control"), a link the
// passages never draw from words they hold, a stretch of the title in
// English answering a Spanish question, a noun in an attempt's window.
func TestReview20c(t *testing.T) {
	const prisonTitle = "Thousands of soldiers and police officers try to retake a rioting prison in Ecuador"
	const prisonBody = "Using controlled detonations, they gained access to three cellblocks at the Penitenciaria del Litoral in the city of Guayaquil. " +
		"Maria Fernanda Quiroz said she had not heard from her son since Friday. " +
		"At least 31 inmates have been killed in fighting between gangs since Saturday."
	const familiesTitle = "Families wait for news outside Guayaquil prison"
	const familiesBody = "Relatives gathered outside the Penitenciaria del Litoral on Tuesday, holding photographs of inmates."
	// an attempt in one sentence, the deed stated done in other words in another
	const laterBody = "Soldiers tried to retake the Penitenciaria del Litoral on Monday. " +
		"On Wednesday the army said it was back in control of the Penitenciaria del Litoral after three days of fighting."
	// a noun inside an attempt's three-word window
	const hostageBody = "Police attempted to rescue hostages on Monday at the Penitenciaria del Litoral. " +
		"Negotiators said seven guards were being held by inmates in cellblock 5."
	// a lede given as the title, and again as the text's first sentence
	const ledeTitle = "Thousands of soldiers and police officers tried on Tuesday to retake control of prisons in Ecuador."
	const ledeBody = ledeTitle + " Gangs have controlled several prisons in Guayaquil for weeks. " +
		"The government said the operation would continue until order was restored."
	const strikeTitle = "Port workers strike to demand higher wages"
	const strikeBody = "About 1,200 dockers at the port of Santos stopped work on Monday. " +
		"The union said talks with the port operator had broken down."

	type doc struct{ title, body string }
	prison := []doc{{prisonTitle, prisonBody}}
	two := []doc{{prisonTitle, prisonBody}, {familiesTitle, familiesBody}}
	later := []doc{{"Ecuador's army moves on rioting prison", laterBody}}
	hostage := []doc{{"Guards held hostage in Ecuador prison", hostageBody}}
	lede := []doc{{ledeTitle, ledeBody}}
	strike := []doc{{strikeTitle, strikeBody}}
	short := []doc{{"Soldiers try to retake a rioting prison in Ecuador", "Using controlled detonations, they gained access to three cellblocks."}}

	for _, c := range []struct {
		name  string
		docs  []doc
		asked string
		claim string
		kept  bool
	}{
		// faithful: should be kept
		{"title verbatim, progressive", prison, "", "Thousands of soldiers and police officers are trying to retake a rioting prison in Ecuador [1].", true},
		{"synonym troops", prison, "", "Thousands of troops are trying to retake a rioting prison in Ecuador [1].", true},
		{"synonym military", prison, "", "Ecuador's military and police are trying to retake a rioting prison [1].", true},
		{"sought to regain control", prison, "", "Soldiers and police in Ecuador sought to regain control of a rioting prison [1].", true},
		{"attempted, own word", prison, "", "Thousands of soldiers and police officers attempted to retake a rioting prison in Ecuador [1].", true},
		{"have been trying", prison, "", "Thousands of soldiers and police officers have been trying to retake a rioting prison in Ecuador [1].", true},
		{"the article says", prison, "", "The article says thousands of soldiers and police officers are trying to retake a rioting prison in Ecuador [1].", true},
		{"the headline", prison, "", "According to the headline, thousands of soldiers and police officers are trying to retake a rioting prison in Ecuador [1].", true},
		{"passive attempt", prison, "", "An attempt is being made by thousands of soldiers and police officers to retake a rioting prison in Ecuador [1].", true},
		{"two passages, title and text of the second", two, "", "Soldiers and police officers tried to retake the rioting prison as relatives gathered outside [1][2].", true},
		{"two passages, two titles plus photographs", two, "", "As soldiers tried to retake the prison, families waited outside for news holding photographs of inmates [1][2].", true},
		{"done in other words, later sentence", later, "", "Ecuador's army said on Wednesday it was back in control of the Penitenciaria del Litoral, which soldiers had tried to retake on Monday [1].", true},
		{"retook, said in other words", later, "", "The army retook the Penitenciaria del Litoral after three days of fighting, it said on Wednesday [1].", true},
		{"plural noun in an attempt's window", hostage, "", "Negotiators said seven guards were being held as hostages by inmates in cellblock 5 [1].", true},
		{"lede title, prisons in window", lede, "", "Gangs have controlled several prisons in Guayaquil for weeks [1].", true},
		{"lede title paraphrase", lede, "", "On Tuesday soldiers and police tried to retake control of prisons in Ecuador [1].", true},
		{"take back", short, "", "Soldiers are trying to take back a rioting prison in Ecuador [1].", true},
		// bad: should be dropped
		{"stretched repeat", short, "", "Soldiers are trying to retake a rioting prison in Ecuador for the second time this year [1].", false},
		{"passage words, wrong agent", prison, "", "Thousands of soldiers and police officers trying to retake a rioting prison in Ecuador have killed at least 31 inmates [1].", false},
		{"outcome, managed to", prison, "", "Thousands of soldiers and police officers managed to retake a rioting prison in Ecuador [1].", false},
		{"stretched number", prison, "", "About 3,000 soldiers and police officers are trying to retake a rioting prison in Ecuador [1].", false},
		{"stretched day", prison, "", "On Tuesday, thousands of soldiers and police officers began trying to retake a rioting prison in Ecuador [1].", false},
		{"stretched cause", prison, "", "Thousands of soldiers and police officers are trying to retake a rioting prison in Ecuador because the inmates killed 31 guards [1].", false},
		{"strike stretched outcome", strike, "", "Port workers won higher wages after their strike [1].", false},
	} {
		var ps []cite.Passage
		for i, d := range c.docs {
			src := string(rune('a'+i)) + ".txt"
			ps = append(ps, cite.Passage{N: i + 1, ChunkID: src + "#0", Source: src, Start: 0, End: len(d.body), Text: d.body,
				Sentences: text.Sentences(d.body, 0, len(d.body)), Title: d.title})
		}
		asked := c.asked
		if asked == "" {
			asked = "What happened?"
		}
		v := checkClaims(splitClaims(c.claim, len(ps)), asked, ps, evidenceOf(ps))
		if got := len(v.Dropped) == 0; got != c.kept {
			t.Errorf("%s: %q kept %v, want %v (%s)", c.name, c.claim, got, c.kept, droppedFor(v))
		}
	}
}
