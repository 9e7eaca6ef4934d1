// quickstart: create a memory, put notes, commit, search, print the hits.
//
//	cargo tool build && cd examples/go && PKG_CONFIG_PATH=../../target/pkgconfig go run . /tmp/notes.mv2
package main

import (
	"errors"
	"fmt"
	"os"

	"memvid.dev/memvid"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: quickstart <new-file.mv2> [query]")
		os.Exit(2)
	}
	query := "portable binary"
	if len(os.Args) > 2 {
		query = os.Args[2]
	}
	if err := run(os.Args[1], query); err != nil {
		if errors.Is(err, memvid.ErrAlreadyExists) { // errors carry stable codes
			fmt.Fprintln(os.Stderr, "pick a path where no file exists yet")
		}
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(path, query string) error {
	mem, err := memvid.Create(path)
	if err != nil {
		return err
	}
	defer mem.Close() // commits anything pending and releases the file
	notes := [][2]string{
		{"Rust ownership", "Every value in Rust has a single owner; it is dropped when the owner goes out of scope."},
		{"WebAssembly", "WebAssembly is a portable binary format that runs in browsers and in Node.js."},
		{"memvid", "memvid keeps documents, a full-text index and vectors together in one .mv2 file."},
	}
	for _, n := range notes {
		id, err := mem.Put(n[1], &memvid.PutOptions{Title: n[0]})
		if err != nil {
			return err
		}
		fmt.Printf("put frame %d: %s\n", id, n[0])
	}
	if err := mem.Commit(); err != nil { // puts become durable and searchable here
		return err
	}
	hits, err := mem.Find(query, &memvid.FindOptions{K: 3})
	if err != nil {
		return err
	}
	fmt.Printf("\nfind %q: %d hit(s)\n", query, len(hits))
	for _, h := range hits {
		fmt.Printf("  #%d frame %d  score %.3f  %s\n", h.Rank, h.FrameID, h.Score, h.Title)
	}
	if len(hits) == 0 {
		return errors.New("no hits")
	}
	return nil
}
