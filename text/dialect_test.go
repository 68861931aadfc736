package text

import "testing"

// TestReadDialect: each register's reading, and the messages it must leave
// as typed. The wanted readings are what a speaker of the register means,
// in the words the English reader keys on.
func TestReadDialect(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		// Hinglish: word order turned, postpositions before their noun
		{"bhai kitne log mare", "how many people died bhai"},
		{"ye jail kis city me hai", "in which city is this jail"},
		{"esmeraldas me kya scene hua", "what happened in esmeraldas"},
		{"ecuador ka president kaun hai abhi", "who is now the president of ecuador"},
		{"prison wale department ka head kaun hai", "who is the head of prison department"},
		{"manta ke mayor ko kya hua", "what happened to the mayor of manta"},
		{"usne kya bola operation ke baare me", "what did he say about operation"},
		{"quito wali jail riot me kitne mare the", "how many died in quito jail riot"},
		{"kitne troops gaye the andar wahan", "how many troops went inside there"},
		{"mayor ka naam kya tha", "what was the name of mayor"},
		// "kya" closing a question with no other question word asks yes or no
		{"koi bhaag gaya kya", "any escaped"},
		// Taglish: particles dropped, its words read
		{"grabe po ilan talaga namatay sa prison riot sa ecuador??", "how many died in prison riot in ecuador??"},
		{"sino po si guillermo rodriguez?", "who is guillermo rodriguez?"},
		{"saan po ba yung kulungan na yan, which city?", "where is the prison, which city?"},
		{"since kelan pa ba ganito ka-violent sa mga kulungan nila?", "since when this violent in prison they?"},
		// Scots
		{"whit city's it in", "what city's it in"},
		{"bloody hell how many deid", "bloody hell how many dead"},
		{"did any big heid say owt aboot it", "did any big head say anything about it"},
		{"wis anybody hurt wi the petrol bomb thing", "was anybody hurt with the petrol bomb thing"},
		// French mixed in: its words, and an article before a word of
		// English that Spanish does not claim
		{"What did the police find inside la prison?", "What did the police find inside the prison?"},
		{"How les militaires entered inside?", "How the soldiers entered inside?"},
		{"Combien of guards were taken?", "how many of guards were taken?"},
		{"cuantos muertos hubo en la carcel", "cuantos muertos hubo en la carcel"}, // Spanish: "carcel" is no English
		{"what happened at la paz", "what happened at la paz"},
		{"who ordered the killing of the mayor of san jeronimo de la sierra", "who ordered the killing of the mayor of san jeronimo de la sierra"}, // a Spanish place name
		{"la la land is a film", "la la land is a film"},                                                                                           // an article after an article
		// Malaysian English's Malay words
		{"how many people mati ah", "how many people died ah"},
		{"50 ppl die sia, betul ka?", "50 ppl die sia, betul ka?"}, // a tag question.Premise reads
		// Left as typed: English, and registers' words that are English or
		// names
		{"how many died", "how many died"},
		{"Who is the president of Ecuador?", "Who is the president of Ecuador?"},
		{"me and my friend want to know how many died", "me and my friend want to know how many died"},
		{"Sino-Japanese war when", "Sino-Japanese war when"},
		{"not a whit of it is true, is it", "not a whit of it is true, is it"}, // "whit" opens no clause
		{"what did Kab Sino say", "what did Kab Sino say"},                     // capitalised inside: names
		{"is the mare in the stable", "is the mare in the stable"},             // one English word of a register
		{"who won the election, the polls say ka", "who won the election, the polls say ka"},
	} {
		if got := ReadDialect(c.q); got != c.want {
			t.Errorf("ReadDialect(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// TestRegisterMarks: a register is read on one word of its own that no
// English dictionary has, on two of its words, or on a lead word opening a
// clause, and never on words it shares alone.
func TestRegisterMarks(t *testing.T) {
	for _, c := range []struct {
		q    string
		read bool
	}{
		{"kitne log", true},         // "kitne": no English word
		{"mare tha", true},          // two of its words, one English
		{"the mare", false},         // one English word
		{"ye jail me se ka", false}, // shared words only
		{"whit city", true},         // a lead word opening the message
		{"so, whit city", true},     // ... or a clause
		{"not a whit", false},       // ... inside one
		{"whit", false},             // ... with nothing after it
		{"Kitne log", true},         // a phone's capital on the first word
		{"Log Kitne", false},        // a capital inside: a name
		{"the Sino-Japanese war", false},
	} {
		if got := registerOf(c.q) != nil; got != c.read {
			t.Errorf("registerOf(%q) read = %v, want %v", c.q, got, c.read)
		}
	}
}
