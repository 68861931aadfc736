package text

import "strings"

// EditDistance is the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and adjacent transpositions),
// or max+1 once it must exceed max.
func EditDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// SoundKey is a word's sound, coded as Soundex codes it but whole: its
// first letter, then the code of each consonant after it (b f p v: 1;
// c g j k q s x z: 2; d t: 3; l: 4; m n: 5; r: 6), a run of one code
// written once. Vowels (y among them) are skipped but end a run; h and w
// are skipped and end none, as in American Soundex. Words spelled as
// they sound share it: "guvermint" and "government" (g16553),
// "gwayakil" and "guayaquil" (g24). Folded ASCII letters only; "" for any
// other word.
func SoundKey(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return ""
	}
	key := []byte{w[0]}
	last := soundCodes[w[0]-'a']
	for i := 1; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return ""
		}
		switch code := soundCodes[c-'a']; {
		case strings.IndexByte("aeiouy", c) >= 0:
			last = 0 // a vowel ends the run
		case code != 0 && code != last:
			key = append(key, code)
			last = code
		}
	}
	return string(key)
}

// soundCodes are Soundex's consonant classes, by letter (0 for none).
var soundCodes = func() [26]byte {
	var t [26]byte
	for _, g := range []struct {
		letters string
		code    byte
	}{{"bfpv", '1'}, {"cgjkqsxz", '2'}, {"dt", '3'}, {"l", '4'}, {"mn", '5'}, {"r", '6'}} {
		for i := 0; i < len(g.letters); i++ {
			t[g.letters[i]-'a'] = g.code
		}
	}
	return t
}()
