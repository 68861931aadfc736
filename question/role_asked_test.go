package question

import "testing"

func TestRoleAsked(t *testing.T) {
	for q, want := range map[string]string{
		"what is rodriguez's job":                                     "job",
		"what position does guillermo rodriguez hold":                 "position hold",
		"who is this mr. guillermo rodriguez, which function has he?": "function has mr",
		"what was el tigre's role in the massacre":                    "role",
		"what is his official title":                                  "title",
		"who is guillermo rodriguez":                                  "",
		"what role did the army play":                                 "role",
		"how many died":                                               "",
		"what was the mayor doing in manta":                           "",
		"was the job done":                                            "",
		"what position does mr. rodriguez hold":                       "position hold mr",
		"what is ms. ortega's role":                                   "role ms",
		"what is mr rodriguez's job":                                  "job mr",
	} {
		if got := RoleAsked(q); got != want {
			t.Errorf("RoleAsked(%q) = %q, want %q", q, got, want)
		}
	}
}
