package retrieval

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/storybot-dev/storybot/story"
)

// countingEmbedder wraps the hash embedder and records every text it is
// asked to embed.
type countingEmbedder struct {
	*HashEmbedder
	mu    sync.Mutex
	calls int
	texts []string
}

func newCounting() *countingEmbedder { return &countingEmbedder{HashEmbedder: NewHashEmbedder(0)} }

func (c *countingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	c.mu.Lock()
	c.calls++
	c.texts = append(c.texts, texts...)
	c.mu.Unlock()
	return c.HashEmbedder.Embed(ctx, texts)
}

func (c *countingEmbedder) reset() (calls int, texts []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	calls, texts = c.calls, c.texts
	c.calls, c.texts = 0, nil
	return calls, texts
}

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, nil))
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

func seedStories(t *testing.T) []story.Story {
	t.Helper()
	stories, err := story.Load(os.DirFS("../corpus"), nil)
	if err != nil {
		t.Fatal(err)
	}
	return stories
}

// sentencesStory returns a story of n distinct sentences.
func sentencesStory(source string, n int) story.Story {
	var parts []string
	words := []string{"prison", "riot", "police", "gang", "mayor", "guard", "emergency"}
	for i := range n {
		parts = append(parts, fmt.Sprintf("The %s story number %d mentions %s.", source, i, words[i%len(words)]))
	}
	return story.Parse(source, strings.Join(parts, " "))
}

// Search never asks chromem for more results than the collection holds:
// an index of 1, 2 or 3 chunks answers k=5 with its vector side intact.
func TestSearchSmallIndex(t *testing.T) {
	ctx := context.Background()
	opts := DefaultOptions()
	opts.Chunk = story.ChunkOptions{MaxSentences: 1, MaxBytes: 800}
	for n := 1; n <= 3; n++ {
		t.Run(fmt.Sprintf("chunks=%d", n), func(t *testing.T) {
			ix, err := Build(ctx, []story.Story{sentencesStory("s.txt", n)}, NewHashEmbedder(0), opts, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := ix.Stats().Chunks; got != n {
				t.Fatalf("index has %d chunks, want %d", got, n)
			}
			for _, k := range []int{1, n, 5, 100} {
				res, err := ix.Search(ctx, "prison riot police", k)
				if err != nil {
					t.Fatalf("Search k=%d: %v", k, err)
				}
				if res.VectorErr != nil {
					t.Fatalf("Search k=%d: vector side failed: %v", k, res.VectorErr)
				}
				if want := min(k, n); len(res.Hits) != want {
					t.Errorf("k=%d: %d hits, want %d", k, len(res.Hits), want)
				}
				for _, h := range res.Hits {
					if h.VectorRank == 0 {
						t.Errorf("k=%d: hit %s has no vector rank; the vector side returned too little", k, h.Chunk.ID)
					}
				}
			}
			if _, err := ix.Search(ctx, "prison", 0); err == nil {
				t.Error("Search with k=0 did not fail")
			}
		})
	}
}

func dot(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

// Fusion: every hit's score is the sum over the sides that found it of
// 1/(60+rank); each side's rank and score are those the side gives alone.
func TestSearchFusion(t *testing.T) {
	ctx := context.Background()
	emb := NewHashEmbedder(0)
	ix, err := Build(ctx, seedStories(t), emb, DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	const query = "What was the death toll of the prison riot in Guayaquil?"
	res, err := ix.Search(ctx, query, 5)
	if err != nil || res.VectorErr != nil {
		t.Fatalf("Search: %v %v", err, res.VectorErr)
	}
	if len(res.Hits) != 5 {
		t.Fatalf("got %d hits, want 5", len(res.Hits))
	}
	// The vector side, computed here: cosine of unit vectors, all chunks ranked.
	qv := emb.Vector(query)
	type vs struct {
		doc   int
		score float64
	}
	var vec []vs
	for i, c := range ix.Chunks() {
		vec = append(vec, vs{i, dot(qv, emb.Vector(ix.Stories()[c.Story].Text[c.Start:c.End]))})
	}
	sort.SliceStable(vec, func(i, j int) bool { return vec[i].score > vec[j].score })
	vecRank := map[string]vs{}
	for r, v := range vec {
		vecRank[ix.Chunks()[v.doc].ID] = vs{r + 1, v.score}
	}
	kwRank := map[string]Scored{}
	for r, s := range ix.SearchKeywords(query, len(ix.Chunks())) {
		kwRank[ix.Chunks()[s.Doc].ID] = Scored{r + 1, s.Score}
	}
	prev := math.Inf(1)
	for i, h := range res.Hits {
		v, k := vecRank[h.Chunk.ID], kwRank[h.Chunk.ID]
		if h.VectorRank != v.doc || math.Abs(h.VectorScore-v.score) > 1e-4 {
			t.Errorf("hit %d: vector rank/score %d/%.4f, want %d/%.4f", i, h.VectorRank, h.VectorScore, v.doc, v.score)
		}
		if h.KeywordRank != k.Doc || math.Abs(h.KeywordScore-k.Score) > 1e-9 {
			t.Errorf("hit %d: keyword rank/score %d/%.4f, want %d/%.4f", i, h.KeywordRank, h.KeywordScore, k.Doc, k.Score)
		}
		want := 0.0
		if h.VectorRank > 0 {
			want += 1 / float64(60+h.VectorRank)
		}
		if h.KeywordRank > 0 {
			want += 1 / float64(60+h.KeywordRank)
		}
		if math.Abs(h.Score-want) > 1e-12 {
			t.Errorf("hit %d: fused score %v, want %v", i, h.Score, want)
		}
		if h.Score > prev {
			t.Errorf("hit %d scores %v, above the hit before (%v)", i, h.Score, prev)
		}
		prev = h.Score
		if h.Story == nil || h.Chunk == nil || h.Story != &ix.Stories()[h.Chunk.Story] {
			t.Errorf("hit %d does not point at its chunk's story", i)
		}
	}
	// The death-toll sentence is what the question is about.
	found := false
	for _, h := range res.Hits {
		found = found || strings.Contains(h.Story.Text[h.Chunk.Start:h.Chunk.End], "death toll")
	}
	if !found {
		t.Error("no hit holds the death toll")
	}
}

// fuse on hand-made lists: agreement of both sides wins, ties go to the
// lower chunk, and each side's rank and score are kept.
func TestFuse(t *testing.T) {
	ix, err := Build(context.Background(), []story.Story{sentencesStory("f.txt", 4)}, NewHashEmbedder(0),
		Options{Chunk: story.ChunkOptions{MaxSentences: 1, MaxBytes: 800}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	vec := []Scored{{Doc: 2, Score: 0.9}, {Doc: 0, Score: 0.5}, {Doc: 3, Score: 0.1}}
	kw := []Scored{{Doc: 0, Score: 7.5}, {Doc: 1, Score: 2.0}}
	type row struct {
		doc            int
		score          float64
		vr, kr         int
		vscore, kscore float64
	}
	want := []row{
		{0, 1.0/62 + 1.0/61, 2, 1, 0.5, 7.5}, // both sides
		{2, 1.0 / 61, 1, 0, 0.9, 0},          // vector first
		{1, 1.0 / 62, 0, 2, 0, 2.0},          // keyword second
		{3, 1.0 / 63, 3, 0, 0.1, 0},          // vector third
	}
	hits := ix.fuse(vec, kw, 10)
	if len(hits) != len(want) {
		t.Fatalf("fuse gave %d hits, want %d", len(hits), len(want))
	}
	for i, h := range hits {
		got := row{h.doc, h.Score, h.VectorRank, h.KeywordRank, h.VectorScore, h.KeywordScore}
		w := want[i]
		if got.doc != w.doc || math.Abs(got.score-w.score) > 1e-15 || got.vr != w.vr || got.kr != w.kr || got.vscore != w.vscore || got.kscore != w.kscore {
			t.Errorf("hit %d = %+v, want %+v", i, got, w)
		}
		if h.Chunk != &ix.Chunks()[w.doc] {
			t.Errorf("hit %d points at the wrong chunk", i)
		}
	}
	if got := ix.fuse(vec, kw, 2); len(got) != 2 || got[0].doc != 0 || got[1].doc != 2 {
		t.Errorf("fuse k=2 = %v, want docs 0, 2", got)
	}
	// Equal fused scores: the lower chunk first.
	tied := ix.fuse([]Scored{{Doc: 3, Score: 1}}, []Scored{{Doc: 1, Score: 1}}, 10)
	if len(tied) != 2 || tied[0].doc != 1 || tied[1].doc != 3 {
		t.Errorf("tied hits in order %d, %d; want 1, 3", tied[0].doc, tied[1].doc)
	}
	if got := ix.fuse(nil, nil, 5); len(got) != 0 {
		t.Errorf("fuse of nothing = %v", got)
	}
}

// Questions that name one story's particulars find that story first, among
// 30+ stories that share the seed's vocabulary (prison, police, death
// toll, Ecuador, emergency).
func TestManyStories(t *testing.T) {
	type place struct {
		country, city, prison, official string
		year, toll                      int
	}
	places := []place{
		{"Ecuador", "Cuenca", "Turi", "Ana Velasco", 2021, 79},
		{"Ecuador", "Latacunga", "Cotopaxi", "Bruno Paredes", 2022, 44},
		{"Ecuador", "Santo Domingo", "Bellavista", "Carla Mena", 2022, 12},
		{"Ecuador", "Esmeraldas", "Esmeraldas Norte", "Diego Salazar", 2020, 9},
		{"Colombia", "Tulua", "Tulua Central", "Elena Gomez", 2022, 51},
		{"Colombia", "Bogota", "La Modelo", "Felipe Rojas", 2020, 23},
		{"Peru", "Lima", "Lurigancho", "Gloria Huaman", 2019, 6},
		{"Peru", "Arequipa", "Socabaya", "Hector Quispe", 2018, 4},
		{"Brazil", "Manaus", "Anisio Jobim", "Ines Carvalho", 2017, 56},
		{"Brazil", "Altamira", "Altamira Regional", "Joao Pereira", 2019, 58},
		{"Brazil", "Natal", "Alcacuz", "Karina Souza", 2017, 26},
		{"Mexico", "Ciudad Juarez", "Cereso Three", "Luis Ortega", 2023, 17},
		{"Mexico", "Monterrey", "Topo Chico", "Marta Villa", 2016, 49},
		{"Mexico", "Cadereyta", "Cadereyta State", "Nestor Ibarra", 2017, 16},
		{"Honduras", "Tamara", "Tamara Womens", "Olga Reyes", 2023, 46},
		{"Honduras", "Comayagua", "Comayagua Farm", "Pablo Cruz", 2012, 361},
		{"Guatemala", "Escuintla", "Canada Farm", "Rosa Lopez", 2016, 14},
		{"Venezuela", "Valencia", "Carabobo Police", "Sergio Marquez", 2018, 68},
		{"Venezuela", "Guanare", "Los Llanos", "Teresa Aponte", 2020, 47},
		{"Venezuela", "Puerto Ayacucho", "Amazonas Detention", "Ulises Mora", 2017, 37},
		{"Chile", "Santiago", "San Miguel", "Valeria Fuentes", 2010, 81},
		{"Argentina", "Mendoza", "Boulogne Sur Mer", "Walter Diaz", 2005, 8},
		{"Paraguay", "Asuncion", "Tacumbu", "Ximena Benitez", 2023, 3},
		{"Bolivia", "Santa Cruz", "Palmasola", "Yolanda Suarez", 2013, 30},
		{"Panama", "Colon", "Nueva Esperanza", "Zacarias Ruiz", 2019, 13},
		{"Dominican Republic", "San Pedro", "La Victoria", "Adela Pena", 2022, 2},
		{"El Salvador", "Tecoluca", "Cecot", "Bernardo Alas", 2023, 5},
		{"Haiti", "Port-au-Prince", "National Penitentiary", "Celine Joseph", 2024, 21},
		{"Costa Rica", "Alajuela", "La Reforma", "Dario Castro", 2015, 7},
		{"Nicaragua", "Tipitapa", "La Modelo Tipitapa", "Eva Obando", 2018, 11},
		{"Uruguay", "Montevideo", "Santiago Vazquez", "Fabian Silva", 2021, 15},
	}
	stories := seedStories(t)
	for i, p := range places {
		text := fmt.Sprintf(" date %d-0%d-1%d STORY: Soldiers and police officers retook the %s prison in %s, %s, after a riot.\n\n"+
			"The attorney general of %s said the death toll from the prison violence rose to %d.\n\n"+
			"%s is the director of the prison authority in %s.\n\n"+
			"Gangs fought for control of the cellblocks, and guards were held hostage.\n\n"+
			"The government declared a state of emergency in the country's prisons.\n",
			p.year, 1+i%9, i%10, p.prison, p.city, p.country, p.country, p.toll, p.official, p.country)
		stories = append(stories, story.Parse(fmt.Sprintf("world/%02d_%s.txt", i, strings.ReplaceAll(strings.ToLower(p.city), " ", "_")), text))
	}
	slices.SortFunc(stories, func(a, b story.Story) int { return strings.Compare(a.Source, b.Source) })
	ix, err := Build(context.Background(), stories, NewHashEmbedder(0), DefaultOptions(), nil)
	if err != nil {
		t.Fatal(err)
	}
	type q struct{ question, source string }
	var qs []q
	for i, p := range places {
		src := fmt.Sprintf("world/%02d_%s.txt", i, strings.ReplaceAll(strings.ToLower(p.city), " ", "_"))
		qs = append(qs,
			q{fmt.Sprintf("What was the death toll at the %s prison in %s?", p.prison, p.city), src},
			q{fmt.Sprintf("Who is %s?", p.official), src},
		)
	}
	const seed = "000_ed2ba48890825abd.txt"
	qs = append(qs,
		q{"How many people died at the Penitenciaria del Litoral in Guayaquil?", seed},
		q{"Who is Guillermo Rodriguez?", seed},
		q{"Where was the mayor of Manta shot?", seed},
		q{"What did Guillermo Lasso declare in Manabi and Los Rios?", seed},
	)
	wrong := 0
	for _, tt := range qs {
		res, err := ix.Search(context.Background(), tt.question, 5)
		if err != nil || res.VectorErr != nil || len(res.Hits) == 0 {
			t.Fatalf("Search(%q): %v %v", tt.question, err, res.VectorErr)
		}
		if got := res.Hits[0].Story.Source; got != tt.source {
			wrong++
			t.Errorf("Search(%q) top story = %s, want %s", tt.question, got, tt.source)
		}
	}
	t.Logf("%d stories, %d chunks, %d/%d questions found their story first", len(stories), ix.Stats().Chunks, len(qs)-wrong, len(qs))
}
