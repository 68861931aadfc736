package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storybot-dev/storybot/bot/discord/discordtest"
	"github.com/storybot-dev/storybot/weaviate"
	"github.com/storybot-dev/storybot/weaviate/weaviatetest"
)

// TestServeSharedWeaviate runs two `storybot serve` processes (one per
// loopback Discord, as two shards would) on one Weaviate collection: the
// first writes it (weaviate.writer), the second only reads. A story added
// to the corpus while they run is answered by both, from the collection.
func TestServeSharedWeaviate(t *testing.T) {
	wsrv := weaviatetest.Start(t, weaviatetest.Options{})
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := os.MkdirAll(corpus, 0o755); err != nil {
		t.Fatal(err)
	}
	news, _ := filepath.Glob("../../testdata/news/*.txt")
	for _, p := range news[:8] {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(corpus, filepath.Base(p)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	guard, cancelGuard := context.WithTimeout(context.Background(), 150*time.Second)
	defer cancelGuard()
	ctx, stop := context.WithCancel(context.Background())
	type proc struct {
		name string
		dc   *discordtest.Server
		log  *syncBuffer
		code chan int
	}
	start := func(name string, writer bool) *proc {
		const tok = "tok-shared-weaviate"
		p := &proc{name: name, dc: discordtest.New(tok), log: &syncBuffer{}, code: make(chan int, 1)}
		t.Cleanup(p.dc.Close)
		cfg := fmt.Sprintf("[corpus]\ndir = %q\n[retrieval]\nbackend = \"weaviate\"\n[weaviate]\nurl = %q\ncollection = \"Shared\"\nwriter = %t\n[discord]\napi_url = %q\nrate_per_minute = 600\nrate_burst = 100\n",
			corpus, wsrv.URL, writer, p.dc.URL)
		cfgFile := filepath.Join(dir, name+".toml")
		if err := os.WriteFile(cfgFile, []byte(cfg), 0o600); err != nil {
			t.Fatal(err)
		}
		e := &env{stdin: strings.NewReader(""), stdout: p.log, stderr: p.log, getenv: func(k string) string {
			return map[string]string{"DISCORD_TOKEN": tok}[k]
		}}
		go func() {
			p.code <- runEnv(ctx, []string{"serve", "--offline", "--config", cfgFile, "--data", filepath.Join(dir, "data-"+name)}, e)
		}()
		if _, _, err := p.dc.WaitRequest(guard, 0, func(r discordtest.Request) bool { return r.Method == "PUT" }); err != nil {
			t.Fatalf("%s never registered its commands: %v\n%s", name, err, p.log)
		}
		return p
	}
	// The writer first, so the reader finds the collection written.
	writer := start("writer", true)
	reader := start("reader", false)
	defer func() {
		stop()
		for _, p := range []*proc{writer, reader} {
			select {
			case c := <-p.code:
				if c != 0 {
					t.Errorf("%s exited %d\n%s", p.name, c, p.log)
				}
			case <-time.After(30 * time.Second):
				t.Errorf("%s did not stop", p.name)
			}
		}
	}()
	if !strings.Contains(writer.log.String(), "weaviate collection synced") {
		t.Fatalf("the writer did not write the collection:\n%s", writer.log)
	}
	if strings.Contains(reader.log.String(), "weaviate collection synced") {
		t.Fatalf("the reader wrote the collection:\n%s", reader.log)
	}

	const question = "How many volunteers repainted the Punta Brava lighthouse?"
	const fact = "47 volunteers"
	ask := func(p *proc, n int) string {
		t.Helper()
		alice := discordtest.User{ID: "300000000000000001", Name: "alice"}
		ch := fmt.Sprintf("8%03d", n)
		from := len(p.dc.Requests())
		if err := p.dc.Dispatch("MESSAGE_CREATE", p.dc.UserMessage(fmt.Sprintf("9%03d", n), "", ch, alice, question, false, "")); err != nil {
			t.Fatal(err)
		}
		r, _, err := p.dc.WaitRequest(guard, from, func(r discordtest.Request) bool {
			return r.Method == "POST" && r.Path == "/channels/"+ch+"/messages"
		})
		if err != nil {
			t.Fatalf("%s: no reply: %v\n%s", p.name, err, p.log)
		}
		m, err := r.Message()
		if err != nil {
			t.Fatal(err)
		}
		s, _ := m["content"].(string)
		return s
	}
	// Not in the corpus yet: neither can answer.
	for i, p := range []*proc{writer, reader} {
		if got := ask(p, i); strings.Contains(got, fact) {
			t.Fatalf("%s answered before the story existed: %q", p.name, got)
		}
	}
	story := "date 2024-05-04 STORY: The Punta Brava lighthouse was repainted on Saturday.\n\n" +
		"The harbour authority said 47 volunteers repainted the Punta Brava lighthouse over two days, using paint donated by local shops.\n\n" +
		"The lighthouse, built in 1911, guides fishing boats into the bay.\n"
	if err := os.WriteFile(filepath.Join(corpus, "zz_lighthouse.txt"), []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	// Both answer it, without a restart: the writer's reload syncs the
	// story to the collection, and the reader finds it there.
	n := 10
	for _, p := range []*proc{writer, reader} {
		for {
			n++
			got := ask(p, n)
			if strings.Contains(got, fact) {
				break
			}
			if guard.Err() != nil {
				t.Fatalf("%s never answered from the new story; last reply %q\n%s", p.name, got, p.log)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	// The collection holds it, written by the writer alone, and the reader
	// answered from it: no fallback to its local index, no dropped hit.
	c, err := weaviate.New(weaviate.Config{URL: wsrv.URL, Collection: "Shared"})
	if err != nil {
		t.Fatal(err)
	}
	st, err := c.Stats(context.Background())
	if err != nil || st.Stories != 9 {
		t.Errorf("collection: %+v, %v; want 9 stories", st, err)
	}
	for _, p := range []*proc{writer, reader} {
		// (A hit may be dropped, rightly, if the writer's sync lands before
		// the reader's own reload has the story: not checked here.)
		if l := p.log.String(); strings.Contains(l, "answering from the local index") {
			t.Errorf("%s did not answer from the collection:\n%s", p.name, l)
		}
	}
	if strings.Contains(reader.log.String(), "weaviate collection synced") {
		t.Errorf("the reader wrote the collection:\n%s", reader.log)
	}
}
