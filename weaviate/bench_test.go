package weaviate

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/retrieval"
	"github.com/storybot-dev/storybot/story"
)

// BenchmarkTenThousand indexes ~10,000 chunks of synthetic stories (about
// 2 KB each, the offline 384-dimension embedder) into Weaviate and into the
// in-process index, then runs the same 300 hybrid queries (k = 5) on both:
//
//	go test -run '^$' -bench TenThousand -benchtime 1x ./weaviate/
//
// STORYBOT_BENCH_CHUNKS changes the size. Reported: chunks/s written to
// Weaviate (embedding excluded: vectors are computed beforehand), the time
// of a second, no-op sync, and query p50/p95 for each backend (the query's
// embedding excluded for both), and Weaviate's p50 without the side
// scores (Config.NoSideScores).
func BenchmarkTenThousand(b *testing.B) {
	srv := server(b)
	want := 10000
	if v := os.Getenv("STORYBOT_BENCH_CHUNKS"); v != "" {
		want, _ = strconv.Atoi(v)
	}
	stories := syntheticStories(want)
	ctx := context.Background()
	var chunks []Chunk
	for i := range stories {
		chunks = append(chunks, chunksOf(b, stories[i])...)
	}
	queries := syntheticQueries(chunks, 300)
	qvecs := make([][]float32, len(queries))
	for i, q := range queries {
		qvecs[i] = emb.Vector(q)
	}

	for range b.N {
		c, _ := newClient(b, srv, Config{BatchSize: 500, Timeout: 2 * time.Minute})
		start := time.Now()
		st, err := c.Sync(ctx, chunks)
		if err != nil {
			b.Fatal(err)
		}
		took := time.Since(start)
		start = time.Now()
		st2, err := c.Sync(ctx, chunks)
		if err != nil || st2.Written+st2.Deleted != 0 {
			b.Fatalf("second sync: %+v, %v", st2, err)
		}
		noop := time.Since(start)

		var wv []time.Duration
		for i, q := range queries {
			t0 := time.Now()
			if _, err := c.Search(ctx, q, qvecs[i], 5); err != nil {
				b.Fatal(err)
			}
			wv = append(wv, time.Since(t0))
		}

		bare, err := New(Config{URL: srv.URL, Collection: c.Collection(), NoSideScores: true})
		if err != nil {
			b.Fatal(err)
		}
		var wvBare []time.Duration
		for i, q := range queries {
			t0 := time.Now()
			if _, err := bare.Search(ctx, q, qvecs[i], 5); err != nil {
				b.Fatal(err)
			}
			wvBare = append(wvBare, time.Since(t0))
		}

		opts := retrieval.DefaultOptions()
		t0 := time.Now()
		ix, err := retrieval.Build(ctx, stories, emb, opts, nil)
		if err != nil {
			b.Fatal(err)
		}
		inprocBuild := time.Since(t0)
		var ip []time.Duration
		for _, q := range queries {
			t0 := time.Now()
			// Search embeds the query itself: time that apart and subtract it.
			if _, err := ix.Search(ctx, q, 5); err != nil {
				b.Fatal(err)
			}
			d := time.Since(t0)
			t1 := time.Now()
			emb.Vector(q)
			ip = append(ip, d-time.Since(t1))
		}

		b.ReportMetric(float64(st.Written), "chunks")
		b.ReportMetric(float64(st.Written)/took.Seconds(), "weaviate-chunks/s")
		b.ReportMetric(float64(noop.Milliseconds()), "noop-sync-ms")
		b.ReportMetric(ms(pct(wv, 50)), "weaviate-p50-ms")
		b.ReportMetric(ms(pct(wv, 95)), "weaviate-p95-ms")
		b.ReportMetric(ms(pct(wvBare, 50)), "weaviate-noside-p50-ms")
		b.ReportMetric(float64(len(chunks))/inprocBuild.Seconds(), "inproc-chunks/s")
		b.ReportMetric(ms(pct(ip, 50)), "inproc-p50-ms")
		b.ReportMetric(ms(pct(ip, 95)), "inproc-p95-ms")
		b.Logf("%d chunks of %d stories: weaviate sync %s (%d requests), no-op sync %s; in-process build %s (embedding included)",
			st.Written, len(stories), took.Round(time.Millisecond), st.Requests, noop.Round(time.Millisecond), inprocBuild.Round(time.Millisecond))
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func pct(ds []time.Duration, p int) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)]
}

// syntheticStories makes stories of about 2 KB (12 sentences of 12 to 24
// words from a Zipf-distributed vocabulary of 20,000 made-up words) until
// they hold at least n chunks.
func syntheticStories(n int) []story.Story {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 20000)
	syll := []string{"ka", "lo", "mi", "ten", "ra", "su", "vel", "do", "pri", "an", "gu", "yo", "sha", "ber", "ti", "on"}
	for i := range vocab {
		var w strings.Builder
		for range 2 + r.IntN(3) {
			w.WriteString(syll[r.IntN(len(syll))])
		}
		vocab[i] = w.String()
	}
	zipf := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.1, 2, uint64(len(vocab)-1))
	var out []story.Story
	total := 0
	for i := 0; total < n; i++ {
		var sb strings.Builder
		fmt.Fprintf(&sb, " date 2023-%02d-%02d STORY: ", 1+i%12, 1+i%28)
		for range 12 {
			words := 12 + r.IntN(13)
			for w := range words {
				word := vocab[zipf.Uint64()]
				if w == 0 {
					word = strings.ToUpper(word[:1]) + word[1:]
				}
				sb.WriteString(word)
				if w < words-1 {
					sb.WriteByte(' ')
				}
			}
			sb.WriteString(". ")
		}
		s := story.Parse(fmt.Sprintf("synthetic/%05d.txt", i), sb.String())
		total += len(story.Chunks(&s, i, story.DefaultChunkOptions))
		out = append(out, s)
	}
	return out
}

// syntheticQueries takes four consecutive words from random chunks.
func syntheticQueries(chunks []Chunk, n int) []string {
	r := rand.New(rand.NewPCG(5, 6))
	var out []string
	for len(out) < n {
		words := strings.Fields(chunks[r.IntN(len(chunks))].Text)
		if len(words) < 6 {
			continue
		}
		i := r.IntN(len(words) - 4)
		out = append(out, strings.Join(words[i:i+4], " "))
	}
	return out
}
