package extract

import "testing"

// lightDeedUnsaid: a yes/no question's light verb and particle of release
// must be in the sentence, as written or in WordNet's words for it.
func TestLightDeedUnsaid(t *testing.T) {
	for _, c := range []struct {
		q, sentence string
		want        bool
	}{
		{"did they let the esmeraldas guards go yet", "15 prison guards were held hostage at a local jail.", true},
		{"did they let the esmeraldas guards go yet", "The 15 guards were released on Monday.", false},
		{"did they let the guards go", "Gang members let the guards go after six hours.", false},
		{"did the guards get out ok", "The guards exited through a side door.", false},
		{"did the guards get out ok", "15 prison guards were held hostage at a local jail.", true},
		{"did they set the hostages free", "The hostages were freed on Monday.", false},
		// no particle of release: not this rule's
		{"did the army get in", "they gained access to three cellblocks", false},
		{"did they let reporters inside", "Reporters were kept outside.", false},
	} {
		if got := lightDeedUnsaid(c.q, c.sentence); got != c.want {
			t.Errorf("lightDeedUnsaid(%q, %q) = %v, want %v", c.q, c.sentence, got, c.want)
		}
	}
}
