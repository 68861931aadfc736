// Command fakediscord runs the loopback Discord of the tests
// (bot/discord/discordtest) as a process, so scripts can start the real
// storybot binary against it: it prints the API URL and a free port for
// the health listener, then serves until killed.
package main

import (
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/storybot-dev/storybot/bot/discord/discordtest"
)

func main() {
	token := "x"
	if len(os.Args) > 1 {
		token = os.Args[1]
	}
	srv := discordtest.New(token)
	defer srv.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "fakediscord:", err)
		os.Exit(1)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	fmt.Printf("%s %d\n", srv.URL, port)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	<-sig
}
