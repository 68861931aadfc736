package text

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

var (
	digitsRE   = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)
	quantityRE = regexp.MustCompile(`\b(dozens|hundreds|thousands|millions|billions|scores)\b`)
	smallNums  = map[string]float64{
		"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
		"seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12,
	}
	tensNums = map[string]float64{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
	units    = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
	scales   = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}
)

// Numbers lists the numbers of a text as canonical values: "1,500",
// "1500" and "fifteen hundred" are all "1500"; "thirty-one" is "31";
// "a dozen" is "12"; "2.5 million" is "2500000". "one" alone is not read as
// a number ("one of the inmates").
func Numbers(txt string) []string {
	f := FoldMatch(txt)
	toks := strings.FieldsFunc(f, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == ',')
	})
	for i := range toks {
		toks[i] = strings.TrimRight(toks[i], ".,")
	}
	var out []string
	emit := func(v float64) { out = append(out, strconv.FormatFloat(v, 'f', -1, 64)) }
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		var v float64
		ok := false
		switch {
		case t != "" && t[0] >= '0' && t[0] <= '9' && digitsRE.FindString(t) == t:
			x, err := strconv.ParseFloat(strings.ReplaceAll(t, ",", ""), 64)
			if err != nil {
				continue
			}
			v, ok = x, true
		case smallNums[t] != 0 || t == "zero":
			v, ok = smallNums[t], true
		case tensNums[t] != 0:
			v, ok = tensNums[t], true
			if i+1 < len(toks) && units[toks[i+1]] != 0 {
				v += units[toks[i+1]]
				i++
			}
		case t == "one" && i+1 < len(toks) && scales[toks[i+1]] != 0:
			v, ok = 1, true
		}
		if !ok {
			continue
		}
		// Scales multiply what comes before them and a remainder after
		// one adds ("one thousand two hundred and fourteen" is 1214,
		// "three thousand and five" 3005, "two hundred thirty" 230,
		// "one thousand million" 1e9). A remainder followed by the scale
		// just read starts another figure ("between three hundred and
		// four hundred": 300 and 400), and so does one whose run reaches
		// a scale no smaller than one a part was completed with ("two
		// hundred thousand and three hundred thousand").
		var total, last, done float64 // done: the largest scale a part was completed with
		for i+1 < len(toks) {
			if sc := scales[toks[i+1]]; sc != 0 {
				switch {
				case sc == 100:
					v *= 100
				case v == 0 && total > 0:
					total *= sc // "one thousand million"
					done = max(done, sc)
				default:
					total += v * sc
					v = 0
					done = max(done, sc)
				}
				last = sc
				i++
				continue
			}
			if scales[toks[i]] == 0 {
				break
			}
			j := i + 1
			if toks[j] == "and" && j+1 < len(toks) {
				j++
			}
			r, end, ok := smallValue(toks, j)
			if !ok || end+1 < len(toks) && scales[toks[end+1]] == last || done > 0 && scaleAhead(toks, end+1) >= done {
				break // "... thousand and three hundred thousand": a figure of its own
			}
			v += r
			i = end
		}
		v += total
		emit(v)
	}
	return out
}

// scaleAhead is the largest scale among the number words from toks[j] on.
func scaleAhead(toks []string, j int) float64 {
	var out float64
	for ; j < len(toks); j++ {
		t := toks[j]
		if sc := scales[t]; sc != 0 {
			out = max(out, sc)
			continue
		}
		if _, _, ok := smallValue(toks, j); !ok && t != "and" {
			break
		}
	}
	return out
}

// smallValue reads a number below a hundred in words at toks[j] ("five",
// "fourteen", "thirty", "thirty one"): its value and the index of its last
// token. "dozen" is none: "two hundred dozen" says another thing.
func smallValue(toks []string, j int) (float64, int, bool) {
	t := toks[j]
	if r, ok := smallNums[t]; ok && t != "dozen" {
		return r, j, true
	}
	if r := units[t]; r != 0 {
		return r, j, true // "two hundred and one"
	}
	if r, ok := tensNums[t]; ok {
		if j+1 < len(toks) && units[toks[j+1]] != 0 {
			return r + units[toks[j+1]], j + 1, true
		}
		return r, j, true
	}
	return 0, j, false
}

// IsNumberTerm reports a number or quantity word (as a stemmed term): the
// number check covers those.
func IsNumberTerm(t string) bool { return numberTerms[t] }

var numberTerms = func() map[string]bool {
	m := map[string]bool{}
	add := func(w string) {
		for _, t := range Terms(w) {
			m[t] = true
		}
	}
	for _, tab := range []map[string]float64{smallNums, tensNums, units, scales} {
		for w := range tab {
			add(w)
		}
	}
	for _, w := range strings.Fields("dozens hundreds thousands millions billions scores") {
		add(w)
	}
	return m
}()

// numberWords holds the number words of the tables above, for
// MayHoldNumber's one lookup; maxNumberWord is the longest one's length.
var numberWords, maxNumberWord = func() (map[string]bool, int) {
	m, longest := map[string]bool{}, 0
	for _, tab := range []map[string]float64{smallNums, tensNums, units, scales} {
		for w := range tab {
			m[w] = true
			longest = max(longest, len(w))
		}
	}
	return m, longest
}()

// FoldMatch folds s for matching a claim's words against a passage's:
// case and accents, quotation marks, hyphens and dashes as spaces, runs of
// white space as one.
func FoldMatch(s string) string {
	return strings.Join(strings.Fields(matchFolder.Replace(Fold(s))), " ")
}

var matchFolder = strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`, "‘", "'", "’", "'", "`", "'",
	"-", " ", "–", " ", "—", " ", "‐", " ")

// IsNumeral reports a term written in digits ("31", "1.50").
func IsNumeral(t string) bool {
	return t != "" && strings.Trim(t, "0123456789.") == ""
}

// Quantities lists the quantity words of folded text: dozens, hundreds,
// thousands, millions, billions, scores.
func Quantities(folded string) []string { return quantityRE.FindAllString(folded, -1) }

// MayHoldNumber reports whether Numbers could find a number in the word w:
// it holds a digit, a number word among its letters ("thirty-one"), or a
// non-ASCII byte (left to Numbers). A cheap gate before Numbers, which
// folds and splits.
func MayHoldNumber(w string) bool {
	start := -1
	for i := 0; i <= len(w); i++ {
		var c byte
		if i < len(w) {
			c = w[i]
		}
		switch {
		case c >= 0x80 || c >= '0' && c <= '9':
			return true
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if n := i - start; n >= 3 && n <= maxNumberWord && numberWords[strings.ToLower(w[start:i])] {
				return true
			}
			start = -1
		}
	}
	return false
}
