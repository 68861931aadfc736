package ground

import "testing"

// A motive needs the passage's word of purpose, wherever the claim's cue
// stands: the prize a word further on ("fought for more territory"),
// "aimed to". "an order to" without "in" is a court's order, no motive,
// and a motive the question asks for is reported, read by the words.
func TestPurposeEdges(t *testing.T) {
	runR7(t, []r7Case{
		{name: "the prize a word further", passages: []string{"Rival gangs fought in the prison on Monday."}, claim: "The rival gangs fought for more territory in the prison [1].", want: `link: the claim says "fought for"`},
		{name: "aimed to", passages: []string{"Police raided the prison on Monday and freed the hostages."}, claim: "The police raid on Monday aimed to free the hostages [1].", want: `link: the claim says "aimed"`},
		{name: "an order, no motive", passages: []string{"A judge ordered the inmates released on Monday."}, claim: "A judge issued an order to release the inmates on Monday [1].", want: ""},
		{name: "the motive asked for", passages: []string{"Gangs attacked the prison on Monday to free their leader."}, asked: "Why did the gangs attack the prison?", claim: "The gangs attacked the prison in a bid to free their leader [1].", want: ""},
		{name: "the motive not asked for", passages: []string{"Gangs attacked the prison on Monday to free their leader."}, claim: "The gangs attacked the prison in a bid to free their leader [1].", want: `link: the claim says "bid"`},
	})
}
