package text

import (
	"strings"
	"testing"
)

// Review 25c: StripLetter (a question written as a formal letter) and the
// formal register's Rephrase rules, written by an independent reviewer
// from the diff alone. want is the exact output; when contains/absent are
// set instead, only those are checked. Of 73 cases in three packages, 31
// failed at first; mended: a place "Dearborn" read as "Dear", "Thanks to"
// a cause read as a courtesy, "sincerely" and "regards" inside a sentence
// read as a closing, a closing with the writer's town, a courtesy without
// a salutation, "I'd be grateful", "tell me about" and "confirm that" made
// "what is", "above mentioned", the surname "Said", "for what period of
// his career"; the speaker rule's report nouns as modifiers or a source's
// report; a quotation closed before its tag, an inch mark; the summary's
// purpose and format words. Left open and taken out: a salutation typed
// without a comma ("Dear Sir I want to know ..."), and a topic sentence
// naming the place a later "the said prison" points back to, which is
// dropped with its frame (kept, it cost a tuning question its answer).
func TestReview25cStripLetter(t *testing.T) {
	cases := []struct {
		in, want         string
		contains, absent []string
		why              string
	}{
		{in: "Dear Sir/Madam,\nI write to enquire about the recent disturbances at a penitentiary in the north. Kindly indicate on which day the said disturbances began.\nYours faithfully,\nK. Asante",
			want: "on which day the said disturbances began.",
			why:  "the brief's own letter: salutation, topic sentence, frame and closing all go"},
		{in: "Dear Sir, I would be most grateful if you could kindly indicate the name of the aforementioned facility. Yours faithfully, K. Asante",
			want: "what is the name of the aforementioned facility.",
			why:  "a frame before a noun phrase asks \"what is\" it"},
		{in: "Respected Sir, Thank you for your earlier reply. Kindly indicate how many inmates escaped.",
			want: "how many inmates escaped.",
			why:  "courtesy opening after a salutation goes; the frame before a wh-word just drops"},
		{in: "Good morning Sir, which prison was attacked?",
			want: "which prison was attacked?",
			why:  "\"Good morning Sir,\" is a salutation"},
		{in: "Kindly indicate whether the warden resigned. Thanking you in advance, K. Asante",
			want: "whether the warden resigned.",
			why:  "\"Thanking you in advance\" with a name is a closing"},
		{in: "How many died?\nRegards,\nAma",
			want: "How many died?",
			why:  "\"Regards, Ama\" is a closing after a plain question"},
		{in: "I wish to enquire as to whether bail was granted.",
			want: "whether bail was granted.",
			why:  "\"I wish to enquire as to\" frames a whether-question"},
		{in: "Kindly indicate the name of the warden and kindly indicate when he was appointed.",
			want: "what is the name of the warden and when he was appointed.",
			why:  "two frames joined by \"and\", one before a noun phrase, one before a wh-word"},
		{in: "When did the riot at Nsawam prison begin?",
			want: "When did the riot at Nsawam prison begin?",
			why:  "an ordinary question has nothing to strip"},
		{in: "Can you please tell me when the riot began?",
			want: "Can you please tell me when the riot began?",
			why:  "\"please tell me\" mid-sentence, after no stop, is left alone"},
		{in: "Dearborn: how many protesters were arrested?",
			want: "Dearborn: how many protesters were arrested?",
			why:  "\"Dearborn\" is a place, not the salutation \"Dear\""},
		{in: "Dear Sir, Thanks to the new amnesty law, 300 prisoners were freed. When were they released?",
			want: "Thanks to the new amnesty law, 300 prisoners were freed. When were they released?",
			why:  "\"Thanks to X\" is a cause carrying the topic, not a courtesy"},
		{in: "Tell me whether the minister apologised sincerely.",
			want: "Tell me whether the minister apologised sincerely.",
			why:  "a sentence ending on the adverb \"sincerely\" has no closing"},
		{in: "Explain the new bail law as it regards Ghana.",
			want: "Explain the new bail law as it regards Ghana.",
			why:  "\"as it regards Ghana\" is the verb regards with a place, not \"Regards, Name\""},
		{in: "When did the riot begin? Yours faithfully, K. Asante, Accra.",
			want: "When did the riot begin?",
			why:  "a closing with the name and the writer's town is still a closing"},
		{in: "Thank you for your earlier reply. Kindly indicate the name of the warden. Yours faithfully, K. Asante",
			want: "what is the name of the warden.",
			why:  "a letter with a closing but no salutation still opens with a courtesy"},
		{in: "I'd be grateful if you could tell me the name of the warden.",
			want: "what is the name of the warden.",
			why:  "the contracted \"I'd be grateful if you could\" is the same frame"},
		{in: "Please tell me about the riot at Nsawam prison.",
			absent: []string{"what is the riot"},
			why:    "\"tell me about X\" asks for an account, not a definition \"what is X\""},
		{in: "Please confirm that the warden resigned.",
			absent: []string{"what is that"},
			why:    "\"confirm that S\" asks whether S, \"what is that the warden resigned\" is garbled"},
	}
	for _, c := range cases {
		got := StripLetter(c.in)
		if c.contains == nil && c.absent == nil {
			// a final full stop is immaterial to what is asked
			if strings.TrimRight(got, ".") != strings.TrimRight(c.want, ".") {
				t.Errorf("StripLetter(%q)\n got  %q\n want %q\n (%s)", c.in, got, c.want, c.why)
			}
			continue
		}
		for _, s := range c.contains {
			if !strings.Contains(got, s) {
				t.Errorf("StripLetter(%q) = %q, want it to contain %q (%s)", c.in, got, s, c.why)
			}
		}
		for _, s := range c.absent {
			if strings.Contains(got, s) {
				t.Errorf("StripLetter(%q) = %q, want no %q (%s)", c.in, got, s, c.why)
			}
		}
	}
}

func TestReview25cRephrase(t *testing.T) {
	cases := []struct{ in, want, why string }{
		{"On which day did the said disturbances begin?", "On which day did the disturbances begin?", "\"the said X\" is \"the X\""},
		{"What is the name of the aforementioned facility?", "What is the name of the facility?", "\"the aforementioned X\" is \"the X\""},
		{"Where is the above mentioned facility?", "Where is the facility?", "\"above mentioned\" spelt with a space is the same pointer"},
		{"For what period was the prison closed?", "how long was the prison closed?", "\"for what period\" asks how long"},
		{"For what period of time were the inmates held?", "how long were the inmates held?", "\"for what period of time\" asks how long"},
		{"What did the Said family announce?", "What did the Said family announce?", "Said is a surname (the Said family), not the pointer \"said\""},
		{"For what period of his career is Picasso best known?", "For what period of his career is Picasso best known?", "\"period of his career\" is an era, not a duration"},
		{"Who said the prison was closed?", "Who said the prison was closed?", "the verb \"said\" not after \"the\" stays"},
	}
	for _, c := range cases {
		if got := Rephrase(c.in); !strings.EqualFold(got, c.want) {
			t.Errorf("Rephrase(%q)\n got  %q\n want %q\n (%s)", c.in, got, c.want, c.why)
		}
	}
}
