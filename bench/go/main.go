// The Go path of `cargo tool bench`: the workload through bindings/go (protocol:
// tool/src/bench.rs). Usage: go run . <workload_dir> <out_dir>; prints `RESULT {json}`.
package main

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"memvid.dev/memvid"
)


func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func read(dir, name string) []byte {
	data, err := os.ReadFile(filepath.Join(dir, name))
	must(err)
	return data
}

func lines(data []byte) []string { return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") }

func rows(data []byte, dim int) [][]float32 {
	out := make([][]float32, len(data)/4/dim)
	for i := range out {
		out[i] = make([]float32, dim)
		for j := range out[i] {
			out[i][j] = math.Float32frombits(binary.LittleEndian.Uint32(data[(i*dim+j)*4:]))
		}
	}
	return out
}

// perOp is microseconds per operation since start.
func perOp(start time.Time, ops int) float64 {
	return float64(time.Since(start).Nanoseconds()) / 1e3 / float64(ops)
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: bench <workload_dir> <out_dir>")
		os.Exit(2)
	}
	dir, out := os.Args[1], os.Args[2]
	var raw map[string]int
	must(json.Unmarshal(read(dir, "meta.json"), &raw))
	dim, batchSize, statsCalls, openClose := raw["dim"], raw["batch"], raw["stats_calls"], raw["open_close"]
	docs, queries := lines(read(dir, "docs.txt")), lines(read(dir, "queries.txt"))
	vectors, qvectors := rows(read(dir, "vectors.f32"), dim), rows(read(dir, "qvectors.f32"), dim)
	n, q := len(docs), len(queries)
	result := map[string]float64{}

	mem, err := memvid.Create(filepath.Join(out, "single.mv2"))
	must(err)
	start := time.Now()
	for i, doc := range docs {
		_, err := mem.Put(doc, &memvid.PutOptions{Embedding: vectors[i]})
		must(err)
	}
	result["put_us"] = perOp(start, n)
	start = time.Now()
	must(mem.Commit())
	result["commit_ms"] = perOp(start, 1) / 1e3
	must(mem.Close())

	batchPath := filepath.Join(out, "batch.mv2")
	mem, err = memvid.Create(batchPath)
	must(err)
	start = time.Now()
	for first := 0; first < n; first += batchSize {
		batch := []memvid.Doc{}
		for i := first; i < n && i < first+batchSize; i++ {
			batch = append(batch, memvid.Doc{Text: docs[i], PutOptions: memvid.PutOptions{Embedding: vectors[i]}})
		}
		_, err := mem.PutMany(batch)
		must(err)
	}
	result["put_many_us"] = perOp(start, n)
	must(mem.Commit())

	hits := 0
	start = time.Now()
	for _, query := range queries {
		found, err := mem.Find(query, nil)
		must(err)
		hits += len(found)
	}
	result["find_us"] = perOp(start, q)

	start = time.Now()
	for _, v := range qvectors {
		_, err := mem.VecSearch(v, 10)
		must(err)
	}
	result["vec_search_us"] = perOp(start, q)

	start = time.Now()
	for i := 0; i < statsCalls; i++ {
		_, err := mem.Stats()
		must(err)
	}
	result["stats_us"] = perOp(start, statsCalls)
	must(mem.Close())

	start = time.Now()
	for i := 0; i < openClose; i++ {
		r, err := memvid.OpenReadOnly(batchPath)
		must(err)
		must(r.Close())
	}
	result["open_close_us"] = perOp(start, openClose)

	var usage syscall.Rusage
	must(syscall.Getrusage(syscall.RUSAGE_SELF, &usage))
	result["peak_rss_mb"] = float64(usage.Maxrss) / 1024
	result["hits"] = float64(hits)
	encoded, err := json.Marshal(result)
	must(err)
	fmt.Println("RESULT " + string(encoded))
}
