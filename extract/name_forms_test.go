package extract

import (
	"testing"
	"testing/fstest"

	"github.com/storybot-dev/storybot/cite"
	"github.com/storybot-dev/storybot/internal/testindex"
	"github.com/storybot-dev/storybot/question"
)

// A name the stories write only in a form WordNet derives from it
// ("Venezuelan" for "Venezuela") is known, by that form, below the word
// itself.
func TestNameKnownByItsDerivedForm(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"a.md": {Data: []byte("# Prison retaken\n\nVenezuelan soldiers retook a prison on Wednesday.\n")},
		"b.md": {Data: []byte("# Floods\n\nRain flooded the coast on Monday.\n")},
	})
	var rd question.Reader
	for _, k := range keyTerms(ix, rd.Vocabulary(ix), "who runs the gang in Venezuela") {
		if k.term != "venezuela" {
			continue
		}
		if !k.known || k.alts["venezuelan"] != wordnetShare {
			t.Errorf("venezuela: known %v, alts %v; want known by venezuelan at %v", k.known, k.alts, wordnetShare)
		}
		return
	}
	t.Errorf("no key term venezuela")
}

// A role's holder: plural roles count, a name after the role's possessive
// doesn't.
func TestRoleNamedPluralAndPossessive(t *testing.T) {
	for _, tt := range []struct {
		txt  string
		want bool
	}{
		{"The former ministers, Pedro Castillo and Ana Torres, were charged.", true},
		{"The former minister's lawyer, Carlos Urrutia, spoke in Lima.", false},
	} {
		if got := roleNamed(tt.txt, "minister", "what are the names of the former ministers"); got != tt.want {
			t.Errorf("roleNamed(%q, minister) = %v, want %v", tt.txt, got, tt.want)
		}
	}
}

// A role with a modifier ("gang leader") is held by a name next to its
// head word too.
func TestRoleNamedByItsHead(t *testing.T) {
	txt := "Its leader, known as El Negro, had escaped."
	if !roleNamed(txt, "gang leader", "what is the name of the gang leader") {
		t.Errorf("roleNamed(%q, gang leader) = false, want true", txt)
	}
	if roleNamed("The gang ran the prison for years before the army came.", "gang leader", "what is the name of the gang leader") {
		t.Errorf("roleNamed without a name = true")
	}
}

// A purpose ("to encourage investment", "reflects the desire to") is a
// reason a "why" question takes.
func TestHasReasonPurpose(t *testing.T) {
	for txt, want := range map[string]bool{
		"The system let new oil be sold at a higher price to encourage investment.":        true,
		"The seating is arranged in a hemicycle, which reflects the desire for consensus.": true,
		"The seating is arranged in a hemicycle.":                                          false,
	} {
		if got := hasReason("why", txt); got != want {
			t.Errorf("hasReason(why, %q) = %v, want %v", txt, got, want)
		}
	}
}

// A "when" question picks the sentence with an older year ("in 1097")
// over one without a time, all else equal.
func TestCandidateYearForWhen(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"a.md": {Data: []byte("# Antioch\n\nThe siege of Antioch was long and hard. The siege of Antioch ended in 1097.\n")},
		"b.md": {Data: []byte("# Floods\n\nRain flooded the coast.\n")},
	})
	var ps []cite.Passage
	stories := ix.Stories()
	for i, c := range ix.Chunks() {
		ps = append(ps, cite.FromChunk(i+1, &stories[c.Story], &ix.Chunks()[i]))
	}
	var rd question.Reader
	rq := readQuestion(ix, rd.Vocabulary(ix), "when was the siege of antioch", "")
	var best *candidate
	for _, c := range rq.candidates(ix, ps) {
		if best == nil || c.score > best.score {
			best = c
		}
	}
	if best == nil || best.text() != "The siege of Antioch ended in 1097." {
		t.Errorf("best candidate = %v, want the sentence with 1097", best)
	}
}

// A name the stories also write in a derived form keeps that form too: a
// sentence that says "Colombian city" holds "Colombia" by derivation, one
// that says neither holds nothing of it.
func TestKnownNameKeepsItsDerivedForm(t *testing.T) {
	ix := testindex.Of(t, fstest.MapFS{
		"a.md": {Data: []byte("# Prison fire\n\nA fire at a prison in the Colombian city of Bucaramanga killed 17 inmates.\n")},
		"b.md": {Data: []byte("# Colombia votes\n\nColombia held an election on Sunday.\n")},
	})
	var rd question.Reader
	for _, k := range keyTerms(ix, rd.Vocabulary(ix), "how many inmates died in the prison fire in Colombia") {
		if k.term != "colombia" {
			continue
		}
		if !k.known || k.alts["colombian"] != wordnetShare {
			t.Errorf("colombia: known %v, alts %v; want known, with colombian at %v", k.known, k.alts, wordnetShare)
		}
		if got := k.share(map[string]bool{"colombian": true, "citi": true}); got != wordnetShare {
			t.Errorf("share of colombia in a sentence with 'Colombian' = %v, want %v", got, wordnetShare)
		}
		if got := k.share(map[string]bool{"citi": true}); got != 0 {
			t.Errorf("share of colombia in a sentence without it = %v, want 0", got)
		}
		return
	}
	t.Errorf("no key term colombia")
}
