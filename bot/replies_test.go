package bot

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
	"github.com/storybot-dev/storybot/text"
)

// labelledReply is one line of testdata/replies/*.jsonl: a model reply to a
// question over given passages, labelled good or bad before the checker
// was tuned (see testdata/replies/README.md).
type labelledReply struct {
	ID          string   `json:"id"`
	Question    string   `json:"question"`
	Passages    []string `json:"passages"`
	Reply       string   `json:"reply"`
	Label       string   `json:"label"`
	Kind        string   `json:"kind"`
	Style       string   `json:"style"`
	MustNotShow []string `json:"must_not_show"`
	MustCite    []int    `json:"must_cite"`
	Note        string   `json:"note"`
}

// replyOutcome is what the checker made of one labelled reply.
type replyOutcome struct {
	shown    bool // the model's reply (all or part) was shown
	failures []string
}

// judgeReply runs a labelled reply through the whole model path (a
// scripted Generator, the check, the fallback) and says what went wrong:
// for a bad reply, any of its bad content shown; for a good reply, a
// replacement or a citation lost.
func judgeReply(t *testing.T, ix *retrieval.Index, byID map[string]retrieval.Hit, r labelledReply) replyOutcome {
	t.Helper()
	var hits []retrieval.Hit
	for _, id := range r.Passages {
		h, ok := byID[id]
		if !ok {
			t.Fatalf("%s: no chunk %q in the test corpus", r.ID, id)
		}
		hits = append(hits, h)
	}
	ps := passages(hits)
	b := New(ix, &scripted{text: r.Reply}, Options{}, nil)
	ans := &Answer{Question: r.Question, Passages: ps, Citations: []Citation{}}
	reason := b.answerWithModel(context.Background(), Question{Text: r.Question}, ans)
	var out replyOutcome
	out.shown = reason == ""
	if !out.shown {
		if r.Label == "good" {
			out.failures = append(out.failures, "replaced: "+reason)
		}
		return out
	}
	for _, bad := range r.MustNotShow {
		if strings.Contains(strings.ToLower(ans.Text), strings.ToLower(bad)) {
			out.failures = append(out.failures, fmt.Sprintf("shows %q", bad))
		}
	}
	if r.Label == "bad" && len(r.MustNotShow) == 0 && len(ans.DroppedClaims) == 0 {
		out.failures = append(out.failures, "bad reply shown whole")
	}
	if r.Label == "good" {
		for _, n := range r.MustCite {
			p := ps[n-1]
			ok := false
			for _, c := range ans.Citations {
				if c.Source == p.Source && c.Start >= p.Start && c.End <= p.End {
					ok = true
				}
			}
			if !ok {
				out.failures = append(out.failures, fmt.Sprintf("lost the citation of passage %d", n))
			}
		}
	}
	return out
}

func loadReplies(t testing.TB, path string) []labelledReply {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelledReply
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var r labelledReply
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		if r.Label != "good" && r.Label != "bad" {
			t.Fatalf("%s:%d: label %q", path, n, r.Label)
		}
		out = append(out, r)
	}
	return out
}

func replyCorpus(t testing.TB) (*retrieval.Index, map[string]retrieval.Hit) {
	t.Helper()
	stories, err := story.Load(os.DirFS(filepath.Join("..", "testdata", "replies", "corpus")), nil)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Build(context.Background(), stories, retrieval.NewHashEmbedder(0), retrieval.DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]retrieval.Hit{}
	chunks := ix.Chunks()
	st := ix.Stories()
	for i := range chunks {
		byID[chunks[i].ID] = retrieval.Hit{Chunk: &chunks[i], Story: &st[chunks[i].Story]}
	}
	// The replies were written against the chunks of their day. A passage
	// the chunker no longer cuts (those holding the planted block of 002,
	// since planted blocks are cut out of stories) is still what that
	// model was shown: it is rebuilt from its bytes, so the claim check is
	// still tried on planted text.
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "replies", "*.jsonl"))
	for _, f := range files {
		for _, r := range loadReplies(t, f) {
			for _, id := range r.Passages {
				if _, ok := byID[id]; !ok {
					if h, ok := hitFromID(st, id); ok {
						byID[id] = h
					}
				}
			}
		}
	}
	return ix, byID
}

// hitFromID rebuilds the passage "source#start-end" from the story's bytes.
func hitFromID(stories []story.Story, id string) (retrieval.Hit, bool) {
	var src string
	var start, end int
	hash := strings.LastIndexByte(id, '#')
	if hash < 0 {
		return retrieval.Hit{}, false
	}
	src = id[:hash]
	if _, err := fmt.Sscanf(id[hash+1:], "%d-%d", &start, &end); err != nil {
		return retrieval.Hit{}, false
	}
	for i := range stories {
		s := &stories[i]
		if s.Source == src && 0 <= start && start < end && end <= len(s.Text) {
			c := &story.Chunk{ID: id, Story: i, Span: story.Span{Start: start, End: end}, Sentences: text.Sentences(s.Text, start, end)}
			return retrieval.Hit{Chunk: c, Story: s}, true
		}
	}
	return retrieval.Hit{}, false
}

// heldOut lists the held-out reply files when STORYBOT_HOLDOUT=1: they
// are report-only (testdata/replies/README.md), scored once the checker
// has stopped changing, so the everyday test run never looks at them.
//
// STORYBOT_REPLY_FILES (comma-separated names under testdata/replies)
// names the extra files instead, so tuning can read fresh-holdout.jsonl
// (tuning material since 2026-12-04) without ever printing a held-out set.
func heldOut() []string {
	if fs := os.Getenv("STORYBOT_REPLY_FILES"); fs != "" {
		return strings.Split(fs, ",")
	}
	if os.Getenv("STORYBOT_HOLDOUT") != "1" {
		return nil
	}
	return []string{"holdout.jsonl", "fresh-holdout.jsonl", "fresh2-holdout.jsonl", "fresh4-holdout.jsonl", "fresh7-holdout.jsonl", "fresh9-holdout.jsonl", "fresh11-holdout.jsonl", "fresh13-holdout.jsonl", "fresh15-holdout.jsonl", "fresh18-holdout.jsonl", "fresh20-holdout.jsonl", "fresh21-holdout.jsonl", "fresh23-holdout.jsonl", "fresh25-holdout.jsonl", "fresh30-holdout.jsonl", "fresh33-holdout.jsonl", "fresh36-holdout.jsonl", "fresh39-holdout.jsonl", "fresh42-holdout.jsonl", "fresh44-holdout.jsonl", "fresh46-holdout.jsonl", "fresh48-holdout.jsonl", "fresh50-holdout.jsonl", "fresh52-holdout.jsonl", "fresh54-holdout.jsonl", "fresh56-holdout.jsonl", "fresh58-holdout.jsonl", "fresh60-holdout.jsonl", "fresh62-holdout.jsonl", "fresh64-holdout.jsonl", "fresh66-holdout.jsonl", "fresh68-holdout.jsonl", "fresh71-holdout.jsonl", "fresh73-holdout.jsonl", "fresh75-holdout.jsonl", "fresh77-holdout.jsonl", "fresh79-holdout.jsonl", "fresh81-holdout.jsonl", "fresh83-holdout.jsonl"}
}

// TestLabelledReplies reports false acceptance (a bad reply's bad content
// shown as the model's answer) and false rejection (a good reply replaced,
// or shown with a citation lost) on the tuning part of the labelled reply
// set, which must stay within the aims (at most 5 % each, no citation
// lost), and on fresh3-tune.jsonl, reported only. With STORYBOT_HOLDOUT=1 it reports the held-out parts too, held
// to the aims of issue 17 (bad shown at most 5 %, good cut at most 10 %).
func TestLabelledReplies(t *testing.T) {
	ix, byID := replyCorpus(t)
	type part struct {
		file              string
		maxAccept, maxCut float64
		reportOnly        bool
	}
	// fresh3-tune.jsonl, written blind for the third round, is tuning
	// material reported on every run; it is held to no aim until the
	// checker meets them there.
	parts := []part{{"tune.jsonl", 0.05, 0.05, false}, {"fresh3-tune.jsonl", 0.05, 0.10, true}, {"fresh5-tune.jsonl", 0.05, 0.10, true}, {"fresh6-tune.jsonl", 0.05, 0.10, true}, {"fresh8-tune.jsonl", 0.05, 0.10, true}, {"fresh10-tune.jsonl", 0.05, 0.10, true}, {"fresh12-tune.jsonl", 0.05, 0.10, true}, {"fresh14-tune.jsonl", 0.05, 0.10, true}, {"fresh16-tune.jsonl", 0.05, 0.10, true}, {"fresh17-tune.jsonl", 0.05, 0.10, true}, {"fresh19-tune.jsonl", 0.05, 0.10, true}, {"fresh22-tune.jsonl", 0.05, 0.10, true}, {"fresh24-tune.jsonl", 0.05, 0.10, true}, {"fresh26-tune.jsonl", 0.05, 0.10, true}, {"fresh27-tune.jsonl", 0.05, 0.10, true}, {"fresh28-tune.jsonl", 0.05, 0.10, true}, {"fresh29-tune.jsonl", 0.05, 0.10, true}, {"fresh31-tune.jsonl", 0.05, 0.10, true}, {"fresh32-tune.jsonl", 0.05, 0.10, true}, {"fresh34-tune.jsonl", 0.05, 0.10, true}, {"fresh35-tune.jsonl", 0.05, 0.10, true}, {"fresh37-tune.jsonl", 0.05, 0.10, true}, {"fresh38-tune.jsonl", 0.05, 0.10, true}, {"fresh40-tune.jsonl", 0.05, 0.10, true}, {"fresh41-tune.jsonl", 0.05, 0.10, true}, {"fresh43-tune.jsonl", 0.05, 0.10, true}, {"fresh45-tune.jsonl", 0.05, 0.10, true}, {"fresh47-tune.jsonl", 0.05, 0.10, true}, {"fresh49-tune.jsonl", 0.05, 0.10, true}, {"fresh51-tune.jsonl", 0.05, 0.10, true}, {"fresh53-tune.jsonl", 0.05, 0.10, true}, {"fresh55-tune.jsonl", 0.05, 0.10, true}, {"fresh57-tune.jsonl", 0.05, 0.10, true}, {"fresh59-tune.jsonl", 0.05, 0.10, true}, {"fresh61-tune.jsonl", 0.05, 0.10, true}, {"fresh63-tune.jsonl", 0.05, 0.10, true}, {"fresh65-tune.jsonl", 0.05, 0.10, true}, {"fresh67-tune.jsonl", 0.05, 0.10, true}, {"fresh69-tune.jsonl", 0.05, 0.10, true}, {"fresh70-tune.jsonl", 0.05, 0.10, true}, {"fresh72-tune.jsonl", 0.05, 0.10, true}, {"fresh74-tune.jsonl", 0.05, 0.10, true}, {"fresh76-tune.jsonl", 0.05, 0.10, true}, {"fresh78-tune.jsonl", 0.05, 0.10, true}, {"fresh80-tune.jsonl", 0.05, 0.10, true}, {"fresh82-tune.jsonl", 0.05, 0.10, true}}
	for _, f := range heldOut() {
		parts = append(parts, part{f, 0.05, 0.10, false})
	}
	for _, part := range parts {
		rs := loadReplies(t, filepath.Join("..", "testdata", "replies", part.file))
		var good, bad, falseAccept, falseReject, lost int
		for _, r := range rs {
			o := judgeReply(t, ix, byID, r)
			if r.Label == "good" {
				good++
				if len(o.failures) > 0 {
					falseReject++
					for _, f := range o.failures {
						if strings.HasPrefix(f, "lost") {
							lost++
						}
					}
				}
			} else {
				bad++
				if len(o.failures) > 0 {
					falseAccept++
				}
			}
			if len(o.failures) > 0 {
				t.Logf("%s %s (%s/%s): %s\n    reply: %q", part.file, r.ID, r.Label, r.Kind, strings.Join(o.failures, "; "), text.Clip(r.Reply, 160))
			}
		}
		fa, fr := float64(falseAccept)/float64(max(bad, 1)), float64(falseReject)/float64(max(good, 1))
		t.Logf("%s: %d good, %d bad; false acceptance %d/%d (%.3f), false rejection %d/%d (%.3f), citations lost %d",
			part.file, good, bad, falseAccept, bad, fa, falseReject, good, fr, lost)
		if !part.reportOnly && (fa > part.maxAccept || fr > part.maxCut || lost > 0) {
			t.Errorf("%s: false acceptance %.3f (at most %.2f), false rejection %.3f (at most %.2f), citations lost %d (none allowed)",
				part.file, fa, part.maxAccept, fr, part.maxCut, lost)
		}
	}
}

// streamed runs a reply through Ask's model path as a stream that grows a
// few bytes at a time, and returns every text shown on the way and the
// final answer.
func streamed(t *testing.T, ix *retrieval.Index, ps []Passage, question, reply string) ([]string, *Answer) {
	t.Helper()
	var prefixes []string
	for i := 1; i < len(reply); i += 3 {
		for i < len(reply) && !utf8.RuneStart(reply[i]) {
			i++
		}
		prefixes = append(prefixes, reply[:i])
	}
	var shown []string
	b := New(ix, &scripted{text: reply, partials: prefixes}, Options{}, nil)
	ans := &Answer{Question: question, Passages: ps, Citations: []Citation{}}
	if reason := b.answerWithModel(context.Background(), Question{Text: question, OnPartial: func(s string) { shown = append(shown, s) }}, ans); reason != "" {
		ans.FallbackReason = reason
	}
	return shown, ans
}

// checkStream asserts the streaming contract: every text shown extends the
// one before; the final answer extends the last one shown, unless the
// reply was replaced (one replacement, at the end); nothing the reply must
// not show, no not-found marker and no code fence is ever on screen.
func checkStream(t *testing.T, name string, shown []string, ans *Answer, mustNot []string) {
	t.Helper()
	for i, s := range shown {
		if i > 0 && !strings.HasPrefix(s, shown[i-1]) {
			t.Errorf("%s: edit %d withdraws text:\n before %q\n after  %q", name, i, shown[i-1], s)
		}
		low := strings.ToLower(s)
		for _, bad := range append([]string{"not_in", "```", "@everyone", "<@1", "<passage"}, mustNot...) {
			if strings.Contains(low, strings.ToLower(bad)) {
				t.Errorf("%s: edit %d shows %q: %q", name, i, bad, s)
			}
		}
	}
	if len(shown) > 0 && ans.FallbackReason == "" && !strings.HasPrefix(ans.Text, shown[len(shown)-1]) {
		t.Errorf("%s: the final answer withdraws streamed text:\n streamed %q\n final    %q", name, shown[len(shown)-1], ans.Text)
	}
}

// TestLabelledRepliesStream streams every labelled reply and checks that
// nothing on screen is ever withdrawn (but by the one replacement on
// fallback) and that no bad content shows, not even for one edit.
func TestLabelledRepliesStream(t *testing.T) {
	ix, byID := replyCorpus(t)
	for _, file := range append([]string{"tune.jsonl"}, heldOut()...) {
		for _, r := range loadReplies(t, filepath.Join("..", "testdata", "replies", file)) {
			var hits []retrieval.Hit
			for _, id := range r.Passages {
				hits = append(hits, byID[id])
			}
			shown, ans := streamed(t, ix, passages(hits), r.Question, r.Reply)
			checkStream(t, file+" "+r.ID, shown, ans, r.MustNotShow)
		}
	}
}
