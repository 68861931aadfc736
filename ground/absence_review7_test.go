package ground

import "testing"

// "does not go so far as to say" says what the passage does not say, as
// "stops short of saying" does.
func TestDoesNotGoSoFarAsTo(t *testing.T) {
	runR7(t, []r7Case{
		{name: "not said", passages: []string{"The strike began on Thursday. The union said pay talks had failed."}, claim: "The passage does not go so far as to say why the talks failed [1].", want: ""},
	})
}
