package config

import "testing"

func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://llm.example/v1", "https://llm.example/v1"},
		{"https://user:hunter2@llm.example/v1", "https://user:xxxxx@llm.example/v1"},
		{"http://sk-token@weaviate:8080", "http://xxxxx@weaviate:8080"},
		{"http://:pw@h", "http://:xxxxx@h"},
		{"not a url at all %zz", "not a url at all %zz"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := RedactURL(tt.in); got != tt.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
