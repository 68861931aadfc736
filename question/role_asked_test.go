package question

import "testing"

func TestRoleAsked(t *testing.T) {
	for q, want := range map[string]string{
		"what is rodriguez's job":                                     "job",
		"what position does guillermo rodriguez hold":                 "position hold",
		"who is this mr. guillermo rodriguez, which function has he?": "mr function has",
		"what was el tigre's role in the massacre":                    "role",
		"what is his official title":                                  "title",
		"who is guillermo rodriguez":                                  "",
		"what role did the army play":                                 "role",
		"how many died":                                               "",
		"what was the mayor doing in manta":                           "",
		"was the job done":                                            "",
	} {
		if got := RoleAsked(q); got != want {
			t.Errorf("RoleAsked(%q) = %q, want %q", q, got, want)
		}
	}
}
